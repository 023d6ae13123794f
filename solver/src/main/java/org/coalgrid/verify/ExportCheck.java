package org.coalgrid.verify;

import org.coalgrid.domain.ExportContract;

/**
 * §4.11 Export contracts 西电东送 (row {@code export_firm.x.t}, where the firm energy is positive):
 * e·h + sh ≥ firm[x,t] (MWh), 0 ≤ e ≤ maxMw, sh ≥ 0 (and at most the firm energy at the optimum).
 */
final class ExportCheck implements FamilyCheck {
  @Override
  public String family() {
    return "export_contract";
  }

  @Override
  public void rows(Context c) {
    for (int k = 0; k < c.in.exports().size(); k++) {
      ExportContract x = c.in.exports().get(k);
      for (int t = 0; t < c.nt; t++) {
        double firm = c.firmMwh(x, t);
        if (firm <= 0) {
          continue;
        }
        int r = c.model.row(FamilyCheck.spec("export_firm." + x.id() + "." + c.pid[t], "export_contract", x.id(),
            c.pid[t], firm, Double.POSITIVE_INFINITY, "CNY/MWh", "MWh", 1, Columns.GWH));
        c.rows.export[k][t] = r;
        c.model.add(r, c.v.export[k][t], c.h[t]);
        c.model.add(r, c.v.shortfall[k][t], 1);
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int k = 0; k < c.in.exports().size(); k++) {
      ExportContract x = c.in.exports().get(k);
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(x.id(), c.pid[t]);
        double e = c.s.delivered[k][t];
        double sh = c.s.shortfall[k][t];
        double firm = c.firmMwh(x, t);
        c.f.nonneg(ent, "delivered", e, "MW");
        c.f.nonneg(ent, "shortfall", sh, "MWh");
        c.f.ge("export contract", ent, "delivered x hours + shortfall", e * c.h[t] + sh, "firm energy", firm, "MWh",
            Math.abs(e * c.h[t]) + Math.abs(sh));
        c.f.le("export contract", ent, "shortfall", sh, "firm energy", firm, "MWh", 0);
        if (x.maxMw() != null) {
          c.f.le("export max", ent, "delivered", e, "max", x.maxMw(), "MW", 0);
        }
      }
    }
  }
}
