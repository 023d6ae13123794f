package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * For every period t, in MW, for the plants and industries that have a direct supply (直供电) k:
 * <pre>
 * Σ_{k from p} d[k,t] ≤ x[p,t]                                                          (ds_plant.p.t)
 * Σ_{k to i} d[k,t] ≤ elec[i]·s[i,t]·1000/h[t]                                           (ds_load.i.t)
 * </pre>
 * and minMw ≤ d ≤ maxMw (column bounds). The tariff is a payment between the plant and the industry: it is
 * reported but is not a system cost.
 */
public final class DirectSupplyLimits implements ConstraintFamily {
  @Override
  public String name() {
    return "direct_supply";
  }

  @Override
  public String title() {
    return "Direct supply 直供电";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.DIRECT_FROM_PLANT, ModelNames.RowKind.DIRECT_TO_LOAD);
  }

  @Override
  public Role role() {
    return Role.DEFINITION;
  }

  @Override
  public String dualMeaning() {
    return "the value of one more MW of direct supply at the plant or the load (CNY/MWh)";
  }

  @Override
  public void apply(ModelContext ctx) {
    Instance in = ctx.instance();
    LinearProgram lp = ctx.lp();
    Variables v = ctx.vars();
    List<DirectSupply> dss = in.directSupplies();
    if (dss.isEmpty()) {
      return;
    }
    List<Plant> plants = in.plants();
    List<Industry> inds = in.industries();
    RegionIndex idx = ctx.byRegion();
    for (int p = 0; p < plants.size(); p++) {
      String pid = plants.get(p).id();
      int[] from = idx.directSuppliesFromPlant(pid);
      if (from.length == 0) {
        continue;
      }
      for (int t = 0; t < ctx.numPeriods(); t++) {
        int r = lp.addRow(ModelNames.directFromPlant(pid, ctx.periodId(t)), Double.NEGATIVE_INFINITY, 0,
            ModelContext.info(name(), pid, ctx.periodId(t), Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0, "MW"));
        lp.add(r, v.x[p][t], -1.0);
        for (int k : from) {
          lp.add(r, v.d[k][t], 1.0);
        }
      }
    }
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      int[] to = idx.directSuppliesToIndustry(ind.id());
      if (to.length == 0) {
        continue;
      }
      for (int t = 0; t < ctx.numPeriods(); t++) {
        int r = lp.addRow(ModelNames.directToLoad(ind.id(), ctx.periodId(t)), Double.NEGATIVE_INFINITY, 0,
            ModelContext.info(name(), ind.id(), ctx.periodId(t), Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0,
                "MW"));
        lp.add(r, v.s[i][t], -ind.electricityMwhPerT() * Units.T_PER_UNIT / ctx.hours(t));
        for (int k : to) {
          lp.add(r, v.d[k][t], 1.0);
        }
      }
    }
  }
}
