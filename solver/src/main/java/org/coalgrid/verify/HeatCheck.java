package org.coalgrid.verify;

import java.util.List;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Plant;

/**
 * §4.13 Heat (row {@code heat.r.t}, in regions with an industry that needs heat; GJ, dual in CNY/GJ):
 * Σ_{CHP p∈r} heatRatio·x·h ≥ Σ_{i∈r} heatGjPerT·s.
 */
final class HeatCheck implements FamilyCheck {
  @Override
  public String family() {
    return "heat_balance";
  }

  @Override
  public void rows(Context c) {
    for (int ri = 0; ri < c.in.regions().size(); ri++) {
      String r = c.in.regions().get(ri).id();
      List<Integer> inds = industries(c, r);
      if (inds.stream().noneMatch(i -> c.in.industries().get(i).heatGjPerT() > 0)) {
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        int row = c.model.row(FamilyCheck.spec("heat." + r + "." + c.pid[t], "heat_balance", r, c.pid[t], 0,
            Double.POSITIVE_INFINITY, "CNY/GJ", "GJ", 1, 1000));
        c.rows.heat[ri][t] = row;
        for (int p : plants(c, r)) {
          Plant plant = c.in.plants().get(p);
          if (plant.chp() != null) {
            c.model.add(row, c.v.x[p][t], plant.chp().heatGjPerMwh() * c.h[t]);
          }
        }
        for (int i : inds) {
          double heat = c.in.industries().get(i).heatGjPerT();
          if (heat > 0) {
            c.model.add(row, c.v.output[i][t], -heat);
          }
        }
      }
    }
  }

  private static List<Integer> plants(Context c, String r) {
    return c.inRegion("plants", c.in.plants(), Plant::region, r);
  }

  private static List<Integer> industries(Context c, String r) {
    return c.inRegion("industries", c.in.industries(), Industry::region, r);
  }

  @Override
  public void check(Context c) {
    for (var region : c.in.regions()) {
      String r = region.id();
      List<Integer> inds = industries(c, r);
      if (inds.stream().noneMatch(i -> c.in.industries().get(i).heatGjPerT() > 0)) {
        continue;
      }
      for (int t = 0; t < c.nt; t++) {
        double heat = 0;
        for (int p : plants(c, r)) {
          Plant plant = c.in.plants().get(p);
          if (plant.chp() != null) {
            heat += plant.chp().heatGjPerMwh() * c.s.mw[p][t] * c.h[t];
          }
        }
        double need = 0;
        for (int i : inds) {
          need += c.in.industries().get(i).heatGjPerT() * c.s.output[i][t];
        }
        c.f.ge("heat balance", new Findings.Ent(r, c.pid[t]), "CHP heat", heat, "industry heat", need, "GJ", 0);
      }
    }
  }
}
