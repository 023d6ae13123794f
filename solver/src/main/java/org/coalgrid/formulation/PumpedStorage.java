package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.lp.LinearProgram;

/**
 * For every PUMPED_STORAGE plant p and period t, cyclic over the year (the first period follows the last),
 * in GWh:
 * <pre>
 * lvl[p,t] = lvl[p,t−1] + efficiency[p]·pump[p,t]·h[t] − x[p,t]·h[t]                     (ps_level.p.t)
 * </pre>
 * with 0 ≤ lvl ≤ storageMwh and 0 ≤ pump ≤ pumpCapacityMw (absent: the plant's {@code capacityMw}). The
 * efficiency is the round-trip efficiency, taken on pumping. Pumping is a load in the power balance (§4.9);
 * generation is capped by §4.6. A build adds generating capacity only: pumpCapacityMw (or its default, the
 * capacity before builds) and storageMwh stay as given.
 */
public final class PumpedStorage implements ConstraintFamily {
  @Override
  public String name() {
    return "pumped_storage";
  }

  @Override
  public String title() {
    return "Pumped storage";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.STORAGE_LEVEL);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of stored energy at the end of the period (CNY/MWh)";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    int nt = ctx.numPeriods();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (plant.type() != PlantType.PUMPED_STORAGE || plant.storage() == null) {
        continue;
      }
      for (int t = 0; t < nt; t++) {
        String pid = ctx.periodId(t);
        double toGwh = ctx.hours(t) / Units.MWH_PER_UNIT;
        int r = lp.addRow(ModelNames.storageLevel(plant.id(), pid), 0, 0,
            ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT, "CNY/MWh",
                Units.MWH_PER_UNIT, "MWh"));
        lp.add(r, v.lvl[p][t], 1.0);
        lp.add(r, v.lvl[p][(t + nt - 1) % nt], -1.0);
        lp.add(r, v.pump[p][t], -plant.storage().efficiency() * toGwh);
        lp.add(r, v.x[p][t], toGwh);
      }
    }
  }
}
