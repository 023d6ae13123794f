package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.lp.LinearProgram;

/**
 * Export contracts (西电东送), for every contract x and period t (GWh):
 * {@code e[x,t] h[t] + sh[x,t] >= firm[x,t]}, {@code 0 <= e[x,t] <= maxMw[x]}, {@code sh >= 0} (not capped at firm, so the dual stays the marginal cost).
 * Deliveries e are drawn from the external region's power balance. Row {@code export_firm.x.t}; its dual
 * is the marginal cost of the contracted energy (CNY/MWh).
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
