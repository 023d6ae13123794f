package org.coalgrid.verify;

import org.coalgrid.domain.Plant;

/**
 * §4.8 Storage: pumped storage and batteries (row {@code ps_level.p.t}, MWh): lvl[t] = lvl[prev(t)] +
 * efficiency·pump·δ[t] − x·δ[t], 0 ≤ lvl ≤ storage, 0 ≤ pump ≤ pumpCapacityMw (default: the plant's capacity);
 * prev(t) and δ from the time structure (§2: cyclic over the year for blocks and a full year, within each
 * representative day otherwise). Inter-day storage ({@code storage.interDay}): the first step of day d also
 * carries −dsoc[d]; {@code ps_link.p.n}: soc[n+1] = soc[n] + dsoc[c(n)], cyclic over the days of the year;
 * {@code ps_anchor.p.d}: soc[first day of d] = lvl[last step of d] − dsoc[d]; 0 ≤ soc ≤ storage. The level row
 * of a step whose day stands for w days is taken w times (MWh of the year), so its dual is per MWh stored.
 */
final class PumpedStorageCheck implements FamilyCheck {
  @Override
  public String family() {
    return "pumped_storage";
  }

  @Override
  public void rows(Context c) {
    TimeSteps ts = c.ts;
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (!Context.pumped(plant)) {
        continue;
      }
      boolean linked = c.interDay(plant);
      for (int t = 0; t < c.nt; t++) {
        // in MWh of the year: the step's day stands for w days, so its dual is the value of one MWh stored
        double w = c.h[t] / ts.delta[t];
        int r = c.model.row(FamilyCheck.spec("ps_level." + plant.id() + "." + c.pid[t], "pumped_storage", plant.id(),
            c.pid[t], 0, 0, "CNY/MWh", "MWh", 1, Columns.GWH * w));
        c.model.add(r, c.v.level[p][t], w);
        c.model.add(r, c.v.level[p][ts.prev[t]], -w);
        if (linked && ts.firstOfDay(t)) {
          c.model.add(r, c.v.dsoc[p][ts.day[t]], w);
        }
        c.model.add(r, c.v.pump[p][t], -plant.storage().efficiency() * ts.delta[t] * w);
        c.model.add(r, c.v.x[p][t], ts.delta[t] * w);
      }
      if (linked) {
        linkRows(c, p, plant);
      }
    }
  }

  private static void linkRows(Context c, int p, Plant plant) {
    int[] year = TimeSteps.yearDays(c.in);
    int n = year.length;
    int[] first = new int[c.v.dsoc[p].length];
    java.util.Arrays.fill(first, -1);
    for (int j = 0; j < n; j++) {
      int r = c.model.row(FamilyCheck.spec("ps_link." + plant.id() + "." + String.format("%03d", j + 1),
          "pumped_storage", plant.id(), null, 0, 0, "CNY/MWh", "MWh", 1, Columns.GWH));
      c.model.add(r, c.v.soc[p][(j + 1) % n], 1);
      c.model.add(r, c.v.soc[p][j], -1);
      c.model.add(r, c.v.dsoc[p][year[j]], -1);
      if (first[year[j]] < 0) {
        first[year[j]] = j;
      }
    }
    for (int d = 0; d < first.length; d++) {
      if (first[d] < 0) {
        continue;
      }
      int r = c.model.row(FamilyCheck.spec("ps_anchor." + plant.id() + "." + c.in.time().days().get(d).id(),
          "pumped_storage", plant.id(), null, 0, 0, "CNY/MWh", "MWh", 1, Columns.GWH));
      c.model.add(r, c.v.soc[p][first[d]], 1);
      c.model.add(r, c.v.level[p][d * c.ts.stepsPerDay + c.ts.stepsPerDay - 1], -1);
      c.model.add(r, c.v.dsoc[p][d], 1);
    }
  }

  @Override
  public void check(Context c) {
    TimeSteps ts = c.ts;
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (!Context.pumped(plant)) {
        continue;
      }
      double[] lvl = c.s.level[p];
      double[] pump = c.s.pump[p];
      double pumpCap = plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw()
          : plant.capacityMw();
      boolean linked = c.interDay(plant);
      double[] dayStart = linked ? new double[c.in.time().days().size()] : null;
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(plant.id(), c.pid[t]);
        double prev = lvl[ts.prev[t]];
        // storage moves energy within its sequence: the step's duration, not the hours of the year it stands for
        double in = plant.storage().efficiency() * pump[t] * ts.delta[t];
        double out = c.s.mw[p][t] * ts.delta[t];
        c.f.ge("pumped storage bounds", ent, "pumping", pump[t], "zero", 0, "MW", 0);
        c.f.le("pumped storage bounds", ent, "pumping", pump[t], "pump capacity", pumpCap, "MW", 0);
        if (linked && ts.firstOfDay(t)) {
          dayStart[ts.day[t]] = lvl[t] - in + out; // the day starts from the energy carried into it
        } else {
          c.f.eq("pumped storage level", ent, "level", lvl[t], "previous level + efficiency x pumped - generation",
              prev + in - out, "MWh", Math.abs(lvl[t]) + Math.abs(prev) + Math.abs(in) + Math.abs(out));
        }
        c.f.ge("pumped storage bounds", ent, "level", lvl[t], "zero", 0, "MWh", 0);
        c.f.le("pumped storage bounds", ent, "level", lvl[t], "storage", plant.storage().storageMwh(), "MWh", 0);
      }
      if (linked) {
        checkLinks(c, p, plant, lvl, dayStart);
      }
    }
  }

  /**
   * The energy at the start of each day of the year follows from the day before by the net change of its
   * representative day, cyclic over the year; on the first day of the year a representative day stands for, its
   * start level is the energy carried into that day; 0 ≤ energy ≤ storage.
   */
  private static void checkLinks(Context c, int p, Plant plant, double[] lvl, double[] dayStart) {
    int[] year = TimeSteps.yearDays(c.in);
    double[] soc = c.s.dayStart[p];
    boolean[] anchored = new boolean[dayStart.length];
    int spd = c.ts.stepsPerDay;
    for (int n = 0; n < year.length; n++) {
      int d = year[n];
      Object ent = new Findings.Ent(plant.id(), "day " + (n + 1));
      String rep = c.in.time().days().get(d).id();
      double change = lvl[d * spd + spd - 1] - dayStart[d];
      double next = soc[(n + 1) % year.length];
      c.f.eq("storage day link", ent, "energy at the start of the next day", next, "energy at the start + net change"
          + " of representative day " + rep, soc[n] + change, "MWh", Math.abs(next) + Math.abs(soc[n]) + Math.abs(change));
      c.f.ge("pumped storage bounds", ent, "energy at the start of the day", soc[n], "zero", 0, "MWh", 0);
      c.f.le("pumped storage bounds", ent, "energy at the start of the day", soc[n], "storage",
          plant.storage().storageMwh(), "MWh", 0);
      if (!anchored[d]) {
        anchored[d] = true;
        c.f.eq("storage day link", ent, "energy at the start of the day", soc[n], "start level of representative day "
            + rep, dayStart[d], "MWh", Math.abs(soc[n]) + Math.abs(dayStart[d]));
      }
    }
  }
}
