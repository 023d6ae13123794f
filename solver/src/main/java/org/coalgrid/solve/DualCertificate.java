package org.coalgrid.solve;

import org.coalgrid.lp.LinearProgram;

/**
 * Checks a primal-dual pair of an LP before any dual is reported as a price.
 *
 * <p>For min c'x + c0 s.t. l &lt;= Ax &lt;= u, lb &lt;= x &lt;= ub with row duals y (y_i = d obj / d rhs_i),
 * reduced costs are recomputed here, d = c - A'y (never taken from the solver). The pair passes when
 * <ul>
 *   <li>dual signs are feasible: y_i &gt; 0 only on a finite lower row bound, y_i &lt; 0 only on a finite
 *       upper one; likewise d_j against the column bounds;</li>
 *   <li>complementary slackness holds: a row (column) with a nonzero dual (reduced cost) sits at that bound;</li>
 *   <li>strong duality holds: the dual objective c0 + sum y_i bound_i + sum d_j bound_j equals c'x + c0.</li>
 * </ul>
 * All within a relative tolerance. A dual (reduced cost) within the tolerance counts as zero on both sides of
 * the duality gap: its term y_i a_i'x (d_j x_j), which the primal objective holds through the identity
 * c'x = y'Ax + d'x, enters the dual objective too, so that on a model of a million columns the solver's own
 * tolerance-level noise (each term below 1e-7, a million of them) is not read as a duality gap. The gap is then
 * exactly the sum of the complementary-slackness terms of the duals that count. Wrong duals (HiGHS through OR-Tools
 * 9.15 returns row activities) fail.
 *
 * <p>Complementary slackness is also held term by term, each to its own size: a row (column) whose dual (reduced
 * cost) counts must sit at the bound it points at, |activity − bound| ≤ tol·(Σ|a·x| + |bound| + 1) (|x − bound|
 * ≤ tol·(|x| + |bound| + 1)), in the model's units, as the independent verifier holds it; the global measure
 * |x − bound|·|d| / (1 + |primal|) alone let one column of a 10¹⁰-CNY plan be 10 t off its bound unseen.
 */
public final class DualCertificate {
  private DualCertificate() {}

  /** Result of the check; {@code message} says what failed, in one line. */
  public record Check(boolean passed, double primalObjective, double dualObjective, double relativeGap,
      double maxSignViolation, double maxSlacknessViolation, String message) {}

  public static Check check(LinearProgram lp, double[] x, double[] y, double relTol) {
    lp.freeze();
    int m = lp.numRows();
    int n = lp.numColumns();
    if (y == null || y.length != m) {
      return new Check(false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          "no dual values returned by the backend");
    }
    double[] d = new double[n];
    double cmax = 1.0;
    for (int j = 0; j < n; j++) {
      d[j] = lp.cost(j);
      cmax = Math.max(cmax, Math.abs(lp.cost(j)));
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int i = 0; i < m; i++) {
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        d[cols[k]] -= vals[k] * y[i];
      }
    }
    double dualTol = relTol * cmax;
    // compensated (Neumaier) sums: on a million terms of up to 10¹⁰ CNY the plain sums err by more than the
    // gap they are to show; the verifier sums the same way and compares the two gaps to a bound on rounding
    double[] primalSum = {lp.offset(), 0};
    for (int j = 0; j < n; j++) {
      add(primalSum, lp.cost(j) * x[j]);
    }
    double primal = primalSum[0] + primalSum[1];
    double[] dualSum = {lp.offset(), 0};
    double sign = 0;
    double slack = 0;
    String worst = "";
    String offBound = null; // the first term off its bound beyond its own tolerance
    for (int i = 0; i < m; i++) {
      double yi = y[i];
      if (Math.abs(yi) <= dualTol) {
        if (yi != 0) {
          add(dualSum, yi * lp.rowActivity(i, x)); // counts as zero: the same term as in c'x = y'Ax + d'x
        }
        continue;
      }
      double bound = yi > 0 ? lp.rowLower(i) : lp.rowUpper(i);
      if (Double.isInfinite(bound)) {
        if (Math.abs(yi) > sign) {
          sign = Math.abs(yi);
          worst = "row " + lp.rowName(i) + " has dual " + yi + " of the wrong sign";
        }
        continue;
      }
      add(dualSum, yi * bound);
      double act = lp.rowActivity(i, x);
      double size = 0;
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        size += Math.abs(vals[k] * x[cols[k]]);
      }
      if (offBound == null && Math.abs(act - bound) > relTol * (size + Math.abs(bound) + 1)) {
        offBound = "row " + lp.rowName(i) + " has dual " + yi + " but activity " + act + " is off its bound "
            + bound + " by more than " + relTol + " × (Σ|a·x| + |bound| + 1)";
      }
      double v = Math.abs(act - bound) * Math.abs(yi) / (1.0 + Math.abs(primal));
      if (v > slack) {
        slack = v;
        if (sign == 0) {
          worst = "row " + lp.rowName(i) + " has dual " + yi + " but activity " + act + " is off its bound " + bound;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      double dj = d[j];
      if (Math.abs(dj) <= dualTol) {
        add(dualSum, dj * x[j]); // counts as zero, as a row dual within the tolerance
        continue;
      }
      double bound = dj > 0 ? lp.columnLower(j) : lp.columnUpper(j);
      if (Double.isInfinite(bound)) {
        if (Math.abs(dj) > sign) {
          sign = Math.abs(dj);
          worst = "column " + lp.columnName(j) + " has reduced cost " + dj + " of the wrong sign";
        }
        continue;
      }
      add(dualSum, dj * bound);
      if (offBound == null && Math.abs(x[j] - bound) > relTol * (Math.abs(x[j]) + Math.abs(bound) + 1)) {
        offBound = "column " + lp.columnName(j) + " has reduced cost " + dj + " but value " + x[j]
            + " is off its bound " + bound + " by more than " + relTol + " × (|x| + |bound| + 1)";
      }
      double v = Math.abs(x[j] - bound) * Math.abs(dj) / (1.0 + Math.abs(primal));
      if (v > slack) {
        slack = v;
        if (sign == 0) {
          worst = "column " + lp.columnName(j) + " has reduced cost " + dj + " but value " + x[j]
              + " is off its bound " + bound;
        }
      }
    }
    double dual = dualSum[0] + dualSum[1];
    double gap = Math.abs(primal - dual) / (1.0 + Math.abs(primal));
    boolean ok = sign == 0 && slack <= relTol && gap <= relTol && offBound == null;
    String msg = ok ? "strong duality and complementary slackness hold (relative gap " + fmt(gap) + ")"
        : sign > 0 ? "dual signs infeasible: " + worst
        : gap > relTol ? "strong duality fails: primal " + primal + " vs dual " + dual + " (relative gap " + fmt(gap)
            + ")" + (worst.isEmpty() ? "" : "; " + worst)
        : slack > relTol ? "complementary slackness fails: " + worst
        : "complementary slackness fails: " + offBound;
    return new Check(ok, primal, dual, gap, sign, slack, msg);
  }

  /** Adds v to the compensated sum {sum, compensation} (Neumaier). */
  private static void add(double[] s, double v) {
    double t = s[0] + v;
    s[1] += Math.abs(s[0]) >= Math.abs(v) ? (s[0] - t) + v : (v - t) + s[0];
    s[0] = t;
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.2e", v);
  }
}
