package org.coalgrid.verify;

import java.util.List;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Washing;

/**
 * §4.3 Coal balance (row {@code coal.r.g[.c]}), per region, grade and origin class (t/yr):
 * production + arrivals after losses − departures − burned − industry feed − coal demand ≥ 0. The dual is
 * the coal price (CNY/t). The written solution gives flows for all origin classes together, so the primal
 * check is made on that total; the per-class rows take part in the dual check.
 */
final class CoalBalanceCheck implements FamilyCheck {
  @Override
  public String family() {
    return "coal_balance";
  }

  @Override
  public void rows(Context c) {
    var in = c.in;
    for (int ri = 0; ri < in.regions().size(); ri++) {
      String r = in.regions().get(ri).id();
      List<Integer> mines = c.inRegion("mines", in.mines(), Mine::region, r);
      List<Integer> arcsTo = c.inRegion("arcsTo", in.coalArcs(), CoalArc::to, r);
      List<Integer> arcsFrom = c.inRegion("arcsFrom", in.coalArcs(), CoalArc::from, r);
      List<Integer> plants = c.inRegion("plants", in.plants(), Plant::region, r);
      List<Integer> inds = c.inRegion("industries", in.industries(), Industry::region, r);
      List<Integer> cds = c.inRegion("coalDemands", in.coalDemands(), CoalDemand::region, r);
      for (int g = 0; g < in.coalGrades().size(); g++) {
        String gid = in.coalGrades().get(g).id();
        for (int k = 0; k < c.classes.length; k++) {
          Lin e = new Lin();
          for (int m : mines) {
            Mine mine = in.mines().get(m);
            if (c.classOf(mine) != k) {
              continue;
            }
            if (mine.grade().equals(gid)) {
              c.addUnwashed(e, m, 1);
            }
            if (c.v.washClean[m] >= 0 && gid.equals(mine.washing().cleanGrade())) {
              e.add(c.v.washClean[m], 1);
            }
            if (c.v.washByproduct[m] >= 0 && gid.equals(mine.washing().byproductGrade())) {
              e.add(c.v.washByproduct[m], 1);
            }
          }
          for (int a : arcsTo) {
            e.add(c.v.y[a][g][k], 1 - in.coalArcs().get(a).lossShare());
          }
          for (int a : arcsFrom) {
            e.add(c.v.y[a][g][k], -1);
          }
          for (int p : plants) {
            e.add(c.v.z[p][g][k], -1);
          }
          for (int i : inds) {
            e.add(c.v.w[i][g][k], -1);
          }
          for (int d : cds) {
            if (in.coalDemands().get(d).grade().equals(gid)) {
              e.add(c.v.cd[d][k], -1);
            }
          }
          if (!e.isEmpty()) {
            int row = c.model.row(FamilyCheck.spec("coal." + r + "." + gid + c.classes[k], "coal_balance",
                r + "/" + gid, null, 0, Double.POSITIVE_INFINITY, "CNY/t", "t/yr", 1, Columns.KT));
            c.model.add(row, e);
            c.rows.coal[ri][g][k] = row;
          }
        }
      }
    }
  }

  @Override
  public void check(Context c) {
    var in = c.in;
    var s = c.s;
    for (var region : in.regions()) {
      String r = region.id();
      for (CoalGrade grade : in.coalGrades()) {
        String g = grade.id();
        double production = 0;
        double arrivals = 0;
        double departures = 0;
        double burned = 0;
        double feed = 0;
        double sold = 0;
        for (int m : c.inRegion("mines", in.mines(), Mine::region, r)) {
          Mine mine = in.mines().get(m);
          Washing w = mine.washing();
          if (mine.grade().equals(g)) {
            production += c.unwashed(m);
          }
          if (w != null && g.equals(w.cleanGrade())) {
            production += s.washClean[m];
          }
          if (w != null && g.equals(w.byproductGrade())) {
            production += s.washByproduct[m];
          }
        }
        for (int a : c.inRegion("arcsTo", in.coalArcs(), CoalArc::to, r)) {
          arrivals += (1 - in.coalArcs().get(a).lossShare()) * s.arcFlows.get(a).getOrDefault(g, 0.0);
        }
        for (int a : c.inRegion("arcsFrom", in.coalArcs(), CoalArc::from, r)) {
          departures += s.arcFlows.get(a).getOrDefault(g, 0.0);
        }
        for (int p : c.inRegion("plants", in.plants(), Plant::region, r)) {
          burned += s.plantCoal.get(p).getOrDefault(g, 0.0);
        }
        for (int i : c.inRegion("industries", in.industries(), Industry::region, r)) {
          feed += s.industryCoal.get(i).getOrDefault(g, 0.0);
        }
        for (int k : c.inRegion("coalDemands", in.coalDemands(), CoalDemand::region, r)) {
          if (in.coalDemands().get(k).grade().equals(g)) {
            sold += s.served[k];
          }
        }
        double supply = production + arrivals;
        double use = departures + burned + feed + sold;
        double mag = Math.abs(production) + Math.abs(arrivals) + Math.abs(use);
        if (mag > 0) {
          c.f.ge("coal balance", new Findings.Ent(r, g), "supply (production + arrivals after losses)", supply,
              "use (departures + burned + industry feed + coal demand)", use, "t", mag);
        }
      }
    }
  }
}
