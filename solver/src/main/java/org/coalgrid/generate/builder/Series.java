package org.coalgrid.generate.builder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of numbers by id (per period, per coal grade) with one source and note for the whole series, written
 * as {@code {"value": {...}, "source", "note"}}; without a source or note it is written as the bare map.
 * Entries keep their insertion order. Entries may themselves be {@link Figure}s.
 */
public final class Series {
  private final Map<String, Number> values;
  private final String source;
  private final String note;

  private Series(Map<String, ? extends Number> values, String source, String note) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.source = source;
    this.note = note;
  }

  public static Series of(Map<String, ? extends Number> values) {
    return new Series(values, null, null);
  }

  public static Series of(Map<String, ? extends Number> values, String source, String note) {
    return new Series(values, source, note);
  }

  public Map<String, Number> values() {
    return values;
  }

  public String source() {
    return source;
  }

  public String note() {
    return note;
  }
}
