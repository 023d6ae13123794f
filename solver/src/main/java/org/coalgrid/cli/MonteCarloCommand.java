package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.HydroMonteCarlo;
import org.coalgrid.api.MonteCarloReport;
import org.coalgrid.api.MonteCarloResult;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid montecarlo INSTANCE --samples N --seed S}: hydro years drawn and solved with the plan fixed. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw N hydro years from the instance's uncertainty.monteCarlo distribution (correlated log-normal "
        + "annual inflow per basin), solve each with the first stage fixed (the stochastic plan of the instance's "
        + "scenarios, or the reference year's plan), verify each, and report mean, standard deviation, P5/P50/P95 and "
        + "the 95 %% confidence interval of the mean of cost, prices, coal burn, export shortfall and unserved load. "
        + "The same seed gives the same results on any number of workers. See docs/stochastic.md.",
        "Exit code 0 when the draws were solved (some may not solve; they are counted); 2 bad input."})
final class MonteCarloCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file with uncertainty.monteCarlo.")
  Path instance;

  @Option(names = "--samples", required = true, paramLabel = "N", description = "Number of hydro years to draw.")
  int samples;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the draws, a whole number "
      + "≥ 0 (default 1).")
  long seed;

  @Option(names = "--workers", paramLabel = "N", description = "Draws solved at once (default: all cores).")
  Integer workers;

  @Option(names = "--out", paramLabel = "DIR", description = "Write montecarlo.json, samples.csv and statistics.csv "
      + "into DIR (written only when complete).")
  Path out;

  @CommandLine.Mixin
  SolverOptions options;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    if (samples < 1) {
      throw new CommandLine.ParameterException(cmd, "--samples must be at least 1, got " + samples);
    }
    if (seed < 0) {
      throw new CommandLine.ParameterException(cmd, "--seed must be a whole number ≥ 0, got " + seed);
    }
    int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
    if (n < 1) {
      throw new CommandLine.ParameterException(cmd, "--workers must be at least 1, got " + n);
    }
    CoalGrid grid = CoalGrid.create(scenario.apply(options.settings(cmd)));
    try (AtomicOutput files = CommandSupport.openSet(out, "montecarlo", "--out", instance)) {
      PlanningCase c = CommandSupport.load(grid, instance, scenario.whatIf(cmd), cmd.getErr());
      MonteCarloResult r = quiet.run(cmd.getErr(), "montecarlo", grid, g -> HydroMonteCarlo.of(g).run(c, samples,
          seed, n));
      cmd.getOut().print(MonteCarloReport.summary(r));
      cmd.getOut().flush();
      return CommandSupport.writeSet(cmd, files, out, f -> MonteCarloReport.write(r, f));
    }
  }
}
