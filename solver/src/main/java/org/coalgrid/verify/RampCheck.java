package org.coalgrid.verify;

import org.coalgrid.domain.Plant;

/**
 * §4.17 Ramping (MW; duals in CNY/MW per year), on chronological steps only (representative days or a full
 * year): for a plant with {@code rampMwPerHour}, row {@code ramp_up.p.t}: x[t] − x[prev(t)] ≤ ramp·δ[t] and row
 * {@code ramp_down.p.t}: x[prev(t)] − x[t] ≤ ramp·δ[t], prev(t) cyclic within the step's sequence (§2). Blocks
 * have no ramp rows.
 */
final class RampCheck implements FamilyCheck {
  @Override
  public String family() {
    return "ramping";
  }

  @Override
  public void rows(Context c) {
    if (!c.ts.days) {
      return;
    }
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (plant.rampMwPerHour() == null) {
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        int prev = c.ts.prev[t];
        if (prev == t) {
          continue;
        }
        double limit = plant.rampMwPerHour() * c.ts.delta[t];
        int up = c.model.row(FamilyCheck.spec("ramp_up." + plant.id() + "." + c.pid[t], "ramping", plant.id(),
            c.pid[t], Double.NEGATIVE_INFINITY, limit, "CNY/MW", "MW", 1, 1));
        c.model.add(up, c.v.x[p][t], 1);
        c.model.add(up, c.v.x[p][prev], -1);
        int down = c.model.row(FamilyCheck.spec("ramp_down." + plant.id() + "." + c.pid[t], "ramping", plant.id(),
            c.pid[t], Double.NEGATIVE_INFINITY, limit, "CNY/MW", "MW", 1, 1));
        c.model.add(down, c.v.x[p][prev], 1);
        c.model.add(down, c.v.x[p][t], -1);
      }
    }
  }

  @Override
  public void check(Context c) {
    if (!c.ts.days) {
      return;
    }
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (plant.rampMwPerHour() == null) {
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        double now = c.s.mw[p][t];
        double before = c.s.mw[p][c.ts.prev[t]];
        c.f.le("ramping", new Findings.Ent(plant.id(), c.pid[t]), "change of output from the step before",
            Math.abs(now - before), "ramp limit x step hours", plant.rampMwPerHour() * c.ts.delta[t], "MW",
            Math.abs(now) + Math.abs(before));
      }
    }
  }
}
