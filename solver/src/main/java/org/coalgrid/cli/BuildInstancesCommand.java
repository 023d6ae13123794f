package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coalgrid build-instances [--check] [DIR]} (hidden, for maintainers): writes the shipped seed instances
 * from their case classes and DIR/sources/seed-facts.json, or with {@code --check} lists those that differ.
 */
@Command(name = "build-instances", hidden = true, mixinStandardHelpOptions = true,
    description = {"Maintainers: regenerate the shipped seed instances (DIR/*.json, DIR/examples/*.json) from the "
        + "case classes in org.coalgrid.generate.seed and the sources in DIR/sources/seed-facts.json.",
        "Exit code 0 when written (or, with --check, when every file is as built); 1 if --check finds a difference."})
final class BuildInstancesCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "instances", paramLabel = "DIR",
      description = "The instances directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--check", description = "Write nothing; list the files that differ from what the cases build.")
  boolean check;

  @Option(names = "--readme", description = "Instead: rewrite the generated sections of DIR/README.md (each shipped "
      + "instance's check-targets run, the provenance table). Slow: runs every target check.")
  boolean readme;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try {
      if (readme) {
        CoalGrid.create().updateInstancesReadme(dir).forEach(x -> out.println("Wrote README section " + x));
        return ExitCodes.OK;
      }
      List<String> files = CoalGrid.create().buildShippedInstances(dir, check);
      if (!check) {
        files.forEach(f -> out.println("Wrote " + dir.resolve(f)));
        return ExitCodes.OK;
      }
      files.forEach(f -> out.println("differs: " + dir.resolve(f)));
      out.println(files.isEmpty() ? "Every shipped instance is as its case builds it."
          : files.size() + " differ; regenerate with 'coalgrid build-instances " + dir + "'.");
      return files.isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL;
    } catch (IOException e) {
      spec.commandLine().getErr().println("coalgrid: cannot build the instances in " + dir + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }
}
