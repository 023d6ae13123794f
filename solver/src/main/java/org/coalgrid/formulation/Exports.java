package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.lp.LinearProgram;

/**
 * For every export contract x and period t with firm energy above 0, in GWh:
 * <pre>
 * e[x,t]·h[t] + sh[x,t] ≥ firm[x,t]                                                  (export_firm.x.t)
 * </pre>
 * with 0 ≤ e ≤ maxMw (no cap without {@code maxMw}) and sh ≥ 0. The shortfall is not capped at the firm
 * energy: with a penalty ≥ 0 it never exceeds it, and a cap there would make the row's dual the delivery cost
 * instead of the penalty when all of the energy is short. firm[x,t] is {@code firmMwhByPeriod} for t, else
 * {@code firmMwh}·h[t]/H; a period missing from {@code firmMwhByPeriod} has no firm energy and no row (the
 * validator warns). Each MWh short costs the contract's penalty (§5); every MWh delivered, firm or beyond,
 * earns the contract price. Deliveries e are drawn from the power balance of the contract's external region.
 */
public final class Exports implements ConstraintFamily {
  @Override
  public String name() {
    return "export_contract";
  }

  @Override
  public String title() {
    return "Export contracts 西电东送";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.EXPORT_FIRM);
  }

  @Override
  public Role role() {
    return Role.OBLIGATION;
  }

  @Override
  public String dualMeaning() {
    return "the marginal cost of the contracted energy (CNY/MWh), at most the shortfall penalty";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<ExportContract> exps = ctx.instance().exports();
    Variables v = ctx.vars();
    for (int k = 0; k < exps.size(); k++) {
      ExportContract ex = exps.get(k);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        double firm = Variables.firmMwh(ctx, ex, t) / Units.MWH_PER_UNIT;
        if (firm <= 0) {
          continue;
        }
        String pid = ctx.periodId(t);
        int r = lp.addRow(ModelNames.exportFirm(ex.id(), pid), firm, Double.POSITIVE_INFINITY,
            ModelContext.info(name(), ex.id(), pid, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT, "CNY/MWh",
                Units.MWH_PER_UNIT, "MWh"));
        lp.add(r, v.e[k][t], ctx.hours(t) / Units.MWH_PER_UNIT);
        lp.add(r, v.sh[k][t], 1.0);
      }
    }
  }
}
