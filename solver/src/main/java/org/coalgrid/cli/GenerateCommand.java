package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.GeneratedInstance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coalgrid generate [--size S|M|L|XL] [--regions R] [--periods T | --days K | --full-year] [--step-hours H]
 * [--tou-export] [--seed S] [--mip] FILE}.
 */
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

  @Option(names = "--days", paramLabel = "K", description = "Cut the year into K representative days (1 to 365) "
      + "of chronological steps instead of periods; each stands for a run of consecutive days.")
  Integer days;

  @Option(names = "--full-year", description = "Cut the year into every day of 2010 in order: 8,760 hourly steps "
      + "(2,920 with --step-hours 3).")
  boolean fullYear;

  @Option(names = "--step-hours", paramLabel = "H", defaultValue = "1", description = "Step length of the days "
      + "with --days or --full-year: 1, 2, 3, 4, 6, 8, 12 or 24 h (default ${DEFAULT-VALUE}).")
  int stepHours;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", converter = OptionValues.Seed.class,
      description = "Random seed, a whole number >= 0 (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--tou-export", description = "With --days or --full-year: the Guangdong market pays a "
      + "time-of-use price 峰谷电价 (peak 10-12 and 14-19 h x 1.65, valley 0-8 h x 0.5, flat x 1 of 350 CNY/MWh; "
      + "Guangdong's ratio before 2021, external) instead of one price, and CO2/SO2 caps at the fleet's most "
      + "emissions instead of 85 %%, so prices vary within the day and across the year and storage arbitrages.")
  boolean touExport;

  @Option(names = "--mip", description = "Add integer decisions: plant and line builds, potlines, unit commitment.")
  boolean mip;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    GeneratedInstance g;
    try {
      if (days != null && days < 1) {
        throw new IllegalArgumentException("--days must be in [1, 365], got " + days);
      }
      if ((days != null || fullYear) && periods != null) {
        throw new IllegalArgumentException("--periods cuts the year into blocks; with --days or --full-year the"
            + " steps are the days' (leave --periods out)");
      }
      g = CoalGrid.create().generate(file, size, regions, periods, seed, mip, days == null ? 0 : days, fullYear,
          stepHours, touExport);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    } catch (IOException e) {
      return CommandSupport.cannotWrite(cmd.getErr(), file, e);
    }
    cmd.getOut().printf("Wrote %s (%s: %d regions, %d %s, seed %d, %s)%n", file, g.label(), g.regions(),
        g.periods(), days != null || fullYear ? "steps" : "periods", g.seed(), g.mip() ? "MILP" : "LP");
    return ExitCodes.OK;
  }
}
