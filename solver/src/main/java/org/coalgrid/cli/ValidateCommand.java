package org.coalgrid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
  public Integer call() {
    var out = spec.commandLine().getOut();
    try {
      var li = InstanceLoader.load(instance, scenario.overrides(spec.commandLine()), spec.commandLine().getErr());
      var in = li.instance();
      String with = li.scenario().isEmpty() ? "" : " with " + li.scenario().size() + " override"
          + (li.scenario().size() == 1 ? "" : "s");
      out.printf("%s%s: valid (%s; %d periods, %d regions, %d mines, %d plants, %d lines, %d industries, "
          + "%d policies%s)%n", instance, with, in.meta().name(), in.periods().size(), in.regions().size(), in.mines().size(),
          in.plants().size(), in.lines().size(), in.industries().size(), in.policies().size(),
          in.hasIntegerDecisions() ? "; MILP" : "; LP");
      out.flush();
      return ExitCodes.OK;
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
  }
}
