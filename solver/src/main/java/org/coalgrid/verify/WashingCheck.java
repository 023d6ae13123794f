package org.coalgrid.verify;

import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Washing;

/**
 * §4.2 Washing 洗选 (rows {@code wash_clean.m}, {@code wash_byproduct.m}): wc = ws·cleanYield·q and
 * wb = ws·byproductYield·q (t/yr); the unwashed part (1 − ws)·q stays raw coal of the mine's grade. A mine with a
 * washery 洗煤厂 (capacity or build, {@link WasheryCheck}) washes ww raw t/yr: wc = cleanYield·ww, wb =
 * byproductYield·ww, and q − ww stays raw.
 */
final class WashingCheck implements FamilyCheck {
  @Override
  public String family() {
    return "washing";
  }

  @Override
  public void rows(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      Washing w = mine.washing();
      if (c.v.washClean[m] >= 0) {
        int r = c.model.row(spec("wash_clean.", mine));
        c.model.add(r, c.v.washClean[m], 1);
        c.model.add(r, washed(c, m, -w.cleanYield()));
      }
      if (c.v.washByproduct[m] >= 0) {
        int r = c.model.row(spec("wash_byproduct.", mine));
        c.model.add(r, c.v.washByproduct[m], 1);
        c.model.add(r, washed(c, m, -w.byproductYield()));
      }
    }
  }

  private static Lin washed(Context c, int m, double coef) {
    Lin e = new Lin();
    c.addWashed(e, m, coef);
    return e;
  }

  private static DualModel.RowSpec spec(String prefix, Mine mine) {
    return FamilyCheck.spec(prefix + mine.id(), "washing", mine.id(), null, 0, 0, "CNY/t", "t/yr", 1, Columns.KT);
  }

  @Override
  public void check(Context c) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      Washing w = mine.washing();
      boolean washery = c.v.washed[m] >= 0;
      double q = c.s.q[m];
      String what = washery ? "clean yield x tonnes washed" : "washed share x clean yield x output";
      double clean = w == null || w.cleanGrade() == null ? 0
          : washery ? w.cleanYield() * c.s.washed[m] : w.washedShare() * w.cleanYield() * q;
      double by = w == null || w.byproductGrade() == null ? 0
          : washery ? w.byproductYield() * c.s.washed[m] : w.washedShare() * w.byproductYield() * q;
      c.f.eq("washing", mine.id(), "clean coal", c.s.washClean[m], what, clean, "t", Math.abs(clean));
      c.f.eq("washing", mine.id(), "byproduct", c.s.washByproduct[m], what.replace("clean", "byproduct"), by, "t",
          Math.abs(by));
    }
  }
}
