package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heat maps of the certified prices, as written in the solution's {@code prices}: electricity by region ×
 * period (CNY/MWh) and coal by region × grade (CNY/t; grade and origin class where a region prices both
 * classes). When the prices were not certified the chart says why instead.
 */
final class PriceMaps {
  static final String ELECTRICITY = "price-electricity";
  static final String COAL = "price-coal";

  private PriceMaps() {}

  static Chart electricity(CaseView v) {
    JsonNode prices = v.solution().get("prices");
    if (prices == null || !prices.path("available").asBoolean()) {
      return Chart.message(ELECTRICITY, "Electricity prices", "电价", notReported(prices));
    }
    List<String> xs = v.instance().periods().stream().map(p -> p.id()).toList();
    List<String> ys = new ArrayList<>();
    Map<String, String> yLabels = new LinkedHashMap<>();
    ArrayNode cells = CaseView.array();
    for (JsonNode p : prices.get("electricity")) {
      String r = p.get("region").asText();
      if (!ys.contains(r)) {
        ys.add(r);
        yLabels.put(r, v.regionName(r));
      }
      cells.addArray().add(xs.indexOf(p.get("period").asText())).add(ys.indexOf(r)).add(p.get("cnyPerMwh").asDouble());
    }
    return new Chart(ELECTRICITY, "heatmap", "Electricity prices", "电价 (节点边际电价)", "CNY/MWh",
        "Price of one more MWh in the region and period (dual of its power balance), " + source(prices) + ".",
        heat(xs.stream().map(x -> new String[] {x, x}).toList(), yLabels, cells));
  }

  static Chart coal(CaseView v) {
    JsonNode prices = v.solution().get("prices");
    if (prices == null || !prices.path("available").asBoolean()) {
      return Chart.message(COAL, "Coal prices", "煤价", notReported(prices));
    }
    Map<String, Integer> classesPerRegionGrade = new LinkedHashMap<>();
    for (JsonNode p : prices.get("coal")) {
      classesPerRegionGrade.merge(p.get("region").asText() + "/" + p.get("grade").asText(), 1, Integer::sum);
    }
    boolean byClass = classesPerRegionGrade.values().stream().anyMatch(n -> n > 1);
    List<String> xs = new ArrayList<>();
    List<String[]> xLabels = new ArrayList<>();
    List<String> ys = new ArrayList<>();
    Map<String, String> yLabels = new LinkedHashMap<>();
    ArrayNode cells = CaseView.array();
    for (JsonNode p : prices.get("coal")) {
      String r = p.get("region").asText();
      String g = p.get("grade").asText();
      String cls = p.path("originClass").asText("");
      String x = byClass && !cls.isEmpty() ? g + " · " + cls : g;
      if (!xs.contains(x)) {
        xs.add(x);
        xLabels.add(new String[] {x, v.gradeName(g) + (byClass && !cls.isEmpty() ? " · " + cls : "")});
      }
      if (!ys.contains(r)) {
        ys.add(r);
        yLabels.put(r, v.regionName(r));
      }
      cells.addArray().add(xs.indexOf(x)).add(ys.indexOf(r)).add(p.get("cnyPerT").asDouble());
    }
    return new Chart(COAL, "heatmap", "Coal prices", "煤价", "CNY/t",
        "Value of one more tonne of the grade in the region (dual of its coal balance)"
            + (byClass ? "; LARGE/SMALL: coal from large or other mines, kept apart for 大煤保大电" : "") + ", "
            + source(prices) + ".", heat(xLabels, yLabels, cells));
  }

  private static ObjectNode heat(List<String[]> xs, Map<String, String> ys, ArrayNode cells) {
    ObjectNode d = CaseView.node();
    ArrayNode xa = d.putArray("x");
    xs.forEach(x -> xa.addObject().put("id", x[0]).put("label", x[1]));
    ArrayNode ya = d.putArray("y");
    ys.forEach((id, label) -> ya.addObject().put("id", id).put("label", label));
    d.set("cells", cells);
    return d;
  }

  private static String source(JsonNode prices) {
    return prices.path("source").asText("LP duals") + ", checked by the dual certificate";
  }

  private static String notReported(JsonNode prices) {
    return "Prices not reported" + (prices != null && prices.hasNonNull("note") ? ": " + prices.get("note").asText()
        : "");
  }
}
