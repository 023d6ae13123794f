package org.coalgrid.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coalgrid.formulation.ColumnUnits;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.Units;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.solve.BasisSolution;
import org.coalgrid.solve.BasisStatus;

/**
 * The sensitivity report of an LP in domain units: for every cap (row of a family whose
 * {@link org.coalgrid.formulation.ConstraintFamily#role()} is a cap or obligation) the range over
 * which its bound can move with the same basis and so the same shadow price, and for every cost coefficient the
 * range over which it can move with the same optimal allocation ({@link Ranging}). Also the nonbasic column bounds
 * that are caps (finite, nonzero, with a nonzero reduced cost).
 */
public final class Sensitivity {
  /**
   * A cap row: its model name and {@code what} it is in planner words ({@link ModelWords}). {@code bound} is the active side (upper, lower, fixed) or "slack"; {@code rhs} the row bound as in the
   * model (a constant part of the row moved to the right-hand side), {@code down}/{@code up} how far it can move
   * (&lt;= 0, &gt;= 0; infinite when unlimited) in {@code unit}; {@code shadowPrice} d cost / d bound in
   * {@code shadowUnit}; {@code valueOfOnePercentCny} |dual| x |bound| x 1 %, to rank caps of different units.
   */
  public record Cap(String row, String what, String family, String entity, String period, String bound, double rhs, double down,
      double up, String unit, double shadowPrice, String shadowUnit, double valueOfOnePercentCny) {}

  /**
   * A cost coefficient: the column's model name and {@code what} it is in planner words, its value and cost, and how far the cost can move ({@code down} &lt;= 0,
   * {@code up} &gt;= 0) before the allocation changes, in {@code costUnit}; {@code basic} whether the column is in
   * the basis (both ends finite as a rule) or at a bound (one end infinite); {@code contributionCny} = cost x value,
   * the column's share of the objective (CNY/yr).
   */
  public record Cost(String column, String what, double value, String valueUnit, double cost, double down, double up,
      String costUnit, boolean basic, double contributionCny) {}

  /** A column bound that is a cap (model name and planner words): current bound, how far it can move, and its reduced cost (CNY per unit). */
  public record Bound(String column, String what, String bound, double value, double down, double up, String unit,
      double reducedCost, String reducedCostUnit) {}

  /** The report and the number of degenerate basic variables (ranges then hold for this basis only). */
  public record Report(List<Cap> caps, List<Cost> costs, List<Bound> bounds, int degenerate, int basisSize) {}

  private Sensitivity() {}

  /** The report for an LP solved to optimality with a basis (GLOP or CLP). */
  public static Report of(ModelContext ctx, BasisSolution s) {
    LinearProgram lp = ctx.lp();
    double[] x = s.raw().x();
    double[] y = s.raw().duals();
    ModelWords words = new ModelWords(ctx.instance());
    Ranging.Result r = Ranging.of(lp, x, y, s.columns(), s.rows());
    List<Cap> caps = new ArrayList<>();
    for (int i = 0; i < lp.numRows(); i++) {
      RowInfo info = lp.rowInfo(i);
      Ranging.Range range = r.rowBound()[i];
      if (info == null || range == null || !ctx.isLimit(info.family(), lp.rowName(i))) {
        continue;
      }
      BasisStatus st = s.rows()[i];
      String side = switch (st) {
        case AT_UPPER -> "upper";
        case AT_LOWER -> "lower";
        case FIXED -> "fixed";
        default -> "slack";
      };
      double rhs = st == BasisStatus.AT_LOWER || (st == BasisStatus.BASIC && !Double.isFinite(lp.rowUpper(i)))
          ? lp.rowLower(i) : lp.rowUpper(i);
      double f = info.rhsToDomain();
      double value = Math.abs(y[i]) * Math.abs(rhs) * 0.01 * Units.CNY_PER_UNIT;
      caps.add(new Cap(lp.rowName(i), words.row(lp.rowName(i), info.family(), info.entity(), info.period()),
          info.family(), info.entity(), info.period(), side, rhs * f,
          (range.lower() - rhs) * f, (range.upper() - rhs) * f, info.rhsUnit(), y[i] * info.dualToDomain(),
          info.dualUnit(), value));
    }
    caps.sort(Comparator.comparing((Cap c) -> c.bound().equals("slack"))
        .thenComparing(Comparator.comparingDouble(Cap::valueOfOnePercentCny).reversed()).thenComparing(Cap::row));
    List<Cost> costs = new ArrayList<>();
    List<Bound> bounds = new ArrayList<>();
    double[] d = ParameterGradient.reducedCosts(lp, y);
    for (int j = 0; j < lp.numColumns(); j++) {
      ColumnUnits u = ColumnUnits.of(ctx, j);
      if (lp.cost(j) != 0) {
        Ranging.Range c = r.cost()[j];
        double cf = u.costToDomain();
        costs.add(new Cost(lp.columnName(j), words.column(lp.columnName(j)), x[j] * u.valueToDomain(),
            u.valueUnit(), lp.cost(j) * cf, (c.lower() - lp.cost(j)) * cf, (c.upper() - lp.cost(j)) * cf, u.costUnit(),
            s.columns()[j] == BasisStatus.BASIC, lp.cost(j) * x[j] * Units.CNY_PER_UNIT));
      }
      Ranging.Range b = r.columnBound()[j];
      boolean cap = b != null && Math.abs(d[j]) > 1e-9;
      if (cap) {
        boolean upper = s.columns()[j] == BasisStatus.AT_UPPER;
        double at = upper ? lp.columnUpper(j) : lp.columnLower(j);
        if (at != 0) {
          double vf = u.valueToDomain();
          bounds.add(new Bound(lp.columnName(j), words.column(lp.columnName(j)), upper ? "upper" : "lower",
              at * vf, (b.lower() - at) * vf, (b.upper() - at) * vf, u.valueUnit(), d[j] * Units.CNY_PER_UNIT / vf,
              "CNY/" + u.valueUnit()));
        }
      }
    }
    costs.sort(Comparator.comparingDouble((Cost c) -> -Math.abs(c.contributionCny())).thenComparing(Cost::column));
    int basis = 0;
    for (BasisStatus st : s.columns()) {
      basis += st == BasisStatus.BASIC ? 1 : 0;
    }
    return new Report(caps, costs, bounds, r.degenerate(), basis);
  }
}
