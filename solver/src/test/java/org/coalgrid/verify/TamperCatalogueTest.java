package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Named kinds of tampering with a written solution.json (issue 17 lists those that used to pass), each of which
 * must fail {@code coalgrid verify} with the named check: prices, KPIs, totals, utilisation figures, policy
 * activities and shadow prices, the binding list, the certificate, the status and the scenario among them.
 * {@link SolutionMutationTest} changes every number; these cases also change texts, flags and list entries.
 */
class TamperCatalogueTest {
  static WrittenSolution tutorial;
  static WrittenSolution build;
  static WrittenSolution what;
  /** The tutorial with two unit-sanity warnings: a tariff in CNY/kWh and a line in kW (the plan stays feasible). */
  static WrittenSolution warned;

  @BeforeAll
  static void solve() throws Exception {
    tutorial = WrittenSolution.solve("tutorial.json", SolverSettings.defaults(Backend.GLOP));
    build = WrittenSolution.solve("tutorial-build.json", SolverSettings.defaults(Backend.HIGHS));
    what = WrittenSolution.solve("tutorial.json", SolverSettings.defaults(Backend.GLOP), "policies.cap-co2.limit=3e7");
    warned = WrittenSolution.solve("tutorial.json", SolverSettings.defaults(Backend.GLOP),
        "directSupplies.ds-qingzhen-smelter.tariffCnyPerMwh=0.35", "lines.ac-bj-gy.capacityMw=2000000");
  }

  @Test
  void genuineSolutionsPass() {
    for (WrittenSolution w : new WrittenSolution[] {tutorial, build, what, warned}) {
      VerificationReport r = w.verify(w.solution());
      assertTrue(r.passed(), r.format());
    }
    assertTrue(what.solution().path("scenario").size() == 1, "the what-if records its --set");
    assertEquals(2, warned.solution().path("warnings").size(), warned.solution().path("warnings").toString());
  }

  /** The warnings are recomputed from the instance: one changed, added, removed or moved fails "warnings". */
  @Test
  void tamperedWarningsFail() {
    List<Consumer<ObjectNode>> edits = List.of(
        s -> ((ArrayNode) s.get("warnings")).set(0, TextNode.valueOf(s.get("warnings").get(0).asText()
            .replaceAll("\\d", "7"))),
        s -> ((ArrayNode) s.get("warnings")).add("$.plants[0].capacityMw: warning: 1200000 looks like kW"),
        s -> ((ArrayNode) s.get("warnings")).remove(1),
        s -> s.remove("warnings"),
        s -> {
          ArrayNode a = (ArrayNode) s.get("warnings");
          JsonNode first = a.remove(0);
          a.add(first);
        });
    for (Consumer<ObjectNode> edit : edits) {
      ObjectNode copy = warned.solution().deepCopy();
      edit.accept(copy);
      assertFalse(copy.equals(warned.solution()), "the edit changed nothing");
      VerificationReport r = warned.verify(copy);
      assertTrue(r.failed("warnings"), copy.path("warnings") + ":\n" + r.format());
    }
    // a warning invented for an instance that gives none
    ObjectNode copy = tutorial.solution().deepCopy();
    copy.putArray("warnings").add("$.meta.vollCnyPerMwh: warning: 5 looks like CNY/kWh");
    VerificationReport r = tutorial.verify(copy);
    assertTrue(r.failed("warnings"), r.format());
    assertTrue(r.format().contains("warnings $.meta.vollCnyPerMwh: the solution lists a warning the instance does "
        + "not give: '$.meta.vollCnyPerMwh: warning: 5 looks like CNY/kWh'"), r.format());
    assertFalse(r.format().contains("warnings warnings"), r.format());
  }

  /**
   * A number in a verifier message has at most 10 significant digits, no exponent, and its unit: "expected 0.3
   * share", never "expected 0.30000000000000004".
   */
  @Test
  void messagesShowNumbersWithUnitsNotRawDoubles() {
    ObjectNode copy = tutorial.solution().deepCopy();
    obj(copy, "kpis").putNull("localConversionRate");
    byId(copy, "lines", "ac-lps-gy").put("sentMwh", 0.1 + 0.2);
    VerificationReport r = tutorial.verify(copy);
    String text = r.format();
    assertNoRawDoubles(text);
    assertTrue(text.matches("(?s).*localConversionRate is missing; expected 0\\.\\d+ share.*"), text);
    assertTrue(text.contains("sentMwh as written 0.3 MWh"), text);
  }

  /** A number as digits and dots, with an exponent as Java's Double.toString writes one (1.2345E7). */
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*(?:E-?\\d+)?");

  /** Fails on a number with an exponent or more than 10 significant digits. */
  static void assertNoRawDoubles(String text) {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String n = m.group();
      assertFalse(n.contains("E"), "exponent in '" + n + "': " + text);
      String digits = n.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
      assertTrue(digits.length() <= 10, "raw double '" + n + "' in: " + text);
    }
  }

  record Case(String name, String solution, String check, Consumer<ObjectNode> edit) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // issue 17: these used to pass
        c("electricity price set to 999 CNY/MWh", "price", s -> at(s, "prices.electricity", 0).put("cnyPerMwh", 999.0)),
        c("coal price doubled", "price", s -> times(at(s, "prices.coal", 1), "cnyPerT", 2)),
        c("localConversionRate 0.798 -> 0.95", "report", s -> obj(s, "kpis").put("localConversionRate", 0.95)),
        c("generation of COAL doubled", "report", s -> times(obj(s, "kpis", "generationByTypeMwh"), "COAL", 2)),
        c("unit coal of large units 324 -> 300", "report", s -> obj(s, "kpis").put("unitCoalLargeGcePerKwh", 300.0)),
        c("a line's annual sentMwh doubled", "report", s -> times(byId(s, "lines", "ac-lps-gy"), "sentMwh", 2)),
        c("an arc's lossT set to 0", "report", s -> firstWith(s, "coalArcs", "lossT").put("lossT", 0.0)),
        c("a policy's activity changed", "policy report", s -> times(byId(s, "policies", "cap-coal"), "activity", 0.9)),
        c("a policy's shadow price changed", "policy report", s -> times(byId(s, "policies", "cap-co2"), "shadowPrice", 2)),
        c("a binding-cap entry removed", "binding", s -> ((ArrayNode) s.get("binding")).remove(0)),
        c("duality gap 0.5 with passed true", "certificate",
            s -> obj(s, "prices", "certificate").put("relativeDualityGap", 0.5).put("passed", true)),
        c("status OPTIMAL -> INFEASIBLE", "status", s -> s.put("status", "INFEASIBLE")),
        c("a scenario the instance does not have", "scenario", s -> s.putArray("scenario").addObject()
            .put("set", "policies.no-such-policy.limit=1").put("jsonPath", "$.policies[9].limit")),
        c("a plant's utilisation hours", "report", s -> times(byId(s, "plants", "pannan"), "utilisationHours", 1.1)),
        c("a plant's fuel tce", "report", s -> times(byId(s, "plants", "pannan"), "fuelTce", 0.9)),
        c("an industry's marginal cost", "price",
            s -> times(byId(s, "industries", "guiyang-smelter"), "marginalCostCnyPerT", 1.2)),
        // the plan
        c("mine above capacity", "mine bounds", s -> byId(s, "mines", "lps-large").put("outputT", 3e7)),
        c("plant output breaks the power balance", "power balance", s -> plus(period(s, "plants", "pannan", 0), "mw", 50)),
        c("arc flow breaks the coal balance", "coal balance",
            s -> plus(obj(byId(s, "coalArcs", "rail-lps-bj"), "flowsT"), "steam", 1e5)),
        c("pumped storage level", "pumped storage level", s -> plus(period(s, "plants", "wujiang-ps", 1), "levelMwh", 100)),
        c("hydro energy exceeded", "hydro energy", s -> times(period(s, "plants", "wujiang-hydro", 0), "mw", 1.5)),
        c("line above capacity", "line capacity", s -> period(s, "lines", "ac-lps-gd", 0).put("flowMw", 1e5)),
        c("export deliveries dropped", "export contract", s -> {
          for (JsonNode p : byId(s, "exports", "gd-contract").get("periods")) {
            ((ObjectNode) p).put("deliveredMw", 0.0);
          }
        }),
        c("industry output changed", "industry output", s -> plus(period(s, "industries", "guiyang-smelter", 0),
            "outputT", 1000)),
        c("coal demand not served", "coal demand", s -> byId(s, "coalDemands", "bijie-other-coal").put("servedT", 0.0)),
        c("direct supply above its maximum", "direct supply",
            s -> obj(byId(s, "directSupplies", "ds-qingzhen-smelter"), "mwByPeriod").put("wet-peak", 1e5)),
        c("less coal than the fuel needs", "plant fuel", s -> {
          ObjectNode coal = obj(byId(s, "plants", "nayong"), "coalT");
          coal.fieldNames().forEachRemaining(g -> times(coal, g, 0.9));
        }),
        c("coal from large mines set to 0", "policy", s -> {
          for (JsonNode p : s.get("plants")) {
            if (p.path("large").asBoolean() && p.get("coalFromLargeMinesT").isNumber()) {
              ((ObjectNode) p).put("coalFromLargeMinesT", 0.0);
            }
          }
        }),
        c("a cost term changed", "objective term", s -> plus(obj(s, "objective", "termsCny"), "MINING", 1e6)),
        c("the objective total changed", "objective total", s -> plus(obj(s, "objective"), "totalCny", -5e5)),
        // figures and prices
        c("CO2 KPI changed", "report", s -> obj(s, "kpis").put("co2T", 1.0)),
        c("a plant's scarcity rent changed", "price", s -> period(s, "plants", "bijie-wind", 0).put("rentCnyPerMwh", 1.0)),
        c("a congestion rent changed", "price", s -> period(s, "lines", "ac-lps-gd", 0).put("congestionRentCnyPerMwh",
            0.0)),
        c("a mine's capacity shadow price", "price", s -> byId(s, "mines", "lps-large").put("capacityShadowPriceCnyPerT",
            -50.0)),
        c("export marginal cost changed", "price", s -> period(s, "exports", "gd-contract", 0).put(
            "marginalCostCnyPerMwh", 100.0)),
        c("a heat price changed", "price", s -> times(at(s, "prices.heatCnyPerGj", 0), "cnyPerMwh", 2)),
        c("a row dual changed", "price", s -> times(obj(s, "prices", "rowDuals"), "power.guiyang.wet-peak", 1.01)),
        c("a dual no price shows changed", "complementary slackness",
            s -> times(obj(s, "prices", "rowDuals"), "fuel.pannan", 1.5)),
        c("an invented binding entry", "binding", s -> ((ArrayNode) s.get("binding")).add(s.get("binding").get(0))),
        c("a policy's binding flag flipped", "policy report", s -> byId(s, "policies", "cap-coal").put("binding", true)),
        c("model size changed", "model size", s -> plus(obj(s, "model"), "nonzeros", 1)),
        c("status OPTIMAL -> FEASIBLE", "status", s -> s.put("status", "FEASIBLE")),
        c("certificate says failed", "certificate", s -> obj(s, "prices", "certificate").put("passed", false)),
        c("prices withheld but still written", "price", s -> obj(s, "prices").put("available", false)),
        c("congested periods miscounted", "price", s -> plus(byId(s, "lines", "ac-lps-gd"), "congestedPeriods", -1)),
        c("available capacity of a plant", "report", s -> times(period(s, "plants", "pannan", 1), "availableMw", 1.1)),
        c("industry load in a period", "report", s -> times(period(s, "industries", "guiyang-smelter", 2), "loadMw", 1.1)),
        // the MILP and the what-if
        w("MIP gap figure changed", "build", "status", s -> obj(s, "objective").put("relativeGap", 0.05)),
        w("OPTIMAL outside the asked MIP gap", "build", "status", s -> {
          ObjectNode o = obj(s, "objective");
          double bound = o.get("totalCny").asDouble() - 0.02 * Math.abs(o.get("totalCny").asDouble());
          o.put("bestBoundCny", bound).put("relativeGap", 0.02);
        }),
        w("units built changed", "build", "builds", s -> {
          for (String list : new String[] {"plants", "lines"}) {
            for (JsonNode p : s.get(list)) {
              if (p.get("builtUnits").asInt() > 0) {
                ((ObjectNode) p).put("builtUnits", p.get("builtUnits").asInt() + 5);
              }
            }
          }
        }),
        w("the what-if's previous value", "what", "scenario", s -> at(s, "scenario", 0).put("previous", 2.6e7)),
        w("the what-if's value", "what", "scenario", s -> at(s, "scenario", 0).put("value", 3.5e7)),
        w("the what-if removed", "what", "policy report", s -> s.putArray("scenario")))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fails(Case k) {
    WrittenSolution w = switch (k.solution()) {
      case "build" -> build;
      case "what" -> what;
      default -> tutorial;
    };
    ObjectNode copy = w.solution().deepCopy();
    k.edit().accept(copy);
    assertFalse(copy.equals(w.solution()), "the edit changed nothing");
    VerificationReport r;
    try {
      r = w.verify(copy);
    } catch (MalformedSolutionException e) {
      throw new AssertionError(k.name() + ": expected a failed check '" + k.check() + "', got: " + e.getMessage());
    }
    assertFalse(r.passed(), k.name() + " passed verify");
    assertNoRawDoubles(r.format());
    assertTrue(r.failed(k.check()), k.name() + ": expected '" + k.check() + "' to fail, got:\n" + r.format());
  }

  static Case c(String name, String check, Consumer<ObjectNode> edit) {
    return new Case(name, "tutorial", check, edit);
  }

  static Case w(String name, String solution, String check, Consumer<ObjectNode> edit) {
    return new Case(name, solution, check, edit);
  }

  static ObjectNode obj(JsonNode root, String... path) {
    JsonNode n = root;
    for (String p : path) {
      n = n.get(p);
    }
    return (ObjectNode) n;
  }

  static ObjectNode at(JsonNode root, String dotted, int index) {
    JsonNode n = root;
    for (String p : dotted.split("\\.")) {
      n = n.get(p);
    }
    return (ObjectNode) n.get(index);
  }

  static ObjectNode byId(JsonNode root, String list, String id) {
    for (JsonNode n : root.get(list)) {
      if (n.path("id").asText().equals(id)) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no " + id + " in " + list);
  }

  static ObjectNode period(JsonNode root, String list, String id, int t) {
    return (ObjectNode) byId(root, list, id).get("periods").get(t);
  }

  static ObjectNode firstWith(JsonNode root, String list, String positiveField) {
    for (JsonNode n : root.get(list)) {
      if (n.path(positiveField).asDouble() > 0) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no " + list + " with " + positiveField + " > 0");
  }

  static void times(ObjectNode n, String field, double f) {
    n.put(field, n.get(field).asDouble() * f);
  }

  static void plus(ObjectNode n, String field, double d) {
    if (n.get(field).isIntegralNumber()) {
      n.put(field, n.get(field).asLong() + (long) d);
    } else {
      n.put(field, n.get(field).asDouble() + d);
    }
  }
}
