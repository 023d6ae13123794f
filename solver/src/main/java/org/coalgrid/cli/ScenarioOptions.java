package org.coalgrid.cli;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.io.ScenarioOverride;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --set PATH=VALUE} option shared by every command that reads an instance (a picocli mixin). */
final class ScenarioOptions {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "What-if without editing the file (repeatable): set the field PATH, addressing lists by entity id, "
          + "e.g. --set lines.hvdc-gy-gd.capacityMw=3000 --set policies.cap-coal.limit=2.1e7. VALUE is JSON "
          + "(number, string, true/false, null, object, array) or else a plain string; it is checked like the file. "
          + "See docs/whatif.md.")
  List<String> sets = new ArrayList<>();

  /** The parsed overrides, in the order given; a malformed one is a usage error (exit 2). */
  List<ScenarioOverride> overrides(CommandLine cmd) {
    List<ScenarioOverride> out = new ArrayList<>();
    for (String s : sets) {
      try {
        out.add(ScenarioOverride.parse(s));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, e.getMessage());
      }
    }
    return out;
  }
}
