package org.coalgrid.verify;

import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * §4.7 Hydro (MWh; duals in CNY/MWh). Energy-limited station (row {@code hydro_energy.p.t}): x·h ≤ energy[t]
 * (a period not listed has 0). Reservoir (row {@code hydro_level.p.t}, cyclic): lvl[t] = lvl[t−1] + inflow − x·h
 * − spill, 0 ≤ lvl ≤ storage, spill ≥ 0; row {@code hydro_minrel.p.t}: x·h + spill ≥ minReleaseMw·h. With
 * representative days or a full year a reservoir keeps its level per stage m (the month; §2), row
 * {@code hydro_level.p.m}: lvl[m] = lvl[m−1] + Σ_{t∈m} (inflow − x·h − spill), cyclic over the stages.
 */
final class HydroCheck implements FamilyCheck {
  @Override
  public String family() {
    return "hydro";
  }

  @Override
  public void rows(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (plant.type() != PlantType.HYDRO || plant.hydro() == null) {
        continue;
      }
      var hydro = plant.hydro();
      if (c.stageReservoir(plant)) {
        stageRows(c, p, plant);
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        String suffix = plant.id() + "." + c.pid[t];
        if (!hydro.isReservoir()) {
          int r = c.model.row(spec("hydro_energy." + suffix, plant, c, t, Double.NEGATIVE_INFINITY,
              hydro.energyMwhByPeriod().getOrDefault(c.pid[t], 0.0)));
          c.model.add(r, c.v.x[p][t], c.h[t]);
        } else {
          double inflow = hydro.inflowMwhByPeriod().getOrDefault(c.pid[t], 0.0);
          int r = c.model.row(spec("hydro_level." + suffix, plant, c, t, inflow, inflow));
          c.model.add(r, c.v.level[p][t], 1);
          c.model.add(r, c.v.level[p][(t + c.nt - 1) % c.nt], -1);
          c.model.add(r, c.v.x[p][t], c.h[t]);
          c.model.add(r, c.v.spill[p][t], 1);
          if (hydro.minReleaseMw() > 0) {
            int rm = c.model.row(spec("hydro_minrel." + suffix, plant, c, t, hydro.minReleaseMw() * c.h[t],
                Double.POSITIVE_INFINITY));
            c.model.add(rm, c.v.x[p][t], c.h[t]);
            c.model.add(rm, c.v.spill[p][t], 1);
          }
        }
      }
    }
  }

  /** A reservoir's rows with days: one level row per stage (month), minimum release per step. */
  private static void stageRows(Context c, int p, Plant plant) {
    var hydro = plant.hydro();
    int ns = c.ts.stageIds.size();
    double[] inflow = new double[ns];
    for (int t = 0; t < c.nt; t++) {
      inflow[c.ts.stage[t]] += hydro.inflowMwhByPeriod().getOrDefault(c.pid[t], 0.0);
    }
    int[] rows = new int[ns];
    for (int m = 0; m < ns; m++) {
      String stage = c.ts.stageIds.get(m);
      rows[m] = c.model.row(FamilyCheck.spec("hydro_level." + plant.id() + "." + stage, "hydro", plant.id(), stage,
          inflow[m], inflow[m], "CNY/MWh", "MWh", 1, Columns.GWH));
      c.model.add(rows[m], c.v.level[p][m], 1);
      c.model.add(rows[m], c.v.level[p][(m + ns - 1) % ns], -1);
    }
    for (int t = 0; t < c.nt; t++) {
      int r = rows[c.ts.stage[t]];
      c.model.add(r, c.v.x[p][t], c.h[t]);
      c.model.add(r, c.v.spill[p][t], 1);
    }
    if (hydro.minReleaseMw() > 0) {
      for (int t = 0; t < c.nt; t++) {
        int rm = c.model.row(spec("hydro_minrel." + plant.id() + "." + c.pid[t], plant, c, t,
            hydro.minReleaseMw() * c.h[t], Double.POSITIVE_INFINITY));
        c.model.add(rm, c.v.x[p][t], c.h[t]);
        c.model.add(rm, c.v.spill[p][t], 1);
      }
    }
  }

  /** The level of a reservoir with days, per stage: level = level of the stage before + inflow − release. */
  private static void checkStages(Context c, int p, Plant plant) {
    var levels = c.s.stageLevel[p];
    double[] spill = c.s.spill[p];
    int ns = c.ts.stageIds.size();
    double[] inflow = new double[ns];
    double[] out = new double[ns];
    double[] mag = new double[ns];
    for (int t = 0; t < c.nt; t++) {
      Object ent = new Findings.Ent(plant.id(), c.pid[t]);
      double release = c.s.mw[p][t] * c.h[t] + spill[t];
      c.f.nonneg(ent, "spill", spill[t], "MWh");
      if (plant.hydro().minReleaseMw() > 0) {
        c.f.ge("hydro min release", ent, "generation + spill", release, "minimum release",
            plant.hydro().minReleaseMw() * c.h[t], "MWh", 0);
      }
      double q = plant.hydro().inflowMwhByPeriod().getOrDefault(c.pid[t], 0.0);
      inflow[c.ts.stage[t]] += q;
      out[c.ts.stage[t]] += release;
      mag[c.ts.stage[t]] += Math.abs(q) + Math.abs(release);
    }
    for (int m = 0; m < ns; m++) {
      String stage = c.ts.stageIds.get(m);
      Object ent = new Findings.Ent(plant.id(), stage);
      double lvl = levels.get(stage);
      double prev = levels.get(c.ts.stageIds.get((m + ns - 1) % ns));
      c.f.eq("reservoir level", ent, "level", lvl, "previous stage's level + inflow - generation - spill",
          prev + inflow[m] - out[m], "MWh", Math.abs(lvl) + Math.abs(prev) + mag[m]);
      c.f.ge("reservoir storage", ent, "level", lvl, "zero", 0, "MWh", 0);
      c.f.le("reservoir storage", ent, "level", lvl, "storage", plant.hydro().storageMwh(), "MWh", 0);
    }
  }

  private static DualModel.RowSpec spec(String name, Plant plant, Context c, int t, double lb, double ub) {
    return FamilyCheck.spec(name, "hydro", plant.id(), c.pid[t], lb, ub, "CNY/MWh", "MWh", 1, Columns.GWH);
  }

  @Override
  public void check(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (plant.type() != PlantType.HYDRO || plant.hydro() == null) {
        continue;
      }
      if (!plant.hydro().isReservoir()) {
        for (int t = 0; t < c.nt; t++) {
          c.f.le("hydro energy", new Findings.Ent(plant.id(), c.pid[t]), "generation", c.s.mw[p][t] * c.h[t], "energy available",
              plant.hydro().energyMwhByPeriod().getOrDefault(c.pid[t], 0.0), "MWh", 0);
        }
        continue;
      }
      if (c.stageReservoir(plant)) {
        checkStages(c, p, plant);
        continue;
      }
      double[] lvl = c.s.level[p];
      double[] spill = c.s.spill[p];
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(plant.id(), c.pid[t]);
        double prev = lvl[(t + c.nt - 1) % c.nt];
        double release = c.s.mw[p][t] * c.h[t];
        double inflow = plant.hydro().inflowMwhByPeriod().getOrDefault(c.pid[t], 0.0);
        c.f.nonneg(ent, "spill", spill[t], "MWh");
        if (plant.hydro().minReleaseMw() > 0) {
          c.f.ge("hydro min release", ent, "generation + spill", release + spill[t], "minimum release",
              plant.hydro().minReleaseMw() * c.h[t], "MWh", 0);
        }
        double out = release + spill[t];
        c.f.eq("reservoir level", ent, "level", lvl[t], "previous level + inflow - generation - spill",
            prev + inflow - out, "MWh", Math.abs(lvl[t]) + Math.abs(prev) + Math.abs(inflow) + Math.abs(out));
        c.f.ge("reservoir storage", ent, "level", lvl[t], "zero", 0, "MWh", 0);
        c.f.le("reservoir storage", ent, "level", lvl[t], "storage", plant.hydro().storageMwh(), "MWh", 0);
      }
    }
  }
}
