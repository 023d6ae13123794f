package org.coalgrid.verify;

import org.coalgrid.domain.Build;
import org.coalgrid.domain.Plant;

/**
 * §4.6 Plant capacity (row {@code pcap.p.t}, every plant): x ≤ avail·(capacity + unitMw_b·b) (MW; the row is kept
 * in MWh, x·h, so its dual is in CNY/MWh). Unit commitment adds rows, it does not replace this one:
 * x ≤ avail·unit·o ({@code ponline}), x ≥ minLoad·unit·o ({@code pmin}), o ≤ ⌈capacity/unit⌉ + b ({@code units},
 * CNY/unit), unit being the plant's unitMw, else its build's. Builds and units online are whole numbers.
 */
final class PlantCapacityCheck implements FamilyCheck {
  @Override
  public String family() {
    return "plant_capacity";
  }

  private static final String FAMILY = "plant_capacity";

  @Override
  public void rows(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      for (int t = 0; t < c.nt; t++) {
        double h = c.h[t];
        double avail = plant.availabilityIn(c.pid[t]);
        String suffix = plant.id() + "." + c.pid[t];
        int r = c.model.row(mwh("pcap." + suffix, plant, c, t, Double.NEGATIVE_INFINITY,
            avail * plant.capacityMw() * h));
        c.rows.pcap[p][t] = r;
        c.model.add(r, c.v.x[p][t], h);
        if (plant.build() != null) {
          c.model.add(r, c.v.plantBuild[p], -avail * plant.build().unitMw() * h);
        }
        if (plant.commitment()) {
          double unit = plant.unitSizeMw();
          int ron = c.model.row(mwh("ponline." + suffix, plant, c, t, Double.NEGATIVE_INFINITY, 0));
          c.model.add(ron, c.v.x[p][t], h);
          c.model.add(ron, c.v.online[p][t], -avail * unit * h);
          int rmin = c.model.row(mwh("pmin." + suffix, plant, c, t, 0, Double.POSITIVE_INFINITY));
          c.model.add(rmin, c.v.x[p][t], h);
          c.model.add(rmin, c.v.online[p][t], -plant.minLoadShare() * unit * h);
          int ru = c.model.row(FamilyCheck.spec("units." + suffix, FAMILY, plant.id(), c.pid[t],
              Double.NEGATIVE_INFINITY, Context.existingUnits(plant), "CNY/unit", "units", 1, 1));
          c.model.add(ru, c.v.online[p][t], 1);
          c.model.add(ru, c.v.plantBuild[p], -1);
        }
      }
    }
  }

  private static DualModel.RowSpec mwh(String name, Plant plant, Context c, int t, double lb, double ub) {
    return FamilyCheck.spec(name, FAMILY, plant.id(), c.pid[t], lb, ub, "CNY/MWh", "MW", c.h[t], c.h[t]);
  }

  /** Units built of a plant or line: none without a build; else a whole number in [0, maxUnits]. */
  static void builds(Context c, String id, Build b, double built) {
    FamilyCheck.builtUnits(c, "builds", id, "units built", "candidate units", b == null ? null : b.maxUnits(), built);
  }

  @Override
  public void check(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      builds(c, plant.id(), plant.build(), c.s.plantBuilt[p]);
      double cap = c.plantCapacity(p);
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(plant.id(), c.pid[t]);
        double x = c.s.mw[p][t];
        double avail = plant.availabilityIn(c.pid[t]);
        c.f.nonneg(ent, "output", x, "MW");
        c.f.le("plant capacity", ent, "output", x, "available capacity", avail * cap, "MW", 0);
        if (plant.commitment()) {
          double o = c.s.online[p][t];
          double unit = plant.unitSizeMw();
          c.f.ge("plant capacity", ent, "units online", o, "zero", 0, "units", 0);
          c.f.eq("plant capacity", ent, "units online", o, "a whole number", Math.rint(o), "units", 0);
          c.f.le("plant capacity", ent, "units online", o, "units installed incl. built",
              Context.existingUnits(plant) + c.s.plantBuilt[p], "units", 0);
          c.f.le("plant capacity", ent, "output", x, "availability x unit size x units online", avail * unit * o,
              "MW", 0);
          c.f.ge("plant capacity", ent, "output", x, "minimum load x unit size x units online",
              plant.minLoadShare() * unit * o, "MW", 0);
        }
      }
    }
  }
}
