package org.coalgrid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.Pathways;
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
        + "id that meta.sources does not define is an error). A pathway file (docs/pathway.md) is checked whole: its "
        + "pathway section and the instance of every year it derives. Exit code 0 if valid, 2 if not.")
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
  public Integer call() throws CoalGridException {
    CommandLine cmd = spec.commandLine();
    if (Pathways.isPathway(instance)) {
      return pathway(cmd);
    }
    PlanningCase c = CommandSupport.load(CoalGrid.create(scenario.apply(Settings.defaults())), instance,
        scenario.whatIf(cmd), cmd.getErr());
    cmd.getOut().println(ConsoleSummary.valid(instance.toString(), c.scenario().size(), c.instance()));
    if (provenance) {
      cmd.getOut().print(ProvenanceText.render(c.tree()));
    }
    cmd.getOut().flush();
    return ExitCodes.OK;
  }

  /** A pathway file: its pathway section and every year it derives, checked as {@code coalgrid pathway} reads it. */
  private int pathway(CommandLine cmd) throws CoalGridException {
    if (!scenario.sets.isEmpty()) {
      throw new CommandLine.ParameterException(cmd, "--set does not apply to a pathway file: give the change from a "
          + "year on in its pathway.changes (docs/pathway.md)");
    }
    Pathways.Case c = new Pathways(CoalGrid.create(scenario.apply(Settings.defaults()))).load(instance);
    CommandSupport.warnings(cmd.getErr(), c.source(), c.warningLines());
    CommandSupport.warnings(cmd.getErr(), c.source(), c.noteLines());
    cmd.getOut().println(c.validLine());
    if (provenance) {
      cmd.getOut().print(ProvenanceText.render(c.tree()));
    }
    cmd.getOut().flush();
    return ExitCodes.OK;
  }
}
