package org.coalgrid.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.lp.VarKind;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.BasisSolution;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ranging on a hand-solved LP (the dual trap example of the OR-Tools notes, as a minimisation):
 * <pre>
 *   min -3x - 4y   s.t.  c1: x + 2y &lt;= 14,  c2: 3x - y &gt;= 0,  c3: x - y &lt;= 2,  0 &lt;= x &lt;= 10, y &gt;= 0
 * </pre>
 * Optimum x = 6, y = 4 (c1 and c3 bind). By hand: the vertex stays optimal while the cost vector lies in the cone
 * of the binding rows' normals, c = l1 (1, 2) + l3 (1, -1) with l1, l3 &lt;= 0 for a minimisation: cost of x in
 * (-inf, -2] with cost of y = -4, cost of y in [-6, 3] with cost of x = -3. Moving b1 with c3 binding: x = (b1 + 4) / 3,
 * y = (b1 - 2) / 3, so y &gt;= 0 gives b1 &gt;= 2, and x &lt;= 10 gives b1 &lt;= 26: b1 in [2, 26]. Moving b3 with c1
 * binding: x = (14 + 2 b3) / 3, y = (14 - b3) / 3, so 3x - y &gt;= 0 gives b3 &gt;= -4, y &gt;= 0 gives b3 &lt;= 14, x &lt;= 10
 * gives b3 &lt;= 8: b3 in [-4, 8]. c2 has slack (activity 14): its lower bound may rise to 14.
 */
class RangingTest {
  private static final RowInfo INFO = new RowInfo("test", "t", null, 1, "", 1, "");

  private static LinearProgram lp() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn("x", 0, 10, VarKind.CONTINUOUS);
    int y = lp.addColumn("y", 0, LinearProgram.INF, VarKind.CONTINUOUS);
    lp.addCost(x, CostTerm.MINING, -3);
    lp.addCost(y, CostTerm.MINING, -4);
    int c1 = lp.addRow("c1", Double.NEGATIVE_INFINITY, 14, INFO);
    lp.add(c1, x, 1);
    lp.add(c1, y, 2);
    int c2 = lp.addRow("c2", 0, LinearProgram.INF, INFO);
    lp.add(c2, x, 3);
    lp.add(c2, y, -1);
    int c3 = lp.addRow("c3", Double.NEGATIVE_INFINITY, 2, INFO);
    lp.add(c3, x, 1);
    lp.add(c3, y, -1);
    return lp.freeze();
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"GLOP", "CLP"})
  void rangesMatchTheHandComputation(Backend backend) {
    LinearProgram lp = lp();
    BasisSolution s = OrToolsAdapter.solveWithBasis(lp, SolverSettings.defaults(backend));
    assertTrue(s.hasBasis(), backend + " reports a basis");
    assertEquals(-34, s.raw().objective(), 1e-9);
    Ranging.Result r = Ranging.of(lp, s.raw().x(), s.raw().duals(), s.columns(), s.rows());
    assertRange(Double.NEGATIVE_INFINITY, -2, r.cost()[0]);
    assertRange(-6, 3, r.cost()[1]);
    assertRange(2, 26, r.rowBound()[0]);
    assertRange(Double.NEGATIVE_INFINITY, 14, r.rowBound()[1]);
    assertRange(-4, 8, r.rowBound()[2]);
    assertNull(r.columnBound()[0], "x is basic: no bound range");
    assertEquals(0, r.degenerate());
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"GLOP", "CLP"})
  void nonbasicColumnCostAndBoundRanges(Backend backend) {
    // tighten x <= 5: x sits at its upper bound, y = 4.5 from c1; c3 no longer binds
    LinearProgram lp = lp();
    lp.setColumnBounds(0, 0, 5);
    BasisSolution s = OrToolsAdapter.solveWithBasis(lp, SolverSettings.defaults(backend));
    Ranging.Result r = Ranging.of(lp, s.raw().x(), s.raw().duals(), s.columns(), s.rows());
    // y = (14 - x) / 2; objective -3x - 2(14 - x) = -x - 28: reduced cost of x is -1, so its cost may rise to -2
    assertRange(Double.NEGATIVE_INFINITY, -2, r.cost()[0]);
    // x's bound ub may move while y = (14 - ub) / 2 keeps every row: c3 ub - (14 - ub) / 2 <= 2 gives ub <= 6,
    // c2 3 ub - (14 - ub) / 2 >= 0 gives ub >= 2
    assertRange(2, 6, r.columnBound()[0]);
  }

  private static void assertRange(double lo, double hi, Ranging.Range r) {
    assertEquals(lo, r.lower(), 1e-9, "lower of " + r);
    assertEquals(hi, r.upper(), 1e-9, "upper of " + r);
  }
}
