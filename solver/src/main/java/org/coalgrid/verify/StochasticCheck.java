package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.InstanceWriter;

/**
 * Checks the output set of {@code coalgrid stochastic} (docs/stochastic.md §3) against the instance, from the files
 * alone: every figure of {@code stochastic.json} is recomputed from the instance and the per-(plan, scenario)
 * solutions ({@code scenarios/<s>/solution.json} for the reported plan, {@code plans/<plan>/<s>/solution.json} for
 * the others). Checks, each named in a violation by its field:
 * <ul>
 *   <li>{@code scenarios}, {@code cvar}, {@code reportedPlan}: as the instance's {@code uncertainty} gives them;</li>
 *   <li>{@code plans}: one per kind (stochastic, risk-averse with CVaR, expected-value, wait-and-see per scenario),
 *   each deciding exactly the instance's first-stage decisions (candidate builds and potlines when first stage,
 *   the listed commitments), within their ranges (whole units up to maxUnits, φ ∈ [0, 1]);</li>
 *   <li>{@code outcomes}: one per plan and scenario; each solution passes the full {@link SolutionVerifier} against
 *   the scenario's single-year instance with the plan's commitments ({@link ScenarioYear}, written out here);
 *   <b>non-anticipativity</b>: the builds and potlines of every scenario's solution are the plan's; the cost is the
 *   solution's objective minus the commitment premium Σ premium·φ·firm; coal to power, hydro, export shortfall and
 *   unserved are the solution's KPIs; the mean power price is the hours-weighted mean of its certified prices of
 *   the internal regions (none when not certified); the written scenario instance is the derived one;</li>
 *   <li>{@code expectedCostCny} (Σ_s π_s·C_s per plan, WS over each scenario's own plan), {@code evpiCny} = RP −
 *   WS, {@code vssCny} = EEV − RP, {@code cvarCny} (CVaR_α of each plan's costs, the mean of the worst 1 − α), and
 *   {@code expectedPowerPricesCnyPerMwh} (Σ_s π_s·price_s of the reported plan);</li>
 *   <li>{@code optimality}: WS ≤ RP ≤ EEV, and each scenario's wait-and-see cost is at most its cost under any
 *   other plan (each within the relative MIP gap 10⁻⁴): a plan that is not what its kind says shows here.</li>
 * </ul>
 * The extensive form itself (its optimality beyond those bounds, its size) is not rebuilt: that would need the
 * model. Stateless.
 */
public final class StochasticCheck {
  /** Relative slack of the optimality bounds: the solver's default MIP gap. */
  static final double GAP = 1e-4;

  private StochasticCheck() {}

  /**
   * Checks {@code set} (a stochastic.json tree) against {@code base}, reading the set's other files through
   * {@code files} (a path relative to the set, '/'-separated; null when there is no such file).
   *
   * @throws MalformedSolutionException if stochastic.json lacks what the checks need
   */
  public static VerificationReport verify(Instance base, JsonNode set, Function<String, JsonNode> files) {
    Uncertainty u = base.uncertainty();
    if (u == null || u.scenarios().isEmpty()) {
      throw new MalformedSolutionException("the instance has no hydro scenarios (uncertainty.scenarios), so it is "
          + "not the instance of this stochastic.json");
    }
    Findings f = new Findings();
    List<Violation> inner = new ArrayList<>();
    int[] innerChecks = {0};
    List<HydroScenario> scs = u.scenarios();
    JsonNode writtenScs = need(set, "scenarios");
    f.same("scenarios", "scenarios", "ids", ids(writtenScs, "id"), scs.stream().map(HydroScenario::id).toList());
    for (int s = 0; s < Math.min(scs.size(), writtenScs.size()); s++) {
      f.written("scenarios", scs.get(s).id(), "probability", writtenScs.get(s).path("probability").asDouble(Double.NaN),
          scs.get(s).probability(), "share");
    }
    boolean risk = u.cvar() != null && u.cvar().weight() > 0 && scs.size() > 1;
    cvarFields(f, u, set);
    String reported = risk ? "risk-averse" : "stochastic";
    f.same("reportedPlan", "reportedPlan", "reportedPlan", set.path("reportedPlan").asText(null), reported);
    List<String> kinds = new ArrayList<>(List.of("stochastic"));
    if (risk) {
      kinds.add("risk-averse");
    }
    kinds.add("expected-value");
    List<String> planKeys = new ArrayList<>(kinds);
    scs.forEach(s -> planKeys.add("wait-and-see:" + s.id()));
    JsonNode plansNode = need(set, "plans");
    f.same("plans", "plans", "plan names", ids(plansNode), planKeys);
    Map<String, JsonNode> plans = new LinkedHashMap<>();
    for (String k : planKeys) {
      JsonNode p = plansNode.get(k);
      if (p != null) {
        plans.put(k, p);
        firstStage(f, base, k, p);
      }
    }
    kinds.add("wait-and-see");
    List<String> expectedPairs = new ArrayList<>();
    kinds.forEach(k -> scs.forEach(s -> expectedPairs.add(k + "/" + s.id())));
    JsonNode outcomes = need(set, "outcomes");
    List<String> pairs = new ArrayList<>();
    outcomes.forEach(o -> pairs.add(o.path("plan").asText() + "/" + o.path("scenario").asText()));
    f.same("outcomes", "outcomes", "plan/scenario pairs", pairs, expectedPairs);
    // cost C_s per kind (NaN: not solved), prices of the reported plan per scenario
    Map<String, double[]> costs = new LinkedHashMap<>();
    kinds.forEach(k -> costs.put(k, new double[scs.size()]));
    List<Map<String, Double>> prices = new ArrayList<>();
    for (JsonNode o : outcomes) {
      String kind = o.path("plan").asText();
      int s = indexOf(scs, o.path("scenario").asText());
      if (s < 0 || !costs.containsKey(kind)) {
        continue;
      }
      String key = kind.equals("wait-and-see") ? kind + ":" + scs.get(s).id() : kind;
      JsonNode plan = plans.get(key);
      if (plan == null) {
        costs.get(kind)[s] = Double.NaN;
        continue;
      }
      String file = kind.equals(reported) ? "scenarios/" + scs.get(s).id() + "/solution.json"
          : "plans/" + kind + "/" + scs.get(s).id() + "/solution.json";
      Map<String, Double> pr = outcome(f, base, scs.get(s), kind, plan, o, files, file, kind.equals(reported),
          inner, innerChecks);
      costs.get(kind)[s] = pr == null ? Double.NaN : o.path("cost").asDouble(Double.NaN);
      if (kind.equals(reported)) {
        prices.add(pr == null ? Map.of() : pr);
      }
    }
    double[] p = scs.stream().mapToDouble(HydroScenario::probability).toArray();
    JsonNode expected = need(set, "expectedCostCny");
    Map<String, Double> e = new LinkedHashMap<>();
    for (String k : kinds) {
      e.put(k, expectation(costs.get(k), p));
      money(f, "expectedCostCny", k, expected.get(k), e.get(k));
    }
    double rp = e.get("stochastic");
    double ws = e.get("wait-and-see");
    double eev = e.get("expected-value");
    money(f, "evpiCny", "EVPI = RP − WS", set.get("evpiCny"), rp - ws);
    money(f, "vssCny", "VSS = EEV − RP", set.get("vssCny"), eev - rp);
    if (u.cvar() != null) {
      JsonNode cv = need(set, "cvarCny");
      for (String k : kinds.subList(0, kinds.size() - 1)) {
        money(f, "cvarCny", k, cv.get(k), cvar(costs.get(k), p, u.cvar().alpha()));
      }
    }
    optimality(f, scs, costs, ws, rp, eev);
    expectedPrices(f, set, prices, p);
    List<Violation> all = new ArrayList<>(inner);
    all.addAll(f.violations());
    return new VerificationReport(all, f.checks() + innerChecks[0]);
  }

  private static void cvarFields(Findings f, Uncertainty u, JsonNode set) {
    JsonNode c = set.get("cvar");
    f.same("cvar", "cvar", "present", c != null && !c.isNull(), u.cvar() != null);
    if (u.cvar() != null && c != null) {
      f.written("cvar", "cvar", "alpha", c.path("alpha").asDouble(Double.NaN), u.cvar().alpha(), "share");
      f.written("cvar", "cvar", "weight", c.path("weight").asDouble(Double.NaN), u.cvar().weight(), "share");
    }
  }

  /** The plan decides exactly the instance's first-stage decisions, each within its range. */
  private static void firstStage(Findings f, Instance base, String key, JsonNode plan) {
    Uncertainty.FirstStage fs = base.uncertainty().firstStage();
    Map<String, Integer> plantMax = new TreeMap<>();
    if (fs.builds()) {
      base.plants().stream().filter(x -> x.build() != null).forEach(x -> plantMax.put(x.id(), x.build().maxUnits()));
    }
    Map<String, Integer> lineMax = new TreeMap<>();
    if (fs.builds()) {
      base.lines().stream().filter(x -> x.build() != null).forEach(x -> lineMax.put(x.id(), x.build().maxUnits()));
    }
    Map<String, Integer> potMax = new TreeMap<>();
    if (fs.potlines()) {
      base.industries().stream().filter(x -> x.potlines() != null)
          .forEach(x -> potMax.put(x.id(), x.potlines().count()));
    }
    units(f, key, "plantBuilds", plan.path("plantBuilds"), plantMax);
    units(f, key, "lineBuilds", plan.path("lineBuilds"), lineMax);
    units(f, key, "potlines", plan.path("potlines"), potMax);
    List<String> committed = fs.commitments().stream().map(Uncertainty.Commitment::export).sorted().toList();
    f.same("plans", key, "commitments", ids(plan.path("commitments")), committed);
    plan.path("commitments").fields().forEachRemaining(c -> f.require(c.getValue().isNumber()
        && c.getValue().asDouble() >= -1e-9 && c.getValue().asDouble() <= 1 + 1e-9, "plans", key + "/" + c.getKey(),
        "committed share " + c.getValue() + " is not in [0, 1]"));
  }

  private static void units(Findings f, String key, String field, JsonNode written, Map<String, Integer> max) {
    f.same("plans", key, field, ids(written), new ArrayList<>(max.keySet()));
    written.fields().forEachRemaining(x -> {
      Integer m = max.get(x.getKey());
      f.require(x.getValue().isIntegralNumber() && x.getValue().asInt() >= 0 && (m == null || x.getValue().asInt()
          <= m), "plans", key + "/" + field + "/" + x.getKey(), x.getValue() + " is not a whole number in [0, "
          + m + "]");
    });
  }

  /**
   * One (plan, scenario) outcome checked against its solution; returns its certified prices per "region/period"
   * (empty when not certified), or null when it has no solution.
   */
  private static Map<String, Double> outcome(Findings f, Instance base, HydroScenario s, String kind, JsonNode plan,
      JsonNode o, Function<String, JsonNode> files, String file, boolean reported, List<Violation> inner,
      int[] innerChecks) {
    String who = kind + "/" + s.id();
    f.written("outcomes", who, "probability", o.path("probability").asDouble(Double.NaN), s.probability(), "share");
    JsonNode sol = files.apply(file);
    boolean solvedAsWritten = o.path("cost").isNumber();
    if (sol == null) {
      f.require(!solvedAsWritten, "outcomes", who, "has a cost but no solution file " + file);
      return null;
    }
    f.same("outcomes", who, "status", o.path("status").asText(null), sol.path("status").asText(null));
    Map<String, Double> phi = new TreeMap<>();
    plan.path("commitments").fields().forEachRemaining(c -> phi.put(c.getKey(), c.getValue().asDouble()));
    Instance year = ScenarioYear.of(base, s, phi);
    if (reported) {
      sameInstance(f, who, year, files.apply("scenarios/" + s.id() + "/instance.json"));
    }
    JsonNode objective = sol.path("objective").path("totalCny");
    f.require(solvedAsWritten == objective.isNumber(), "outcomes", who, solvedAsWritten
        ? "has a cost but its solution has no objective" : "has no cost but its solution has one");
    if (!objective.isNumber()) {
      return null;
    }
    VerificationReport one = SolutionVerifier.verify(year, sol);
    innerChecks[0] += one.checks();
    one.violations().forEach(v -> inner.add(new Violation(v.check(), who + ":" + v.entities(), v.amount(), v.unit(),
        file + ": " + v.message())));
    nonAnticipative(f, base, who, plan, sol);
    double premium = 0;
    for (Uncertainty.Commitment c : base.uncertainty().firstStage().commitments()) {
      ExportContract x = base.exports().stream().filter(e -> e.id().equals(c.export())).findFirst().orElseThrow();
      premium += c.premiumCnyPerMwh() * phi.getOrDefault(c.export(), 0.0) * ScenarioYear.firmMwh(x);
    }
    f.written("outcomes", who, "cost", o.path("cost").asDouble(Double.NaN), objective.asDouble() - premium, "CNY");
    JsonNode k = sol.path("kpis");
    kpi(f, who, "coalToPower", o, k.path("coalToPowerT"), "t");
    kpi(f, who, "hydroGeneration", o, k.path("generationByTypeMwh").path("HYDRO"), "MWh");
    kpi(f, who, "exportShortfall", o, k.path("exportShortfallMwh"), "MWh");
    kpi(f, who, "unserved", o, k.path("unservedMwh"), "MWh");
    Map<String, Double> prices = new LinkedHashMap<>();
    if (!sol.path("prices").path("available").asBoolean(false)) {
      f.require(o.path("meanPowerPrice").isNull(), "outcomes", who, "meanPowerPrice is written but the solution's "
          + "prices are not certified");
      return prices;
    }
    Map<String, Double> hours = new LinkedHashMap<>();
    for (Period t : base.periods()) {
      hours.put(t.id(), t.hours());
    }
    double sum = 0;
    double h = 0;
    for (JsonNode pr : sol.path("prices").path("electricity")) {
      String region = pr.path("region").asText();
      double v = pr.path("cnyPerMwh").asDouble(Double.NaN);
      prices.put(region + "/" + pr.path("period").asText(), v);
      if (!base.isExternal(region)) {
        double ht = hours.getOrDefault(pr.path("period").asText(), 0.0);
        sum += v * ht;
        h += ht;
      }
    }
    if (h > 0) {
      f.written("outcomes", who, "meanPowerPrice", o.path("meanPowerPrice").asDouble(Double.NaN), sum / h, "CNY/MWh");
    }
    return prices;
  }

  /** Non-anticipativity: what the plan decides first is what every scenario's solution runs with. */
  private static void nonAnticipative(Findings f, Instance base, String who, JsonNode plan, JsonNode sol) {
    List<Plant> plants = base.plants();
    for (int i = 0; i < plants.size(); i++) {
      JsonNode d = plan.path("plantBuilds").get(plants.get(i).id());
      if (d != null) {
        f.same("non-anticipativity", who + "/" + plants.get(i).id(), "builtUnits (plan plantBuilds)",
            sol.path("plants").path(i).path("builtUnits").asInt(-1), d.asInt());
      }
    }
    List<Line> lines = base.lines();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode d = plan.path("lineBuilds").get(lines.get(i).id());
      if (d != null) {
        f.same("non-anticipativity", who + "/" + lines.get(i).id(), "builtUnits (plan lineBuilds)",
            sol.path("lines").path(i).path("builtUnits").asInt(-1), d.asInt());
      }
    }
    List<Industry> industries = base.industries();
    for (int i = 0; i < industries.size(); i++) {
      JsonNode d = plan.path("potlines").get(industries.get(i).id());
      if (d != null) {
        f.same("non-anticipativity", who + "/" + industries.get(i).id(), "potlinesRunning (plan potlines)",
            sol.path("industries").path(i).path("potlinesRunning").asInt(-1), d.asInt());
      }
    }
  }

  private static void kpi(Findings f, String who, String field, JsonNode o, JsonNode solution, String unit) {
    f.written("outcomes", who, field, o.path(field).asDouble(Double.NaN), solution.asDouble(0), unit);
  }

  /** The written scenario instance is the one derived here (numbers to the verifier's tolerance). */
  private static void sameInstance(Findings f, String who, Instance derived, JsonNode written) {
    if (written == null) {
      f.require(false, "outcomes", who, "the scenario's instance.json is missing");
      return;
    }
    JsonNode read;
    try {
      read = InstanceWriter.toTree(InstanceReader.read(written, who + "/instance.json").instance());
    } catch (InstanceException e) {
      f.require(false, "outcomes", who, "the scenario's instance.json is not a valid instance: "
          + e.problems().get(0).format());
      return;
    }
    String diff = difference("$", read, InstanceWriter.toTree(derived));
    f.require(diff == null, "scenario instance", who, "instance.json differs from the scenario derived from the "
        + "instance at " + diff);
  }

  /** The first JSON path where a and b differ (numbers within 10⁻⁹ relative), or null. */
  static String difference(String path, JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y))) ? null
          : path + " (" + x + " vs " + y + ")";
    }
    if (a.isObject() && b.isObject()) { // field order is not compared: per-period maps have none
      String keys = sameKeys(ids(a), ids(b));
      if (keys != null) {
        return path + " (" + keys + ")";
      }
      for (String k : ids(a)) {
        String d = difference(path + "." + k, a.get(k), b.get(k));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return path + " (" + a.size() + " vs " + b.size() + " items)";
      }
      for (int i = 0; i < a.size(); i++) {
        String d = difference(path + "[" + i + "]", a.get(i), b.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return a.equals(b) ? null : path + " (" + a + " vs " + b + ")";
  }

  /** Null if {@code a} and {@code b} hold the same keys in any order, else which are only in one of them. */
  private static String sameKeys(List<String> a, List<String> b) {
    java.util.Set<String> onlyA = new java.util.TreeSet<>(a);
    b.forEach(onlyA::remove);
    java.util.Set<String> onlyB = new java.util.TreeSet<>(b);
    a.forEach(onlyB::remove);
    return onlyA.isEmpty() && onlyB.isEmpty() && a.size() == b.size() ? null : "written only " + onlyA
        + ", expected only " + onlyB;
  }

  private static void optimality(Findings f, List<HydroScenario> scs, Map<String, double[]> costs, double ws,
      double rp, double eev) {
    bound(f, "WS ≤ RP", "wait-and-see", ws, "stochastic", rp);
    bound(f, "RP ≤ EEV", "stochastic", rp, "expected-value", eev);
    double[] own = costs.get("wait-and-see");
    for (Map.Entry<String, double[]> e : costs.entrySet()) {
      if (e.getKey().equals("wait-and-see")) {
        continue;
      }
      for (int s = 0; s < scs.size(); s++) {
        if (Double.isFinite(own[s]) && Double.isFinite(e.getValue()[s])) {
          bound(f, "wait-and-see is best in its scenario", "wait-and-see/" + scs.get(s).id(), own[s],
              e.getKey() + "/" + scs.get(s).id(), e.getValue()[s]);
        }
      }
    }
  }

  private static void bound(Findings f, String what, String lowName, double low, String highName, double high) {
    if (Double.isFinite(low) && Double.isFinite(high)) {
      f.le("optimality", what, lowName, low, highName, high, "CNY", GAP * (Math.abs(low) + Math.abs(high)) / 2
          / SolutionVerifier.REL_TOL);
    }
  }

  private static void expectedPrices(Findings f, JsonNode set, List<Map<String, Double>> prices, double[] p) {
    JsonNode written = need(set, "expectedPowerPricesCnyPerMwh");
    Map<String, Double> e = new LinkedHashMap<>();
    boolean all = prices.size() == p.length && prices.stream().noneMatch(Map::isEmpty);
    for (int s = 0; all && s < p.length; s++) {
      double ps = p[s];
      prices.get(s).forEach((k, v) -> e.merge(k, ps * v, Double::sum));
    }
    String keys = sameKeys(ids(written), new ArrayList<>(e.keySet()));
    f.require(keys == null, "expectedPowerPricesCnyPerMwh", "expected prices", "the region/period keys written "
        + "are not those of the scenarios' certified prices: " + keys);
    e.forEach((k, v) -> {
      if (written.has(k)) {
        f.written("expectedPowerPricesCnyPerMwh", k, "expected price", written.get(k).asDouble(Double.NaN), v,
            "CNY/MWh");
      }
    });
  }

  /** Σ π_s·C_s, +∞ when some scenario has no solution. */
  private static double expectation(double[] c, double[] p) {
    double s = 0;
    for (int i = 0; i < c.length; i++) {
      if (Double.isNaN(c[i])) {
        return Double.POSITIVE_INFINITY;
      }
      s += p[i] * c[i];
    }
    return s;
  }

  /**
   * CVaR_α: the probability-weighted mean of the costs in the worst 1 − α of the distribution (the scenario at the
   * boundary counted in part); +∞ when some scenario has no solution.
   */
  static double cvar(double[] c, double[] p, double alpha) {
    int n = c.length;
    boolean[] used = new boolean[n];
    double left = 1 - alpha;
    double tail = left;
    double worst = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (int k = 0; k < n; k++) {
      int w = -1;
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(c[i])) {
          return Double.POSITIVE_INFINITY;
        }
        if (!used[i] && (w < 0 || c[i] > c[w])) {
          w = i;
        }
      }
      used[w] = true;
      worst = Math.max(worst, c[w]);
      double take = Math.min(p[w], left);
      sum += take * c[w];
      left -= take;
    }
    return tail <= 0 ? worst : sum / tail;
  }

  /** A written money figure (null: infinite) against the recomputed one. */
  private static void money(Findings f, String field, String what, JsonNode written, double value) {
    if (!Double.isFinite(value) || written == null || written.isNull()) {
      f.same(field, what, field, written == null || written.isNull() ? "infinite (null)" : written.asText(),
          Double.isFinite(value) ? "a number" : "infinite (null)");
      return;
    }
    f.written(field, what, field, written.asDouble(Double.NaN), value, "CNY");
  }

  private static int indexOf(List<HydroScenario> scs, String id) {
    for (int i = 0; i < scs.size(); i++) {
      if (scs.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static List<String> ids(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode need(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      throw new MalformedSolutionException("stochastic.json has no " + field);
    }
    return v;
  }
}
