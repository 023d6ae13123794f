package org.coalgrid.generate.builder;

import java.util.Objects;

/**
 * A number as an instance file writes it: the value, integral or not as given ({@code 3000} stays
 * {@code 3000}, {@code 3000.0} stays {@code 3000.0}), and where it comes from: the id of a source in
 * {@code meta.sources} and/or a note (an assumption says so in its note). Written as the bare number when
 * it has neither, else as {@code {"value", "source", "note"}}. A {@link Number}, so every numeric setter of
 * the builders takes a plain number or a figure alike.
 */
public final class Figure extends Number {
  private static final long serialVersionUID = 1L;

  private final Number value;
  private final String source;
  private final String note;

  private Figure(Number value, String source, String note) {
    this.value = Objects.requireNonNull(value, "value");
    if (value instanceof Figure) {
      throw new IllegalArgumentException("a figure inside a figure");
    }
    this.source = source;
    this.note = note;
  }

  /** A number with its source id (may be null) and note (may be null). */
  public static Figure of(Number value, String source, String note) {
    return new Figure(value, source, note);
  }

  /** A number taken from source {@code source}. */
  public static Figure cited(Number value, String source) {
    return new Figure(value, source, null);
  }

  /** A number with a note only (an assumption, whose note says so and why). */
  public static Figure noted(Number value, String note) {
    return new Figure(value, null, note);
  }

  /** The bare value (Integer, Long or Double). */
  public Number value() {
    return value;
  }

  public String source() {
    return source;
  }

  public String note() {
    return note;
  }

  @Override
  public int intValue() {
    return value.intValue();
  }

  @Override
  public long longValue() {
    return value.longValue();
  }

  @Override
  public float floatValue() {
    return value.floatValue();
  }

  @Override
  public double doubleValue() {
    return value.doubleValue();
  }

  @Override
  public String toString() {
    return value + (source != null ? " [" + source + "]" : "") + (note != null ? " (" + note + ")" : "");
  }
}
