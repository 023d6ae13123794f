package org.coalgrid.verify;

import org.coalgrid.domain.Mine;

/**
 * §4.1 Mine bounds (row {@code mine.m}): minOutput ≤ q ≤ capacity (t/yr); the dual is in CNY/t. With a candidate
 * build: q − unitT·bm ≤ capacity ({@code mine.m}) and q ≥ minOutput ({@code mine_min.m}, if minOutput &gt; 0), bm a
 * whole number in [0, maxUnits].
 */
final class MineCheck implements FamilyCheck {
  @Override
  public String family() {
    return "mine_capacity";
  }

  @Override
  public void rows(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      boolean build = c.v.mineBuild[m] >= 0;
      int r = c.model.row(spec("mine." + mine.id(), mine, build ? Double.NEGATIVE_INFINITY : mine.minOutputT(),
          mine.capacityT()));
      c.model.add(r, c.v.q[m], 1);
      c.rows.mine[m] = r;
      if (build) {
        c.model.add(r, c.v.mineBuild[m], -mine.build().unitT());
        if (mine.minOutputT() > 0) {
          int rm = c.model.row(spec("mine_min." + mine.id(), mine, mine.minOutputT(), Double.POSITIVE_INFINITY));
          c.model.add(rm, c.v.q[m], 1);
        }
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      c.f.ge("mine bounds", mine.id(), "output", c.s.q[m], "minimum output", mine.minOutputT(), "t", 0);
      double built = c.s.mineBuilt[m];
      FamilyCheck.builtUnits(c, "builds", mine.id(), "units built", "candidate units",
          mine.build() == null ? null : mine.build().maxUnits(), built);
      c.f.le("mine bounds", mine.id(), "output", c.s.q[m], "capacity incl. built", capacity(mine, built), "t", 0);
    }
  }

  /** A mine's capacity with {@code built} units of its build (t/yr). */
  static double capacity(Mine mine, double built) {
    return mine.capacityT() + (mine.build() != null ? built * mine.build().unitT() : 0);
  }

  private static DualModel.RowSpec spec(String name, Mine mine, double lb, double ub) {
    return FamilyCheck.spec(name, "mine_capacity", mine.id(), null, lb, ub, "CNY/t", "t/yr", 1, Columns.KT);
  }
}
