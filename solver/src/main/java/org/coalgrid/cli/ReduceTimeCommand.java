package org.coalgrid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.ReductionError;
import org.coalgrid.api.TimeReduction;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid reduce-time INSTANCE --days K --out FILE [--seed S] [--no-error]} (docs/time.md). */
@Command(name = "reduce-time", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reduce a full chronological year (time.form FULL_YEAR) to K representative days: k-medoids "
        + "over the normalised daily profiles of load, wind, solar and hydro inflow, each day a real day of the "
        + "year weighted by the days it stands for, with the calendar of the year (inter-day storage stays valid). "
        + "Seeded: the same instance, K and seed give a byte-identical file.",
        "Then solves the full year and the reduced instance and prints the error of the reduction: objective, "
            + "generation mix, prices and storage (--no-error to skip: the full year may take long). A solve that "
            + "is not OPTIMAL (a full year stopped by --time-limit) is named in a note under the table, and the exit "
            + "code is its status's (3 feasible, 6 no solution); the reduced instance is written either way."})
final class ReduceTimeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "A full-year instance JSON file.")
  Path instance;

  @Option(names = "--days", required = true, paramLabel = "K", description = "Representative days to keep (1 to "
      + "the days of the year).")
  int days;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Reduced instance JSON file to write.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", converter = OptionValues.Seed.class,
      description = "Seed of the clustering, a whole number >= 0 (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-error", description = "Write the reduced instance only; do not solve the full year and the "
      + "reduced instance to report the error.")
  boolean noError;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Mixin
  ProgressOption progress = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, java.io.IOException {
    CommandLine cmd = spec.commandLine();
    PrintWriter o = cmd.getOut();
    CoalGrid grid = CoalGrid.create(solverOptions.settings(cmd));
    try (AtomicOutput file = CommandSupport.openFile(out, "--out", instance)) {
      PlanningCase year = CommandSupport.load(grid, instance, WhatIf.none(), cmd.getErr());
      TimeReduction r;
      try {
        r = TimeReduction.reduce(grid, year, days, seed);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, instance + ": " + e.getMessage());
      }
      file.write(w -> w.write(r.json()));
      file.commit();
      o.printf(Locale.ROOT, "Wrote %s: %d representative days of %s (seed %d; clustered on %s; total distance "
          + "%.3f)%n", out, r.days(), instance, r.seed(), r.clusteredOn(), r.clusteringCost());
      o.println("  days: " + String.join(", ", r.dayLines()));
      o.flush();
      if (noError) {
        return ExitCodes.OK;
      }
      ReductionError e = progress.run(cmd.getErr(), "reduce-time", grid, r::error);
      o.print(e.text());
      o.flush();
      if (e.exitCode() != ExitCodes.OK) {
        cmd.getErr().printf(Locale.ROOT, "reduce-time: %s written; the error table is incomplete (full year %s, %d "
            + "days %s): see the notes above%n", out, e.fullStatus(), e.days(), e.reducedStatus());
      }
      return e.exitCode();
    }
  }
}
