package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.words.Fmt;

/**
 * The headline figures at the top of the report, each taken from the solution's {@code objective} or
 * {@code kpis} (installed capacity is the sum of {@code capacityByTypeMw}), shown in planner units with the
 * Chinese term beside the English one. Each entry carries the solution path it comes from, the raw value in
 * the solution's unit and the text shown (formatted as the console summary formats it).
 */
final class Kpis {
  private Kpis() {}

  static ArrayNode build(CaseView v) {
    ArrayNode out = CaseView.array();
    JsonNode sol = v.solution();
    if (!v.hasSolution()) {
      return out;
    }
    JsonNode k = sol.get("kpis");
    add(out, "objective.totalCny", "System cost", "系统成本", sol.get("objective").get("totalCny").asDouble(), "CNY/yr");
    add(out, "kpis.coalProducedT", "Coal produced", "煤炭产量", k.get("coalProducedT").asDouble(), "t/yr");
    add(out, "kpis.coalToPowerT", "Coal to power plants", "发电用煤", k.get("coalToPowerT").asDouble(), "t/yr");
    add(out, "kpis.coalOutboundT", "Coal outbound", "煤炭外运", k.get("coalOutboundT").asDouble(), "t/yr");
    add(out, "kpis.localConversionRate", "Local conversion", "就地转化率", k.get("localConversionRate").asDouble(),
        "share");
    add(out, "kpis.generationMwh", "Generation", "发电量", k.get("generationMwh").asDouble(), "MWh/yr");
    double cap = 0;
    for (JsonNode c : k.get("capacityByTypeMw")) {
      cap += c.asDouble();
    }
    add(out, "sum(kpis.capacityByTypeMw)", "Installed capacity", "装机容量", cap, "MW");
    add(out, "kpis.exportDeliveredMwh", "Exports delivered", "外送电量 (西电东送)", k.get("exportDeliveredMwh").asDouble(),
        "MWh/yr");
    add(out, "kpis.exportShortfallMwh", "Export shortfall", "外送缺额", k.get("exportShortfallMwh").asDouble(),
        "MWh/yr");
    add(out, "kpis.directSupplyMwh", "Direct supply", "直供电", k.get("directSupplyMwh").asDouble(), "MWh/yr");
    add(out, "kpis.unservedMwh", "Unserved energy", "缺电", k.get("unservedMwh").asDouble(), "MWh/yr");
    add(out, "kpis.co2T", "CO2 emissions", "二氧化碳排放", k.get("co2T").asDouble(), "t/yr");
    return out;
  }

  static void add(ArrayNode out, String path, String en, String zh, double value, String unit) {
    ObjectNode o = out.addObject();
    o.put("path", path).put("en", en).put("zh", zh).put("value", value).put("unit", unit).put("text",
        text(value, unit));
  }

  /** A value in planner units, as the console summary writes it. */
  static String text(double value, String unit) {
    return switch (unit) {
      case "CNY/yr" -> Fmt.money(value) + " per year";
      case "t/yr" -> Fmt.tonnes(value);
      case "MWh/yr" -> Fmt.energy(value);
      case "MW" -> Fmt.power(value);
      case "CNY" -> Fmt.money(value);
      case "MWh" -> Fmt.energy(value);
      case "CNY/MWh" -> Fmt.num(value, 1) + " CNY/MWh";
      case "share" -> Fmt.pct(value);
      default -> Fmt.num(value, 2) + " " + unit;
    };
  }

  /** A difference in planner units with its sign; shares in percentage points. */
  static String delta(double d, String unit) {
    String s = unit.equals("share") ? Fmt.num(d * 100, 1) + " pp" : text(d, unit).replace(" per year", "");
    return d > 0 && !s.matches("^[0.,]+( .*)?$") ? "+" + s : s;
  }

  /**
   * The headline figures of two cases side by side: A, B and B − A as text, and whether the figure changed
   * beyond the tolerances (|B − A| &gt; absTol and &gt; relTol × max(|A|, |B|), as {@code coalgrid compare}).
   */
  static ArrayNode diff(CaseView a, CaseView b, double absTol, double relTol) {
    ArrayNode ka = build(a);
    ArrayNode kb = build(b);
    ArrayNode out = CaseView.array();
    for (int i = 0; i < Math.max(ka.size(), kb.size()); i++) {
      com.fasterxml.jackson.databind.JsonNode x = i < ka.size() ? ka.get(i) : kb.get(i);
      com.fasterxml.jackson.databind.JsonNode y = i < kb.size() ? kb.get(i) : null;
      com.fasterxml.jackson.databind.JsonNode xa = i < ka.size() ? ka.get(i) : null;
      ObjectNode o = out.addObject().put("path", x.get("path").asText()).put("en", x.get("en").asText())
          .put("zh", x.get("zh").asText()).put("unit", x.get("unit").asText())
          .put("aText", xa == null ? "n/a" : xa.get("text").asText()).put("bText", y == null ? "n/a" : y.get("text").asText());
      if (xa != null && y != null) {
        double va = xa.get("value").asDouble();
        double vb = y.get("value").asDouble();
        double d = vb - va;
        o.put("a", va).put("b", vb).put("delta", d).put("deltaText", delta(d, x.get("unit").asText()))
            .put("changed", Math.abs(d) > absTol && Math.abs(d) > relTol * Math.max(Math.abs(va), Math.abs(vb)));
      } else {
        o.put("deltaText", "").put("changed", true);
      }
    }
    return out;
  }
}
