package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.generate.InstanceGenerator;
import org.coalgrid.generate.InstanceGenerator.Size;
import org.coalgrid.generate.InstanceGenerator.Spec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid generate [--size S|M|L|XL] [--regions R] [--periods T] [--seed S] [--mip] FILE}. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write a synthetic, feasible instance of the shape of the shipped ones (STYLISED, for benchmarks "
        + "and tests): R regions in a meshed chain with mines, washing, arcs, plants of every type, lines with "
        + "a Guangdong export market, industries, demands and one policy of every type. The same options give "
        + "byte-identical files.",
        "Named sizes (24 periods): S = 9 regions (~10k nonzeros), M = 92 (~100k), L = 920 (~1M), XL = 4600 (~5M)."})
final class GenerateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Instance JSON file to write.")
  Path file;

  @Option(names = "--size", paramLabel = "S|M|L|XL", description = "Named size: sets --regions and --periods.")
  String size;

  @Option(names = "--regions", paramLabel = "R", description = "Internal regions (default 8, or the size's).")
  Integer regions;

  @Option(names = "--periods", paramLabel = "T", description = "Periods of whole hours adding up to 8760 "
      + "(default 24, at most 8760).")
  Integer periods;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--mip", description = "Add integer decisions: plant and line builds, potlines, unit commitment.")
  boolean mip;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    int r = 8;
    int t = Size.PERIODS;
    if (size != null) {
      try {
        Size s = Size.parse(size);
        r = s.regions();
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, "--size must be S, M, L or XL; got '" + size + "'");
      }
    }
    if (regions != null) {
      r = regions;
    }
    if (periods != null) {
      t = periods;
    }
    Spec s;
    try {
      s = new Spec(r, t, seed, mip);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    try {
      InstanceGenerator.write(s, file);
    } catch (IOException e) {
      cmd.getErr().println("coalgrid: cannot write " + file + ": " + e.getMessage());
      cmd.getErr().flush();
      return ExitCodes.INTERNAL;
    }
    cmd.getOut().printf("Wrote %s (%s: %d regions, %d periods, seed %d, %s)%n", file, s.label(), s.regions(),
        s.periods(), s.seed(), s.mip() ? "MILP" : "LP");
    return ExitCodes.OK;
  }
}
