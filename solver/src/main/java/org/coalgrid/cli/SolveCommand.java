package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.AllocationSolver;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveOutcome;
import org.coalgrid.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid solve INSTANCE}. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve an instance and print the allocation summary; --out writes solution.json and CSV tables.")
final class SolveCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME",
      description = "Backend: auto (default: glop for LPs, highs for MILPs), glop, clp, pdlp, highs, scip, cbc, cp-sat.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "cost: least system cost with planned industry output (default); welfare: cost minus industry "
          + "value added, output free between its bounds.")
  String objective;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
      description = "Wall-clock limit for the solve (default ${DEFAULT-VALUE} s; 0 = none).")
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

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write solution.json and CSV tables into DIR (files appear only when complete).")
  Path out;

  @Option(names = "--quiet", description = "Print only the status line.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show the backend's own log.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The default backend for LPs: the fastest one whose duals pass the certificate (see docs/solvers.md). */
  static final Backend DEFAULT_LP = Backend.GLOP;
  /** The default backend for MILPs (prices then come from the price solver). */
  static final Backend DEFAULT_MIP = Backend.HIGHS;

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

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    ObjectiveMode mode = parseMode(objective, spec.commandLine());
    Backend price = parseBackend(priceSolver, "--price-solver", spec.commandLine());
    if (price.supportsInteger() || !price.trustedDuals()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--price-solver must be an LP backend with checked duals: glop, clp or pdlp; got '" + priceSolver + "'");
    }
    if (timeLimit < 0 || threads < 1 || gap < 0 || gap >= 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "need --time-limit >= 0, --threads >= 1 and 0 <= --gap < 1");
    }
    LoadedInstance li;
    try {
      li = InstanceLoader.load(instance, err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    Instance in = li.instance();
    if (!MemoryCheck.fits(in, err)) {
      return ExitCodes.BAD_INPUT;
    }
    Backend backend = solver.equalsIgnoreCase("auto")
        ? (in.hasIntegerDecisions() ? DEFAULT_MIP : DEFAULT_LP) : parseBackend(solver, "--solver", spec.commandLine());
    SolverSettings settings = new SolverSettings(backend, timeLimit, threads, gap, price, verbose);
    SolveOutcome outcome = AllocationSolver.solve(in, mode, settings);
    AllocationResult result = ResultBuilder.build(outcome, in.meta().name());
    if (quiet) {
      o.println(instance + ": " + result.status()
          + (result.objective() != null ? " objective " + result.objective().totalCny() + " CNY" : ""));
    } else {
      o.print(ConsoleSummary.render(result, in, outcome.buildSeconds(), outcome.solveSeconds()));
    }
    o.flush();
    if (out != null) {
      try (AtomicOutput files = new AtomicOutput(out)) {
        files.file("solution.json", w -> Json.writer().writeValue(w, result));
        if (result.objective() != null) {
          CsvTables.writeAll(result, files);
        }
        files.commit();
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out.resolve("solution.json") + (result.objective() != null ? " and CSV tables" : ""));
    }
    return outcome.raw().status().exitCode();
  }
}
