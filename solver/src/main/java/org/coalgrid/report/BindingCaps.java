package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binding caps ranked by value: the solution's {@code binding} rows grouped by family and entity (a cap
 * binding in several periods is one bar), each bar the sum of its rows' {@code valueOfOnePercentCny} (the
 * first-order saving of 1 % more room, CNY/yr), largest first; the periods and the shadow price range are on
 * hover. At most {@link #MAX_BARS} bars.
 */
final class BindingCaps {
  static final String ID = "binding";
  static final int MAX_BARS = 20;

  private BindingCaps() {}

  static Chart build(CaseView v) {
    JsonNode prices = v.solution().get("prices");
    if (prices == null || !prices.path("available").asBoolean()) {
      return Chart.message(ID, "Binding caps", "起作用的约束", "Prices not certified: shadow prices not reported");
    }
    Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
    for (JsonNode b : v.list("binding")) {
      groups.computeIfAbsent(b.get("family").asText() + "\u0000" + b.get("entity").asText(), k -> new ArrayList<>())
          .add(b);
    }
    List<ObjectNode> bars = new ArrayList<>();
    for (List<JsonNode> rows : groups.values()) {
      JsonNode first = rows.get(0);
      String family = first.get("family").asText();
      String entity = first.get("entity").asText();
      double value = 0;
      double minPrice = Double.POSITIVE_INFINITY;
      double maxPrice = Double.NEGATIVE_INFINITY;
      ArrayNode periods = CaseView.array();
      ArrayNode ids = CaseView.array();
      for (JsonNode r : rows) {
        value += r.get("valueOfOnePercentCny").asDouble();
        double relax = r.get("valueOfRelaxing").asDouble();
        minPrice = Math.min(minPrice, relax);
        maxPrice = Math.max(maxPrice, relax);
        ids.add(r.get("row").asText());
        if (r.hasNonNull("period") && !r.get("period").asText().isEmpty()) {
          periods.add(r.get("period").asText());
        }
      }
      ObjectNode bar = CaseView.node().put("family", family).put("entity", entity)
          .put("label", family.replace('_', ' ') + ": " + v.names().entity(family, entity))
          .put("valueOfOnePercentCny", value).put("valueOfRelaxingMin", minPrice).put("valueOfRelaxingMax", maxPrice)
          .put("valueUnit", "CNY per " + first.get("rhsUnit").asText());
      bar.set("periods", periods);
      bar.set("rows", ids);
      bars.add(bar);
    }
    bars.sort(Comparator.comparingDouble((ObjectNode b) -> -b.get("valueOfOnePercentCny").asDouble())
        .thenComparing(b -> b.get("label").asText()));
    ObjectNode d = CaseView.node();
    ArrayNode items = d.putArray("bars");
    bars.stream().limit(MAX_BARS).forEach(items::add);
    d.put("total", bars.size());
    return new Chart(ID, "bars", "Binding caps ranked by value", "起作用的约束 (按价值排序)", "CNY",
        "Value of 1 % more room on each binding cap, CNY per year (first order, from the certified shadow prices); "
            + "a cap binding in several periods is one bar (the sum). " + (bars.size() > MAX_BARS ? "Top " + MAX_BARS
            + " of " + bars.size() + "." : bars.size() + " binding caps."), d);
  }
}
