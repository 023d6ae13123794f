package org.coalgrid.cli;

import java.util.Locale;
import org.coalgrid.api.Settings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The numeric options of every command, checked while the command line is parsed, before anything is read or
 * solved. Each converter refuses NaN, infinities, negative, zero where zero means nothing, and absurd values with
 * the range it accepts; picocli prefixes the option's name ({@code Invalid value for option '--time-limit': ...})
 * and the command exits with 2. Ranges that depend on two options (threads per backend) are checked in
 * {@link SolverOptions#settings}.
 */
final class OptionValues {
  private OptionValues() {}

  /** A finite number in [lo, hi] (NaN and infinities refused); {@code what} describes it in the message. */
  static double number(String text, double lo, double hi, String what) {
    double v = parse(text, what);
    if (!(v >= lo && v <= hi)) {
      throw new TypeConversionException("'" + text + "' is not " + what);
    }
    return v;
  }

  /** A whole number in [lo, hi]. */
  static long whole(String text, long lo, long hi, String what) {
    long v;
    try {
      v = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not " + what);
    }
    if (v < lo || v > hi) {
      throw new TypeConversionException("'" + text + "' is not " + what);
    }
    return v;
  }

  private static double parse(String text, String what) {
    try {
      String t = text.trim();
      if (t.isEmpty() || t.toLowerCase(Locale.ROOT).matches(".*[xpdf].*")) { // no hex, no 1d/1f suffixes
        throw new NumberFormatException();
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not " + what);
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
  }

  /** {@code --time-limit}: seconds, 0 = none, at most a year. */
  static final class Seconds implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
      return number(s, 0, Settings.MAX_TIME_LIMIT_S, "a number of seconds from 0 (no limit) to "
          + fmt(Settings.MAX_TIME_LIMIT_S) + " (a year)");
    }
  }

  /** {@code --gap}: a relative MIP gap in [0, 1). */
  static final class Gap implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
      return number(s, 0, Math.nextDown(1.0), "a relative MIP gap from 0 to below 1 (1e-4 is 0.01 %)");
    }
  }

  /** {@code --threads}: 1 to {@link Settings#MAX_THREADS}; the backend's own limit is checked with {@code --solver}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return (int) whole(s, 1, Settings.MAX_THREADS, "a number of threads from 1 to " + Settings.MAX_THREADS);
    }
  }

  /** An absolute tolerance: finite, >= 0. */
  static final class Tolerance implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
      return number(s, 0, 1e15, "a tolerance from 0 to 1e15 in the field's own unit");
    }
  }

  /** A relative tolerance in [0, 1]. */
  static final class RelativeTolerance implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
      return number(s, 0, 1, "a relative tolerance from 0 to 1");
    }
  }

  /** {@code --top}: rows per section, 0 = all. */
  static final class Top implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String s) {
      return (int) whole(s, 0, Integer.MAX_VALUE, "a number of rows from 0 (all) to " + fmt(Integer.MAX_VALUE));
    }
  }

  /** {@code --steps} of a sweep. */
  static final class Steps implements ITypeConverter<Integer> {
    static final int MAX = 10_000;

    @Override
    public Integer convert(String s) {
      return (int) whole(s, 1, MAX, "a number of steps from 1 to " + fmt(MAX) + " (both ends included)");
    }
  }

  /** A parameter value ({@code --from}, {@code --to}): finite; an instance refuses |x| above 1e15 anyway. */
  static final class Value implements ITypeConverter<Double> {
    @Override
    public Double convert(String s) {
      return number(s, -1e15, 1e15, "a finite number from -1e15 to 1e15");
    }
  }

  /** {@code --seed}: a whole number >= 0. */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String s) {
      return whole(s, 0, Long.MAX_VALUE, "a seed: a whole number from 0 to " + Long.MAX_VALUE);
    }
  }
}
