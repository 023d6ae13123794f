package org.coalgrid.verify;

import org.coalgrid.domain.Plant;

/**
 * §4.8 Pumped storage (row {@code ps_level.p.t}, cyclic, MWh): lvl[t] = lvl[t−1] + efficiency·pump·h − x·h,
 * 0 ≤ lvl ≤ storage, 0 ≤ pump ≤ pumpCapacityMw (default: the plant's capacity).
 */
final class PumpedStorageCheck implements FamilyCheck {
  @Override
  public String family() {
    return "pumped_storage";
  }

  @Override
  public void rows(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (!Context.pumped(plant)) {
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        int r = c.model.row(FamilyCheck.spec("ps_level." + plant.id() + "." + c.pid[t], "pumped_storage", plant.id(),
            c.pid[t], 0, 0, "CNY/MWh", "MWh", 1, Columns.GWH));
        c.model.add(r, c.v.level[p][t], 1);
        c.model.add(r, c.v.level[p][(t + c.nt - 1) % c.nt], -1);
        c.model.add(r, c.v.pump[p][t], -plant.storage().efficiency() * c.h[t]);
        c.model.add(r, c.v.x[p][t], c.h[t]);
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (!Context.pumped(plant)) {
        continue;
      }
      double[] lvl = c.s.level[p];
      double[] pump = c.s.pump[p];
      double pumpCap = plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw()
          : plant.capacityMw();
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(plant.id(), c.pid[t]);
        double prev = lvl[(t + c.nt - 1) % c.nt];
        double in = plant.storage().efficiency() * pump[t] * c.h[t];
        double out = c.s.mw[p][t] * c.h[t];
        c.f.ge("pumped storage bounds", ent, "pumping", pump[t], "zero", 0, "MW", 0);
        c.f.le("pumped storage bounds", ent, "pumping", pump[t], "pump capacity", pumpCap, "MW", 0);
        c.f.eq("pumped storage level", ent, "level", lvl[t], "previous level + efficiency x pumped - generation",
            prev + in - out, "MWh", Math.abs(lvl[t]) + Math.abs(prev) + Math.abs(in) + Math.abs(out));
        c.f.ge("pumped storage bounds", ent, "level", lvl[t], "zero", 0, "MWh", 0);
        c.f.le("pumped storage bounds", ent, "level", lvl[t], "storage", plant.storage().storageMwh(), "MWh", 0);
      }
    }
  }
}
