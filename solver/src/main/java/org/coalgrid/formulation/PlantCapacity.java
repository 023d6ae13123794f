package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * Plant capacity, for every plant p and period t (MW):
 * <pre>
 *   x[p,t] <= avail[p,t] (capacity[p] + unitMw[p] b[p])                       (row pcap.p.t)
 * with unit commitment:
 *   x[p,t] <= avail[p,t] unitMw[p] o[p,t],  x[p,t] >= minLoad[p] unitMw[p] o[p,t],
 *   o[p,t] <= existingUnits[p] + b[p]                                          (rows pcap, pmin, units)
 * </pre>
 * The dual of pcap is the scarcity rent of the plant's capacity (CNY/MWh in that period).
 */
public final class PlantCapacity implements ConstraintFamily {
  @Override
  public String name() {
    return "plant_capacity";
  }

  @Override
  public String title() {
    return "Plant capacity";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.PLANT_CAPACITY, ModelNames.RowKind.PLANT_MIN_LOAD, ModelNames.RowKind.UNITS_ONLINE);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "minus the dual of `pcap` is the plant's scarcity rent (CNY/MWh); the dual of `pmin` is what the minimum load costs (CNY/MWh), that of `units` the value of one more unit (CNY/unit)";
  }

  /** Units installed before builds: capacity / unit size, rounded. */
  public static int existingUnits(Plant plant) {
    return (int) Math.round(plant.capacityMw() / plant.unitSizeMw());
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        String pid = ctx.periodId(t);
        double avail = plant.availabilityIn(pid);
        var info = ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0, "MW");
        if (plant.commitment()) {
          double unit = plant.unitSizeMw();
          int r = lp.addRow(ModelNames.plantCapacity(plant.id(), pid), Double.NEGATIVE_INFINITY, 0, info);
          lp.add(r, v.x[p][t], 1.0);
          lp.add(r, v.o[p][t], -avail * unit);
          int rmin = lp.addRow(ModelNames.plantMinLoad(plant.id(), pid), 0, Double.POSITIVE_INFINITY, info);
          lp.add(rmin, v.x[p][t], 1.0);
          lp.add(rmin, v.o[p][t], -plant.minLoadShare() * unit);
          int ru = lp.addRow(ModelNames.unitsOnline(plant.id(), pid), Double.NEGATIVE_INFINITY, existingUnits(plant),
              ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT, "CNY/unit", 1.0, "units"));
          lp.add(ru, v.o[p][t], 1.0);
          if (v.b[p] >= 0) {
            lp.add(ru, v.b[p], -1.0);
          }
        } else {
          int r = lp.addRow(ModelNames.plantCapacity(plant.id(), pid), Double.NEGATIVE_INFINITY, avail * plant.capacityMw(), info);
          lp.add(r, v.x[p][t], 1.0);
          if (v.b[p] >= 0) {
            lp.add(r, v.b[p], -avail * plant.build().unitMw());
          }
        }
      }
    }
  }
}
