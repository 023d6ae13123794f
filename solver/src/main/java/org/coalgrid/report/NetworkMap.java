package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.domain.Region;

/**
 * The network: regions as nodes, placed by their {@code lon}/{@code lat} when every region has them, else on
 * a circle; transmission lines and coal arcs as edges coloured by utilisation, with the flows on hover.
 * Utilisation of a line is its peak over periods of (flowMw + reverseMw) / capacityMw, with the annual energy
 * sent ({@code sentMwh}) and the periods at capacity ({@code congestedPeriods}); of a coal arc, totalT /
 * capacityT (none for an arc without a capacity). All from the solution.
 */
final class NetworkMap {
  static final String ID = "network";

  private NetworkMap() {}

  static Chart build(CaseView v) {
    if (!v.hasSolution()) {
      return Chart.message(ID, "Network", "电网与运煤网络", "no solution: nothing to draw");
    }
    ObjectNode d = CaseView.node();
    boolean coords = v.instance().regions().stream().allMatch(Region::hasCoordinates);
    d.put("layout", coords ? "coordinates" : "circular");
    ArrayNode nodes = d.putArray("nodes");
    for (Region r : v.instance().regions()) {
      ObjectNode n = nodes.addObject().put("id", r.id()).put("label", v.regionName(r.id())).put("external",
          r.external());
      if (coords) {
        n.put("lon", r.lon()).put("lat", r.lat());
      }
    }
    ArrayNode edges = d.putArray("edges");
    for (JsonNode l : v.list("lines")) {
      double peak = 0;
      for (JsonNode t : l.get("periods")) {
        double cap = CaseView.num(t, "capacityMw");
        double flow = CaseView.num(t, "flowMw") + CaseView.num(t, "reverseMw");
        peak = Math.max(peak, cap > 0 ? flow / cap : 0);
      }
      ObjectNode e = edges.addObject().put("id", l.get("id").asText()).put("kind", "line")
          .put("label", v.names().entity("line_capacity", l.get("id").asText()))
          .put("source", l.get("from").asText()).put("target", l.get("to").asText())
          .put("utilisation", peak).put("sentMwh", CaseView.num(l, "sentMwh"))
          .put("lossMwh", CaseView.num(l, "lossMwh")).put("congestedPeriods", l.path("congestedPeriods").asInt())
          .put("periods", l.get("periods").size());
      e.put("bidirectional", l.path("bidirectional").asBoolean());
    }
    for (JsonNode a : v.list("coalArcs")) {
      Double cap = CaseView.numOrNull(a, "capacityT");
      double total = CaseView.num(a, "totalT");
      ObjectNode e = edges.addObject().put("id", a.get("id").asText()).put("kind", "arc")
          .put("label", v.names().entity("arc_capacity", a.get("id").asText()))
          .put("source", a.get("from").asText()).put("target", a.get("to").asText())
          .put("totalT", total).put("lossT", CaseView.num(a, "lossT"));
      if (cap != null && cap > 0) {
        e.put("utilisation", total / cap).put("capacityT", cap);
      } else {
        e.putNull("utilisation");
      }
    }
    return new Chart(ID, "network", "Network", "电网与运煤网络", "",
        "Regions and their links: solid = transmission line (peak utilisation over periods), dashed = coal arc "
            + "(annual tonnes / capacity). Colour: green below 50 %, amber 50-99 %, red at capacity; grey: "
            + "no capacity limit or no flow. Hover for the flows.", d);
  }
}
