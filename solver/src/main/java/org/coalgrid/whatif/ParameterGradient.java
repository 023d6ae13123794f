package org.coalgrid.whatif;

import java.util.function.DoubleFunction;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.Units;
import org.coalgrid.lp.LinearProgram;

/**
 * The shadow price of an instance parameter p: the derivative of the optimal cost z(p) (CNY/yr) with respect to p,
 * from the solution's duals by the envelope theorem, so no re-solve is needed. With the Lagrangian
 * L = c'x + offset + y'(b - Ax) + d'(l - x) at the optimum (x, y, reduced costs d = c - A'y):
 * <pre>
 *   dz/dp = x' dc/dp + d offset/dp + sum_i y_i db_i/dp - y' (dA/dp) x + sum_j d_j dl_j/dp
 * </pre>
 * where b_i is the bound of row i the dual y_i belongs to (lower if y_i &gt; 0, upper if y_i &lt; 0) and l_j the
 * bound column j sits at with a nonzero reduced cost. dc/dp, db/dp, dA/dp and dl/dp come from building the model
 * at p - h and p + h (central difference of the model data, exact when the data are linear in p). Any parameter
 * thus has a price, whichever rows and coefficients it feeds (a line capacity enters its per-period rows and the
 * export-capability policy). Valid where the optimal basis does not change; at a kink it is one one-sided
 * derivative. For a MILP the duals are those of the LP with integers fixed, so the price holds the integer
 * decisions fixed.
 */
public final class ParameterGradient {
  /** A derivative (CNY/yr per unit of the parameter), or NaN with the reason. */
  public record Result(double cnyPerUnit, String note) {
    public boolean available() {
      return !Double.isNaN(cnyPerUnit);
    }
  }

  private static final double ZERO = 1e-9;

  private ParameterGradient() {}

  /**
   * dz/dp at the solution {@code at}, solved at parameter value {@code p}; {@code modelAt} builds the model at
   * another value of the parameter, or returns null if that value is not a valid instance.
   */
  public static Result at(SolveOutcome at, double p, DoubleFunction<ModelContext> modelAt) {
    if (!at.prices().available() || at.raw().x() == null) {
      return new Result(Double.NaN, "no checked duals: " + at.prices().note());
    }
    double h = Math.max(Math.abs(p), 1.0) * 1e-4;
    ModelContext up = modelAt.apply(p + h);
    ModelContext down = modelAt.apply(p - h);
    double hi = p + h;
    double lo = p - h;
    if (up == null && down == null) {
      return new Result(Double.NaN, "no valid instance at nearby values (an integer field, or a bound of its range)");
    }
    LinearProgram base = at.model().lp();
    if (up == null) {
      up = at.model();
      hi = p;
    }
    if (down == null) {
      down = at.model();
      lo = p;
    }
    LinearProgram a = down.lp().freeze();
    LinearProgram b = up.lp().freeze();
    if (!sameShape(base, a) || !sameShape(base, b)) {
      return new Result(Double.NaN, "the parameter changes the model's structure (rows or columns), no derivative");
    }
    double[] x = at.raw().x();
    double[] y = at.prices().duals();
    double dz = b.offset() - a.offset();
    for (int j = 0; j < base.numColumns(); j++) {
      dz += x[j] * (b.cost(j) - a.cost(j));
    }
    for (int i = 0; i < base.numRows(); i++) {
      if (Math.abs(y[i]) <= ZERO) {
        continue;
      }
      double db = y[i] > 0 ? b.rowLower(i) - a.rowLower(i) : b.rowUpper(i) - a.rowUpper(i);
      dz += y[i] * (finite(db) - (b.rowActivity(i, x) - a.rowActivity(i, x)));
    }
    double[] reduced = reducedCosts(base, y);
    for (int j = 0; j < base.numColumns(); j++) {
      if (base.isInteger(j) || Math.abs(reduced[j]) <= ZERO) {
        continue; // integer columns are fixed in the pricing LP; a zero reduced cost gives no term
      }
      double dl = reduced[j] > 0 ? b.columnLower(j) - a.columnLower(j) : b.columnUpper(j) - a.columnUpper(j);
      dz += reduced[j] * finite(dl);
    }
    String note = base.isMip() ? "integer decisions held fixed" : "";
    return new Result(dz / (hi - lo) * Units.CNY_PER_UNIT, note);
  }

  /** d = c - A'y. */
  static double[] reducedCosts(LinearProgram lp, double[] y) {
    double[] d = new double[lp.numColumns()];
    for (int j = 0; j < d.length; j++) {
      d[j] = lp.cost(j);
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int i = 0; i < lp.numRows(); i++) {
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        d[cols[k]] -= vals[k] * y[i];
      }
    }
    return d;
  }

  private static double finite(double delta) {
    return Double.isNaN(delta) ? 0 : delta; // inf - inf: the bound stays infinite
  }

  private static boolean sameShape(LinearProgram p, LinearProgram q) {
    if (p.numRows() != q.numRows() || p.numColumns() != q.numColumns()) {
      return false;
    }
    for (int i = 0; i < p.numRows(); i++) {
      if (!p.rowName(i).equals(q.rowName(i))) {
        return false;
      }
    }
    for (int j = 0; j < p.numColumns(); j++) {
      if (!p.columnName(j).equals(q.columnName(j))) {
        return false;
      }
    }
    return true;
  }
}
