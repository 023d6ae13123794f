package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExcelWorkbook;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.HtmlReport;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.TargetCheckResult;
import org.coalgrid.api.VerificationFailedException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid report CASE [CASE_B]}: the offline HTML report of one case, or of two side by side. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write one self-contained HTML report (works offline; charts by ECharts, inlined): headline "
        + "figures, coal and electricity Sankeys, generation by plant type per period, price heat maps, the "
        + "network, binding caps ranked by value and, when the instance has targets, the target check.",
        "With two cases, A and B side by side with the differences highlighted. Each case is solved (with the "
            + "solver options) unless --solution gives its solution.json; either way the solution is verified "
            + "before anything is drawn. See docs/report.md."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "1..2", paramLabel = "INSTANCE", description = "Instance file of case A (and of case B).")
  List<Path> instances = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "report.html",
      description = "HTML file to write (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--solution", paramLabel = "FILE|DIR",
      description = "solution.json (or a directory holding one, as written by 'solve --out') of each case, in the "
          + "order of the instances: the report is drawn from it, after verifying it, instead of solving.")
  List<Path> solutions = new ArrayList<>();

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @Option(names = "--set-b", paramLabel = "PATH=VALUE",
      description = "Override applied to case B only (repeatable), after any --set; with one INSTANCE, B is "
          + "the same instance with these overrides.")
  List<String> setB = new ArrayList<>();

  @Option(names = "--xlsx", paramLabel = "FILE.xlsx",
      description = "Also write case A's tables as one Excel workbook (a sheet per CSV table, units, names beside ids).")
  Path xlsx;

  @Option(names = "--label", paramLabel = "TEXT",
      description = "Name shown for each case, in the order of the instances (default: the file and its what-ifs).")
  List<String> labels = new ArrayList<>();

  @Option(names = "--no-targets", description = "Leave out the target check (it re-solves once per missed target).")
  boolean noTargets;

  @Option(names = "--abs-tol", defaultValue = "1e-3", paramLabel = "X", converter = OptionValues.Tolerance.class,
      description = "Comparison: a figure changed if |B - A| > X in its own unit (default ${DEFAULT-VALUE}) ...")
  double absTol;

  @Option(names = "--rel-tol", defaultValue = "1e-6", paramLabel = "R", converter = OptionValues.RelativeTolerance.class,
      description = "... and |B - A| > R * max(|A|, |B|) (default ${DEFAULT-VALUE}).")
  double relTol;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(solverOptions.settings(cmd)));
    List<Path> ins = new ArrayList<>(instances);
    if (ins.size() == 1 && !setB.isEmpty()) {
      ins.add(ins.get(0));
    }
    if (!solutions.isEmpty() && solutions.size() != ins.size()) {
      throw new CommandLine.ParameterException(cmd, "give one --solution per case (" + ins.size() + "), got "
          + solutions.size());
    }
    if (labels.size() > ins.size()) {
      throw new CommandLine.ParameterException(cmd, "more --label (" + labels.size() + ") than cases (" + ins.size()
          + ")");
    }
    WhatIf common = scenario.whatIf(cmd);
    List<String> both = new ArrayList<>(scenario.sets);
    both.addAll(setB);
    WhatIf onlyB = ScenarioOptions.whatIf(both, "--set-b", cmd);
    // both outputs are opened (checked against every input, locked) before any work
    List<Path> inputs = new ArrayList<>(instances);
    inputs.addAll(solutions);
    CommandSupport.distinct(out, "--out", xlsx, "--xlsx");
    try (AtomicOutput page = CommandSupport.openFile(out, "--out", inputs.toArray(Path[]::new));
        AtomicOutput book = CommandSupport.openFile(xlsx, "--xlsx", inputs.toArray(Path[]::new))) {
      return run(cmd, grid, ins, List.of(common, onlyB), page, book);
    }
  }

  /** Solves (or reads) and verifies each case, case k with {@code whatIfs[min(k, 1)]}, then writes the outputs. */
  private int run(CommandLine cmd, CoalGrid grid, List<Path> ins, List<WhatIf> whatIfs, AtomicOutput page,
      AtomicOutput book) throws CoalGridException {
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    List<HtmlReport.Case> cases = new ArrayList<>();
    ConsoleProgress progress = quiet.start(err, "report");
    try {
      for (int k = 0; k < ins.size(); k++) {
        ConsoleProgress.clear(progress); // the case's warnings start on a line of their own
        PlanningCase c = CommandSupport.load(grid, ins.get(k), whatIfs.get(Math.min(k, 1)), err);
        String label = k < labels.size() ? labels.get(k) : null;
        CoalGrid g = grid.withProgress(ins.size() > 1 ? ConsoleProgress.labelled(progress, k == 0 ? "A" : "B")
            : ConsoleProgress.orNone(progress));
        try {
          HtmlReport.Case hc = solutions.isEmpty() ? HtmlReport.Case.of(g.solve(c), label, null)
              : HtmlReport.Case.ofFile(g, c, solutions.get(k), label, null);
          if (hc.hasSolution()) {
            hc = hc.withTargets(targets(g, c));
          }
          cases.add(hc);
        } catch (VerificationFailedException e) {
          ConsoleProgress.close(progress);
          err.println(e.getMessage());
          err.println("coalgrid: the solution of " + (label != null ? label : HtmlReport.defaultLabel(c))
              + " FAILED independent verification; no report written");
          err.flush();
          return ExitCodes.VERIFICATION_FAILED;
        }
      }
    } finally {
      ConsoleProgress.close(progress);
    }
    HtmlReport html = cases.size() == 1 ? HtmlReport.single(cases.get(0))
        : HtmlReport.compare(cases.get(0), cases.get(1), absTol, relTol);
    HtmlReport.Case first = cases.get(0);
    try {
      page.write(w -> w.write(html.html()));
      page.commit();
    } catch (IOException e) {
      return CommandSupport.cannotWrite(err, out, e);
    }
    if (book != null && first.hasSolution()) {
      try {
        book.writeBytes(b -> ExcelWorkbook.write(first, b));
        book.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, xlsx, e);
      }
    }
    for (HtmlReport.Case c : cases) {
      o.println(c.label() + ": " + c.status());
    }
    if (xlsx != null && cases.get(0).hasSolution()) {
      o.println("Wrote " + xlsx);
    }
    o.println("Wrote " + out + " (" + (html.bytes() / 1024) + " KiB; open it in a browser, no network needed)");
    o.flush();
    return cases.stream().mapToInt(HtmlReport.Case::exitCode).max().orElse(ExitCodes.OK);
  }

  /** The target check of the case, or null when left out or the instance has none. */
  private TargetCheckResult targets(CoalGrid grid, PlanningCase c) throws CoalGridException {
    return noTargets || !c.hasTargets() ? null : grid.checkTargets(c);
  }
}
