package org.coalgrid.verify;

import org.coalgrid.domain.Mine;
import org.coalgrid.domain.MineBuild;
import org.coalgrid.domain.Washing;

/**
 * §4.19 Washery capacity 洗煤厂能力 (rows {@code wash_share.m}, {@code wash_cap.m}), for a mine whose washing has a
 * washery capacity or build: the raw coal washed ww (t/yr) is ≥ 0, at most ws·q ({@code wash_share.m}) and at
 * most capacity + unitT·bw ({@code wash_cap.m}); bw a whole number in [0, maxUnits] (0 without a build); the
 * written washery capacity is capacity + unitT·bw and builtT unitT·bw. A mine with a fixed washed share has no
 * washery written.
 */
final class WasheryCheck implements FamilyCheck {
  @Override
  public String family() {
    return "washing_capacity";
  }

  @Override
  public void rows(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      if (c.v.washed[m] < 0) {
        continue;
      }
      Mine mine = c.in.mines().get(m);
      Washing w = mine.washing();
      int rs = c.model.row(spec("wash_share." + mine.id(), mine, 0));
      c.model.add(rs, c.v.washed[m], 1);
      c.model.add(rs, c.v.q[m], -w.washedShare());
      int rc = c.model.row(spec("wash_cap." + mine.id(), mine, w.capacityBeforeBuilds()));
      c.model.add(rc, c.v.washed[m], 1);
      if (c.v.washeryBuild[m] >= 0) {
        c.model.add(rc, c.v.washeryBuild[m], -w.build().unitT());
      }
      c.rows.washCap[m] = rc;
    }
  }

  @Override
  public void check(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      Washing w = mine.washing();
      if (c.v.washed[m] < 0) {
        if (c.s.washeryNodes[m] != null) { // only then a finding: mines without a washery keep their check count
          c.f.require(false, "washery", mine.id(), "a washery is written for a mine whose washing has no washery"
              + " capacity or build (a fixed washed share)");
        }
        continue;
      }
      double ww = c.s.washed[m];
      double built = c.s.washeryBuilt[m];
      MineBuild b = w.build();
      FamilyCheck.builtUnits(c, "washery builds", mine.id(), "units built", "candidate units",
          b == null ? null : b.maxUnits(), built);
      double capacity = capacity(w, built);
      c.f.ge("washery", mine.id(), "raw coal washed", ww, "zero", 0, "t", 0);
      c.f.le("washery", mine.id(), "raw coal washed", ww, "washed share x output", w.washedShare() * c.s.q[m], "t",
          c.s.q[m]);
      c.f.le("washery", mine.id(), "raw coal washed", ww, "washery capacity incl. built", capacity, "t", capacity);
      double writtenCap = SolutionView.num(c.s.washeryNodes[m], "capacityT", "mine " + mine.id() + " washery");
      c.f.eq("washery", mine.id(), "written washery capacity", writtenCap, "capacity + unitT x units built", capacity,
          "t", capacity);
      if (b != null) {
        double builtT = SolutionView.num(c.s.washeryNodes[m], "builtT", "mine " + mine.id() + " washery");
        c.f.eq("washery", mine.id(), "written builtT", builtT, "unitT x units built", b.unitT() * built, "t",
            b.unitT() * built);
      }
    }
  }

  /** A washery's capacity with {@code built} units of its build (t/yr of raw coal). */
  static double capacity(Washing w, double built) {
    return w.capacityBeforeBuilds() + (w.build() != null ? built * w.build().unitT() : 0);
  }

  private static DualModel.RowSpec spec(String name, Mine mine, double ub) {
    return FamilyCheck.spec(name, "washing_capacity", mine.id(), null, Double.NEGATIVE_INFINITY, ub, "CNY/t", "t/yr",
        1, Columns.KT);
  }
}
