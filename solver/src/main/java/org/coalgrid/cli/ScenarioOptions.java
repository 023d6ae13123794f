package org.coalgrid.cli;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.api.Settings;
import org.coalgrid.api.WhatIf;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads an instance (a picocli mixin): {@code --set PATH=VALUE} what-ifs and
 * {@code --strict}.
 */
final class ScenarioOptions {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "What-if without editing the file (repeatable): set the field PATH, addressing lists by entity id, "
          + "e.g. --set lines.hvdc-gy-gd.capacityMw=3000 --set policies.cap-coal.limit=2.1e7. VALUE is JSON "
          + "(number, string, true/false, null, object, array) or else a plain string; it is checked like the file. "
          + "See docs/whatif.md.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--strict", description = "Treat the warnings of the instance's checks (values far outside the "
      + "plausible range of their field, structural oddities) as errors: exit 2 if there is any.")
  boolean strict;

  /** {@code s} with {@code --strict}. */
  Settings apply(Settings s) {
    return s.withStrict(strict);
  }

  /** The overrides, in the order given; a malformed one is a usage error (exit 2). */
  WhatIf whatIf(CommandLine cmd) {
    return whatIf(sets, "", cmd);
  }

  /** {@code sets} as overrides; a malformed one is a usage error naming {@code option} (if not empty). */
  static WhatIf whatIf(List<String> sets, String option, CommandLine cmd) {
    try {
      return WhatIf.of(sets);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, option.isEmpty() ? e.getMessage() : option + ": " + e.getMessage());
    }
  }
}
