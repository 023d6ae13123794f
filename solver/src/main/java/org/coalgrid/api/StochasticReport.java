package org.coalgrid.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvRows;
import org.coalgrid.output.Json;
import org.coalgrid.output.NameColumns;
import org.coalgrid.stochastic.FirstStageFix;
import org.coalgrid.uncertainty.FirstStagePlan;
import org.coalgrid.words.Fmt;

/**
 * What {@code coalgrid stochastic} prints and writes (docs/stochastic.md §3): the summary in planners' units with
 * EVPI, VSS, the plans compared and the dry-year bottleneck, and the files of an output directory:
 * {@code stochastic.json}, {@code scenarios.csv} (one row per plan, scenario and KPI), {@code plans.csv} (the
 * first-stage decisions of every plan), {@code expected-prices.csv} (certified electricity prices per scenario and
 * their probability-weighted mean), and for the reported plan {@code scenarios/<id>/solution.json} with the
 * scenario's single-year instance {@code scenarios/<id>/instance.json}, so that {@code coalgrid verify} checks each
 * scenario; the other plans' scenario solutions in {@code plans/<plan>/<id>/solution.json}, so that {@code coalgrid
 * verify INSTANCE DIR} recomputes every figure of stochastic.json ({@code verify.StochasticCheck}). Stateless.
 */
public final class StochasticReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private StochasticReport() {}

  /**
   * The KPIs of the scenario table: name, unit, value of an outcome, its words, and whether it is a quantity that
   * cannot be negative (tonnes, MWh).
   */
  private record Kpi(String name, String unit, java.util.function.Function<ScenarioOutcome, Double> value,
      java.util.function.DoubleFunction<String> words, boolean quantity) {}

  private static final List<Kpi> KPIS = List.of(
      new Kpi("cost", "CNY/yr", ScenarioOutcome::costCny, Fmt::money, false),
      new Kpi("coalToPower", "t/yr", ScenarioOutcome::coalToPowerT, Fmt::tonnes, true),
      new Kpi("hydroGeneration", "MWh/yr", ScenarioOutcome::hydroMwh, Fmt::energy, true),
      new Kpi("exportShortfall", "MWh/yr", ScenarioOutcome::exportShortfallMwh, Fmt::energy, true),
      new Kpi("unserved", "MWh/yr", ScenarioOutcome::unservedMwh, Fmt::energy, true),
      new Kpi("meanPowerPrice", "CNY/MWh", ScenarioOutcome::meanPowerPriceCnyPerMwh, v -> Fmt.num(v, 1) + " CNY/MWh",
          false));

  /**
   * A KPI as scenarios.csv shows it: a quantity's solver residual below zero is 0 ({@link Fmt#quantity}). Display
   * only: stochastic.json keeps the solver's figure, which {@code coalgrid verify} recomputes from the scenario's
   * solution.
   */
  private static Double shown(Kpi k, Double v) {
    return v != null && k.quantity() ? Double.valueOf(Fmt.quantity(v)) : v;
  }

  /** The console summary. */
  public static String summary(StochasticResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.name()).append(": two-stage stochastic plan over ").append(r.scenarios().size())
        .append(" hydro scenarios (来水情景)\n");
    for (HydroScenario s : r.scenarios()) {
      b.append("  ").append(Fmt.pad(s.id(), 12)).append(" p = ").append(Fmt.num(s.probability(), 3))
          .append(s.name() == null ? "" : "  " + s.name()).append('\n');
    }
    b.append("\nExpected cost (期望成本) per year:\n");
    line(b, "stochastic plan (here-and-now, RP)", r.hereAndNowCny());
    if (r.riskAversePlan() != null) {
      line(b, "risk-averse plan (CVaR α = " + Fmt.num(r.cvarAlpha(), 2) + ", λ = " + Fmt.num(r.cvarWeight(), 2) + ")",
          r.expectedCostCny(StochasticResult.RISK_AVERSE));
    }
    line(b, "expected-value plan (EEV)", r.expectedValuePlanCny());
    line(b, "wait-and-see (perfect foresight, WS)", r.waitAndSeeCny());
    if (r.cvarAlpha() != null) {
      b.append("\nCost in the worst ").append(Fmt.num(100 * (1 - r.cvarAlpha()), 0))
          .append(" % of years (CVaR α = ").append(Fmt.num(r.cvarAlpha(), 2)).append("):\n");
      for (String k : cvarPlans(r)) {
        line(b, k + " plan", r.cvarCny(k));
      }
    }
    b.append("\nWhat the uncertainty is worth:\n");
    line(b, "EVPI = RP − WS (value of knowing the hydrology)", r.evpiCny());
    line(b, "VSS = EEV − RP (value of the stochastic plan)", r.vssCny());
    b.append("\nFirst-stage decisions (units built, potlines, committed share of firm export):\n");
    for (String[] row : planRows(r)) {
      b.append("  ");
      for (int k = 0; k < row.length; k++) {
        b.append(Fmt.pad(row[k], k == 0 ? 26 : 16));
      }
      b.append('\n');
    }
    String kind = r.reportedPlan();
    b.append("\nScenarios under the ").append(kind).append(" plan (expected value and spread):\n");
    List<ScenarioOutcome> os = r.outcomes(kind);
    for (ScenarioOutcome o : os) {
      b.append("  ").append(Fmt.pad(o.scenario(), 12)).append(o.solved() ? Fmt.money(o.costCny())
          + "; coal to power " + Fmt.tonnes(o.coalToPowerT()) + "; hydro " + Fmt.energy(o.hydroMwh())
          + "; export shortfall " + Fmt.energy(o.exportShortfallMwh()) + "; unserved " + Fmt.energy(o.unservedMwh())
          + (o.meanPowerPriceCnyPerMwh() == null ? "" : "; mean power price "
              + Fmt.num(o.meanPowerPriceCnyPerMwh(), 1) + " CNY/MWh") : o.status()).append('\n');
    }
    spread(b, os);
    bottleneck(b, os);
    return b.toString();
  }

  /** The plans whose CVaR is reported: stochastic, risk-averse (when found), expected-value. */
  private static List<String> cvarPlans(StochasticResult r) {
    List<String> plans = new ArrayList<>(List.of(StochasticResult.STOCHASTIC));
    if (r.riskAversePlan() != null) {
      plans.add(StochasticResult.RISK_AVERSE);
    }
    plans.add(StochasticResult.EXPECTED_VALUE);
    return plans;
  }

  private static void line(StringBuilder b, String what, double cny) {
    b.append("  ").append(Fmt.pad(what, 52)).append(Double.isFinite(cny) ? Fmt.money(cny)
        : "infinite: the plan cannot close in some scenario").append('\n');
  }

  private static void spread(StringBuilder b, List<ScenarioOutcome> os) {
    if (os.stream().anyMatch(o -> !o.solved())) {
      return;
    }
    for (Kpi k : KPIS) {
      double e = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      boolean all = true;
      for (ScenarioOutcome o : os) {
        Double v = k.value().apply(o);
        if (v == null) {
          all = false;
          break;
        }
        e += o.probability() * v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (all) {
        b.append("  ").append(Fmt.pad("E[" + k.name() + "]", 22)).append(Fmt.pad(k.words().apply(e), 40))
            .append("range ").append(k.words().apply(min)).append(" to ").append(k.words().apply(max)).append('\n');
      }
    }
  }

  /** The driest scenario (least hydro generation) and what binds there: the dry-year bottleneck (枯水年瓶颈). */
  private static void bottleneck(StringBuilder b, List<ScenarioOutcome> os) {
    ScenarioOutcome dry = os.stream().filter(ScenarioOutcome::solved)
        .min(Comparator.comparingDouble(ScenarioOutcome::hydroMwh)).orElse(null);
    if (dry == null || os.size() < 2) {
      return;
    }
    b.append("\nDry-year bottleneck (枯水年瓶颈): in ").append(dry.scenario()).append(", the scenario with the least"
        + " hydro (").append(Fmt.energy(dry.hydroMwh())).append("), ");
    List<String> caps = dry.solution().pricesCertified() ? dry.solution().topCaps(3) : List.of();
    if (caps.isEmpty()) {
      b.append("no cap binds with a certified shadow price.\n");
    } else {
      b.append("what binds most:\n");
      caps.forEach(c -> b.append("  - ").append(c).append('\n'));
    }
  }

  /**
   * The name of the entity of a first-stage decision: {@code b.p} a plant's builds, {@code bl.l} a line's, {@code n.i}
   * an industry's potlines, {@code fc.x} an export commitment; "" when the instance gives none.
   */
  static String decisionName(NameColumns names, String decision) {
    int dot = decision.indexOf('.');
    if (dot < 0) {
      return "";
    }
    String list = switch (decision.substring(0, dot)) {
      case "b" -> "plants";
      case "bl" -> "lines";
      case "n" -> "industries";
      case "fc" -> "exports";
      default -> "";
    };
    return names.nameOf(list, decision.substring(dot + 1));
  }

  /** Rows: header, then one per first-stage decision: the value in every plan. */
  static List<String[]> planRows(StochasticResult r) {
    Map<String, FirstStagePlan> plans = plans(r);
    Set<String> names = new LinkedHashSet<>();
    plans.values().forEach(p -> names.addAll(FirstStageFix.asColumns(p).keySet()));
    List<String[]> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("decision"));
    head.addAll(plans.keySet());
    rows.add(head.toArray(String[]::new));
    for (String n : names) {
      List<String> row = new ArrayList<>(List.of(n));
      plans.values().forEach(p -> {
        Double v = FirstStageFix.asColumns(p).get(n);
        row.add(v == null ? "" : n.startsWith("fc.") ? Fmt.num(v, 3) : Fmt.num(v, 0));
      });
      rows.add(row.toArray(String[]::new));
    }
    return rows;
  }

  private static Map<String, FirstStagePlan> plans(StochasticResult r) {
    Map<String, FirstStagePlan> plans = new LinkedHashMap<>();
    plans.put(StochasticResult.STOCHASTIC, r.stochasticPlan());
    if (r.riskAversePlan() != null) {
      plans.put(StochasticResult.RISK_AVERSE, r.riskAversePlan());
    }
    plans.put(StochasticResult.EXPECTED_VALUE, r.expectedValuePlan());
    r.waitAndSeePlans().forEach((s, p) -> plans.put(StochasticResult.WAIT_AND_SEE + ":" + s, p));
    return plans;
  }

  /** The plan's nonzero decisions in words: "b.peaker = 2", "fc.gd = 0.500". */
  static List<String> decisions(FirstStagePlan plan) {
    List<String> out = new ArrayList<>();
    FirstStageFix.asColumns(plan).forEach((n, v) -> {
      if (v != 0) {
        out.add(n + " = " + (n.startsWith("fc.") ? Fmt.num(v, 3) : Fmt.num(v, 0)));
      }
    });
    return out;
  }

  /** Probability-weighted electricity price per "region/period" under the reported plan (empty: not all priced). */
  public static Map<String, Double> expectedPrices(StochasticResult r) {
    List<ScenarioOutcome> os = r.outcomes(r.reportedPlan());
    Map<String, Double> e = new LinkedHashMap<>();
    for (ScenarioOutcome o : os) {
      if (o.powerPrices().isEmpty()) {
        return Map.of();
      }
      o.powerPrices().forEach((k, v) -> e.merge(k, o.probability() * v, Double::sum));
    }
    return e;
  }

  /** The summary as JSON (stochastic.json). */
  public static ObjectNode json(StochasticResult r) {
    ObjectNode root = F.objectNode();
    root.put("name", r.name());
    if (!r.scenario().isEmpty()) { // the --set what-ifs, as solution.json records them (for coalgrid verify)
      root.set("scenario", Json.MAPPER.valueToTree(r.scenario()));
    }
    ArrayNode scs = root.putArray("scenarios");
    r.scenarios().forEach(s -> scs.addObject().put("id", s.id()).put("name", s.name()).put("probability",
        s.probability()));
    if (r.cvarAlpha() != null) {
      root.putObject("cvar").put("alpha", r.cvarAlpha()).put("weight", r.cvarWeight());
    }
    ObjectNode e = root.putObject("expectedCostCny");
    e.set(StochasticResult.STOCHASTIC, number(r.hereAndNowCny()));
    if (r.riskAversePlan() != null) {
      e.set(StochasticResult.RISK_AVERSE, number(r.expectedCostCny(StochasticResult.RISK_AVERSE)));
    }
    e.set(StochasticResult.EXPECTED_VALUE, number(r.expectedValuePlanCny()));
    e.set(StochasticResult.WAIT_AND_SEE, number(r.waitAndSeeCny()));
    if (r.cvarAlpha() != null) {
      ObjectNode cv = root.putObject("cvarCny");
      cvarPlans(r).forEach(k -> cv.set(k, number(r.cvarCny(k))));
    }
    root.set("evpiCny", number(r.evpiCny()));
    root.set("vssCny", number(r.vssCny()));
    root.put("reportedPlan", r.reportedPlan());
    ObjectNode plans = root.putObject("plans");
    plans(r).forEach((k, p) -> plans.set(k, Json.MAPPER.valueToTree(p)));
    ArrayNode outs = root.putArray("outcomes");
    for (ScenarioOutcome o : r.outcomes()) {
      ObjectNode n = outs.addObject().put("plan", o.plan()).put("scenario", o.scenario())
          .put("probability", o.probability()).put("status", o.status());
      for (Kpi k : KPIS) {
        Double v = k.value().apply(o);
        n.set(k.name(), v == null ? F.nullNode() : number(v));
      }
    }
    ObjectNode prices = root.putObject("expectedPowerPricesCnyPerMwh");
    expectedPrices(r).forEach(prices::put);
    root.putObject("extensiveForm").put("rows", r.extensiveRows()).put("columns", r.extensiveColumns());
    return root;
  }

  private static com.fasterxml.jackson.databind.JsonNode number(double v) {
    return Double.isFinite(v) ? F.numberNode(v) : F.nullNode();
  }

  /**
   * Writes the output set (see the class comment) into {@code dir}; files appear only when all are complete.
   *
   * @throws IOException if the directory cannot be written (nothing new is left behind)
   */
  public static void write(StochasticResult r, Path dir, Collection<Path> inputs) throws IOException {
    try (AtomicOutput files = AtomicOutput.directory(dir, "stochastic", inputs, "--out " + dir)) {
      write(r, files);
      files.commit();
    }
  }

  /** Writes the files into an output set opened before (kind "stochastic"); the caller commits it. */
  public static void write(StochasticResult r, AtomicOutput files) throws IOException {
    {
      // names beside ids (docs/output-tables.md): scenarios by their own names, regions and entities from the instance
      Map<String, String> scenarioNames = new LinkedHashMap<>();
      r.scenarios().forEach(s -> scenarioNames.put(s.id(), s.name() == null ? "" : s.name()));
      NameColumns names = NameColumns.of(r.outcomes().stream().filter(o -> o.solution() != null)
          .map(o -> o.solution().instance()).findFirst().orElse(null));
      files.file("stochastic.json", w -> Json.writer().writeValue(w, json(r)));
      files.file("scenarios.csv", CsvRows.table(t -> {
        t.header("plan", "scenario", "scenario_name", "probability", "status", "kpi", "value", "unit");
        for (ScenarioOutcome o : r.outcomes()) {
          for (Kpi k : KPIS) {
            Double v = o.solved() ? shown(k, k.value().apply(o)) : null;
            t.row(o.plan(), o.scenario(), scenarioNames.getOrDefault(o.scenario(), ""), o.probability(), o.status(),
                k.name(), v, k.unit());
          }
        }
      }));
      files.file("plans.csv", CsvRows.table(t -> {
        List<String[]> rows = planRows(r);
        for (int i = 0; i < rows.size(); i++) {
          String[] row = rows.get(i);
          List<Object> cells = new ArrayList<>(List.of(row[0], i == 0 ? "entity_name" : decisionName(names, row[0])));
          cells.addAll(List.of(row).subList(1, row.length));
          t.row(cells.toArray());
        }
      }));
      List<ScenarioOutcome> reported = r.outcomes(r.reportedPlan());
      files.file("expected-prices.csv", CsvRows.table(t -> {
        List<String> head = new ArrayList<>(List.of(NameColumns.columns(NameColumns.headerOf("region", "regions"),
            "period", "expectedCnyPerMwh")));
        reported.forEach(o -> head.add(o.scenario() + "CnyPerMwh"));
        t.header(head.toArray(String[]::new));
        for (Map.Entry<String, Double> p : expectedPrices(r).entrySet()) {
          List<Object> row = new ArrayList<>(List.of(NameColumns.cells(names.idOf("regions",
              p.getKey().substring(0, p.getKey().indexOf('/'))), p.getKey().substring(p.getKey().indexOf('/') + 1),
              p.getValue())));
          reported.forEach(o -> row.add(o.powerPrices().get(p.getKey())));
          t.row(row.toArray());
        }
      }));
      for (ScenarioOutcome o : reported) {
        files.file("scenarios/" + o.scenario() + "/instance.json",
            w -> w.write(InstanceWriter.toJson(o.solution().instance())));
        files.file("scenarios/" + o.scenario() + "/solution.json",
            w -> Json.writer().writeValue(w, o.solution().tree()));
      }
      // every other plan's scenario solutions, so that the verifier recomputes EEV, WS, EVPI and VSS from files
      for (ScenarioOutcome o : r.outcomes()) {
        if (!o.plan().equals(r.reportedPlan()) && o.solution() != null) {
          files.file("plans/" + o.plan() + "/" + o.scenario() + "/solution.json",
              w -> Json.writer().writeValue(w, o.solution().tree()));
        }
      }
    }
  }
}
