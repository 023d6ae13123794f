package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Mine;

/**
 * Where the coal goes (t/yr): mines by region, and coal bought from external regions, into coal grades (raw,
 * washed clean coal, washing byproduct), then to power plants by type, integrated industries by chain, other
 * users, outbound (外运) and losses. Every link is a figure of the solution or a product of one with an
 * instance share:
 * <ul>
 *   <li>mines of region r to their raw grade: output × (1 − washedShare) (a mine with a washery: output −
 *       washery.washedT); to the clean and byproduct grades: washedCleanT, washedByproductT; to washing loss:
 *       output × washedShare (or washery.washedT) − clean − byproduct;</li>
 *   <li>external region e to grade g: flow on arcs from e into internal regions × (1 − lossShare);</li>
 *   <li>grade g to plants of a type: their coalT[g]; to industries of a chain: their coalT[g]; to other users:
 *       servedT of coal demands in internal regions; to outbound: flow on arcs from internal into external
 *       regions (as coal.outbound); to transport loss: flow × lossShare on arcs between internal regions.</li>
 * </ul>
 * The coal balance rows are "&gt;= 0" (coal not used is stockpiled at no cost): what a grade's sources give beyond
 * its users goes to "unused", so each grade balances; a test checks that no grade gives more than it gets.
 */
final class CoalSankey {
  static final String ID = "coal-sankey";
  /** Links below 1 t/yr are left out. */
  static final double FLOOR_T = 1;

  private CoalSankey() {}

  static Chart build(CaseView v) {
    if (!v.hasSolution()) {
      return Chart.message(ID, "Coal flows", "煤炭流向", "no solution: nothing to draw");
    }
    Flows f = new Flows(FLOOR_T);
    Map<String, Mine> mines = new java.util.HashMap<>();
    v.instance().mines().forEach(m -> mines.put(m.id(), m));
    for (JsonNode m : v.list("mines")) {
      Mine mine = mines.get(m.get("id").asText());
      String region = m.get("region").asText();
      if (mine == null || v.isExternal(region)) {
        continue; // external mines reach the system through arcs (below)
      }
      String src = "mines:" + region;
      f.node(src, "Mines 煤矿: " + v.regionName(region), 0);
      double out = CaseView.num(m, "outputT");
      double washedShare = mine.washing() != null ? mine.washing().washedShare() : 0;
      JsonNode washery = m.get("washery"); // a washery 洗煤厂: the tonnes washed are written, not a fixed share
      double washedT = washery != null && washery.isObject() ? CaseView.num(washery, "washedT") : out * washedShare;
      grade(f, v, mine.grade());
      f.link(src, "grade:" + mine.grade(), washery != null ? out - washedT : out * (1 - washedShare));
      if (mine.washing() != null) {
        double clean = CaseView.num(m, "washedCleanT");
        double byproduct = CaseView.num(m, "washedByproductT");
        if (mine.washing().cleanGrade() != null) {
          grade(f, v, mine.washing().cleanGrade());
          f.link(src, "grade:" + mine.washing().cleanGrade(), clean);
        }
        if (mine.washing().byproductGrade() != null) {
          grade(f, v, mine.washing().byproductGrade());
          f.link(src, "grade:" + mine.washing().byproductGrade(), byproduct);
        }
        f.node("loss:washing", "Washing loss 洗选损耗", 1);
        f.link(src, "loss:washing", washedT - clean - byproduct);
      }
    }
    Map<String, CoalArc> arcs = new java.util.HashMap<>();
    v.instance().coalArcs().forEach(a -> arcs.put(a.id(), a));
    for (JsonNode a : v.list("coalArcs")) {
      CoalArc arc = arcs.get(a.get("id").asText());
      boolean fromExt = v.isExternal(arc.from());
      boolean toExt = v.isExternal(arc.to());
      a.get("flowsT").fields().forEachRemaining(e -> {
        String g = e.getKey();
        double flow = e.getValue().asDouble();
        if (fromExt && !toExt) {
          String src = "bought:" + arc.from();
          f.node(src, "Bought 外购: " + v.regionName(arc.from()), 0);
          grade(f, v, g);
          f.link(src, "grade:" + g, flow * (1 - arc.lossShare()));
        } else if (!fromExt && toExt) {
          grade(f, v, g);
          f.node("use:outbound", "Outbound 外运", 2);
          f.link("grade:" + g, "use:outbound", flow);
        } else if (!fromExt) {
          grade(f, v, g);
          f.node("loss:transport", "Transport loss 运输损耗", 2);
          f.link("grade:" + g, "loss:transport", flow * arc.lossShare());
        }
      });
    }
    for (JsonNode p : v.list("plants")) {
      if (v.isExternal(p.get("region").asText())) {
        continue;
      }
      String type = p.get("type").asText();
      String key = "use:plant:" + type;
      f.node(key, "Plants 电厂: " + PowerSankey.typeLabel(type), 2);
      p.get("coalT").fields().forEachRemaining(e -> {
        grade(f, v, e.getKey());
        f.link("grade:" + e.getKey(), key, e.getValue().asDouble());
      });
    }
    for (JsonNode i : v.list("industries")) {
      if (v.isExternal(i.get("region").asText())) {
        continue;
      }
      String chain = i.get("chain").asText();
      String key = "use:industry:" + chain;
      f.node(key, "Industry 产业: " + chainLabel(chain), 2);
      i.get("coalT").fields().forEachRemaining(e -> {
        grade(f, v, e.getKey());
        f.link("grade:" + e.getKey(), key, e.getValue().asDouble());
      });
    }
    for (JsonNode d : v.list("coalDemands")) {
      if (v.isExternal(d.get("region").asText())) {
        continue; // served through the outbound arcs
      }
      String g = d.get("grade").asText();
      grade(f, v, g);
      f.node("use:other", "Other users 其他用煤", 2);
      f.link("grade:" + g, "use:other", CaseView.num(d, "servedT"));
    }
    // the coal balance is ">= 0": what a grade's sources give beyond its users is left unused (stockpiled)
    for (String g : f.keys("grade:")) {
      double surplus = f.into(g) - f.outOf(g);
      if (surplus >= FLOOR_T) {
        f.node("unused", "Unused, stockpiled 未利用 (堆存)", 2);
        f.link(g, "unused", surplus);
      }
    }
    return new Chart(ID, "sankey", "Coal flows", "煤炭流向", "t",
        "Annual tonnes: mines by region → coal grades (raw, washed clean coal, washing byproduct) → users. "
            + "Links below " + (int) FLOOR_T + " t/yr are not drawn.", f.toJson());
  }

  private static void grade(Flows f, CaseView v, String grade) {
    f.node("grade:" + grade, v.gradeName(grade), 1);
  }

  static String chainLabel(String chain) {
    try {
      return chain + " " + Chain.valueOf(chain).zh();
    } catch (IllegalArgumentException e) {
      return chain;
    }
  }
}
