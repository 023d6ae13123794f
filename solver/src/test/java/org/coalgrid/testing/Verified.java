package org.coalgrid.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.FamilyMirror;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;

/**
 * Solve an instance and check the written result with the independent {@link SolutionVerifier}, so every
 * test that solves something also checks that what would be printed is right:
 * <pre>
 *   AllocationResult r = Verified.solveAndVerify(instance, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
 * </pre>
 * Results without a solution (infeasible, unbounded, ...) are returned unchecked.
 */
public final class Verified {
  private Verified() {}

  /** Solves, builds the result, verifies it, and fails the calling test with the violations if any. */
  public static AllocationResult solveAndVerify(Instance instance, ObjectiveMode mode, SolverSettings settings) {
    SolveOutcome outcome = AllocationSolver.solve(instance, mode, settings);
    AllocationResult result = ResultBuilder.build(outcome, instance.meta().name());
    if (result.objective() != null) {
      verify(instance, result);
    }
    return result;
  }

  /** Verifies an already built result; fails the calling test with the violations if any. */
  public static VerificationReport verify(Instance instance, AllocationResult result) {
    JsonNode tree = Json.MAPPER.valueToTree(result);
    VerificationReport report = SolutionVerifier.verify(instance, tree);
    if (!report.passed()) {
      fail(instance.meta().name() + " (" + result.objectiveMode() + "): the solution FAILED independent "
          + "verification:\n" + report.format());
    }
    // and the verifier's checkers state exactly the rows of the model's families, family by family
    FamilyMirror.assertRowsMirror(instance, ObjectiveMode.valueOf(result.objectiveMode()), tree);
    return report;
  }
}
