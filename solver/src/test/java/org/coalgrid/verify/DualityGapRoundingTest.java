package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;
import org.coalgrid.solve.DualCertificate;
import org.junit.jupiter.api.Test;

/**
 * The written duality gap against the recomputed one on a large synthetic LP whose exact gap is 0 (every reduced
 * cost 0, every row at its bound): 200,000 columns, each term c·x between 10⁶ and 10¹⁰ CNY, costs and revenues
 * netting to 10⁶ CNY, as a plan's do (the 8,760-hour 10-region year: 5·10¹⁰ CNY of terms netting to −1.6·10⁶).
 * The solver's side is {@link DualCertificate} in the model's units (kt, million CNY), the verifier's the same sums
 * in domain units (t, CNY) over the values as written (× 1,000, one rounding each), in another order. The
 * rounding bound of {@link DualCheck.Gap} accepts the pair, while a gap or an objective tampered by more than
 * rounding fails.
 */
class DualityGapRoundingTest {
  static final int N = 200_000;

  @Test
  void roundedValuesOfALargePlanAgreeAndTamperedOnesDoNot() {
    Random r = new Random(20261130);
    double[] c = new double[N]; // CNY/t, as the instance gives it
    double[] x = new double[N]; // t, as the instance gives the row's bound
    double net = 0;
    for (int j = 0; j < N - 1; j++) {
      double term = Math.pow(10, 6 + 4 * r.nextDouble());
      c[j] = (j % 2 == 0 ? 1 : -1) * (1 + 99 * r.nextDouble());
      x[j] = term / Math.abs(c[j]);
      net += c[j] * x[j];
    }
    c[N - 1] = net > 1e6 ? -1 : 1; // the balancing column brings the net to about 10⁶ CNY
    x[N - 1] = Math.abs(1e6 - net);
    // the model: x in kt, costs in million CNY per kt, x_j >= bound (a cost) or x_j <= bound (a revenue), y = c
    LinearProgram lp = new LinearProgram();
    double[] xm = new double[N];
    double[] ym = new double[N];
    for (int j = 0; j < N; j++) {
      int col = lp.addColumn("x" + j, 0, LinearProgram.INF, VarKind.CONTINUOUS);
      double cm = c[j] / 1000;
      lp.addCost(col, CostTerm.MINING, cm);
      xm[j] = x[j] / 1000;
      int row = c[j] > 0 ? lp.addRow("r" + j, xm[j], Double.POSITIVE_INFINITY, null)
          : lp.addRow("r" + j, Double.NEGATIVE_INFINITY, xm[j], null);
      lp.add(row, col, 1);
      ym[j] = cm;
    }
    lp.freeze();
    DualCertificate.Check solver = DualCertificate.check(lp, xm, ym, 1e-6);
    assertTrue(solver.passed(), solver.message());
    double written = solver.relativeGap();

    // the verifier: written values (x·1000 t, y·1000 CNY/t), the instance's costs and bounds, reversed order
    double[] xw = new double[N];
    double[] yw = new double[N];
    for (int j = 0; j < N; j++) {
      xw[j] = xm[j] * 1000;
      yw[j] = ym[j] * 1000;
    }
    DualCheck.Gap genuine = recompute(c, x, xw, yw);
    assertTrue(StatusCheck.gapsAgree(written, genuine), String.format("written %.3g, recomputed %.3g: %.3g CNY "
        + "apart, bound %.3g CNY", written, genuine.relative(), Math.abs(written - genuine.relative())
        * genuine.norm(), genuine.roundingCny()));
    // a written gap off by more than the rounding can explain
    double off = 3 * genuine.roundingCny() / genuine.norm();
    assertFalse(StatusCheck.gapsAgree(written + off, genuine), "gap tampered by " + off);
    // an objective tampered by moving one column 10 t off its bound (c ≥ 1 CNY/t)
    xw[N / 2] += 10;
    DualCheck.Gap tampered = recompute(c, x, xw, yw);
    assertFalse(StatusCheck.gapsAgree(written, tampered), String.format("tampered: %.3g CNY apart, bound %.3g",
        Math.abs(written - tampered.relative()) * tampered.norm(), tampered.roundingCny()));
  }

  /** The verifier's arithmetic of {@link DualCheck#check} on this LP: d = c − y counts as zero (d·x both sides). */
  private static DualCheck.Gap recompute(double[] c, double[] bound, double[] xw, double[] yw) {
    DualCheck.Sum primal = new DualCheck.Sum();
    DualCheck.Sum dual = new DualCheck.Sum();
    double products = 0;
    double sums = 0;
    for (int j = N - 1; j >= 0; j--) {
      primal.add(c[j] * xw[j]);
      products += Math.abs(c[j] * xw[j]);
    }
    for (int j = N - 1; j >= 0; j--) {
      dual.add(yw[j] * bound[j]);
      double d = c[j] - yw[j];
      dual.add(d * xw[j]);
      products += Math.abs(yw[j] * bound[j]) + Math.abs(d * xw[j]);
      sums += 2 * (Math.abs(c[j]) + Math.abs(yw[j])) * Math.abs(xw[j]);
    }
    double p = primal.value();
    double norm = 1e6 + Math.abs(p);
    return new DualCheck.Gap(Math.abs(p - dual.value()) / norm, norm, DualCheck.roundingCny(products, sums, 2L * N));
  }
}
