package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares a figure as written in solution.json with the value the verifier recomputed ("report" checks). */
final class Written {
  private final Findings f;
  private final String check;

  Written(Findings f, String check) {
    this.f = f;
    this.check = check;
  }

  /** The written number {@code field} of {@code n} must be there and equal {@code expected}. */
  void num(Object entity, JsonNode n, String field, double expected, String unit) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      // a figure left out (or blanked) where the plan gives one is a false report too
      f.require(n == null, check, entity, field + " is missing; expected " + Findings.qty(expected, unit));
      return;
    }
    Double d = number(v);
    if (d == null) {
      f.require(false, check, entity, field + " is not a number (" + Findings.shown(v, unit) + ")");
      return;
    }
    if (Double.isInfinite(d) || Double.isInfinite(expected)) {
      f.same(check, entity, field, d, expected, unit);
      return;
    }
    f.written(check, entity, field, d, expected, unit);
  }

  /** As {@link #num}, where the figure must be absent or null when {@code expected} is null. */
  void opt(Object entity, JsonNode n, String field, Double expected, String unit) {
    if (expected != null) {
      num(entity, n, field, expected, unit);
      return;
    }
    JsonNode v = n == null ? null : n.get(field);
    boolean absent = v == null || v.isNull();
    // the message (a number formatted to 10 digits) only for a failure: this runs for every figure at size L
    f.require(absent, check, entity, absent ? "" : field + " is written (" + Findings.shown(v, unit)
        + ") where there is none");
  }

  /** The written whole number (or flag, or text) {@code field} of {@code n} must equal {@code expected} exactly. */
  void exact(Object entity, JsonNode n, String field, Object expected) {
    JsonNode v = n == null ? null : n.get(field);
    Object written;
    if (v == null || v.isNull()) {
      written = null;
    } else if (v.isBoolean()) {
      written = v.booleanValue();
    } else if (v.isTextual()) {
      written = v.textValue();
    } else if (v.isNumber()) {
      written = v.isIntegralNumber() ? (Object) v.longValue() : (Object) v.doubleValue();
    } else {
      written = v.toString();
    }
    Object exp = expected instanceof Integer i ? (Object) i.longValue() : expected;
    f.same(check, entity, field, written, exp);
  }

  /** A written number: a JSON number, or "Infinity" / "-Infinity" / "NaN" as Jackson writes them; else null. */
  static Double number(JsonNode v) {
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      return switch (v.textValue()) {
        case "Infinity" -> Double.POSITIVE_INFINITY;
        case "-Infinity" -> Double.NEGATIVE_INFINITY;
        case "NaN" -> Double.NaN;
        default -> null;
      };
    }
    return null;
  }
}
