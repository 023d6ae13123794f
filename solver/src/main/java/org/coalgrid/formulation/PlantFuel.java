package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Plant;

/**
 * For every plant p that burns coal (COAL, GANGUE, CHP), over the year (ktce):
 * <pre>
 * Σ_{g,c} tcePerT[g]·z[p,g,c] = Σ_t x[p,t]·h[t]·(heatRate[p] + heatRatio[p]·heatFuel[p]) / 10⁶     (fuel.p)
 * </pre>
 * heatRate is in gce/kWh, which equals kgce/MWh. For CHP, heatRatio is the GJ of heat per MWh
 * ({@code chp.heatGjPerMwh}) and heatFuel the kgce per GJ of heat ({@code chp.heatFuelKgcePerGj}); other
 * plants have no heat term. Any accepted grade may be burned, in any mix.
 */
public final class PlantFuel implements ConstraintFamily {
  @Override
  public String name() {
    return "plant_fuel";
  }

  @Override
  public String title() {
    return "Plant fuel";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.FUEL);
  }

  @Override
  public Role role() {
    return Role.DEFINITION;
  }

  @Override
  public String dualMeaning() {
    return "the value of coal at the plant (CNY/tce)";
  }

  @Override
  public void apply(ModelContext ctx) {
    List<Plant> plants = ctx.instance().plants();
    List<CoalGrade> grades = ctx.instance().coalGrades();
    Variables v = ctx.vars();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (!plant.type().burnsCoal()) {
        continue;
      }
      LinearExpr e = new LinearExpr();
      for (int g = 0; g < grades.size(); g++) {
        for (int col : v.z[p][g]) {
          e.add(col, grades.get(g).tcePerT());
        }
      }
      double kgcePerMwh = kgcePerMwh(plant);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        e.add(v.x[p][t], -ctx.hours(t) * kgcePerMwh / 1e6);
      }
      Rows.add(ctx.lp(), ModelNames.fuel(plant.id()), e, 0, 0,
          ModelContext.info(name(), plant.id(), null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/tce",
              Units.T_PER_UNIT, "tce/yr"));
    }
  }

  /** Fuel per MWh sent out, including CHP heat (kgce/MWh). */
  public static double kgcePerMwh(Plant plant) {
    double k = plant.heatRateGcePerKwh();
    if (plant.chp() != null) {
      k += plant.chp().heatGjPerMwh() * plant.chp().heatFuelKgcePerGj();
    }
    return k;
  }
}
