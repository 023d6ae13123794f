package org.coalgrid.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Plant;

/**
 * §4.14 Direct supply 直供电 (MW; rows kept in MWh, duals in CNY/MWh): minMw ≤ d ≤ maxMw; row
 * {@code ds_plant.p.t}: Σ_{k from p} d ≤ x[p,t]; row {@code ds_load.i.t}: Σ_{k to i} d ≤ industry load.
 */
final class DirectSupplyCheck implements FamilyCheck {
  @Override
  public String family() {
    return "direct_supply";
  }

  @Override
  public void rows(Context c) {
    List<DirectSupply> dss = c.in.directSupplies();
    if (dss.isEmpty()) {
      return;
    }
    for (int p = 0; p < c.in.plants().size(); p++) {
      String id = c.in.plants().get(p).id();
      List<Integer> from = c.inRegion("dsByPlant", dss, DirectSupply::plant, id);
      for (int t = 0; from.size() > 0 && t < c.nt; t++) {
        int r = c.model.row(spec("ds_plant." + id + "." + c.pid[t], id, c, t));
        c.model.add(r, c.v.x[p][t], -c.h[t]);
        for (int k : from) {
          c.model.add(r, c.v.direct[k][t], c.h[t]);
        }
      }
    }
    for (int i = 0; i < c.in.industries().size(); i++) {
      Industry ind = c.in.industries().get(i);
      List<Integer> to = c.inRegion("dsByIndustry", dss, DirectSupply::industry, ind.id());
      for (int t = 0; to.size() > 0 && t < c.nt; t++) {
        int r = c.model.row(spec("ds_load." + ind.id() + "." + c.pid[t], ind.id(), c, t));
        c.model.add(r, c.v.output[i][t], -ind.electricityMwhPerT());
        for (int k : to) {
          c.model.add(r, c.v.direct[k][t], c.h[t]);
        }
      }
    }
  }

  private static DualModel.RowSpec spec(String name, String id, Context c, int t) {
    return FamilyCheck.spec(name, "direct_supply", id, c.pid[t], Double.NEGATIVE_INFINITY, 0, "CNY/MWh", "MW", c.h[t],
        c.h[t]);
  }

  @Override
  public void check(Context c) {
    List<DirectSupply> dss = c.in.directSupplies();
    for (int k = 0; k < dss.size(); k++) {
      DirectSupply ds = dss.get(k);
      for (int t = 0; t < c.nt; t++) {
        c.f.ge("direct supply", new Findings.Ent(ds.id(), c.pid[t]), "delivery", c.s.direct[k][t], "minimum", ds.minMw(), "MW", 0);
        c.f.le("direct supply", new Findings.Ent(ds.id(), c.pid[t]), "delivery", c.s.direct[k][t], "maximum", ds.maxMw(), "MW", 0);
      }
    }
    Map<String, Integer> plantIdx = Context.index(c.in.plants(), Plant::id);
    Map<String, Integer> indIdx = Context.index(c.in.industries(), Industry::id);
    Map<String, double[]> byPlant = new LinkedHashMap<>();
    Map<String, double[]> byIndustry = new LinkedHashMap<>();
    for (int k = 0; k < dss.size(); k++) {
      double[] a = byPlant.computeIfAbsent(dss.get(k).plant(), x -> new double[c.nt]);
      double[] b = byIndustry.computeIfAbsent(dss.get(k).industry(), x -> new double[c.nt]);
      for (int t = 0; t < c.nt; t++) {
        a[t] += c.s.direct[k][t];
        b[t] += c.s.direct[k][t];
      }
    }
    for (var e : byPlant.entrySet()) {
      int p = plantIdx.get(e.getKey());
      for (int t = 0; t < c.nt; t++) {
        c.f.le("direct supply", new Findings.Ent(e.getKey(), c.pid[t]), "direct supply from the plant", e.getValue()[t],
            "plant output", c.s.mw[p][t], "MW", 0);
      }
    }
    for (var e : byIndustry.entrySet()) {
      int i = indIdx.get(e.getKey());
      for (int t = 0; t < c.nt; t++) {
        c.f.le("direct supply", new Findings.Ent(e.getKey(), c.pid[t]), "direct supply to the industry", e.getValue()[t],
            "industry load", c.loadMw(i, t), "MW", 0);
      }
    }
  }
}
