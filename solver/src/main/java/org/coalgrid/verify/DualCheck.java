package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The dual certificate of docs/formulation.md §6, recomputed from the instance, the solution's values and the
 * duals it records ({@code prices.rowDuals}), never trusted: reduced costs d = c − Aᵀy of every column of the
 * verifier's own model, then
 * <ol>
 *   <li>dual sign feasibility: a row dual or reduced cost beyond the tolerance must point at a finite bound;</li>
 *   <li>complementary slackness: |activity − bound|·|dual| and |value − bound|·|reduced cost| at most
 *       tol·(10⁶ + |objective|) CNY (for coal split by origin class, whose values the solution gives only in
 *       total, the least reduced cost of the classes times the total);</li>
 *   <li>strong duality: |primal − dual objective| / (10⁶ + |primal|) at most tol, the figure the solution prints
 *       as {@code prices.certificate.relativeDualityGap}, which must agree with it. A dual or reduced cost within
 *       the tolerance counts as zero on both sides: its term (dual × activity, reduced cost × value) enters the
 *       dual objective as it enters the primal one through cᵀx = yᵀAx + dᵀx.</li>
 * </ol>
 * Tolerances are those of the certificate, applied in the model's own scaling (kt, MW, GWh, million CNY):
 * tol = 1e-6, or 1e-4 when the duals come from PDLP; a dual or reduced cost counts when it exceeds
 * tol·max(1, largest cost coefficient). With integers (a MILP), the duals are those of the LP with the
 * integers fixed at the solution's values: those columns count at their value, and the primal objective may
 * exceed the dual one by the MIP gap the solution was asked for (at least 1e-6).
 */
final class DualCheck {
  private DualCheck() {}

  static final String MESSAGE = "strong duality and complementary slackness hold (relative gap %.2e)";

  /** Every row's dual in its domain unit, from prices.rowDuals (absent rows: 0); null without certified prices. */
  static double[] duals(Context c) {
    JsonNode prices = c.s.root.get("prices");
    boolean available = prices != null && prices.path("available").asBoolean(false);
    JsonNode map = prices == null ? null : prices.get("rowDuals");
    if (!available) {
      c.f.require(map == null || map.isNull(), "price", "prices", "rowDuals are written although prices are not "
          + "available");
      return null;
    }
    if (map == null || !map.isObject()) {
      throw new MalformedSolutionException("prices.rowDuals is missing: the duals cannot be checked");
    }
    double[] y = new double[c.model.numRows()];
    var it = map.fields();
    while (it.hasNext()) {
      var e = it.next();
      int i = c.model.rowIndex(e.getKey());
      Double v = Written.number(e.getValue());
      if (v == null || !Double.isFinite(v)) {
        throw new MalformedSolutionException("prices.rowDuals." + e.getKey() + " is not a finite number");
      }
      if (i < 0) {
        c.f.require(false, "dual", e.getKey(), "prices.rowDuals names a row the model does not have");
        continue;
      }
      y[i] = v;
    }
    return y;
  }

  /** Recomputes the certificate for duals {@code y}; returns the relative duality gap it finds. */
  static double check(Context c, double[] y, double relTol, double mipGap) {
    DualModel m = c.model;
    boolean mip = m.numIntegers() > 0;
    double primal = 0;
    for (double v : m.termValues().values()) {
      primal += v;
    }
    double norm = 1e6 + Math.abs(primal);
    int n = m.numColumns();
    double[] d = new double[n];
    double cmax = 1;
    for (int j = 0; j < n; j++) {
      d[j] = m.cost(j);
      cmax = Math.max(cmax, Math.abs(m.cost(j) * m.scale(j) / 1e6));
    }
    int[] cols = m.columnsOfRows();
    double[] vals = m.valuesOfRows();
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0) {
        for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
          d[cols[k]] -= vals[k] * y[i];
        }
      }
    }
    double dualTol = relTol * cmax;
    double slackTol = mip ? relTol + Math.max(1e-6, mipGap) : relTol;
    double dual = 0;
    for (int i = 0; i < y.length; i++) {
      var spec = m.spec(i);
      if (Math.abs(y[i] * spec.scale() / 1e6) <= dualTol) {
        double act = y[i] == 0 ? 0 : m.activity(i)[0];
        if (!Double.isNaN(act)) {
          dual += y[i] * act; // counts as zero on both sides of the gap
        }
        continue;
      }
      double bound = y[i] > 0 ? spec.lb() : spec.ub();
      if (Double.isInfinite(bound)) {
        c.f.record("dual sign", spec.name(), y[i], spec.dualUnit(), String.format(Locale.ROOT,
            "dual sign %s: dual %s %s of the wrong sign (the row has no %s bound)", spec.name(), Findings.fmt(y[i]),
            spec.dualUnit(), y[i] > 0 ? "lower" : "upper"));
        continue;
      }
      dual += y[i] * bound;
      double act = m.activity(i)[0];
      if (!Double.isNaN(act)) {
        slack(c, spec.name(), "row", act, bound, y[i], spec.dualUnit(), norm, slackTol);
      }
    }
    double[] groupMin = new double[m.numGroups()];
    java.util.Arrays.fill(groupMin, Double.POSITIVE_INFINITY);
    for (int j = 0; j < n; j++) {
      c.f.counted();
      if (mip && m.isInteger(j)) {
        dual += d[j] * m.value(j); // fixed at its value in the LP that gave the duals
        continue;
      }
      boolean counts = Math.abs(d[j] * m.scale(j) / 1e6) > dualTol;
      int g = m.groupOf(j);
      if (g >= 0) {
        groupMin[g] = Math.min(groupMin[g], counts ? d[j] : 0);
      }
      if (!counts) {
        if (g < 0 && d[j] != 0) {
          dual += d[j] * m.value(j); // counts as zero on both sides of the gap
        }
        continue;
      }
      double bound = d[j] > 0 ? m.lower(j) : m.upper(j);
      if (Double.isInfinite(bound)) {
        c.f.record("dual sign", m.columnName(j), d[j], "CNY", String.format(Locale.ROOT,
            "dual sign %s: reduced cost %s CNY per unit of the column is of the wrong sign (no %s bound)",
            m.columnName(j), Findings.fmt(d[j]), d[j] > 0 ? "lower" : "upper"));
        continue;
      }
      dual += d[j] * bound;
      if (g < 0) {
        slack(c, m.columnName(j), "column", m.value(j), bound, d[j], "CNY", norm, slackTol);
      }
    }
    for (int g = 0; g < m.numGroups(); g++) {
      double total = m.groupTotal(g);
      double least = Math.max(0, groupMin[g]);
      c.f.counted();
      if (total * least / norm > slackTol) {
        c.f.record("complementary slackness", "origin classes", total * least, "CNY", String.format(Locale.ROOT,
            "complementary slackness: coal of %s t is carried although every origin class has a positive reduced "
            + "cost (least %s CNY/t)", Findings.fmt(total), Findings.fmt(least)));
      }
    }
    double gap = Math.abs(primal - dual) / norm;
    c.f.counted();
    double gapTol = mip ? relTol + Math.max(1e-6, mipGap) : relTol;
    if (!(gap <= gapTol)) {
      c.f.record("strong duality", "objective", primal - dual, "CNY", String.format(Locale.ROOT,
          "strong duality: primal objective %s CNY vs dual objective %s CNY (relative gap %.2e, tolerance %.0e)",
          Findings.fmt(primal), Findings.fmt(dual), gap, gapTol));
    }
    return gap;
  }

  private static void slack(Context c, String name, String kind, double value, double bound, double dual, String unit,
      double norm, double tol) {
    c.f.counted();
    double v = Math.abs(value - bound) * Math.abs(dual) / norm;
    if (v > tol) {
      c.f.record("complementary slackness", name, Math.abs(value - bound) * Math.abs(dual), "CNY", String.format(
          Locale.ROOT, "complementary slackness %s: %s %s has dual %s %s but its value %s is off its bound %s",
          name, kind, name, Findings.fmt(dual), unit, Findings.fmt(value), Findings.fmt(bound)));
    }
  }
}
