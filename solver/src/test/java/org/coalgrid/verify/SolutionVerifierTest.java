package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verifier passes the solver's own results and fails, naming the check, on tampered ones. */
class SolutionVerifierTest {
  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("instances").toFile().isDirectory()) {
      p = p.getParent();
    }
    return p;
  }

  static Instance tutorial;
  static Instance build;
  static JsonNode tutorialCost;
  static JsonNode buildCost;

  @BeforeAll
  static void solve() throws Exception {
    tutorial = InstanceReader.read(repo().resolve("instances/tutorial.json")).instance();
    build = InstanceReader.read(repo().resolve("instances/tutorial-build.json")).instance();
    AllocationResult a = Verified.solveAndVerify(tutorial, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
    AllocationResult b = Verified.solveAndVerify(build, ObjectiveMode.COST, SolverSettings.defaults(Backend.HIGHS));
    tutorialCost = Json.MAPPER.valueToTree(a);
    buildCost = Json.MAPPER.valueToTree(b);
  }

  @Test
  void passesTheSolvedTutorials() {
    VerificationReport r = SolutionVerifier.verify(tutorial, tutorialCost);
    assertTrue(r.passed(), r.format());
    assertTrue(r.checks() > 300, "checks: " + r.checks());
    assertTrue(r.format().startsWith("verified: "));
    VerificationReport b = SolutionVerifier.verify(build, buildCost);
    assertTrue(b.passed(), b.format());
    assertTrue(buildCost.path("plants").toString().contains("\"builtUnits\":1")
        || buildCost.path("lines").toString().contains("\"builtUnits\":1"), "expected a build in tutorial-build");
  }

  @Test
  void passesInWelfareMode() {
    Verified.solveAndVerify(tutorial, ObjectiveMode.WELFARE, SolverSettings.defaults(Backend.GLOP));
    Verified.solveAndVerify(build, ObjectiveMode.WELFARE, SolverSettings.defaults(Backend.HIGHS));
  }

  // ------------------------------------------------------------ tampering

  static ObjectNode find(JsonNode root, String list, String id) {
    for (JsonNode n : root.get(list)) {
      if (n.path("id").asText().equals(id)) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no " + id + " in " + list);
  }

  static ObjectNode firstWith(JsonNode root, String list, String periodField) {
    for (JsonNode n : root.get(list)) {
      JsonNode p = n.path("periods").path(0).get(periodField);
      if (p != null && !p.isNull()) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no " + list + " with " + periodField);
  }

  static ObjectNode period(ObjectNode entity, int t) {
    return (ObjectNode) entity.get("periods").get(t);
  }

  /** Verifies a tampered copy of the tutorial's solution; asserts that {@code check} fails and returns the report. */
  static VerificationReport tampered(String check, Consumer<ObjectNode> edit) {
    ObjectNode copy = tutorialCost.deepCopy();
    edit.accept(copy);
    VerificationReport r = SolutionVerifier.verify(tutorial, copy);
    assertFalse(r.passed());
    assertTrue(r.failed(check), "expected '" + check + "' to fail, got:\n" + r.format());
    return r;
  }

  static Violation only(VerificationReport r, String check) {
    return r.violations().stream().filter(v -> v.check().equals(check)).findFirst().orElseThrow();
  }

  @Test
  void mineOverCapacity() {
    VerificationReport r = tampered("mine bounds", s -> {
      ObjectNode m = find(s, "mines", "lps-large");
      m.put("outputT", m.get("capacityT").asDouble() + 1e6);
    });
    Violation v = only(r, "mine bounds");
    assertEquals("lps-large", v.entities());
    assertEquals(1e6, v.amount(), 1.0);
    assertEquals("t", v.unit());
    assertTrue(r.failed("washing"), "washing shares no longer hold:\n" + r.format());
  }

  @Test
  void plantOutputBreaksPowerBalanceAndFuel() {
    VerificationReport r = tampered("power balance", s -> {
      ObjectNode p = period(find(s, "plants", "pannan"), 0);
      p.put("mw", p.get("mw").asDouble() + 50);
    });
    Violation v = only(r, "power balance");
    assertEquals("liupanshui/" + tutorial.periods().get(0).id(), v.entities());
    assertEquals(50, v.amount(), 1e-6);
    assertTrue(v.message().startsWith("power balance liupanshui/"), v.message());
    assertTrue(v.message().contains("(off by 50 MW)"), v.message());
    assertTrue(r.failed("plant fuel"));
    assertTrue(r.failed("objective term"));
  }

  @Test
  void arcFlowBreaksCoalBalance() {
    VerificationReport r = tampered("coal balance", s -> {
      ObjectNode flows = (ObjectNode) find(s, "coalArcs", "rail-lps-bj").get("flowsT");
      flows.put("steam", flows.get("steam").asDouble() + 1e5);
    });
    assertTrue(r.violations().stream().anyMatch(v -> v.check().equals("coal balance")
        && v.entities().equals("liupanshui/steam")), r.format());
    assertTrue(r.failed("objective term"), "TRANSPORT changed:\n" + r.format());
  }

  @Test
  void arcOverCapacity() {
    tampered("arc capacity", s -> {
      ObjectNode arc = find(s, "coalArcs", "rail-lps-bj");
      ((ObjectNode) arc.get("flowsT")).put("steam", arc.get("capacityT").asDouble() * 1.01);
    });
  }

  @Test
  void costTermAndTotal() {
    VerificationReport r = tampered("objective term", s -> {
      ObjectNode terms = (ObjectNode) s.get("objective").get("termsCny");
      terms.put("MINING", terms.get("MINING").asDouble() + 1e6);
    });
    assertEquals(1, r.violations().size(), r.format());
    assertEquals("MINING", r.violations().get(0).entities());
    assertEquals("CNY", r.violations().get(0).unit());
    VerificationReport t = tampered("objective total", s -> {
      ObjectNode o = (ObjectNode) s.get("objective");
      o.put("totalCny", o.get("totalCny").asDouble() - 5e5);
    });
    assertEquals(1, t.violations().size(), t.format());
    assertEquals(5e5, t.violations().get(0).amount(), 1.0);
  }

  @Test
  void outboundPolicy() {
    VerificationReport r = tampered("policy", s -> {
      ObjectNode flows = (ObjectNode) find(s, "coalArcs", "rail-lps-out").get("flowsT");
      flows.put("washed", flows.get("washed").asDouble() + 2e5);
    });
    assertTrue(only(r, "policy").entities().startsWith("cap-outbound"), r.format());
  }

  @Test
  void largeMinesToLargePlants() {
    VerificationReport r = tampered("policy", s -> {
      for (JsonNode p : s.get("plants")) {
        if (p.path("large").asBoolean() && p.get("coalFromLargeMinesT").isNumber()) {
          ((ObjectNode) p).put("coalFromLargeMinesT", 0.0);
        }
      }
    });
    assertTrue(only(r, "policy").entities().startsWith("big-coal-big-power"), r.format());
  }

  @Test
  void storageLevel() {
    VerificationReport r = tampered("pumped storage level", s -> {
      ObjectNode p = period(find(s, "plants", "wujiang-ps"), 1);
      p.put("levelMwh", p.get("levelMwh").asDouble() + 100);
    });
    assertTrue(only(r, "pumped storage level").entities().startsWith("wujiang-ps/"));
    tampered("pumped storage bounds", s -> period(find(s, "plants", "wujiang-ps"), 2).put("levelMwh", -10.0));
  }

  @Test
  void hydroEnergy() {
    tampered("hydro energy", s -> {
      ObjectNode p = period(find(s, "plants", "wujiang-hydro"), 0);
      p.put("mw", p.get("mw").asDouble() * 1.5);
    });
  }

  @Test
  void lineCapacity() {
    tampered("line capacity", s -> {
      ObjectNode p = period((ObjectNode) s.get("lines").get(0), 0);
      p.put("flowMw", p.get("capacityMw").asDouble() + 10);
    });
  }

  @Test
  void exportContract() {
    tampered("export contract", s -> {
      for (JsonNode p : find(s, "exports", "gd-contract").get("periods")) {
        ((ObjectNode) p).put("deliveredMw", 0.0);
      }
    });
  }

  @Test
  void industryOutputAndProfile() {
    VerificationReport r = tampered("industry output", s -> {
      ObjectNode p = period(find(s, "industries", "guiyang-smelter"), 0);
      p.put("outputT", p.get("outputT").asDouble() + 1000);
    });
    assertTrue(r.failed("industry profile"), r.format());
  }

  @Test
  void coalDemandAndDirectSupply() {
    tampered("coal demand", s -> find(s, "coalDemands", "bijie-other-coal").put("servedT", 0.0));
    tampered("direct supply", s -> {
      ObjectNode by = (ObjectNode) find(s, "directSupplies", "ds-qingzhen-smelter").get("mwByPeriod");
      by.fieldNames().forEachRemaining(f -> by.put(f, 1e5));
    });
  }

  @Test
  void plantFuel() {
    tampered("plant fuel", s -> {
      ObjectNode coal = (ObjectNode) find(s, "plants", "nayong").get("coalT");
      coal.fieldNames().forEachRemaining(f -> coal.put(f, coal.get(f).asDouble() * 0.9));
    });
  }

  @Test
  void writtenFiguresAreChecked() {
    tampered("report", s -> ((ObjectNode) s.get("kpis")).put("co2T", 1.0));
  }

  @Test
  void genericPolicyIsEvaluatedOverTheSolution() {
    double produced = 0;
    for (JsonNode m : tutorialCost.get("mines")) {
      produced += m.get("outputT").asDouble();
    }
    Policy holds = new Policy("gen-ok", "coal and generation", null, PolicyType.GENERIC, produced + 10, List.of(),
        null, Sense.LE, List.of(new Policy.Term("coal.produced", 1.0), new Policy.Term("unserved.total", 1.0)));
    Policy fails = new Policy("gen-bad", "too little coal", null, PolicyType.GENERIC, produced * 1.01, List.of(),
        null, Sense.GE, List.of(new Policy.Term("coal.produced", 1.0)));
    // the solution was not solved with these policies, so its policy list and model size disagree too; of the
    // policy rows themselves only gen-bad fails
    VerificationReport r = SolutionVerifier.verify(withPolicies(tutorial, holds, fails), tutorialCost);
    List<Violation> policy = r.violations().stream().filter(v -> v.check().equals("policy")).toList();
    assertEquals(1, policy.size(), r.format());
    assertTrue(policy.get(0).entities().startsWith("gen-bad"), r.format());
  }

  static Instance withPolicies(Instance in, Policy... extra) {
    List<Policy> ps = new ArrayList<>(in.policies());
    ps.addAll(List.of(extra));
    return new Instance(in.meta(), in.periods(), in.regions(), in.coalGrades(), in.mines(), in.coalArcs(),
        in.plants(), in.lines(), in.industries(), in.directSupplies(), in.demands(), in.coalDemands(), in.exports(),
        ps, in.targets());
  }

  @Test
  void malformedSolutions() {
    ObjectNode noMines = tutorialCost.deepCopy();
    noMines.remove("mines");
    assertThrows(MalformedSolutionException.class, () -> SolutionVerifier.verify(tutorial, noMines));
    ObjectNode infeasible = tutorialCost.deepCopy();
    infeasible.put("status", "INFEASIBLE");
    infeasible.putNull("objective");
    var e = assertThrows(MalformedSolutionException.class, () -> SolutionVerifier.verify(tutorial, infeasible));
    assertTrue(e.getMessage().contains("INFEASIBLE"), e.getMessage());
    ObjectNode text = tutorialCost.deepCopy();
    find(text, "mines", "lps-large").put("outputT", "lots");
    assertThrows(MalformedSolutionException.class, () -> SolutionVerifier.verify(tutorial, text));
    assertThrows(MalformedSolutionException.class, () -> SolutionVerifier.verify(build, tutorialCost));
  }
}
