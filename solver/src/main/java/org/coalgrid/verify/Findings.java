package org.coalgrid.verify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks made so far and the violations found, with the comparisons every checker uses. A comparison
 * fails when it is off by more than {@code max(floor(unit), REL_TOL x magnitude)}, where the magnitude is the
 * sum of the absolute values of the terms involved (for a bound, the larger of value and bound).
 */
final class Findings {
  /** An entity and a period or grade, written "id/part" only when a violation is reported. */
  record Ent(String id, String part) {
    @Override
    public String toString() {
      return id + "/" + part;
    }
  }

  private final List<Violation> violations = new ArrayList<>();
  private int checks;

  List<Violation> violations() {
    return violations;
  }

  int checks() {
    return checks;
  }

  /** Counts one check that was made elsewhere (e.g. a whole list compared at once). */
  void counted() {
    checks++;
  }

  static double tol(String unit, double magnitude) {
    return Math.max(SolutionVerifier.floor(unit), SolutionVerifier.REL_TOL * magnitude);
  }

  void nonneg(Object entities, String what, double v, String unit) {
    ge("nonnegative", entities, what, v, "zero", 0, unit, 0);
  }

  /** Fails when lhs exceeds rhs by more than the tolerance. */
  void le(String check, Object ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = lhs - rhs;
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s exceeds %s %s %s (off by %s %s)", check, ent,
          lhsName, fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  /** Fails when lhs falls short of rhs by more than the tolerance. */
  void ge(String check, Object ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = rhs - lhs;
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s is below %s %s %s (off by %s %s)", check, ent,
          lhsName, fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  /** Fails when lhs and rhs differ by more than the tolerance. */
  void eq(String check, Object ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = Math.abs(lhs - rhs);
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s vs %s %s %s (off by %s %s)", check, ent, lhsName,
          fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  /** Fails when a figure as written differs from the one recomputed by more than the tolerance. */
  void written(String check, Object ent, String field, double written, double expected, String unit) {
    checks++;
    double off = Math.abs(written - expected);
    if (!(off <= tol(unit, Math.abs(written) + Math.abs(expected)))) {
      record(check, ent, off, unit, String.format("%s %s: %s as written %s %s vs recomputed %s %s (off by %s %s)",
          check, ent, field, fmt(written), unit, fmt(expected), unit, fmt(off), unit));
    }
  }

  /** Fails unless the written value equals the expected one exactly (texts, flags, counts, list order). */
  void same(String check, Object ent, String field, Object written, Object expected) {
    same(check, ent, field, written, expected, "");
  }

  /** As {@link #same(String, Object, String, Object, Object)}, numbers shown in {@code unit}. */
  void same(String check, Object ent, String field, Object written, Object expected, String unit) {
    checks++;
    if (!Objects.equals(written, expected)) {
      record(check, ent, Double.NaN, unit, check + " " + ent + ": " + field + " is " + show(written, unit)
          + ", expected " + show(expected, unit));
    }
  }

  /** Fails with {@code message} unless {@code ok}. */
  void require(boolean ok, String check, Object ent, String message) {
    checks++;
    if (!ok) {
      record(check, ent, Double.NaN, "", check + " " + ent + ": " + message);
    }
  }

  void record(String check, Object ent, double amount, String unit, String message) {
    violations.add(new Violation(check, String.valueOf(ent), amount, unit, message));
  }

  /** A value in a message: a number as {@link #qty}, a text quoted, a list item by item. */
  private static String show(Object o, String unit) {
    if (o instanceof Double d) {
      return qty(d, unit);
    }
    if (o instanceof List<?> list) {
      return "[" + String.join(", ", list.stream().map(x -> show(x, unit)).toList()) + "]";
    }
    return o instanceof String s ? "'" + s + "'" : String.valueOf(o);
  }

  /** A number and its unit for a message: "0.3 share", "1200 MW", "unbounded" for an infinite value. */
  static String qty(double v, String unit) {
    String n = Double.isInfinite(v) ? (v > 0 ? "unbounded" : "-unbounded") : fmt(v);
    return unit == null || unit.isEmpty() || Double.isInfinite(v) ? n : n + " " + unit;
  }

  /** A written JSON value for a message: a number as {@link #qty}, anything else as JSON text. */
  static String shown(com.fasterxml.jackson.databind.JsonNode v, String unit) {
    if (v != null && v.isNumber()) {
      return qty(v.doubleValue(), unit);
    }
    return String.valueOf(v);
  }

  /** A number with up to 10 significant digits, no exponent. */
  static String fmt(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }
}
