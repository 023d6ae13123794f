package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Region;

/**
 * For every region r where some industry needs process heat ({@code heatGjPerT} &gt; 0), in every period t
 * (TJ):
 * <pre>
 * Σ_{p∈r with chp} heatRatio[p]·x[p,t]·h[t] / 1000 ≥ Σ_{i∈r} heat[i]·s[i,t]                  (heat.r.t)
 * </pre>
 * with heatRatio in GJ/MWh, heat in GJ/t and s in kt. Back-pressure CHP: heat comes in a fixed ratio to power,
 * surplus heat is vented, and an industry's heat comes only from CHP in its own region. Other regions have no
 * heat row.
 */
public final class HeatBalance implements ConstraintFamily {
  @Override
  public String name() {
    return "heat_balance";
  }

  @Override
  public String title() {
    return "Heat";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.HEAT);
  }

  @Override
  public Role role() {
    return Role.BALANCE;
  }

  @Override
  public String dualMeaning() {
    return "the **heat price** of region r in period t (CNY/GJ)";
  }

  @Override
  public void apply(ModelContext ctx) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    List<Plant> plants = in.plants();
    List<Industry> inds = in.industries();
    RegionIndex idx = ctx.byRegion();
    for (Region region : in.regions()) {
      String r = region.id();
      int[] plantsHere = idx.plants(r);
      int[] indsHere = idx.industries(r);
      boolean needsHeat = false;
      for (int i : indsHere) {
        needsHeat |= inds.get(i).heatGjPerT() > 0;
      }
      if (!needsHeat) {
        continue;
      }
      for (int t = 0; t < ctx.numPeriods(); t++) {
        LinearExpr e = new LinearExpr();
        for (int p : plantsHere) {
          Plant plant = plants.get(p);
          if (plant.chp() != null) {
            e.add(v.x[p][t], plant.chp().heatGjPerMwh() * ctx.hours(t) / Units.GJ_PER_UNIT);
          }
        }
        for (int i : indsHere) {
          Industry ind = inds.get(i);
          if (ind.heatGjPerT() > 0) {
            e.add(v.s[i][t], -ind.heatGjPerT() * Units.T_PER_UNIT / Units.GJ_PER_UNIT);
          }
        }
        Rows.add(ctx.lp(), ModelNames.heatBalance(r, ctx.periodId(t)), e, 0, Double.POSITIVE_INFINITY,
            ModelContext.info(name(), r, ctx.periodId(t), Units.CNY_PER_UNIT / Units.GJ_PER_UNIT, "CNY/GJ",
                Units.GJ_PER_UNIT, "GJ"));
      }
    }
  }
}
