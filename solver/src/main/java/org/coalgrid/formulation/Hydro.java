package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Chronology;
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
 * <li>Reservoir ({@code storageMwh} with {@code inflowMwhByPeriod}), with a level per stage m, cyclic over the
 * year (the first stage follows the last), in GWh:
 * <pre>
 * lvl[p,m] = lvl[p,m−1] + Σ_{t∈m} inflow[p,t] − Σ_{t∈m} (x[p,t]·h[t] + spill[p,t])        (hydro_level.p.m)
 * x[p,t]·h[t] + spill[p,t] ≥ minRelease[p]·h[t]                                      (hydro_minrel.p.t)
 * </pre>
 * with 0 ≤ lvl ≤ storage and spill ≥ 0; a missing inflow period counts as 0 (the validator warns). The stages
 * are the periods with blocks (a level per period), and the months with representative days or a full year
 * (the seasons when the days give no month, else the days): the reservoir keeps its monthly energy budget and a
 * level per month, cyclic over the year, and moves its water freely between the hours of each day within that
 * budget (each step counts h[t] = w·δ[t] hours). The minimum-release row exists when {@code minReleaseMw} &gt; 0;
 * spilled water counts as release, so a minimum flow downstream can be met when the grid cannot take the power.
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
    int[][] byStage = null;
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (plant.type() != PlantType.HYDRO || plant.hydro() == null) {
        continue;
      }
      var hydro = plant.hydro();
      if (!hydro.isReservoir()) {
        for (int t = 0; t < nt; t++) {
          String pid = ctx.periodId(t);
          double energy = hydro.energyMwhByPeriod().getOrDefault(pid, 0.0) / Units.MWH_PER_UNIT;
          int r = lp.addRow(ModelNames.hydroEnergy(plant.id(), pid), Double.NEGATIVE_INFINITY, energy, info(plant, pid));
          lp.add(r, v.x[p][t], ctx.hours(t) / Units.MWH_PER_UNIT);
        }
        continue;
      }
      if (byStage == null) {
        byStage = stepsByStage(ctx.chronology());
      }
      List<String> stages = ctx.chronology().stageIds();
      int ns = byStage.length;
      for (int m = 0; m < ns; m++) {
        double inflow = 0;
        for (int t : byStage[m]) {
          inflow += hydro.inflowMwhByPeriod().getOrDefault(ctx.periodId(t), 0.0);
        }
        inflow /= Units.MWH_PER_UNIT;
        var info = info(plant, stages.get(m));
        int r = lp.addRow(ModelNames.hydroLevel(plant.id(), stages.get(m)), inflow, inflow, info);
        lp.add(r, v.lvl[p][m], 1.0);
        lp.add(r, v.lvl[p][(m + ns - 1) % ns], -1.0);
        for (int t : byStage[m]) {
          lp.add(r, v.x[p][t], ctx.hours(t) / Units.MWH_PER_UNIT);
          lp.add(r, v.spill[p][t], 1.0);
        }
        if (hydro.minReleaseMw() > 0) {
          for (int t : byStage[m]) {
            double toGwh = ctx.hours(t) / Units.MWH_PER_UNIT;
            int rm = lp.addRow(ModelNames.hydroMinRelease(plant.id(), ctx.periodId(t)), hydro.minReleaseMw() * toGwh,
                Double.POSITIVE_INFINITY, info(plant, ctx.periodId(t)));
            lp.add(rm, v.x[p][t], toGwh);
            lp.add(rm, v.spill[p][t], 1.0);
          }
        }
      }
    }
  }

  private org.coalgrid.lp.RowInfo info(Plant plant, String period) {
    return ModelContext.info(name(), plant.id(), period, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT, "CNY/MWh",
        Units.MWH_PER_UNIT, "MWh");
  }

  /** The periods of every stage, in period order (a reservoir's level is kept per stage). */
  static int[][] stepsByStage(Chronology chrono) {
    int ns = chrono.stageIds().size();
    int[] count = new int[ns];
    for (int t = 0; t < chrono.steps(); t++) {
      count[chrono.stage(t)]++;
    }
    int[][] out = new int[ns][];
    for (int m = 0; m < ns; m++) {
      out[m] = new int[count[m]];
      count[m] = 0;
    }
    for (int t = 0; t < chrono.steps(); t++) {
      int m = chrono.stage(t);
      out[m][count[m]++] = t;
    }
    return out;
  }
}
