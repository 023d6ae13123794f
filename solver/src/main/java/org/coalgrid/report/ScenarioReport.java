package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.Fmt;

/**
 * The report of a two-stage stochastic plan over hydro scenarios ({@code coalgrid stochastic FILE --report
 * FILE.html}, docs/report.md): built from the {@code stochastic.json} tree and the verified solutions of the reported
 * plan's scenarios ({@code scenarios/<id>/solution.json}) only. Headline figures: the expected cost of each plan (RP,
 * EEV, WS), EVPI and VSS, and the expected coal burn, hydro, export shortfall and price under the reported plan. Then
 * the scenario spread: each KPI per scenario with its probability, the expected value and the min–max band; the
 * generation by plant type per scenario; the electricity price of every region and period per scenario and its
 * expectation; and the first-stage decisions of every plan. Stateless.
 */
public final class ScenarioReport {
  static final String SPREAD = "scenario-spread";
  static final String GENERATION = "scenario-generation";
  static final String PRICES = "scenario-prices";
  static final String PLANS = "scenario-plans";

  /** The KPIs of stochastic.json's outcomes: field, label, unit. */
  static final List<String[]> KPIS = List.of(
      new String[] {"cost", "Cost 成本", "CNY/yr"},
      new String[] {"coalToPower", "Coal to power 发电用煤", "t/yr"},
      new String[] {"hydroGeneration", "Hydro generation 水电发电量", "MWh/yr"},
      new String[] {"exportShortfall", "Export shortfall 外送缺额", "MWh/yr"},
      new String[] {"unserved", "Unserved energy 缺电", "MWh/yr"},
      new String[] {"meanPowerPrice", "Mean electricity price 平均电价", "CNY/MWh"});

  private ScenarioReport() {}

  /**
   * The page data: {@code stochastic} is the tree written to stochastic.json, {@code base} the instance (names,
   * external regions), {@code solutions} the verified solution tree of each scenario under the reported plan (by
   * scenario id, as written to scenarios/ID/solution.json), {@code label} the name shown.
   */
  public static ObjectNode data(JsonNode stochastic, Instance base, Map<String, JsonNode> solutions, String label) {
    ObjectNode d = Report.header("scenarios");
    ObjectNode c = d.putArray("cases").addObject();
    String plan = stochastic.path("reportedPlan").asText();
    List<JsonNode> outcomes = new ArrayList<>();
    String status = "OPTIMAL";
    for (JsonNode o : stochastic.path("outcomes")) {
      if (o.path("plan").asText().equals(plan)) {
        outcomes.add(o);
      }
      if (!o.path("status").asText().equals("OPTIMAL") && status.equals("OPTIMAL")) {
        status = o.path("status").asText();
      }
    }
    int n = stochastic.path("scenarios").size();
    c.put("label", label).put("instance", stochastic.path("name").asText()).put("year", base.meta().year())
        .put("heading", stochastic.path("name").asText() + " " + base.meta().year() + " — hydro scenarios report "
            + "来水情景报告 (" + n + " scenarios, " + plan + " plan)")
        .put("status", status).put("statusWords", status.equals("OPTIMAL")
            ? "every plan solved to optimality in every scenario and verified"
            : "some plan is not optimal in some scenario (see the plans table)")
        .put("objectiveMode", "two-stage stochastic")
        .put("solver", "");
    c.set("kpis", kpis(stochastic, outcomes));
    List<Chart> charts = new ArrayList<>();
    charts.add(spread(stochastic, outcomes));
    charts.add(generation(stochastic, base, solutions));
    charts.add(prices(stochastic, base, solutions));
    charts.add(plans(stochastic, new EntityWords(base)));
    Report.putCharts(c, charts);
    return d;
  }

  /** "wet year 丰水年 (p = 0.185)". */
  private static String scenarioLabel(JsonNode s) {
    String name = s.path("name").isTextual() && !s.path("name").asText().isBlank() ? s.path("name").asText()
        : s.path("id").asText();
    return name + " (p = " + Fmt.num(s.path("probability").asDouble(), 3) + ")";
  }

  /** Σ π_s · v_s over {@code outcomes}, or null when some scenario has no value. */
  static Double expected(List<JsonNode> outcomes, String field) {
    double e = 0;
    for (JsonNode o : outcomes) {
      if (!o.path(field).isNumber()) {
        return null;
      }
      e += o.path("probability").asDouble() * o.path(field).asDouble();
    }
    return e;
  }

  private static ArrayNode kpis(JsonNode st, List<JsonNode> outcomes) {
    ArrayNode out = CaseView.array();
    JsonNode e = st.path("expectedCostCny");
    kpi(out, "expectedCostCny.stochastic", "Expected cost, stochastic plan (RP)", "期望成本 (随机规划方案)",
        e.path("stochastic"), "CNY/yr");
    if (e.has("risk-averse")) {
      kpi(out, "expectedCostCny.risk-averse", "Expected cost, risk-averse plan (CVaR)", "期望成本 (风险规避方案)",
          e.path("risk-averse"), "CNY/yr");
    }
    kpi(out, "expectedCostCny.expected-value", "Expected cost, mean-year plan (EEV)", "期望成本 (平水年方案)",
        e.path("expected-value"), "CNY/yr");
    kpi(out, "expectedCostCny.wait-and-see", "Expected cost, perfect foresight (WS)", "期望成本 (完全预知)",
        e.path("wait-and-see"), "CNY/yr");
    kpi(out, "evpiCny", "EVPI: value of knowing the hydrology", "完全信息价值", st.path("evpiCny"), "CNY/yr");
    kpi(out, "vssCny", "VSS: value of the stochastic plan", "随机解价值", st.path("vssCny"), "CNY/yr");
    String[][] more = {{"coalToPower", "Expected coal to power", "期望发电用煤", "t/yr"},
        {"hydroGeneration", "Expected hydro generation", "期望水电发电量", "MWh/yr"},
        {"exportShortfall", "Expected export shortfall", "期望外送缺额", "MWh/yr"},
        {"meanPowerPrice", "Expected mean electricity price", "期望平均电价", "CNY/MWh"}};
    for (String[] m : more) {
      Double v = expected(outcomes, m[0]);
      kpi(out, "E[outcomes." + m[0] + "]", m[1], m[2], v == null ? CaseView.node().nullNode()
          : CaseView.node().numberNode(v), m[3]);
    }
    return out;
  }

  private static void kpi(ArrayNode out, String path, String en, String zh, JsonNode v, String unit) {
    if (v.isNumber()) {
      Kpis.add(out, path, en, zh, v.asDouble(), unit);
    } else {
      out.addObject().put("path", path).put("en", en).put("zh", zh).putNull("value").put("unit", unit)
          .put("text", path.equals("vssCny") || path.startsWith("expectedCostCny")
              ? "infinite: the plan cannot close in some scenario" : "not available (prices not certified)");
    }
  }

  private static ArrayNode scenarioAxis(JsonNode st, ObjectNode d, String name) {
    ArrayNode a = d.putArray(name);
    st.path("scenarios").forEach(s -> a.addObject().put("id", s.path("id").asText()).put("label", scenarioLabel(s))
        .put("probability", s.path("probability").asDouble()));
    return a;
  }

  private static Chart spread(JsonNode st, List<JsonNode> outcomes) {
    ObjectNode d = CaseView.node();
    scenarioAxis(st, d, "scenarios");
    ArrayNode ks = d.putArray("kpis");
    for (String[] k : KPIS) {
      ObjectNode o = ks.addObject().put("key", k[0]).put("label", k[1]).put("unit", k[2]);
      ArrayNode vals = o.putArray("values");
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      // a quantity (t, MWh) as scenarios.csv shows it: a solver's residual below zero is 0 (Fmt.quantity)
      boolean quantity = k[2].equals("t/yr") || k[2].equals("MWh/yr");
      Double e = 0.0;
      for (JsonNode out : outcomes) {
        JsonNode v = out.path(k[0]);
        if (v.isNumber()) {
          double x = quantity ? Fmt.quantity(v.asDouble()) : v.asDouble();
          vals.add(x);
          min = Math.min(min, x);
          max = Math.max(max, x);
          e = e == null ? null : e + out.path("probability").asDouble() * x;
        } else {
          vals.addNull();
          e = null;
        }
      }
      if (e == null) {
        o.putNull("expected");
      } else {
        o.put("expected", e);
      }
      if (min <= max) {
        o.put("min", min).put("max", max);
      } else {
        o.putNull("min").putNull("max");
      }
    }
    return new Chart(SPREAD, "spread", "Scenario spread", "来水情景分布", "",
        "Each figure in every scenario under the " + st.path("reportedPlan").asText() + " plan (stochastic.json "
            + "outcomes), with the probability of the scenario; the dashed line is the expected value Σ p·x, the "
            + "shaded band the range from the lowest to the highest scenario.", d);
  }

  private static Chart generation(JsonNode st, Instance base, Map<String, JsonNode> solutions) {
    ObjectNode d = CaseView.node();
    d.put("axis", "scenario");
    ArrayNode cats = scenarioAxis(st, d, "categories");
    Map<String, double[]> byType = new LinkedHashMap<>();
    double[] load = new double[cats.size()];
    double[] exports = new double[cats.size()];
    for (int k = 0; k < cats.size(); k++) {
      JsonNode sol = solutions.get(cats.get(k).path("id").asText());
      if (sol == null || !sol.hasNonNull("objective")) {
        continue;
      }
      int col = k;
      sol.path("kpis").path("generationByTypeMwh").fields().forEachRemaining(e -> byType.computeIfAbsent(
          e.getKey(), t -> new double[cats.size()])[col] += e.getValue().asDouble());
      load[k] = PathwayReport.annualLoadMwh(sol, base);
      exports[k] = sol.path("kpis").path("exportDeliveredMwh").asDouble();
    }
    ArrayNode stacked = d.putArray("stacked");
    byType.forEach((type, s) -> GenerationChart.series(stacked, type, PowerSankey.typeLabel(type), s));
    ArrayNode lines = d.putArray("lines");
    GenerationChart.series(lines, "load", "Load 负荷 (demands and industries)", load);
    GenerationChart.series(lines, "exports", "Exports 外送", exports);
    return new Chart(GENERATION, "periods", "Generation by plant type per scenario", "各来水情景分类型发电量",
        "MWh/yr", "Generation in each scenario under the " + st.path("reportedPlan").asText() + " plan (stacked by "
            + "plant type; scenarios/ID/solution.json kpis.generationByTypeMwh); the lines are the load of internal "
            + "demands and integrated industries, and the export deliveries.", d);
  }

  private static Chart prices(JsonNode st, Instance base, Map<String, JsonNode> solutions) {
    JsonNode expected = st.path("expectedPowerPricesCnyPerMwh");
    if (expected.size() == 0) {
      return Chart.message(PRICES, "Electricity price per scenario", "各来水情景电价",
          "the prices were not certified in every scenario: no expected price is drawn");
    }
    ObjectNode d = CaseView.node();
    ArrayNode x = d.putArray("x");
    ArrayNode y = scenarioAxis(st, d, "y");
    y.addObject().put("id", "expected").put("label", "Expected 期望值");
    EntityWords names = new EntityWords(base);
    List<String> keys = new ArrayList<>();
    expected.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      int slash = key.indexOf('/');
      x.addObject().put("id", key).put("label", names.region(key.substring(0, slash)) + " · "
          + key.substring(slash + 1));
    }
    ArrayNode cells = d.putArray("cells");
    for (int j = 0; j < y.size() - 1; j++) {
      JsonNode sol = solutions.get(y.get(j).path("id").asText());
      Map<String, Double> p = new LinkedHashMap<>();
      if (sol != null) {
        sol.path("prices").path("electricity").forEach(e -> p.put(e.path("region").asText() + "/"
            + e.path("period").asText(), e.path("cnyPerMwh").asDouble()));
      }
      for (int i = 0; i < keys.size(); i++) {
        Double v = p.get(keys.get(i));
        if (v != null) {
          cells.addArray().add(i).add(j).add(v);
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      cells.addArray().add(i).add(y.size() - 1).add(expected.path(keys.get(i)).asDouble());
    }
    return new Chart(PRICES, "heatmap", "Electricity price per scenario", "各来水情景电价", "CNY/MWh",
        "Certified electricity price of each internal region and period in each scenario (scenarios/ID/solution.json) "
            + "and the probability-weighted expectation (expected-prices.csv), CNY/MWh.", d);
  }

  private static Chart plans(JsonNode st, EntityWords names) {
    ObjectNode d = CaseView.node();
    ArrayNode cols = d.putArray("columns");
    cols.add("Decision 决策");
    List<String> plans = new ArrayList<>();
    st.path("plans").fieldNames().forEachRemaining(plans::add);
    plans.forEach(p -> cols.add(planLabel(p)));
    ArrayNode rows = d.putArray("rows");
    String[][] groups = {{"plantBuilds", "units built 新建台数", "PLANT"}, {"lineBuilds", "line units built 新建线路",
        "LINE"}, {"potlines", "potlines running 电解槽系列", "INDUSTRY"},
        {"commitments", "committed share of firm export 外送承诺比例", "EXPORT"}};
    for (String[] g : groups) {
      List<String> ids = new ArrayList<>();
      plans.forEach(p -> st.path("plans").path(p).path(g[0]).fieldNames().forEachRemaining(id -> {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }));
      for (String id : ids) {
        String name = names.name(EntityWords.Kind.valueOf(g[2]), id);
        ArrayNode cells = rows.addObject().put("status", "").put("id", g[0] + "." + id).putArray("cells");
        cells.add((name.isEmpty() ? id : name + " [" + id + "]") + ": " + g[1]);
        for (String p : plans) {
          JsonNode v = st.path("plans").path(p).path(g[0]).path(id);
          cells.add(v.isNumber() ? (g[0].equals("commitments") ? Fmt.num(v.asDouble(), 3) : Fmt.num(v.asDouble(), 0))
              : "");
        }
      }
    }
    ArrayNode cost = rows.addObject().put("status", "").put("id", "expectedCost").putArray("cells");
    cost.add("Expected cost 期望成本 (wait-and-see: the scenario's own cost)");
    for (String p : plans) {
      cost.add(costOf(st, p));
    }
    d.putArray("notes").add("EVPI = RP − WS: what knowing the hydrology in advance would be worth; VSS = EEV − RP: "
        + "what planning against the scenarios saves over planning for the mean year (docs/stochastic.md).");
    return new Chart(PLANS, "table", "First-stage decisions of each plan", "各方案一阶段决策", "",
        "What each plan decides before the hydrology is known (stochastic.json plans; plans.csv), and its expected "
            + "cost.", d);
  }

  private static String planLabel(String p) {
    if (p.startsWith("wait-and-see:")) {
      return "Wait-and-see 完全预知: " + p.substring("wait-and-see:".length());
    }
    return switch (p) {
      case "stochastic" -> "Stochastic 随机规划 (RP)";
      case "risk-averse" -> "Risk-averse 风险规避 (CVaR)";
      case "expected-value" -> "Mean year 平水年方案 (EV)";
      default -> p;
    };
  }

  private static String costOf(JsonNode st, String plan) {
    if (plan.startsWith("wait-and-see:")) {
      String s = plan.substring("wait-and-see:".length());
      for (JsonNode o : st.path("outcomes")) {
        if (o.path("plan").asText().equals("wait-and-see") && o.path("scenario").asText().equals(s)) {
          return o.path("cost").isNumber() ? Fmt.money(o.path("cost").asDouble()) : o.path("status").asText();
        }
      }
      return "";
    }
    JsonNode v = st.path("expectedCostCny").path(plan);
    return v.isNumber() ? Fmt.money(v.asDouble()) : "infinite: cannot close in some scenario";
  }
}
