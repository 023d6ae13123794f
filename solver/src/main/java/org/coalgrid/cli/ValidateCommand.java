package org.coalgrid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.Settings;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.ProvenanceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid validate INSTANCE}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check an instance file without solving: every problem is listed with its JSON path (a source "
        + "id that meta.sources does not define is an error). Exit code 0 if valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--provenance", description = "Also count the instance's numbers by where they come from (a seed "
      + "quote, an external reference, an assumption, nothing) and list the unsourced ones.")
  boolean provenance;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InvalidInstanceException {
    CommandLine cmd = spec.commandLine();
    PlanningCase c = CommandSupport.load(CoalGrid.create(scenario.apply(Settings.defaults())), instance,
        scenario.whatIf(cmd), cmd.getErr());
    cmd.getOut().println(ConsoleSummary.valid(instance.toString(), c.scenario().size(), c.instance()));
    if (provenance) {
      cmd.getOut().print(ProvenanceText.render(c.tree()));
    }
    cmd.getOut().flush();
    return ExitCodes.OK;
  }
}
