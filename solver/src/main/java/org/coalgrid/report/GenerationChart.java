package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Period;

/**
 * Generation by plant type per period (average MW, stacked), with the load (demands and integrated industries)
 * and the export deliveries as lines. Each value is a sum over the internal entities of the solution's
 * per-period figures: plants' {@code periods[].mw}, demands' {@code demandMw}, industries' {@code loadMw},
 * exports' {@code deliveredMw}. The axis is the instance's periods today; a representative-day structure
 * gives a chart per day over its steps, a pathway one per year, with the same renderer ({@code periods}).
 */
final class GenerationChart {
  static final String ID = "generation";

  private GenerationChart() {}

  static Chart build(CaseView v) {
    if (!v.hasSolution()) {
      return Chart.message(ID, "Generation by plant type", "分类型发电出力", "no solution: nothing to draw");
    }
    List<Period> periods = v.instance().periods();
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int k = 0; k < periods.size(); k++) {
      col.put(periods.get(k).id(), k);
    }
    Map<String, double[]> byType = new LinkedHashMap<>();
    for (JsonNode p : v.list("plants")) {
      if (v.isExternal(p.get("region").asText())) {
        continue;
      }
      double[] s = byType.computeIfAbsent(p.get("type").asText(), t -> new double[periods.size()]);
      for (JsonNode t : p.get("periods")) {
        s[col.get(t.get("period").asText())] += CaseView.num(t, "mw");
      }
    }
    double[] load = new double[periods.size()];
    for (JsonNode d : v.list("demands")) {
      if (!v.isExternal(d.get("region").asText())) {
        for (JsonNode t : d.get("periods")) {
          load[col.get(t.get("period").asText())] += CaseView.num(t, "demandMw");
        }
      }
    }
    for (JsonNode i : v.list("industries")) {
      if (!v.isExternal(i.get("region").asText())) {
        for (JsonNode t : i.get("periods")) {
          load[col.get(t.get("period").asText())] += CaseView.num(t, "loadMw");
        }
      }
    }
    double[] exports = new double[periods.size()];
    for (JsonNode x : v.list("exports")) {
      for (JsonNode t : x.get("periods")) {
        exports[col.get(t.get("period").asText())] += CaseView.num(t, "deliveredMw");
      }
    }
    ObjectNode d = CaseView.node();
    d.put("axis", "period");
    ArrayNode cats = d.putArray("categories");
    for (Period p : periods) {
      cats.addObject().put("id", p.id()).put("hours", p.hours())
          .put("label", p.id() + (p.season() != null ? " (" + p.season() + (p.block() != null ? ", " + p.block() : "")
              + ")" : ""));
    }
    ArrayNode stacked = d.putArray("stacked");
    byType.forEach((type, s) -> series(stacked, type, PowerSankey.typeLabel(type), s));
    ArrayNode lines = d.putArray("lines");
    series(lines, "load", "Load 负荷 (demands and industries)", load);
    if (!v.list("exports").isEmpty()) {
      series(lines, "exports", "Exports 外送", exports);
    }
    return new Chart(ID, "periods", "Generation by plant type", "分类型发电出力", "MW",
        "Average MW in each period, internal regions (stacked by plant type); the lines are the load of demands and "
            + "integrated industries, and the export deliveries.", d);
  }

  /** Appends a series {key, label, values} to {@code out} (the data shape of the {@code periods} renderer). */
  static void series(ArrayNode out, String key, String label, double[] values) {
    ObjectNode s = out.addObject().put("key", key).put("label", label);
    ArrayNode a = s.putArray("values");
    for (double x : values) {
      a.add(x);
    }
  }
}
