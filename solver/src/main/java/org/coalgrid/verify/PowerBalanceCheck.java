package org.coalgrid.verify;

import java.util.HashMap;
import java.util.Map;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * §4.9 Power balance (row {@code power.r.t}), per region and period, in average MW (the row is kept in MWh,
 * so its dual is the electricity price in CNY/MWh): plants − pumping − direct supply leaving + direct supply
 * arriving + line arrivals after losses − line departures + unserved − industry load − exports = demand.
 * Unserved load is non-negative and at most the demand (a column bound).
 */
final class PowerBalanceCheck implements FamilyCheck {
  @Override
  public String family() {
    return "power_balance";
  }

  @Override
  public void rows(Context c) {
    var in = c.in;
    Map<String, Plant> plants = in.plantsById();
    Map<String, Industry> inds = in.industriesById();
    for (int ri = 0; ri < in.regions().size(); ri++) {
      String r = in.regions().get(ri).id();
      var plantsHere = c.inRegion("plants", in.plants(), Plant::region, r);
      var dsFrom = c.inRegion("dsFrom", in.directSupplies(), d -> plants.get(d.plant()).region(), r);
      var dsTo = c.inRegion("dsTo", in.directSupplies(), d -> inds.get(d.industry()).region(), r);
      var linesTo = c.inRegion("linesTo", in.lines(), Line::to, r);
      var linesFrom = c.inRegion("linesFrom", in.lines(), Line::from, r);
      var dems = c.inRegion("demands", in.demands(), Demand::region, r);
      var indsHere = c.inRegion("industries", in.industries(), Industry::region, r);
      var exps = c.inRegion("exports", in.exports(), x -> x.region(), r);
      for (int t = 0; t < c.nt; t++) {
        double h = c.h[t];
        Lin e = new Lin();
        double demand = 0;
        for (int p : plantsHere) {
          e.add(c.v.x[p][t], h);
          if (c.v.pump[p] != null) {
            e.add(c.v.pump[p][t], -h);
          }
        }
        for (int k : dsFrom) {
          e.add(c.v.direct[k][t], -h);
        }
        for (int k : dsTo) {
          e.add(c.v.direct[k][t], h);
        }
        for (int l : linesTo) {
          e.add(c.v.flow[l][t], (1 - in.lines().get(l).lossShare()) * h);
          e.add(c.v.flowReverse[l] != null ? c.v.flowReverse[l][t] : -1, -h);
        }
        for (int l : linesFrom) {
          e.add(c.v.flow[l][t], -h);
          e.add(c.v.flowReverse[l] != null ? c.v.flowReverse[l][t] : -1, (1 - in.lines().get(l).lossShare()) * h);
        }
        for (int k : dems) {
          e.add(c.v.unserved[k][t], h);
          demand += c.demandMw(in.demands().get(k), t);
        }
        for (int i : indsHere) {
          double elec = in.industries().get(i).electricityMwhPerT();
          if (elec > 0) {
            e.add(c.v.output[i][t], -elec);
          }
        }
        for (int k : exps) {
          e.add(c.v.export[k][t], -h);
        }
        if (e.isEmpty() && demand == 0) {
          continue;
        }
        int row = c.model.row(FamilyCheck.spec("power." + r + "." + c.pid[t], "power_balance", r, c.pid[t],
            demand * h, demand * h, "CNY/MWh", "MW", h, h));
        c.model.add(row, e);
        c.rows.power[ri][t] = row;
      }
    }
  }

  @Override
  public void check(Context c) {
    var in = c.in;
    var s = c.s;
    Map<String, Integer> ri = new HashMap<>();
    for (int r = 0; r < in.regions().size(); r++) {
      ri.put(in.regions().get(r).id(), r);
    }
    int nr = in.regions().size();
    int nt = c.nt;
    double[][] supply = new double[nr][nt];
    double[][] use = new double[nr][nt];
    double[][] mag = new double[nr][nt];
    Map<String, Plant> plants = in.plantsById();
    Map<String, Industry> inds = in.industriesById();
    // each entity's region index once, not a map lookup per period (the sums below keep their order)
    int[] plantRegion = new int[in.plants().size()];
    for (int p = 0; p < plantRegion.length; p++) {
      plantRegion[p] = ri.get(in.plants().get(p).region());
    }
    int[] dsFrom = new int[in.directSupplies().size()];
    int[] dsTo = new int[dsFrom.length];
    for (int k = 0; k < dsFrom.length; k++) {
      DirectSupply ds = in.directSupplies().get(k);
      dsFrom[k] = ri.get(plants.get(ds.plant()).region());
      dsTo[k] = ri.get(inds.get(ds.industry()).region());
    }
    int[] lineFrom = new int[in.lines().size()];
    int[] lineTo = new int[lineFrom.length];
    for (int l = 0; l < lineFrom.length; l++) {
      lineFrom[l] = ri.get(in.lines().get(l).from());
      lineTo[l] = ri.get(in.lines().get(l).to());
    }
    int[] demandRegion = new int[in.demands().size()];
    for (int k = 0; k < demandRegion.length; k++) {
      demandRegion[k] = ri.get(in.demands().get(k).region());
    }
    int[] industryRegion = new int[in.industries().size()];
    for (int i = 0; i < industryRegion.length; i++) {
      industryRegion[i] = ri.get(in.industries().get(i).region());
    }
    int[] exportRegion = new int[in.exports().size()];
    for (int k = 0; k < exportRegion.length; k++) {
      exportRegion[k] = ri.get(in.exports().get(k).region());
    }
    for (int t = 0; t < nt; t++) {
      for (int p = 0; p < in.plants().size(); p++) {
        Plant plant = in.plants().get(p);
        int r = plantRegion[p];
        add(supply, mag, r, t, s.mw[p][t]);
        if (plant.type().storesEnergy() && s.pump[p] != null) {
          add(use, mag, r, t, s.pump[p][t]);
        }
      }
      for (int k = 0; k < in.directSupplies().size(); k++) {
        add(use, mag, dsFrom[k], t, s.direct[k][t]);
        add(supply, mag, dsTo[k], t, s.direct[k][t]);
      }
      for (int l = 0; l < in.lines().size(); l++) {
        Line line = in.lines().get(l);
        int from = lineFrom[l];
        int to = lineTo[l];
        add(use, mag, from, t, s.flow[l][t]);
        add(supply, mag, to, t, (1 - line.lossShare()) * s.flow[l][t]);
        add(use, mag, to, t, s.reverse[l][t]);
        add(supply, mag, from, t, (1 - line.lossShare()) * s.reverse[l][t]);
      }
      for (int k = 0; k < in.demands().size(); k++) {
        Demand d = in.demands().get(k);
        int r = demandRegion[k];
        add(supply, mag, r, t, s.unserved[k][t]);
        add(use, mag, r, t, c.demandMw(d, t));
      }
      for (int i = 0; i < in.industries().size(); i++) {
        add(use, mag, industryRegion[i], t, c.loadMw(i, t));
      }
      for (int k = 0; k < in.exports().size(); k++) {
        add(use, mag, exportRegion[k], t, s.delivered[k][t]);
      }
    }
    for (int r = 0; r < nr; r++) {
      for (int t = 0; t < nt; t++) {
        if (mag[r][t] > 0) {
          c.f.eq("power balance", new Findings.Ent(in.regions().get(r).id(), c.pid[t]), "supply", supply[r][t], "use", use[r][t],
              "MW", mag[r][t]);
        }
      }
    }
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      for (int t = 0; t < nt; t++) {
        c.f.nonneg(new Findings.Ent(d.id(), c.pid[t]), "unserved", s.unserved[k][t], "MW");
        c.f.le("unserved", new Findings.Ent(d.id(), c.pid[t]), "unserved", s.unserved[k][t], "demand", c.demandMw(d, t), "MW", 0);
      }
    }
  }

  private static void add(double[][] side, double[][] mag, int r, int t, double v) {
    side[r][t] += v;
    mag[r][t] += Math.abs(v);
  }
}
