package org.coalgrid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.output.ConsoleSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coalgrid validate INSTANCE}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check an instance file without solving: every problem is listed with its JSON path. "
        + "Exit code 0 if valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InvalidInstanceException {
    CommandLine cmd = spec.commandLine();
    PlanningCase c = CommandSupport.load(CoalGrid.create(), instance, scenario.whatIf(cmd), cmd.getErr());
    cmd.getOut().println(ConsoleSummary.valid(instance.toString(), c.scenario().size(), c.instance()));
    cmd.getOut().flush();
    return ExitCodes.OK;
  }
}
