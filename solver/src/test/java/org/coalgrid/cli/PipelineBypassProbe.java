package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.SolutionVerifier;

/**
 * Not a command and never run: a command-line class that solves and verifies without the API, for
 * ArchitectureTest to show that its rule catches this (and lets the reading of returned values pass).
 */
public final class PipelineBypassProbe {
  private PipelineBypassProbe() {}

  static Object bypass(Instance in, SolverSettings s, JsonNode tree) {
    SolveOutcome out = AllocationSolver.solve(in, ObjectiveMode.COST, s);
    Object raw = out.raw();
    Backend glop = Backend.GLOP;
    return raw == null || glop == null ? null : SolutionVerifier.verify(in, tree);
  }
}
