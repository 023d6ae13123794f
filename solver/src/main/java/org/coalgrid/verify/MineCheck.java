package org.coalgrid.verify;

import org.coalgrid.domain.Mine;

/** §4.1 Mine bounds (row {@code mine.m}): minOutput ≤ q ≤ capacity (t/yr); the dual is in CNY/t. */
final class MineCheck implements FamilyCheck {
  @Override
  public String family() {
    return "mine_capacity";
  }

  @Override
  public void rows(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      int r = c.model.row(FamilyCheck.spec("mine." + mine.id(), "mine_capacity", mine.id(), null, mine.minOutputT(),
          mine.capacityT(), "CNY/t", "t/yr", 1, Columns.KT));
      c.model.add(r, c.v.q[m], 1);
      c.rows.mine[m] = r;
    }
  }

  @Override
  public void check(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      c.f.ge("mine bounds", mine.id(), "output", c.s.q[m], "minimum output", mine.minOutputT(), "t", 0);
      c.f.le("mine bounds", mine.id(), "output", c.s.q[m], "capacity", mine.capacityT(), "t", 0);
    }
  }
}
