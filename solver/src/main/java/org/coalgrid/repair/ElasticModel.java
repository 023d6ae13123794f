package org.coalgrid.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.Units;
import org.coalgrid.formulation.Variables;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.lp.VarKind;

/**
 * The elastic copy of a built model. For every row of a relaxable kind with bounds lb &lt;= a'x &lt;= ub it adds
 * nonnegative slacks in the direction that relaxes a finite bound:
 * <pre>
 *   lb &lt;= a'x + s_lo - s_hi &lt;= ub,   s_lo &gt;= 0 (activity may fall short of lb),  s_hi &gt;= 0 (may exceed ub)
 * </pre>
 * Unserved load u and export shortfall sh already are such slacks in the model; when their kinds are
 * relaxable they count too, with their weights; when not, they are held at zero (the demand or contract must be
 * met in full in the repaired plan, so the repair cannot shed load or energy for free). The weight of a slack, in million CNY per model unit, is
 * {@code w[kind] * rhsToDomain * (hours of the period if the row is in MW per period)} / 10^6, with w in CNY per
 * domain unit (see {@link RelaxKind}).
 *
 * <p>Phase 1 ({@code budget} NaN): all model costs are dropped and the objective is sum_j weight_j s_j.
 * Phase 2: the model costs are kept, slacks cost nothing, and sum_j weight_j s_j &lt;= budget (row
 * {@code repair_budget}).
 */
final class ElasticModel {
  /** One slack: its column, kind, entity, period (or null), whether it lets the activity exceed an upper bound. */
  record Slack(int column, RelaxKind kind, String entity, String period, boolean above, double toDomain, String unit,
      double hours, double weight) {}

  final LinearProgram lp;
  final List<Slack> slacks = new ArrayList<>();

  private ElasticModel(LinearProgram lp) {
    this.lp = lp;
  }

  static ElasticModel build(ModelContext ctx, RepairSettings settings, double budget) {
    boolean phase1 = Double.isNaN(budget);
    LinearProgram orig = ctx.lp();
    ElasticModel em = new ElasticModel(orig.openCopy(!phase1));
    LinearProgram lp = em.lp;
    Map<String, Double> hours = new HashMap<>();
    for (int t = 0; t < ctx.numPeriods(); t++) {
      hours.put(ctx.periodId(t), ctx.hours(t));
    }
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    boolean demand = settings.relaxable().contains(RelaxKind.DEMAND);
    double wd = settings.weight(RelaxKind.DEMAND);
    for (int k = 0; k < in.demands().size(); k++) {
      for (int t = 0; t < ctx.numPeriods(); t++) {
        if (!demand) {
          lp.setColumnBounds(v.u[k][t], 0, 0);
        } else {
          em.slacks.add(new Slack(v.u[k][t], RelaxKind.DEMAND, in.demands().get(k).id(), ctx.periodId(t), false,
              1.0, "MW", ctx.hours(t), wd * ctx.hours(t) / Units.CNY_PER_UNIT));
        }
      }
    }
    boolean export = settings.relaxable().contains(RelaxKind.EXPORT_CONTRACT);
    double wx = settings.weight(RelaxKind.EXPORT_CONTRACT);
    for (int k = 0; k < in.exports().size(); k++) {
      for (int t = 0; t < ctx.numPeriods(); t++) {
        if (!export) {
          lp.setColumnBounds(v.sh[k][t], 0, 0);
        } else {
          em.slacks.add(new Slack(v.sh[k][t], RelaxKind.EXPORT_CONTRACT, in.exports().get(k).id(),
              ctx.periodId(t), false, Units.MWH_PER_UNIT, "MWh", 0, wx * Units.MWH_PER_UNIT / Units.CNY_PER_UNIT));
        }
      }
    }
    for (int i = 0; i < orig.numRows(); i++) {
      RowInfo info = orig.rowInfo(i);
      if (info == null) {
        continue;
      }
      String name = orig.rowName(i);
      double h = "MW".equals(info.rhsUnit()) && info.period() != null ? hours.get(info.period()) : 0;
      double perUnit = info.rhsToDomain() * (h > 0 ? h : 1) / Units.CNY_PER_UNIT;
      if (Double.isFinite(orig.rowLower(i))) {
        RelaxKind kind = kindOf(name, false);
        if (kind != null && settings.relaxable().contains(kind)) {
          int c = lp.addColumn(ModelNames.relaxLower(name), 0, LinearProgram.INF, VarKind.CONTINUOUS);
          lp.add(i, c, 1.0);
          em.slacks.add(new Slack(c, kind, info.entity(), info.period(), false, info.rhsToDomain(), info.rhsUnit(), h,
              settings.weight(kind) * perUnit));
        }
      }
      if (Double.isFinite(orig.rowUpper(i))) {
        RelaxKind kind = kindOf(name, true);
        if (kind != null && settings.relaxable().contains(kind)) {
          int c = lp.addColumn(ModelNames.relaxUpper(name), 0, LinearProgram.INF, VarKind.CONTINUOUS);
          lp.add(i, c, -1.0);
          em.slacks.add(new Slack(c, kind, info.entity(), info.period(), true, info.rhsToDomain(), info.rhsUnit(), h,
              settings.weight(kind) * perUnit));
        }
      }
    }
    if (phase1) {
      for (Slack s : em.slacks) {
        lp.addCost(s.column(), CostTerm.RELAXATION, s.weight());
      }
    } else {
      int r = lp.addRow(ModelNames.repairBudget(), Double.NEGATIVE_INFINITY, budget, null);
      for (Slack s : em.slacks) {
        lp.add(r, s.column(), s.weight());
      }
    }
    lp.freeze();
    return em;
  }

  /**
   * The kind a row's bound belongs to, from the row's kind ({@link ModelNames.RowKind}), or null if that bound
   * is not relaxable: {@code above} is the upper bound (a cap), otherwise the lower bound (a minimum or
   * obligation).
   */
  static RelaxKind kindOf(String rowName, boolean above) {
    ModelNames.RowKind kind = ModelNames.RowKind.of(rowName);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case INDUSTRY_OUTPUT -> RelaxKind.INDUSTRY;
      case COAL_DEMAND -> above ? null : RelaxKind.COAL_DEMAND;
      case MINE -> above ? RelaxKind.MINE_CAPACITY : RelaxKind.MINE_MIN;
      case MINE_MIN -> above ? null : RelaxKind.MINE_MIN;
      case ARC -> above ? RelaxKind.ARC_CAPACITY : null;
      case LINE -> above ? RelaxKind.LINE_CAPACITY : null;
      case PLANT_CAPACITY -> above ? RelaxKind.PLANT_CAPACITY : null;
      case HYDRO_ENERGY -> above ? RelaxKind.HYDRO : null;
      case HYDRO_MIN_RELEASE -> above ? null : RelaxKind.HYDRO;
      case POLICY -> RelaxKind.POLICY;
      default -> null;
    };
  }

  /** Sum of weight_j s_j at x (million CNY). */
  double weighted(double[] x) {
    double s = 0;
    for (Slack sl : slacks) {
      s += sl.weight() * x[sl.column()];
    }
    return s;
  }
}
