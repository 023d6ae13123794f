package org.coalgrid.generate.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.Figure;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.Series;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.generate.TimeOfUse;

/**
 * The representative-day form of a blocks case ({@code tutorial-days.json}, {@code guizhou-2015-days.json}): the
 * same system on 12 representative days of 24 hourly steps, one typical day a month standing for the days of its
 * month. What the blocks give per month is kept (monthly energy of load, hydro and exports, solar full-load
 * hours); the hour of the day gets a shape. The seeds give no hourly data (G-E05: "load curves and peak not
 * available"), so every shape is an ASSUMPTION, stated in the instance's notes and on each series:
 * <ul>
 * <li>A-HOURLY-LOAD: other load (residential, commercial, small industry; the energy-intensive industries are
 *     flat loads of their own) with a night valley at 03:00 of 0.61 x the daily mean, a late-morning shoulder and
 *     the evening peak at 19:00-20:00 of 1.46 x, the shape of published provincial load curves of the China
 *     Southern Grid (evening peak, night valley); no corpus source with hourly figures was found.
 * <li>A-EXPORT-CURVE: the 西电东送 contract delivered along the receiving end's load curve (Guangdong evening
 *     peak 1.65 x, night 0.5 x the mean), the contract's annual energy unchanged, spread over months by days.
 * <li>A-SOLAR-SHAPE: a sine bell from 06:30 to 19:00 scaled to the case's solar full-load hours (G-P10).
 * <li>Hydro energy and inflow: each month's energy of the blocks case spread evenly over the day's hours (run of
 *     river); the reservoir moves water between hours within its monthly budget.
 * </ul>
 * These shapes are peaky enough that the evening peak of the dry months is short of cheap supply: prices differ
 * within the day and pumped storage pumps at night and generates at the peak (its arbitrage value is in the
 * solution and the summary).
 */
final class DaysVariant {
  /** A-HOURLY-LOAD: other load by hour of the day (00-23), relative; normalised to a mean of 1. */
  static final double[] OTHER_LOAD = normalised(0.70, 0.65, 0.62, 0.61, 0.62, 0.67, 0.80, 0.93, 1.03, 1.10, 1.14,
      1.12, 1.03, 1.02, 1.06, 1.08, 1.10, 1.16, 1.32, 1.45, 1.42, 1.28, 1.06, 0.85);
  /** A-EXPORT-CURVE: 西电东送 delivery by hour of the day, relative; normalised to a mean of 1. */
  static final double[] EXPORT = normalised(0.55, 0.5, 0.5, 0.5, 0.5, 0.55, 0.7, 0.9, 1.05, 1.15, 1.2, 1.15, 1.0,
      1.0, 1.1, 1.15, 1.2, 1.3, 1.55, 1.65, 1.6, 1.4, 1.0, 0.75);
  /** A-SOLAR-SHAPE: sin(π·(h + 0.5 − 6.5)/12.5) for the middle of each hour, 0 at night. */
  static final double[] SOLAR = solar();

  static final String LOAD_NOTE = "A-HOURLY-LOAD (assumption; the seeds give no hourly data, G-E05): the month's "
      + "mean MW of the blocks case x the hour's factor (night valley 0.61, evening peak 1.46 x the daily mean)";
  static final String EXPORT_NOTE = "A-EXPORT-CURVE (assumption): the contract's annual energy spread over months "
      + "by days and over the day along the receiving end's load curve (night 0.5, evening peak 1.65 x the mean)";
  static final String TOU_SOURCE = "X-TOU01";
  static final String TOU_NOTE = "A-EXPORT-TOU (assumption on an external ratio): the contract price x the receiving "
      + "end's time-of-use factor 峰谷 of the hour (peak 1.65, flat 1, valley 0.5)";
  static final String HYDRO_NOTE = "the month's energy of the blocks case (see above) spread evenly over the day's "
      + "24 hours; each step stands for the month's days";

  /** What tutorial-days adds to the tutorial's description. */
  static final String TUTORIAL = "REPRESENTATIVE-DAY VARIANT (tutorial-days): the same system on 12 representative "
      + "days x 24 hourly steps, one typical day a month, with an evening peak and a night valley (assumed hourly "
      + "shapes, see the notes A-DAYS to A-HYDRO-DAY): pumped storage pumps at night and generates at the peak.";
  /** What guizhou-2015-days adds to guizhou-2015's description. */
  static final String GUIZHOU = "REPRESENTATIVE-DAY VARIANT (guizhou-2015-days): the 2015 plan as guizhou-2015 "
      + "builds it (its optimum's units as existing capacity, an LP: A-2015-AS-BUILT) on 12 representative days x 24 "
      + "hourly steps, one typical day a month, with an evening peak and a night valley (assumed hourly shapes, see "
      + "the notes A-DAYS to A-HYDRO-DAY) and the Guangdong contract paid a time-of-use price (A-EXPORT-TOU, "
      + "Guangdong's peak-valley hours and ratio X-TOU01): pumped storage pumps in the valley and generates at the "
      + "peak.";

  private final InstanceBuilder in;
  private final IntFunction<String> season;
  private final Map<String, Double> blockHours = new LinkedHashMap<>();
  private final Map<String, String> blockSeason = new LinkedHashMap<>();

  private DaysVariant(InstanceBuilder in, IntFunction<String> season) {
    this.in = in;
    this.season = season;
    for (PeriodBuilder p : in.list(PeriodBuilder.class)) {
      blockHours.put(p.id(), ((Number) p.value("hours")).doubleValue());
      blockSeason.put(p.id(), (String) p.value("season"));
    }
  }

  /**
   * Turns the blocks case {@code in} (months x peak/offpeak, or seasons x peak/offpeak whose season of month m is
   * {@code season.apply(m)}, m = 0..11) into 12 representative days x 24 h, named {@code name}; {@code what}
   * is added to the description.
   */
  static InstanceBuilder apply(InstanceBuilder in, String name, IntFunction<String> season, String what) {
    return new DaysVariant(in, season).convert(name, what);
  }

  /**
   * As {@link #apply}, and every export contract is paid the time-of-use price 峰谷电价 of the receiving end
   * ({@link TimeOfUse}, source {@code X-TOU01} of {@code sources}, external) on its price: A-EXPORT-TOU.
   */
  static InstanceBuilder applyWithTimeOfUse(InstanceBuilder in, String name, IntFunction<String> season, String what,
      SourceTable sources) {
    InstanceBuilder out = new DaysVariant(in, season).convert(name, what);
    for (ExportBuilder x : out.list(ExportBuilder.class)) {
      double price = ((Number) x.value("priceCnyPerMwh")).doubleValue();
      x.priceCnyPerMwhByPeriod(Series.of(steps((m, h) -> round(price * TimeOfUse.hourFactor(h), 2)), TOU_SOURCE,
          TOU_NOTE + " on " + SeedCase.fixed(price, 0) + " CNY/MWh"));
    }
    List<String> notes = new ArrayList<>();
    ((List<?>) out.meta().value("notes")).forEach(n -> notes.add(n.toString()));
    notes.add(TOU_NOTE + ": " + TimeOfUse.describe() + ". The hours and the ratio are Guangdong's (X-TOU01, "
        + "external); paying a retail time-of-use ratio on the 西电东送 contract price is an assumption: the seeds "
        + "give one price (G-E02), and without a peak/valley price the unlimited Guangdong market pins every "
        + "hour's price at the export netback, so pumped storage would have nothing to move.");
    out.meta().notes(notes);
    List<org.coalgrid.domain.SourceRef> refs = new ArrayList<>();
    ((List<?>) out.meta().value("sources")).forEach(r -> refs.add((org.coalgrid.domain.SourceRef) r));
    refs.add(sources.get(TOU_SOURCE));
    out.meta().sources(refs);
    return out;
  }

  private InstanceBuilder convert(String name, String what) {
    TimeBuilder time = TimeBuilder.representativeDays().stepHours(1);
    for (int m = 0; m < 12; m++) {
      time.day(new DayBuilder(SeedCase.MONTHS[m]).weight(Figure.noted(SeedCase.DAYS[m],
          "A-DAYS: one typical day stands for the " + SeedCase.DAYS[m] + " days of its month")).month(m + 1)
          .season(season.apply(m)));
    }
    for (DemandBuilder d : in.list(DemandBuilder.class)) {
      Map<String, Double> mw = map(d.value("mwByPeriod"));
      if (!mw.isEmpty()) {
        d.mwByPeriod(Series.of(steps((m, h) -> round(monthMean(mw, m) * OTHER_LOAD[h], 2)), null, LOAD_NOTE));
      }
    }
    for (PlantBuilder p : in.list(PlantBuilder.class)) {
      plant(p);
    }
    for (ExportBuilder x : in.list(ExportBuilder.class)) {
      if (!map(x.value("firmMwhByPeriod")).isEmpty()) {
        throw new IllegalStateException("export " + x.id() + ": firm energy by period is not converted to days");
      }
      double annual = ((Number) x.value("firmMwh")).doubleValue();
      x.firmMwh(Figure.noted(0, "given per step in firmMwhByPeriod: " + SeedCase.fixed(annual / 1e6, 2)
          + " TWh/yr as in the blocks case"));
      x.firmMwhByPeriod(Series.of(steps((m, h) -> round(annual * SeedCase.DAYS[m] / 365.0 * EXPORT[h] / 24, 1)),
          null, EXPORT_NOTE));
    }
    in.list(PeriodBuilder.class).clear();
    in.time(time);
    in.meta().name(name);
    in.meta().description(in.meta().value("description") + " " + what);
    List<String> notes = new ArrayList<>();
    Object old = in.meta().value("notes");
    if (old instanceof List<?> l) {
      l.forEach(x -> notes.add(x.toString()));
    }
    notes.add("A-DAYS: 12 representative days x 24 hourly steps, one typical day a month (weight = the month's "
        + "days); the blocks of the case above (A-PERIODS) give each month's energies and mean loads, the hourly "
        + "shapes below are assumptions: the seeds give no hourly data (G-E05: load curves and peak not available).");
    notes.add(LOAD_NOTE + ": factors 00-23 h " + factors(OTHER_LOAD) + ".");
    notes.add(EXPORT_NOTE + ": factors 00-23 h " + factors(EXPORT) + ".");
    notes.add("A-SOLAR-SHAPE (assumption): a sine bell from 06:30 to 19:00, the same every month, scaled so the "
        + "year keeps the case's solar full-load hours (G-P10).");
    notes.add("A-HYDRO-DAY (assumption): run-of-river energy and reservoir inflow of each month spread evenly over "
        + "its hours; the reservoir moves water between hours within its monthly budget (docs/formulation.md 4.7).");
    in.meta().notes(notes);
    return in;
  }

  private void plant(PlantBuilder p) {
    Map<String, Double> avail = map(p.value("availabilityByPeriod"));
    if (!avail.isEmpty()) {
      if (p.value("type") != PlantType.SOLAR) {
        throw new IllegalStateException("plant " + p.id() + ": availability by period of a " + p.value("type")
            + " plant is not converted to days");
      }
      double flh = 0;
      for (Map.Entry<String, Double> e : avail.entrySet()) {
        flh += e.getValue() * blockHours.get(e.getKey());
      }
      double sum = 0;
      for (double s : SOLAR) {
        sum += s;
      }
      double k = flh / (365 * sum);
      p.availabilityByPeriod(Series.of(steps((m, h) -> round(SOLAR[h] * k, 4)), "G-P10",
          "A-SOLAR-SHAPE (assumption): " + SeedCase.fixed(flh, 0) + " full-load hours a year (as the blocks case) "
              + "on a sine bell from 06:30 to 19:00"));
    }
    if (p.value("hydro") instanceof HydroBuilder hy) {
      for (String f : List.of("energyMwhByPeriod", "inflowMwhByPeriod")) {
        Object v = hy.value(f);
        Map<String, Double> e = map(v);
        if (e.isEmpty()) {
          continue;
        }
        String note = (v instanceof Series s && s.note() != null ? s.note() + "; " : "") + HYDRO_NOTE;
        String source = v instanceof Series s ? s.source() : null;
        Series days = Series.of(steps((m, h) -> round(monthEnergy(e, m) / 24, 1)), source, note);
        if (f.equals("energyMwhByPeriod")) {
          hy.energyMwhByPeriod(days);
        } else {
          hy.inflowMwhByPeriod(days);
        }
      }
    }
  }

  /** The blocks of month m (0..11) with the share of each block's hours that falls in m. */
  private Map<String, Double> blocksOf(int m) {
    Map<String, Double> out = new LinkedHashMap<>();
    String prefix = SeedCase.MONTHS[m] + "-";
    blockHours.keySet().stream().filter(id -> id.startsWith(prefix)).forEach(id -> out.put(id, 1.0));
    if (!out.isEmpty()) {
      return out;
    }
    String s = season.apply(m);
    int seasonDays = 0;
    for (int i = 0; i < 12; i++) {
      seasonDays += season.apply(i).equals(s) ? SeedCase.DAYS[i] : 0;
    }
    double share = SeedCase.DAYS[m] / (double) seasonDays;
    blockSeason.forEach((id, bs) -> {
      if (s.equals(bs)) {
        out.put(id, share);
      }
    });
    if (out.isEmpty()) {
      throw new IllegalStateException("no block of the case covers month " + (m + 1));
    }
    return out;
  }

  private double monthMean(Map<String, Double> mw, int m) {
    double e = 0;
    double h = 0;
    for (Map.Entry<String, Double> b : blocksOf(m).entrySet()) {
      double hours = blockHours.get(b.getKey()) * b.getValue();
      e += mw.getOrDefault(b.getKey(), 0.0) * hours;
      h += hours;
    }
    return e / h;
  }

  private double monthEnergy(Map<String, Double> mwh, int m) {
    double e = 0;
    for (Map.Entry<String, Double> b : blocksOf(m).entrySet()) {
      e += mwh.getOrDefault(b.getKey(), 0.0) * b.getValue();
    }
    return e;
  }

  /** A value per step (month m, hour h), keyed by step id in step order. */
  private static Map<String, Number> steps(StepValue f) {
    Map<String, Number> out = new LinkedHashMap<>();
    for (int m = 0; m < 12; m++) {
      for (int h = 0; h < 24; h++) {
        out.put(SeedCase.MONTHS[m] + "-h" + (h < 10 ? "0" : "") + h, f.at(m, h)); // TimeStructure.stepId
      }
    }
    return out;
  }

  @FunctionalInterface
  private interface StepValue {
    double at(int month, int hour);
  }

  /** The numbers of a per-period value as set on a builder: a {@link Series} or a map (empty otherwise). */
  private static Map<String, Double> map(Object v) {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<?, ?> m = v instanceof Series s ? s.values() : v instanceof Map<?, ?> mm ? mm : Map.of();
    m.forEach((k, x) -> out.put(k.toString(), ((Number) x).doubleValue()));
    return out;
  }

  private static double[] normalised(double... f) {
    double s = 0;
    for (double x : f) {
      s += x;
    }
    double[] out = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      out[i] = f[i] * f.length / s;
    }
    return out;
  }

  private static double[] solar() {
    double[] out = new double[24];
    for (int h = 0; h < 24; h++) {
      out[h] = Math.max(0, Math.sin(Math.PI * (h + 0.5 - 6.5) / 12.5));
    }
    return out;
  }

  private static String factors(double[] f) {
    List<String> out = new ArrayList<>();
    for (double x : f) {
      out.add(SeedCase.fixed(x, 2));
    }
    return String.join(" ", out);
  }

  private static double round(double x, int decimals) {
    return SeedCase.round(x, decimals);
  }
}
