package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.AllocationSolver;
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

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write solution.json and CSV tables into DIR (files appear only when complete).")
  Path out;

  @Option(names = "--quiet", description = "Print only the status line.")
  boolean quiet;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    CommandLine cmd = spec.commandLine();
    solverOptions.check(cmd);
    ObjectiveMode mode = solverOptions.mode(cmd);
    InstanceLoader.Loaded li;
    try {
      li = InstanceLoader.load(instance, scenario.overrides(spec.commandLine()), err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    Instance in = li.instance();
    SolverSettings settings = solverOptions.settings(in, cmd);
    SolveOutcome outcome = AllocationSolver.solve(in, mode, settings);
    AllocationResult result = ResultBuilder.build(outcome, in.meta().name(), li.scenario());
    if (quiet) {
      o.println(instance + ": " + result.status()
          + (result.objective() != null ? " objective " + result.objective().totalCny() + " CNY" : ""));
    } else {
      for (var a : li.scenario()) {
        o.println("What-if --set " + a.text() + "  (" + a.jsonPath() + " was "
            + (a.previous() == null ? "absent" : a.previous().toString()) + ")");
      }
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
