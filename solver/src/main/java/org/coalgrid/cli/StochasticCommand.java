package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.HtmlReport;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.StochasticPlanner;
import org.coalgrid.api.StochasticReport;
import org.coalgrid.api.StochasticResult;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid stochastic INSTANCE}: the two-stage plan against the instance's hydro scenarios. */
@Command(name = "stochastic", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Plan against the instance's hydro scenarios (uncertainty.scenarios): the two-stage stochastic "
        + "plan (builds, potlines and firm export commitments decided before the hydrology is known; dispatch, coal "
        + "and trade per scenario), the expected-value plan of the mean year and each scenario's wait-and-see plan, "
        + "every scenario solved and verified with each plan fixed; EVPI and VSS in CNY/yr. See docs/stochastic.md.",
        "Exit code 0 when the plans were found; 2 bad input or no scenarios; 8 a scenario failed verification."})
final class StochasticCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file with uncertainty.scenarios.")
  Path instance;

  @CommandLine.Mixin
  SolverOptions options;

  @Option(names = "--out", paramLabel = "DIR", description = "Write stochastic.json, scenarios.csv (one row per "
      + "plan, scenario and KPI), plans.csv, expected-prices.csv and each scenario's instance and solution (for "
      + "coalgrid verify) into DIR (written only when complete).")
  Path out;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Also write the offline HTML report: expected "
      + "costs, EVPI and VSS, the spread of cost, coal, hydro, export shortfall and prices over the scenarios with "
      + "their probabilities, and every plan's first-stage decisions (see docs/report.md). Inside --out DIR it is "
      + "written with the set.")
  Path report;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(options.settings(cmd)));
    WhatIf whatIf = scenario.whatIf(cmd);
    boolean reportInSet = CommandSupport.inSet(report, "--report", out, "stochastic");
    try (AtomicOutput files = CommandSupport.openSet(out, "stochastic", "--out", instance);
        AtomicOutput page = reportInSet ? null : CommandSupport.openFile(report, "--report", instance)) {
      PlanningCase c = CommandSupport.load(grid, instance, whatIf, cmd.getErr());
      StochasticResult r = quiet.run(cmd.getErr(), "stochastic", grid, g -> StochasticPlanner.of(g).solve(c));
      cmd.getOut().print(StochasticReport.summary(r));
      cmd.getOut().flush();
      int rc = CommandSupport.writeSet(cmd, files, out, f -> {
        StochasticReport.write(r, f);
        if (reportInSet) {
          String html = HtmlReport.stochastic(r, null).html();
          f.file(report.getFileName().toString(), w -> w.write(html));
        }
      });
      if (rc != 0 || page == null) {
        return rc;
      }
      try {
        String html = HtmlReport.stochastic(r, null).html();
        page.write(w -> w.write(html));
        page.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(cmd.getErr(), report, e);
      }
      cmd.getOut().println("Wrote " + report);
      return rc;
    }
  }
}
