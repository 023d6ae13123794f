package org.coalgrid.verify;

import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * §4.7 Hydro (MWh; duals in CNY/MWh). Energy-limited station (row {@code hydro_energy.p.t}): x·h ≤ energy[t]
 * (a period not listed has 0). Reservoir (row {@code hydro_level.p.t}, cyclic): lvl[t] = lvl[t−1] + inflow − x·h
 * − spill, 0 ≤ lvl ≤ storage, spill ≥ 0; row {@code hydro_minrel.p.t}: x·h + spill ≥ minReleaseMw·h.
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
