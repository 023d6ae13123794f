package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.Fmt;

/**
 * The report of a multi-year pathway ({@code coalgrid pathway FILE --report FILE.html}, docs/report.md): built from
 * the verified {@code pathway.json} tree and each year's derived instance only. Headline figures (present value of
 * the whole pathway, investment, what is built, the last year's capacity, generation, coal and exports), then per
 * year: installed capacity and generation by plant type (stacked, with load and exports as lines), the build
 * schedule (what, where, which year, MW, capital), the hour-weighted mean electricity price of each internal region,
 * the cost terms in present value, and the plan targets year by year. Every number is a figure of pathway.json, a
 * plain sum of such figures, or (prices) their mean weighted by the periods' hours, as {@code pathway-years.csv}
 * computes it. Stateless.
 */
public final class PathwayReport {
  static final String CAPACITY = "pathway-capacity";
  static final String GENERATION = "pathway-generation";
  static final String BUILDS = "pathway-builds";
  static final String PRICES = "pathway-prices";
  static final String COSTS = "pathway-costs";
  static final String TARGETS = "pathway-targets";

  private PathwayReport() {}

  /**
   * The page data of a pathway: {@code pathway} is the tree written to pathway.json, {@code yearInstance} gives each
   * year's derived single-year instance (names, external regions, period hours), {@code label} the name shown.
   */
  public static ObjectNode data(JsonNode pathway, IntFunction<Instance> yearInstance, String label) {
    ObjectNode d = Report.header("pathway");
    ObjectNode c = d.putArray("cases").addObject();
    int first = pathway.path("firstYear").asInt();
    int last = pathway.path("lastYear").asInt();
    String mode = pathway.path("mode").asText();
    String status = pathway.path("status").asText();
    c.put("label", label).put("instance", pathway.path("instance").asText()).put("year", first + "–" + last)
        .put("heading", pathway.path("instance").asText() + " " + first + "–" + last + " — pathway report 规划路径报告 ("
            + (mode.equals("MYOPIC") ? "myopic, year by year 逐年滚动" : "perfect foresight 完全预见") + ")")
        .put("status", status).put("statusWords", ConsoleSummary.statusWords(status))
        .put("objectiveMode", pathway.path("years").path(0).path("result").path("objectiveMode").asText("cost")
            .toLowerCase())
        .put("solver", pathway.path("solver").path("backend").asText());
    List<JsonNode> years = new ArrayList<>();
    pathway.path("years").forEach(years::add);
    List<Chart> charts = new ArrayList<>();
    if (!pathway.hasNonNull("objectivePvCny") || years.isEmpty()) {
      c.putArray("kpis");
      charts.add(Chart.message(GENERATION, "Generation by plant type per year", "分年度分类型发电量",
          "no solution: nothing to draw (" + status + ")"));
      Report.putCharts(c, charts);
      return d;
    }
    Instance lastIn = yearInstance.apply(years.get(years.size() - 1).path("year").asInt());
    c.set("kpis", kpis(pathway, years));
    charts.add(byType(years, CAPACITY, "capacityByTypeMw", "MW", "Installed capacity by plant type per year",
        "分年度分类型装机容量", "Installed capacity in internal regions at the year's end of builds (stacked by plant "
            + "type), years[].result.kpis.capacityByTypeMw.", null));
    charts.add(byType(years, GENERATION, "generationByTypeMwh", "MWh/yr", "Generation by plant type per year",
        "分年度分类型发电量", "Generation in each year (stacked by plant type), years[].result.kpis.generationByTypeMwh; "
            + "the lines are the load of internal demands and integrated industries, and the export deliveries.",
        y -> yearInstance.apply(y)));
    charts.add(builds(pathway, new EntityWords(lastIn)));
    charts.add(prices(years, yearInstance));
    charts.add(costs(years));
    if (pathway.path("targets").size() > 0) {
      charts.add(targets(pathway, first, last));
    }
    Report.putCharts(c, charts);
    return d;
  }

  private static ArrayNode kpis(JsonNode pw, List<JsonNode> years) {
    ArrayNode out = CaseView.array();
    JsonNode lastYear = years.get(years.size() - 1);
    JsonNode k = lastYear.path("result").path("kpis");
    int y = lastYear.path("year").asInt();
    double plants = 0;
    double lines = 0;
    for (JsonNode b : pw.path("builds")) {
      double mw = b.path("units").asDouble() * b.path("unitMw").asDouble();
      if (b.path("line").asBoolean()) {
        lines += mw;
      } else {
        plants += mw;
      }
    }
    double unserved = 0;
    for (JsonNode yr : years) {
      unserved += yr.path("result").path("kpis").path("unservedMwh").asDouble();
    }
    double cap = 0;
    for (JsonNode v : k.path("capacityByTypeMw")) {
      cap += v.asDouble();
    }
    Kpis.add(out, "objectivePvCny", "Total cost, present value", "总费用现值", pw.path("objectivePvCny").asDouble(),
        "CNY");
    Kpis.add(out, "termsPvCny.INVESTMENT", "Investment less salvage, present value", "投资现值 (扣除残值)",
        pw.path("termsPvCny").path("INVESTMENT").asDouble(), "CNY");
    Kpis.add(out, "sum(builds[plant].mw)", "New generating capacity", "新增装机", plants, "MW");
    Kpis.add(out, "sum(builds[line].mw)", "New transmission", "新增输电能力", lines, "MW");
    Kpis.add(out, "years[" + y + "].sum(kpis.capacityByTypeMw)", "Installed capacity " + y, "装机容量", cap, "MW");
    Kpis.add(out, "years[" + y + "].kpis.generationMwh", "Generation " + y, "发电量", k.path("generationMwh")
        .asDouble(), "MWh/yr");
    Kpis.add(out, "years[" + y + "].kpis.coalProducedT", "Coal produced " + y, "煤炭产量", k.path("coalProducedT")
        .asDouble(), "t/yr");
    Kpis.add(out, "years[" + y + "].kpis.exportDeliveredMwh", "Exports delivered " + y, "外送电量 (西电东送)",
        k.path("exportDeliveredMwh").asDouble(), "MWh/yr");
    Kpis.add(out, "sum(years.kpis.unservedMwh)", "Unserved energy, all years", "缺电 (累计)", unserved, "MWh");
    Kpis.add(out, "discountRate", "Discount rate", "折现率", pw.path("discountRate").asDouble(), "share");
    return out;
  }

  /** Categories of a per-year chart: one per year. */
  private static ObjectNode yearAxis(List<JsonNode> years) {
    ObjectNode d = CaseView.node();
    d.put("axis", "year");
    ArrayNode cats = d.putArray("categories");
    years.forEach(y -> cats.addObject().put("id", y.path("year").asText()).put("label", y.path("year").asText()));
    return d;
  }

  /**
   * A stacked per-year chart of the year results' {@code kpis.<field>} by plant type; with {@code loadOf} the load
   * and export lines of {@link #annualLoadMwh}.
   */
  private static Chart byType(List<JsonNode> years, String id, String field, String unit, String en, String zh,
      String note, IntFunction<Instance> loadOf) {
    ObjectNode d = yearAxis(years);
    Map<String, double[]> byType = new LinkedHashMap<>();
    for (int k = 0; k < years.size(); k++) {
      int col = k;
      years.get(k).path("result").path("kpis").path(field).fields().forEachRemaining(e -> byType.computeIfAbsent(
          e.getKey(), t -> new double[years.size()])[col] += e.getValue().asDouble());
    }
    ArrayNode stacked = d.putArray("stacked");
    byType.forEach((type, s) -> GenerationChart.series(stacked, type, PowerSankey.typeLabel(type), s));
    ArrayNode lines = d.putArray("lines");
    if (loadOf != null) {
      double[] load = new double[years.size()];
      double[] exports = new double[years.size()];
      for (int k = 0; k < years.size(); k++) {
        JsonNode r = years.get(k).path("result");
        load[k] = annualLoadMwh(r, loadOf.apply(years.get(k).path("year").asInt()));
        exports[k] = r.path("kpis").path("exportDeliveredMwh").asDouble();
      }
      GenerationChart.series(lines, "load", "Load 负荷 (demands and industries)", load);
      GenerationChart.series(lines, "exports", "Exports 外送", exports);
    }
    return new Chart(id, "periods", en, zh, unit, note, d);
  }

  /** Energy of the internal demands ({@code demandMwh}) and integrated industries ({@code electricityMwh}), MWh. */
  static double annualLoadMwh(JsonNode solution, Instance in) {
    double load = 0;
    for (JsonNode x : solution.path("demands")) {
      load += in.isExternal(x.path("region").asText()) ? 0 : x.path("demandMwh").asDouble();
    }
    for (JsonNode x : solution.path("industries")) {
      load += in.isExternal(x.path("region").asText()) ? 0 : x.path("electricityMwh").asDouble();
    }
    return load;
  }

  private static Chart builds(JsonNode pw, EntityWords names) {
    ObjectNode d = CaseView.node();
    ArrayNode cols = d.putArray("columns");
    for (String s : new String[] {"Year in service 投产年", "What 项目", "Type 类型", "Where 地点", "Units 台数",
        "Capacity 容量", "Overnight capital 投资", "Paid in 付款年", "Capital, PV 投资现值", "Salvage, PV 残值现值"}) {
      cols.add(s);
    }
    ArrayNode rows = d.putArray("rows");
    List<JsonNode> list = new ArrayList<>();
    pw.path("builds").forEach(list::add);
    list.sort(java.util.Comparator.comparingInt((JsonNode b) -> b.path("year").asInt())
        .thenComparing(b -> b.path("id").asText()));
    double total = 0;
    for (JsonNode b : list) {
      boolean line = b.path("line").asBoolean();
      String type = b.path("type").asText();
      boolean mine = !line && type.equals("MINE");
      boolean potline = !line && type.equals("POTLINE");
      boolean washery = !line && type.equals("WASHERY");
      String id = b.path("id").asText();
      String name = names.name(line ? EntityWords.Kind.LINE : mine || washery ? EntityWords.Kind.MINE
          : potline ? EntityWords.Kind.INDUSTRY : EntityWords.Kind.PLANT, id);
      double mw = b.path("units").asDouble() * b.path("unitMw").asDouble();
      total += mw;
      String where = b.path("where").asText();
      String whereText = line ? where : names.region(where);
      ObjectNode r = rows.addObject().put("status", "").put("id", id).put("year", b.path("year").asInt())
          .put("mw", mw).put("line", line);
      ArrayNode cells = r.putArray("cells");
      cells.add(b.path("year").asText());
      cells.add(name.isEmpty() ? id : name + " [" + id + "]");
      cells.add(line ? "Line 输电线路" : mine ? "Mine 煤矿扩建" : washery ? "Washery 洗煤厂" : potline ? "Potlines 电解槽系列"
          : PowerSankey.typeLabel(type));
      cells.add(whereText);
      double unitT = b.path("unitT").asDouble();
      double t = b.path("units").asDouble() * unitT;
      if (mine || washery) {
        cells.add(b.path("units").asInt() + " × " + Fmt.num(unitT / 1e4, 1) + " 万吨/年");
        cells.add(Fmt.num(t / 1e4, 1) + (mine ? " 万吨/年 raw coal" : " 万吨/年 raw coal washed"));
      } else if (potline) {
        cells.add(b.path("units").asInt() + " × " + Fmt.num(unitT, 0) + " t/yr");
        cells.add(Fmt.num(t, 0) + " t/yr");
      } else {
        cells.add(b.path("units").asInt() + " × " + Fmt.num(b.path("unitMw").asDouble(), 0) + " MW");
        cells.add(Fmt.power(mw));
      }
      cells.add(b.hasNonNull("overnightCny") ? Fmt.money(b.path("overnightCny").asDouble())
          : "annualised capex (in the cost terms)");
      cells.add(b.path("paidYear").asText());
      cells.add(Fmt.money(b.path("capitalPvCny").asDouble()));
      cells.add(Fmt.money(b.path("salvagePvCny").asDouble()));
    }
    d.putArray("notes").add(list.isEmpty() ? "Nothing is built: the existing fleet and lines carry every year."
        : "Built in all: " + Fmt.power(total) + " (plants and lines). Capital is paid in the year shown (the build "
            + "lag before it comes in); salvage is what is left of a unit after the last year, in present value.");
    return new Chart(BUILDS, "table", "Build schedule", "新建项目投产计划", "",
        list.size() + " build(s), by the year they come in (pathway.json builds[]).", d);
  }

  private static Chart prices(List<JsonNode> years, IntFunction<Instance> yearInstance) {
    ObjectNode d = CaseView.node();
    ArrayNode x = d.putArray("x");
    ArrayNode y = d.putArray("y");
    ArrayNode cells = d.putArray("cells");
    Instance in0 = yearInstance.apply(years.get(0).path("year").asInt());
    List<Region> regions = in0.regions().stream().filter(r -> !r.external()).toList();
    EntityWords names = new EntityWords(in0);
    for (Region r : regions) {
      y.addObject().put("id", r.id()).put("label", names.region(r.id()));
    }
    y.addObject().put("id", "all").put("label", "All internal regions 全省平均");
    for (int k = 0; k < years.size(); k++) {
      JsonNode yr = years.get(k);
      x.addObject().put("id", yr.path("year").asText()).put("label", yr.path("year").asText());
      JsonNode prices = yr.path("result").path("prices");
      if (!prices.path("available").asBoolean()) {
        return Chart.message(PRICES, "Electricity price per year", "分年度电价", "prices of "
            + yr.path("year").asText() + " were not certified (" + prices.path("note").asText() + "): not drawn");
      }
      Instance in = yearInstance.apply(yr.path("year").asInt());
      Map<String, Double> hours = new LinkedHashMap<>();
      for (Period p : in.periods()) {
        hours.put(p.id(), p.hours());
      }
      double allSum = 0;
      double allH = 0;
      for (int j = 0; j < regions.size(); j++) {
        double sum = 0;
        double h = 0;
        for (JsonNode p : prices.path("electricity")) {
          if (p.path("region").asText().equals(regions.get(j).id())) {
            double w = hours.getOrDefault(p.path("period").asText(), 0.0);
            sum += w * p.path("cnyPerMwh").asDouble();
            h += w;
          }
        }
        allSum += sum;
        allH += h;
        if (h > 0) {
          cells.addArray().add(k).add(j).add(sum / h);
        }
      }
      if (allH > 0) {
        cells.addArray().add(k).add(regions.size()).add(allSum / allH);
      }
    }
    return new Chart(PRICES, "heatmap", "Electricity price per year", "分年度电价", "CNY/MWh",
        "Mean electricity price of each internal region in each year, weighted by the periods' hours (CNY/MWh, the "
            + "year's money); the last row is the mean over all internal regions (pathway-years.csv "
            + "mean_price_cny_per_mwh).", d);
  }

  /** Cost terms of the objective, Chinese beside English. */
  static String termLabel(String term) {
    return switch (term) {
      case "MINING" -> "Mining and washing 采煤洗选";
      case "TRANSPORT" -> "Coal transport 煤炭运输";
      case "GENERATION" -> "Generation variable cost 发电变动成本";
      case "STARTUP" -> "Start-ups 启动成本";
      case "WHEELING" -> "Transmission wheeling 输电费";
      case "CAPEX" -> "Annualised capex 年化投资";
      case "INVESTMENT" -> "Investment less salvage 投资 (扣除残值)";
      case "POTLINE_FIXED" -> "Potline fixed cost 电解槽固定成本";
      case "UNSERVED" -> "Unserved energy 缺电损失";
      case "EXPORT_SHORTFALL" -> "Export shortfall penalty 外送缺额罚金";
      case "CARBON" -> "Carbon cost 碳成本";
      case "EXPORT_REVENUE" -> "Export revenue 外送收入";
      case "COAL_SALES" -> "Coal sales revenue 煤炭销售收入";
      case "VALUE_ADDED" -> "Industry value added 工业增加值";
      case "RELAXATION" -> "Relaxation penalties 松弛罚金";
      case "RISK" -> "CVaR term 风险项";
      case "COMMITMENT" -> "Commitment premium 外送承诺溢价";
      default -> term;
    };
  }

  private static Chart costs(List<JsonNode> years) {
    ObjectNode d = yearAxis(years);
    Map<String, double[]> byTerm = new LinkedHashMap<>();
    double[] net = new double[years.size()];
    for (int k = 0; k < years.size(); k++) {
      int col = k;
      years.get(k).path("termsPvCny").fields().forEachRemaining(e -> {
        byTerm.computeIfAbsent(e.getKey(), t -> new double[years.size()])[col] += e.getValue().asDouble();
        net[col] += e.getValue().asDouble();
      });
    }
    ArrayNode stacked = d.putArray("stacked");
    byTerm.forEach((term, s) -> {
      boolean any = false;
      for (double v : s) {
        any |= Math.abs(v) >= 1;
      }
      if (any) {
        GenerationChart.series(stacked, term, termLabel(term), s);
      }
    });
    GenerationChart.series(d.putArray("lines"), "net", "Net cost, present value 净费用现值", net);
    return new Chart(COSTS, "periods", "Cost terms per year, present value", "分年度费用现值", "CNY",
        "Each term of the objective in each year, discounted to the first year (years[].termsPvCny; revenues are "
            + "negative); the line is the year's net cost. Terms below 1 CNY in every year are left out.", d);
  }

  private static Chart targets(JsonNode pw, int first, int last) {
    ObjectNode d = CaseView.node();
    ArrayNode cols = d.putArray("columns");
    cols.add("Target 目标").add("Status 状态").add("Due 期限");
    for (int y = first; y <= last; y++) {
      cols.add(String.valueOf(y));
    }
    ArrayNode rows = d.putArray("rows");
    for (JsonNode t : pw.path("targets")) {
      String status = t.path("status").asText();
      ObjectNode r = rows.addObject().put("status", status).put("id", t.path("id").asText());
      ArrayNode cells = r.putArray("cells");
      cells.add(t.path("id").asText() + (t.hasNonNull("name") ? ": " + t.path("name").asText() : "") + " ["
          + t.path("metric").asText() + " " + t.path("sense").asText() + " " + Fmt.num(t.path("value").asDouble(), 2)
          + " " + t.path("unit").asText() + "]");
      cells.add(status + (t.hasNonNull("firstYearMet") ? ", first met " + t.path("firstYearMet").asText() : ", never met"));
      cells.add(t.hasNonNull("dueYear") ? t.path("dueYear").asText() : "every year");
      for (int y = first; y <= last; y++) {
        JsonNode v = t.path("byYear").path(String.valueOf(y));
        cells.add(v.isNumber() ? Fmt.num(v.asDouble(), 2) : "n/a");
      }
    }
    d.putArray("notes");
    return new Chart(TARGETS, "table", "Plan targets by year", "规划目标逐年检查", "",
        "The value each target's metric reaches in each year, in the target's unit; MET in its due year (or every "
            + "year when it has none), LATE when first met after it, MISSED (pathway-targets.csv).", d);
  }
}
