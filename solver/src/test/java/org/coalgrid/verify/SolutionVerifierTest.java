package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.coalgrid.domain.Instance;
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
}
