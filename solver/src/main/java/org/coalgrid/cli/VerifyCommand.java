package org.coalgrid.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.Pathways;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.StochasticPlanner;
import org.coalgrid.api.Verification;
import org.coalgrid.api.WhatIf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coalgrid verify INSTANCE SOLUTION}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check a written solution.json against its instance independently of the solver: the "
        + "recorded --set scenario is applied, then every row of the model, every cost term, KPI, total and "
        + "derived figure, and every price and shadow price (against the dual certificate, recomputed) is checked "
        + "from the two files. Given the output directory of 'coalgrid stochastic --out' (or its stochastic.json) "
        + "instead, every scenario solution of every plan is checked so, and every figure of stochastic.json "
        + "(expected costs, WS, EEV, RP, EVPI, VSS, CVaR, expected prices, the plans shared by all scenarios) is "
        + "recomputed from them; given that of 'coalgrid montecarlo --out', every statistic is recomputed from the "
        + "draws. Given a pathway file (docs/pathway.md) and the output directory of 'coalgrid pathway --out' (or its "
        + "pathway.json), every year's solution is checked against the year's derived instance, with the carry-over "
        + "of capacity and the investment. Exit code 0 if it holds, 8 if some check fails, 2 if a file cannot be read.")
final class VerifyCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Parameters(index = "1", paramLabel = "SOLUTION", description = "solution.json written by 'coalgrid solve --out', "
      + "or the output directory of 'coalgrid stochastic --out', 'coalgrid montecarlo --out' or 'coalgrid pathway --out'.")
  Path solution;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException {
    CoalGrid grid = CoalGrid.create();
    if (Pathways.isPathway(instance)) {
      Pathways pathways = new Pathways(grid);
      Pathways.Case p = pathways.load(instance);
      CommandSupport.warnings(spec.commandLine().getErr(), p.source(), p.warningLines());
      Verification v = pathways.verify(p, Files.isDirectory(solution) ? solution.resolve("pathway.json") : solution);
      spec.commandLine().getOut().println(v.text());
      spec.commandLine().getOut().flush();
      return v.exitCode();
    }
    PlanningCase c = CommandSupport.load(grid, instance, WhatIf.none(), spec.commandLine().getErr());
    Verification v = StochasticPlanner.isOutputSet(solution) ? StochasticPlanner.of(grid).verify(c, solution)
        : grid.verify(c, solution);
    spec.commandLine().getOut().println(v.text());
    spec.commandLine().getOut().flush();
    return v.exitCode();
  }
}
