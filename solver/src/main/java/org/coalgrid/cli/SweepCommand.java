package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.SweepPlan;
import org.coalgrid.api.SweepResult;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleProgress;
import org.coalgrid.output.SweepTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid sweep INSTANCE --param PATH --from A --to B --steps N}. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve a one-parameter series: PATH (as for --set) from A to B in N evenly spaced steps; print a "
        + "table and write a CSV of status, objective, KPIs, the parameter's own shadow price and the finite "
        + "difference that checks it, one row per step.")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--param", required = true, paramLabel = "PATH",
      description = "Numeric field to sweep, addressed as for --set (e.g. lines.hvdc-gy-gd.capacityMw).")
  String param;

  @Option(names = "--from", required = true, paramLabel = "A", converter = OptionValues.Value.class,
      description = "First value.")
  double from;

  @Option(names = "--to", required = true, paramLabel = "B", converter = OptionValues.Value.class,
      description = "Last value.")
  double to;

  @Option(names = "--steps", required = true, paramLabel = "N", converter = OptionValues.Steps.class,
      description = "Number of values, both ends included (2 to 10000, or 1 for A alone).")
  int steps;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the series as CSV (written only when complete).")
  Path out;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(solverOptions.settings(cmd)));
    WhatIf fixed = scenario.whatIf(cmd);
    try (AtomicOutput target = CommandSupport.openFile(out, "--out", instance)) {
      return run(cmd, grid, fixed, target);
    }
  }

  private int run(CommandLine cmd, CoalGrid grid, WhatIf fixed, AtomicOutput target) throws CoalGridException {
    PrintWriter err = cmd.getErr();
    PrintWriter o = cmd.getOut();
    SweepPlan plan;
    org.coalgrid.api.Pathways.requireSingleYear(instance);
    try {
      plan = grid.sweep(instance, fixed, param, from, to, steps);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--param " + param + ": not a path");
    } catch (InvalidInstanceException e) {
      return CommandSupport.failed(err, e, "--param");
    }
    String unit = plan.unit().isEmpty() ? "unit" : plan.unit();
    o.println(SweepTable.heading(param, from, to, unit, steps, fixed.asOptions()));
    o.flush();
    ConsoleProgress progress = quiet.start(err, "sweep");
    SweepResult result;
    try {
      result = plan.run(SweepTable.progress(progress, steps, plan::value));
    } finally {
      ConsoleProgress.close(progress);
    }
    SweepTable.print(o, result.steps(), unit);
    if (target != null) {
      try {
        target.write(w -> SweepTable.writeCsv(w, result.steps(), result.generationTypes(), result.unit()));
        target.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, out, e);
      }
      o.println("Wrote " + out + " (" + result.steps().size() + " rows)");
    }
    o.flush();
    return result.exitCode();
  }
}
