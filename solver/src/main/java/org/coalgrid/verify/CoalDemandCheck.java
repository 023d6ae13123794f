package org.coalgrid.verify;

import org.coalgrid.domain.CoalDemand;

/**
 * §4.15 Firm coal demand (row {@code coal_demand.k}, where firmT &gt; 0 or coal is split by origin class):
 * firmT ≤ Σ_c cd ≤ maxT (t/yr; each class column alone is bounded by maxT).
 */
final class CoalDemandCheck implements FamilyCheck {
  @Override
  public String family() {
    return "coal_demand";
  }

  @Override
  public void rows(Context c) {
    for (int k = 0; k < c.in.coalDemands().size(); k++) {
      CoalDemand d = c.in.coalDemands().get(k);
      if (d.firmT() <= 0 && !c.split) {
        continue;
      }
      int r = c.model.row(FamilyCheck.spec("coal_demand." + d.id(), "coal_demand", d.id(), null, d.firmT(),
          c.split ? d.maxOrFirm() : Double.POSITIVE_INFINITY, "CNY/t", "t/yr", 1, Columns.KT));
      for (int col : c.v.cd[k]) {
        c.model.add(r, col, 1);
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int k = 0; k < c.in.coalDemands().size(); k++) {
      CoalDemand d = c.in.coalDemands().get(k);
      c.f.ge("coal demand", d.id(), "served", c.s.served[k], "firm", Math.max(0, d.firmT()), "t", 0);
      c.f.le("coal demand", d.id(), "served", c.s.served[k], "maximum", d.maxOrFirm(), "t", 0);
    }
  }
}
