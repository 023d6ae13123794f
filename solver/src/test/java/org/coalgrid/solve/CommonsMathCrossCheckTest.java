package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;
import org.coalgrid.testing.SmallCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent check of the LP objective: the frozen {@link LinearProgram} of each small family instance is
 * handed to Apache Commons Math's SimplexSolver, which shares no code with OR-Tools, and must give GLOP's optimum.
 */
class CommonsMathCrossCheckTest {

  /** A Commons Math form of a {@link LinearProgram}: x = shift + x', with the objective constant carried along. */
  record Converted(LinearObjectiveFunction objective, LinearConstraintSet constraints, boolean nonNegative,
      double[] shift) {}

  /**
   * Converts {@code lp} (continuous only). Columns with a finite lower bound are shifted to x' = x - lb &gt;= 0
   * (one {@link NonNegativeConstraint} for all); if any lower bound is infinite, no shift is made and every finite
   * lower bound becomes a row. Finite upper bounds become rows x' &lt;= ub - lb. Rows: lb = ub gives EQ, else each
   * finite side gives GEQ / LEQ; free rows are dropped.
   */
  static Converted convert(LinearProgram lp) {
    lp.freeze();
    int n = lp.numColumns();
    boolean allFinite = true;
    for (int j = 0; j < n; j++) {
      if (lp.isInteger(j)) {
        throw new IllegalArgumentException("integer column " + lp.columnName(j));
      }
      allFinite &= !Double.isInfinite(lp.columnLower(j));
    }
    double[] shift = new double[n];
    double[] c = new double[n];
    double constant = lp.offset();
    for (int j = 0; j < n; j++) {
      shift[j] = allFinite ? lp.columnLower(j) : 0;
      c[j] = lp.cost(j);
      constant += c[j] * shift[j];
    }
    List<LinearConstraint> rows = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      if (!allFinite && !Double.isInfinite(lp.columnLower(j))) {
        rows.add(new LinearConstraint(e, Relationship.GEQ, lp.columnLower(j)));
      }
      if (!Double.isInfinite(lp.columnUpper(j))) {
        rows.add(new LinearConstraint(e, Relationship.LEQ, lp.columnUpper(j) - shift[j]));
      }
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int i = 0; i < lp.numRows(); i++) {
      double[] a = new double[n];
      double moved = 0;
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        a[cols[k]] += vals[k];
        moved += vals[k] * shift[cols[k]];
      }
      double lo = lp.rowLower(i) - moved;
      double hi = lp.rowUpper(i) - moved;
      boolean finLo = !Double.isInfinite(lp.rowLower(i));
      boolean finHi = !Double.isInfinite(lp.rowUpper(i));
      if (finLo && finHi && lp.rowLower(i) == lp.rowUpper(i)) {
        rows.add(new LinearConstraint(a, Relationship.EQ, lo));
        continue;
      }
      if (finLo) {
        rows.add(new LinearConstraint(a, Relationship.GEQ, lo));
      }
      if (finHi) {
        rows.add(new LinearConstraint(a, Relationship.LEQ, hi));
      }
    }
    return new Converted(new LinearObjectiveFunction(c, constant), new LinearConstraintSet(rows), allFinite, shift);
  }

  /** Minimum of {@code lp} by Commons Math. */
  static double commonsMathMinimum(LinearProgram lp) {
    Converted cv = convert(lp);
    PointValuePair p = new SimplexSolver(1e-9, 10, 1e-14).optimize(new MaxIter(100_000), cv.objective(),
        cv.constraints(), GoalType.MINIMIZE, new NonNegativeConstraint(cv.nonNegative()));
    return p.getValue();
  }

  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    SmallCases.lps().forEach((k, v) -> out.add(Arguments.of(k, v)));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void commonsMathAgreesWithGlop(String name, Supplier<Instance> instance) {
    LinearProgram lp = Formulation.build(instance.get(), ObjectiveMode.COST).lp();
    RawSolution glop = OrToolsAdapter.solve(lp, SolverSettings.defaults(Backend.GLOP));
    assertEquals(SolveStatus.OPTIMAL, glop.status());
    double cm = commonsMathMinimum(lp);
    assertEquals(glop.objective(), cm, 1e-7 * Math.max(1.0, Math.abs(glop.objective())), name);
  }

  @Test
  void converterHandlesShiftsFreeRowsAndInfiniteLowerBounds() {
    // min x - y + 5 s.t. 1 <= x <= 3, y free below (-inf, 2], x + y >= 0, a free row, 2 <= x - y <= 10
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn("x", 1, 3, VarKind.CONTINUOUS);
    int y = lp.addColumn("y", Double.NEGATIVE_INFINITY, 2, VarKind.CONTINUOUS);
    lp.addCost(x, CostTerm.MINING, 1);
    lp.addCost(y, CostTerm.MINING, -1);
    lp.addOffset(5);
    int r1 = lp.addRow("r1", 0, Double.POSITIVE_INFINITY, null);
    lp.add(r1, x, 1);
    lp.add(r1, y, 1);
    int free = lp.addRow("free", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null);
    lp.add(free, x, 7);
    int r2 = lp.addRow("r2", 2, 10, null);
    lp.add(r2, x, 1);
    lp.add(r2, y, -1);
    lp.freeze();
    Converted cv = convert(lp);
    assertTrue(!cv.nonNegative(), "an infinite lower bound turns the shift off");
    // optimum: x - y as small as possible but >= 2 -> objective 2 + 5 (e.g. x = 3, y = 1; needs x + y >= 0)
    assertEquals(7, commonsMathMinimum(lp), 1e-9);
    RawSolution glop = OrToolsAdapter.solve(lp, SolverSettings.defaults(Backend.GLOP));
    assertEquals(7, glop.objective(), 1e-9);
  }
}
