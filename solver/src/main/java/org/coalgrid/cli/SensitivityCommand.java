package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.RangingResult;
import org.coalgrid.api.Settings;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.SensitivityTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid sensitivity INSTANCE}: LP ranging of caps and cost coefficients. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
    description = "LP sensitivity ranging: for each cap, how far its bound can move with the same shadow price; for "
        + "each cost coefficient, how far it can move with the same allocation. Computed from the optimal basis "
        + "(GLOP or CLP); MILPs are not ranged. See docs/whatif.md for the method and its limits.")
final class SensitivityCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--solver", defaultValue = "glop", paramLabel = "glop|clp",
      description = "LP backend that reports a basis: glop (default) or clp.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "Objective: cost (default) or welfare.")
  String objective;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionValues.Top.class,
      description = "Rows per table on the console (default ${DEFAULT-VALUE}; 0 = all).")
  int top;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write sensitivity_caps.csv, sensitivity_costs.csv and sensitivity_bounds.csv into DIR.")
  Path out;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    Settings settings = SolverOptions.objective(Settings.defaults(), objective, cmd);
    settings = SolverOptions.solver(settings, solver, "--solver", cmd);
    if (!settings.reportsBasis()) {
      throw new CommandLine.ParameterException(cmd, "--solver must be glop or clp for sensitivity: only they report "
          + "a simplex basis through OR-Tools 9.15 (got '" + solver + "')");
    }
    CoalGrid grid = CoalGrid.create(scenario.apply(settings));
    WhatIf whatIf = scenario.whatIf(cmd);
    try (AtomicOutput files = CommandSupport.openSet(out, "sensitivity", "--out", instance)) {
      return run(cmd, grid, whatIf, files);
    }
  }

  private int run(CommandLine cmd, CoalGrid grid, WhatIf whatIf, AtomicOutput files) throws CoalGridException {
    PrintWriter o = cmd.getOut();
    PlanningCase c = CommandSupport.load(grid, instance, whatIf, cmd.getErr());
    RangingResult r = quiet.run(cmd.getErr(), "sensitivity", grid, g -> g.sensitivity(c));
    if (!r.optimal()) {
      o.println(instance + ": " + r.status() + " " + r.message() + "; no ranging without an optimum");
      o.flush();
      return r.exitCode();
    }
    SensitivityTables.print(o, instance.toString(), solver, r.ranges(), r.objectiveCny(), top);
    if (files != null) {
      try {
        SensitivityTables.writeCsv(files, r.ranges(), c.instance());
        files.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(cmd.getErr(), out, e);
      }
      o.println("Wrote " + out.resolve("sensitivity_caps.csv") + ", sensitivity_costs.csv, sensitivity_bounds.csv");
    }
    o.flush();
    return ExitCodes.OK;
  }
}
