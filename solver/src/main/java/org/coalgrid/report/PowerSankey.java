package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.Line;

/**
 * Where the electricity goes (MWh/yr): plant types → internal regions → loads, integrated industries, direct
 * supply 直供电, pumped-storage charging, exports 外送 by external region, line losses, and transfers between
 * regions (sent on the right, received on the left, so the diagram stays acyclic). Every link is a figure of
 * the solution, a sum of such figures, or a flow times an instance share:
 * <ul>
 *   <li>type T → region r: generationMwh of the plants of type T in r;</li>
 *   <li>r → loads: demandMwh − unservedMwh of the demands in r; r → industries: electricityMwh of the
 *       industries in r less the direct supply they receive; r → direct supply: energyMwh of direct supplies from
 *       plants in r (direct supply → industries: all of it); r → charging: Σ pumpMw × hours of plants in r;</li>
 *   <li>each direction of each line (flowMw, reverseMw × hours = sent): the sending region → line losses
 *       (sent × lossShare) and → the receiving side (sent × (1 − lossShare)): exports to an external region, or
 *       "sent to other regions" plus "received from other regions" → the receiving internal region.</li>
 * </ul>
 * Each internal region balances (in = out) wherever its power balance rows hold; a test checks it.
 */
final class PowerSankey {
  static final String ID = "power-sankey";
  /** Links below 1 MWh/yr are left out. */
  static final double FLOOR_MWH = 1;

  private PowerSankey() {}

  static Chart build(CaseView v) {
    if (!v.hasSolution()) {
      return Chart.message(ID, "Electricity flows", "电力流向", "no solution: nothing to draw");
    }
    Flows f = new Flows(FLOOR_MWH);
    for (JsonNode p : v.list("plants")) {
      String r = p.get("region").asText();
      if (v.isExternal(r)) {
        continue;
      }
      String type = p.get("type").asText();
      f.node("gen:" + type, typeLabel(type), 0);
      region(f, v, r);
      f.link("gen:" + type, "region:" + r, CaseView.num(p, "generationMwh"));
      double pumped = 0;
      for (JsonNode t : p.get("periods")) {
        Double pump = CaseView.numOrNull(t, "pumpMw");
        if (pump != null) {
          pumped += pump * v.hours(t.get("period").asText());
        }
      }
      if (pumped > 0) {
        f.node("use:charging", "Pumped-storage charging 抽水", 2);
        f.link("region:" + r, "use:charging", pumped);
      }
    }
    for (JsonNode d : v.list("demands")) {
      String r = d.get("region").asText();
      if (!v.isExternal(r)) {
        region(f, v, r);
        f.node("use:load", "Loads 负荷", 2);
        f.link("region:" + r, "use:load", CaseView.num(d, "demandMwh") - CaseView.num(d, "unservedMwh"));
      }
    }
    Map<String, Double> directIn = new HashMap<>();
    Map<String, DirectSupply> dss = new HashMap<>();
    v.instance().directSupplies().forEach(d -> dss.put(d.id(), d));
    var plants = v.instance().plantsById();
    for (JsonNode d : v.list("directSupplies")) {
      DirectSupply ds = dss.get(d.get("id").asText());
      double e = CaseView.num(d, "energyMwh");
      String r = plants.get(ds.plant()).region();
      directIn.merge(ds.industry(), e, Double::sum);
      region(f, v, r);
      f.node("use:direct", "Direct supply 直供电", 2);
      f.node("use:industry", "Integrated industries 一体化产业", 3);
      f.link("region:" + r, "use:direct", e);
      f.link("use:direct", "use:industry", e);
    }
    for (JsonNode i : v.list("industries")) {
      String r = i.get("region").asText();
      if (!v.isExternal(r)) {
        region(f, v, r);
        f.node("use:industry", "Integrated industries 一体化产业", 3);
        f.link("region:" + r, "use:industry",
            CaseView.num(i, "electricityMwh") - directIn.getOrDefault(i.get("id").asText(), 0.0));
      }
    }
    Map<String, Line> lines = new HashMap<>();
    v.instance().lines().forEach(l -> lines.put(l.id(), l));
    for (JsonNode l : v.list("lines")) {
      Line line = lines.get(l.get("id").asText());
      double forward = 0;
      double reverse = 0;
      for (JsonNode t : l.get("periods")) {
        double h = v.hours(t.get("period").asText());
        forward += CaseView.num(t, "flowMw") * h;
        reverse += CaseView.num(t, "reverseMw") * h;
      }
      transfer(f, v, line.from(), line.to(), forward, line.lossShare());
      transfer(f, v, line.to(), line.from(), reverse, line.lossShare());
    }
    return new Chart(ID, "sankey", "Electricity flows", "电力流向", "MWh",
        "Annual energy: generation by plant type → region → uses. Transfers between regions appear twice: "
            + "sent (right) and received (left). Links below " + (int) FLOOR_MWH + " MWh/yr are not drawn.",
        f.toJson());
  }

  /** {@code sent} MWh from region a to region b over a line with loss share {@code loss}. */
  private static void transfer(Flows f, CaseView v, String a, String b, double sent, double loss) {
    if (sent == 0 || (v.isExternal(a) && v.isExternal(b))) {
      return;
    }
    double arrives = sent * (1 - loss);
    if (v.isExternal(a)) {
      f.node("import:" + a, "Imports 受入: " + v.regionName(a), 0);
      region(f, v, b);
      f.link("import:" + a, "region:" + b, arrives);
      return;
    }
    region(f, v, a);
    f.node("use:losses", "Line losses 线损", 2);
    f.link("region:" + a, "use:losses", sent * loss);
    if (v.isExternal(b)) {
      f.node("export:" + b, "Exports 外送: " + v.regionName(b), 2);
      f.link("region:" + a, "export:" + b, arrives);
    } else {
      f.node("use:sent", "Sent to other regions 送出", 2);
      f.node("received", "Received from other regions 受入", 0);
      region(f, v, b);
      f.link("region:" + a, "use:sent", arrives);
      f.link("received", "region:" + b, arrives);
    }
  }

  private static void region(Flows f, CaseView v, String r) {
    f.node("region:" + r, v.regionName(r), 1);
  }

  /** "COAL 燃煤" etc.: the plant type with its Chinese term. */
  static String typeLabel(String type) {
    return switch (type) {
      case "HYDRO" -> "Hydro 水电";
      case "COAL" -> "Coal 燃煤";
      case "GANGUE" -> "Coal gangue 煤矸石";
      case "CHP" -> "CHP 热电联产";
      case "PUMPED_STORAGE" -> "Pumped storage 抽水蓄能";
      case "WIND" -> "Wind 风电";
      case "SOLAR" -> "Solar 光伏";
      case "GAS" -> "Gas 燃气";
      default -> type;
    };
  }
}
