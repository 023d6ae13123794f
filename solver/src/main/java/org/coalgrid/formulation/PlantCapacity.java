package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * For every plant p and period t, in MW:
 * <pre>
 * x[p,t] ≤ avail[p,t]·(capacity[p] + unitMw_b[p]·b[p])                                       (pcap.p.t)
 * </pre>
 * avail is the plant's {@code availabilityByPeriod} for t, else its {@code availability}; for wind and solar it
 * is the capacity factor of the period. unitMw_b is the build's unit size and b the units built (§3).
 *
 * <p>Unit commitment ({@code commitment: true}) adds rows; it does not replace the capacity row, so a plant
 * never runs above its rating, whatever its unit size:
 * <pre>
 * x[p,t] ≤ avail[p,t]·unit[p]·o[p,t]                                                      (ponline.p.t)
 * x[p,t] ≥ minLoad[p]·unit[p]·o[p,t]                                                         (pmin.p.t)
 * o[p,t] ≤ ⌈capacity[p] / unit[p]⌉ + b[p]                                                   (units.p.t)
 * </pre>
 * with o integer. The unit size unit[p] is the plant's {@code unitMw}, else its build's {@code unitMw}; each
 * built unit adds one unit of that size, and the validator rejects a committed plant whose build has another
 * unit size. When the capacity is not a whole number of units, the last unit is a part unit: it counts as a
 * whole unit online (its minimum load in full) and the capacity row keeps the output within the capacity (the
 * validator warns).
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
    return List.of(ModelNames.RowKind.PLANT_CAPACITY, ModelNames.RowKind.PLANT_ONLINE,
        ModelNames.RowKind.PLANT_MIN_LOAD, ModelNames.RowKind.UNITS_ONLINE);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "minus the dual of `pcap` is the plant's scarcity rent (CNY/MWh), reported per period; that of"
        + " `ponline` the value of one more MW online, of `pmin` what the minimum load costs (CNY/MWh), of `units`"
        + " the value of one more unit (CNY/unit)";
  }

  /** Relative slack below which capacity / unit size counts as a whole number (2400 / 600 is 4, not 5). */
  private static final double WHOLE = 1e-9;

  /** Units installed before builds: ⌈capacity / unit size⌉ (a part unit counts as a unit). */
  public static int existingUnits(Plant plant) {
    double units = plant.capacityMw() / plant.unitSizeMw();
    return (int) Math.ceil(units - WHOLE * Math.max(1, units));
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
        int r = lp.addRow(ModelNames.plantCapacity(plant.id(), pid), Double.NEGATIVE_INFINITY,
            avail * plant.capacityMw(), info);
        lp.add(r, v.x[p][t], 1.0);
        if (v.b[p] >= 0) {
          lp.add(r, v.b[p], -avail * plant.build().unitMw());
        }
        if (plant.commitment()) {
          double unit = plant.unitSizeMw();
          int ron = lp.addRow(ModelNames.plantOnline(plant.id(), pid), Double.NEGATIVE_INFINITY, 0, info);
          lp.add(ron, v.x[p][t], 1.0);
          lp.add(ron, v.o[p][t], -avail * unit);
          int rmin = lp.addRow(ModelNames.plantMinLoad(plant.id(), pid), 0, Double.POSITIVE_INFINITY, info);
          lp.add(rmin, v.x[p][t], 1.0);
          lp.add(rmin, v.o[p][t], -plant.minLoadShare() * unit);
          int ru = lp.addRow(ModelNames.unitsOnline(plant.id(), pid), Double.NEGATIVE_INFINITY, existingUnits(plant),
              ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT, "CNY/unit", 1.0, "units"));
          lp.add(ru, v.o[p][t], 1.0);
          if (v.b[p] >= 0) {
            lp.add(ru, v.b[p], -1.0);
          }
        }
      }
    }
  }
}
