package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trap LP of ../shared/notes/ortools-9.15.md: max 3x+4y s.t. x+2y &lt;= 14, 3x-y &gt;= 0, x-y &lt;= 2,
 * written as min -3x-4y. Optimum x=6, y=4, objective -34; true duals (of the min form) -2/3*... see below.
 */
class DualCertificateTest {

  static LinearProgram trap() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn("x", 0, LinearProgram.INF, VarKind.CONTINUOUS);
    int y = lp.addColumn("y", 0, LinearProgram.INF, VarKind.CONTINUOUS);
    lp.addCost(x, CostTerm.MINING, -3);
    lp.addCost(y, CostTerm.MINING, -4);
    int r1 = lp.addRow("r1", Double.NEGATIVE_INFINITY, 14, null);
    lp.add(r1, x, 1);
    lp.add(r1, y, 2);
    int r2 = lp.addRow("r2", 0, Double.POSITIVE_INFINITY, null);
    lp.add(r2, x, 3);
    lp.add(r2, y, -1);
    int r3 = lp.addRow("r3", Double.NEGATIVE_INFINITY, 2, null);
    lp.add(r3, x, 1);
    lp.add(r3, y, -1);
    return lp.freeze();
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"GLOP", "CLP", "PDLP"})
  void trustedBackendsPassTheCertificate(Backend backend) {
    LinearProgram lp = trap();
    RawSolution s = OrToolsAdapter.solve(lp, SolverSettings.defaults(backend));
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(-34.0, s.objective(), 1e-4);
    // d(min objective)/d(rhs): -7/3 on x+2y<=14, 0 on 3x-y>=0, -2/3 on x-y<=2
    assertArrayEquals(new double[] {-7.0 / 3, 0, -2.0 / 3}, s.duals(), 1e-4);
    DualCertificate.Check c = DualCertificate.check(lp, s.x(), s.duals(), 1e-6 * (backend == Backend.PDLP ? 100 : 1));
    assertTrue(c.passed(), c.message());
  }

  @Test
  void highsDualTrapIsCaught() {
    LinearProgram lp = trap();
    RawSolution s = OrToolsAdapter.solve(lp, SolverSettings.defaults(Backend.HIGHS));
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(-34.0, s.objective(), 1e-6);
    DualCertificate.Check c = DualCertificate.check(lp, s.x(), s.duals(), 1e-6);
    assertFalse(c.passed(), "HiGHS duals " + java.util.Arrays.toString(s.duals()) + " should fail the certificate");
  }

  @Test
  void handMadeWrongDualsFail() {
    LinearProgram lp = trap();
    double[] x = {6, 4};
    assertTrue(DualCertificate.check(lp, x, new double[] {-7.0 / 3, 0, -2.0 / 3}, 1e-9).passed());
    assertFalse(DualCertificate.check(lp, x, new double[] {-2, 0, -1}, 1e-9).passed());
    assertFalse(DualCertificate.check(lp, x, new double[] {14, 14, 2}, 1e-9).passed());
    assertFalse(DualCertificate.check(lp, x, null, 1e-9).passed());
  }
  /**
   * A dual within the tolerance counts as zero on both sides of the gap. 200,000 equal columns of cost 1 + 5e-7
   * share one demand row; the revenue column nets the objective to 0.1, as a plan's revenues net its costs. The
   * dual 1 (the exact one is 1 + 5e-7, a solver's rounding) leaves every reduced cost at 5e-7, within the
   * tolerance. Counting them on the primal side only (cᵀx) and not on the dual side read 200,000 × 5e-7 = 0.1 as
   * a duality gap of 9 %; the solution is optimal and the dual right to the tolerance, so it passes. A dual
   * that is wrong by more than the tolerance still fails.
   */
  @Test
  void dualsWithinTheToleranceAreNoiseNotAGap() {
    int n = 200_000;
    LinearProgram lp = new LinearProgram();
    int row = lp.addRow("demand", n, n, null);
    double[] x = new double[n + 1];
    for (int j = 0; j < n; j++) {
      int c = lp.addColumn("x" + j, 0, 1000, VarKind.CONTINUOUS);
      lp.addCost(c, CostTerm.MINING, 1 + 5e-7);
      lp.add(row, c, 1);
      x[c] = 1;
    }
    int z = lp.addColumn("revenue", n, n, VarKind.CONTINUOUS);
    lp.addCost(z, CostTerm.EXPORT_REVENUE, -1);
    x[z] = n;
    lp.freeze();
    DualCertificate.Check ok = DualCertificate.check(lp, x, new double[] {1.0}, 1e-6);
    assertTrue(ok.passed(), ok.message());
    assertTrue(ok.relativeGap() < 1e-6, "the gap left is rounding: " + ok.relativeGap());
    DualCertificate.Check wrong = DualCertificate.check(lp, x, new double[] {1.0 - 1e-4}, 1e-6);
    assertFalse(wrong.passed(), "a dual 1e-4 off must fail: " + wrong.message());
  }
}
