package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Plant;

/**
 * Plant fuel, for every coal-burning plant p (COAL, GANGUE, CHP), in tce over the year:
 * <pre>
 *   sum_{g,c} tcePerT[g] z[p,g,c] = sum_t x[p,t] h[t] heatRate[p] / 1000  (+ CHP: sum_t x[p,t] h[t] heatRatio[p] heatFuel[p] / 1000)
 * </pre>
 * with x in MW, h in hours, heatRate in gce/kWh (= kgce/MWh), heatRatio in GJ/MWh, heatFuel in kgce/GJ.
 * Row {@code fuel.<p>} in ktce; its dual is the fuel value at the plant (CNY/tce).
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
    return "the value of coal at the plant (CNY/tce); not reported";
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
