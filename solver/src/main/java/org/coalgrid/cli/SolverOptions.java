package org.coalgrid.cli;

import java.util.Locale;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Solver and objective options shared by the commands that solve (a picocli mixin). */
final class SolverOptions {

  @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME",
      description = "Backend: auto (default: glop for LPs, scip for MILPs), glop, clp, pdlp, highs, scip, cbc, cp-sat.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "cost: least system cost with planned industry output (default); welfare: cost minus industry "
          + "value added, output free between its bounds.")
  String objective;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
      description = "Wall-clock limit for each solve (default ${DEFAULT-VALUE} s; 0 = none).")
  double timeLimit;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Threads for backends that use them (SCIP, CBC, CP-SAT; default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--gap", defaultValue = "1e-4", paramLabel = "REL",
      description = "Relative MIP gap at which a MILP counts as optimal (default ${DEFAULT-VALUE}).")
  double gap;

  @Option(names = "--price-solver", defaultValue = "glop", paramLabel = "NAME",
      description = "LP backend for MILP prices (integers fixed, LP re-solved): glop (default), clp or pdlp.")
  String priceSolver;

  @Option(names = "--verbose", description = "Show the backend's own log.")
  boolean verbose;

  static ObjectiveMode parseMode(String s, CommandLine cmd) {
    try {
      return ObjectiveMode.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--objective must be cost or welfare, got '" + s + "'");
    }
  }

  static Backend parseBackend(String s, String option, CommandLine cmd) {
    try {
      return Backend.parse(s);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, option + " must be one of auto, glop, "
          + "clp, pdlp, highs, scip, cbc, cp-sat; got '" + s + "'");
    }
  }

  ObjectiveMode mode(CommandLine cmd) {
    return parseMode(objective, cmd);
  }

  /** Checks the options (usage errors, exit 2) before anything is read or solved. */
  void check(CommandLine cmd) {
    parseMode(objective, cmd);
    Backend price = parseBackend(priceSolver, "--price-solver", cmd);
    if (price.supportsInteger() || !price.trustedDuals()) {
      throw new CommandLine.ParameterException(cmd,
          "--price-solver must be an LP backend with checked duals: glop, clp or pdlp; got '" + priceSolver + "'");
    }
    if (!solver.equalsIgnoreCase("auto")) {
      parseBackend(solver, "--solver", cmd);
    }
    if (timeLimit < 0 || threads < 1 || gap < 0 || gap >= 1) {
      throw new CommandLine.ParameterException(cmd, "need --time-limit >= 0, --threads >= 1 and 0 <= --gap < 1");
    }
  }

  /** The backend: the named one, or for auto GLOP for LPs and SCIP for MILPs. */
  Backend backend(Instance in, CommandLine cmd) {
    return solver.equalsIgnoreCase("auto")
        ? Backend.defaultFor(in.hasIntegerDecisions()) : parseBackend(solver, "--solver", cmd);
  }

  /** The settings for an instance: auto picks glop for an LP and highs for a MILP. */
  SolverSettings settings(Instance in, CommandLine cmd) {
    return new SolverSettings(backend(in, cmd), timeLimit, threads, gap,
        parseBackend(priceSolver, "--price-solver", cmd), verbose);
  }
}
