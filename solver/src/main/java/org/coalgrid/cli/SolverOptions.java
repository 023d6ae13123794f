package org.coalgrid.cli;

import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.solve.Backend;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The solve options shared by commands that solve ({@code solve}, {@code check-targets}): a picocli mixin. */
final class SolverOptions {
  @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME",
      description = "Backend: auto (default: glop for LPs, highs for MILPs), glop, clp, pdlp, highs, scip, cbc, cp-sat.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "cost: least system cost with planned industry output (default); welfare: cost minus industry "
          + "value added, output free between its bounds.")
  String objective;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
      description = "Wall-clock limit for each solve (default ${DEFAULT-VALUE} s; 0 = none).")
  double timeLimit;

  @Option(names = "--gap", defaultValue = "1e-4", paramLabel = "REL",
      description = "Relative MIP gap at which a MILP counts as optimal (default ${DEFAULT-VALUE}).")
  double gap;

  ObjectiveMode mode(CommandLine cmd) {
    return SolveCommand.parseMode(objective, cmd);
  }

  /** The backend: the named one, or for auto GLOP for LPs and HiGHS for MILPs. */
  Backend backend(Instance in, CommandLine cmd) {
    return solver.equalsIgnoreCase("auto")
        ? (in.hasIntegerDecisions() ? SolveCommand.DEFAULT_MIP : SolveCommand.DEFAULT_LP)
        : SolveCommand.parseBackend(solver, "--solver", cmd);
  }
}
