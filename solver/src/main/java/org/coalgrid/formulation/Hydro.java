package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.lp.LinearProgram;

/**
 * For every HYDRO plant p and period t. A plant is either energy-limited or a reservoir; giving both
 * {@code energyMwhByPeriod} and {@code storageMwh} is a validation error.
 * <ul>
 * <li>Energy-limited ({@code energyMwhByPeriod}), in GWh:
 * <pre>
 * x[p,t]·h[t] ≤ energy[p,t]                                                        (hydro_energy.p.t)
 * </pre>
 * A period missing from {@code energyMwhByPeriod} has energy 0 (the validator warns).
 * <li>Reservoir ({@code storageMwh} with {@code inflowMwhByPeriod}), cyclic over the year (the first period
 * follows the last), in GWh:
 * <pre>
 * lvl[p,t] = lvl[p,t−1] + inflow[p,t] − x[p,t]·h[t] − spill[p,t]                      (hydro_level.p.t)
 * x[p,t]·h[t] + spill[p,t] ≥ minRelease[p]·h[t]                                      (hydro_minrel.p.t)
 * </pre>
 * with 0 ≤ lvl ≤ storage and spill ≥ 0; a missing inflow period counts as 0 (the validator warns). The
 * minimum-release row exists when {@code minReleaseMw} &gt; 0; spilled water counts as release, so a minimum
 * flow downstream can be met when the grid cannot take the power.
 * </ul>
 * The capacity row (§4.6) applies to hydro plants too.
 */
public final class Hydro implements ConstraintFamily {
  @Override
  public String name() {
    return "hydro";
  }

  @Override
  public String title() {
    return "Hydro";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.HYDRO_ENERGY, ModelNames.RowKind.HYDRO_LEVEL,
        ModelNames.RowKind.HYDRO_MIN_RELEASE);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the **water value** (CNY/MWh): of the period's energy for an energy-limited station, of water in the "
        + "reservoir for `hydro_level`, the cost of the minimum release for `hydro_minrel`";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    int nt = ctx.numPeriods();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (plant.type() != PlantType.HYDRO || plant.hydro() == null) {
        continue;
      }
      var hydro = plant.hydro();
      for (int t = 0; t < nt; t++) {
        String pid = ctx.periodId(t);
        var info = ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT, "CNY/MWh",
            Units.MWH_PER_UNIT, "MWh");
        double toGwh = ctx.hours(t) / Units.MWH_PER_UNIT;
        if (!hydro.isReservoir()) {
          double energy = hydro.energyMwhByPeriod().getOrDefault(pid, 0.0) / Units.MWH_PER_UNIT;
          int r = lp.addRow(ModelNames.hydroEnergy(plant.id(), pid), Double.NEGATIVE_INFINITY, energy, info);
          lp.add(r, v.x[p][t], toGwh);
        } else {
          double inflow = hydro.inflowMwhByPeriod().getOrDefault(pid, 0.0) / Units.MWH_PER_UNIT;
          int r = lp.addRow(ModelNames.hydroLevel(plant.id(), pid), inflow, inflow, info);
          lp.add(r, v.lvl[p][t], 1.0);
          lp.add(r, v.lvl[p][(t + nt - 1) % nt], -1.0);
          lp.add(r, v.x[p][t], toGwh);
          lp.add(r, v.spill[p][t], 1.0);
          if (hydro.minReleaseMw() > 0) {
            int rm = lp.addRow(ModelNames.hydroMinRelease(plant.id(), pid), hydro.minReleaseMw() * toGwh,
                Double.POSITIVE_INFINITY, info);
            lp.add(rm, v.x[p][t], toGwh);
            lp.add(rm, v.spill[p][t], 1.0);
          }
        }
      }
    }
  }
}
