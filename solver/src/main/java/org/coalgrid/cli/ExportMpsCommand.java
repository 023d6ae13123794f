package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.ModelStats;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.Settings;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid export-mps INSTANCE FILE}. */
@Command(name = "export-mps", mixinStandardHelpOptions = true,
    description = "Write the exact model as free-format MPS, with row and column names built from domain ids "
        + "(objective row COST, in million CNY; coal in kt, power in MW, stored energy in GWh).")
final class ExportMpsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Parameters(index = "1", paramLabel = "FILE", description = "MPS file to write.")
  Path file;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "Objective: cost (default) or welfare.")
  String objective;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(SolverOptions.objective(Settings.defaults(), objective, cmd)));
    WhatIf whatIf = scenario.whatIf(cmd);
    ModelStats m;
    try (AtomicOutput target = CommandSupport.openFile(file, "output", instance)) {
      PlanningCase c = CommandSupport.load(grid, instance, whatIf, cmd.getErr());
      try {
        m = grid.exportMps(c, target);
        target.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(cmd.getErr(), file, e);
      }
    }
    cmd.getOut().printf("%s: %d columns (%d integer), %d rows, %d nonzeros%n", file, m.columns(), m.integerColumns(),
        m.rows(), m.nonzeros());
    return ExitCodes.OK;
  }
}
