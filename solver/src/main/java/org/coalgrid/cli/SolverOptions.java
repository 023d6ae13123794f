package org.coalgrid.cli;

import org.coalgrid.api.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Solver and objective options shared by the commands that solve (a picocli mixin). */
final class SolverOptions {

  @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME",
      description = "Backend: auto (default: clp for LPs, scip for MILPs), glop, clp, pdlp, highs, scip, cbc, cp-sat.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "cost: least system cost with planned industry output (default); welfare: cost minus industry "
          + "value added, output free between its bounds.")
  String objective;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS", converter = OptionValues.Seconds.class,
      description = "Wall-clock limit for each solve (default ${DEFAULT-VALUE} s; 0 = none; at most a year).")
  double timeLimit;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Threads for backends that use them (SCIP up to 64, PDLP, CP-SAT; GLOP, CLP, HiGHS and CBC run "
          + "on one thread through OR-Tools 9.15; default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--gap", defaultValue = "1e-4", paramLabel = "REL", converter = OptionValues.Gap.class,
      description = "Relative MIP gap at which a MILP counts as optimal, in [0, 1) (default ${DEFAULT-VALUE}).")
  double gap;

  @Option(names = "--price-solver", defaultValue = "clp", paramLabel = "NAME",
      description = "LP backend for MILP prices (integers fixed, LP re-solved): clp (default), glop or pdlp.")
  String priceSolver;

  @Option(names = "--verbose", description = "Show the backend's own log.")
  boolean verbose;

  /** The objective alone (for commands without the other options); a bad name is a usage error (exit 2). */
  static Settings objective(Settings s, String objective, CommandLine cmd) {
    try {
      return s.withObjective(objective);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--objective " + e.getMessage());
    }
  }

  /** The backend alone, named by {@code option}; a bad name is a usage error (exit 2). */
  static Settings solver(Settings s, String solver, String option, CommandLine cmd) {
    try {
      return s.withSolver(solver);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, option + " " + e.getMessage());
    }
  }

  /** The settings from the options, checked before anything is read or solved (usage errors, exit 2). */
  Settings settings(CommandLine cmd) {
    Settings s = objective(Settings.defaults(), objective, cmd);
    try {
      s = s.withPriceSolver(priceSolver);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--price-solver " + e.getMessage());
    }
    s = solver(s, solver, "--solver", cmd);
    s = s.withTimeLimit(timeLimit).withGap(gap); // in range: checked by their converters
    if (threads > Settings.maxThreads(s.backend())) { // the backend's own limit (SCIP: 64)
      throw new CommandLine.ParameterException(cmd, "--threads " + threads + " is more than "
          + (s.backend() == null ? "auto takes (a MILP is solved by scip, which takes at most 64)"
              : s.backendName() + " takes (at most " + Settings.maxThreads(s.backend()) + ")"));
    }
    s = s.withThreads(threads);
    if (s.threadsIgnored()) {
      cmd.getErr().println("coalgrid: note: " + s.backendName() + " runs on one thread through OR-Tools 9.15; "
          + "--threads " + threads + " has no effect");
      cmd.getErr().flush();
    }
    return s.withVerbose(verbose);
  }
}
