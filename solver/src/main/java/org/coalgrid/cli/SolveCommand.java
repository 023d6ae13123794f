package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExcelWorkbook;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.HtmlReport;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.Solution;
import org.coalgrid.api.StagedTables;
import org.coalgrid.api.VerificationFailedException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid solve INSTANCE}. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve an instance and print the allocation summary; --out writes solution.json and CSV tables. "
        + "An infeasible plan is followed by the elastic repair (see --relax, --weight, --no-repair).")
class SolveCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write solution.json and CSV tables into DIR (files appear only when complete).")
  Path out;

  @Option(names = "--quiet", description = "Print only the status line.")
  boolean quiet;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @Option(names = "--explain", description = "After the summary, explain the answer: what binds, what it is worth, "
      + "price tables (as 'coalgrid explain'); with --out also writes explain.json and explain.md.")
  boolean explain;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also write the offline HTML report of this solution (as 'coalgrid report', without the target "
          + "check; see docs/report.md).")
  Path report;

  @Option(names = "--csv-bom", description = "Start every CSV file with a UTF-8 byte-order mark (for Excel on "
      + "Windows, which otherwise garbles the Chinese names).")
  boolean csvBom;

  @Option(names = "--xlsx", paramLabel = "FILE.xlsx",
      description = "Also write the solution's tables as one Excel workbook: a sheet per CSV table, units and "
          + "names beside ids (docs/report.md).")
  Path xlsx;

  @CommandLine.Mixin
  RepairOptions repair;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(repair.apply(solverOptions.settings(cmd), cmd)));
    WhatIf whatIf = scenario.whatIf(cmd);
    // every output is opened (checked, locked) before any work; a report or workbook directly in --out joins the set
    CommandSupport.distinct(report, "--report", xlsx, "--xlsx");
    boolean reportInSet = CommandSupport.inSet(report, "--report", out, "solve");
    boolean xlsxInSet = CommandSupport.inSet(xlsx, "--xlsx", out, "solve");
    try (AtomicOutput files = CommandSupport.openSet(out, "solve", "--out", instance);
        AtomicOutput page = reportInSet ? null : CommandSupport.openFile(report, "--report", instance);
        AtomicOutput book = xlsxInSet ? null : CommandSupport.openFile(xlsx, "--xlsx", instance)) {
      return run(cmd, grid, whatIf, new Outputs(files, page, book, reportInSet, xlsxInSet));
    }
  }

  /** The outputs, opened before the solve: the set (or null), and the report and workbook outside it (or null). */
  private record Outputs(AtomicOutput files, AtomicOutput page, AtomicOutput book, boolean reportInSet,
      boolean xlsxInSet) {}

  private int run(CommandLine cmd, CoalGrid grid, WhatIf whatIf, Outputs outs) throws CoalGridException {
    PrintWriter err = cmd.getErr();
    PrintWriter o = cmd.getOut();
    PlanningCase c = CommandSupport.load(grid, instance, whatIf, err);
    StagedTables staged = outs.files() != null ? new StagedTables(outs.files(), csvBom) : null;
    Solution s;
    // --quiet only quietens the console: with --explain --out the explanation files are still written
    boolean explained = explain || explainOnly();
    ConsoleProgress progress = ConsoleProgress.start(err, explainOnly() ? "explain" : "solve", quiet);
    try {
      CoalGrid g = grid.withProgress(ConsoleProgress.orNone(progress));
      // with --out, solution.json and the CSV tables go into the uncommitted set while the verifier runs
      s = staged != null ? g.solve(c, staged) : g.solve(c);
      // the full explanation only when asked for; the summary needs just its top caps
      if (explained && (!quiet || out != null)) {
        ConsoleProgress.phase(progress, "explaining");
        s.explain();
      }
    } catch (VerificationFailedException e) {
      ConsoleProgress.close(progress);
      err.println(e.getMessage());
      err.println("Status: " + e.status() + " but the solution FAILED independent verification"
          + (out != null ? "; nothing written to " + out : ""));
      err.flush();
      return ExitCodes.VERIFICATION_FAILED;
    } finally {
      ConsoleProgress.close(progress);
    }
    if (quiet) {
      o.println(s.statusLine());
    } else if (explainOnly()) {
      o.print(s.explanationText());
    } else {
      o.print(s.summaryText());
      s.repairText().ifPresent(r -> o.print("\n" + r));
      if (explained) {
        o.print("\n" + s.explanationText());
      }
    }
    o.flush();
    boolean withBook = xlsx != null && s.hasSolution();
    if (outs.files() != null) {
      AtomicOutput files = outs.files();
      try {
        staged.check();
        s.writeAfterTables(files, explained);
        if (outs.reportInSet()) {
          String html = HtmlReport.single(HtmlReport.Case.of(s, null, null)).html();
          files.file(report.getFileName().toString(), w -> w.write(html));
        }
        if (outs.xlsxInSet() && withBook) {
          files.binaryFile(xlsx.getFileName().toString(), b -> ExcelWorkbook.write(s, b));
        }
        files.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, out, e);
      }
      o.println("Wrote " + out.resolve("solution.json") + (s.hasSolution() ? " and CSV tables" : "")
          + (explained ? ", explain.json, explain.md" : "") + (s.repair().isPresent() ? ", repair.json" : "")
          + (outs.reportInSet() ? ", " + report.getFileName() : "")
          + (outs.xlsxInSet() && withBook ? ", " + xlsx.getFileName() : ""));
    }
    if (outs.book() != null && withBook) {
      try {
        outs.book().writeBytes(b -> ExcelWorkbook.write(s, b));
        outs.book().commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, xlsx, e);
      }
      o.println("Wrote " + xlsx);
      o.flush();
    }
    if (outs.page() != null) {
      try {
        String html = HtmlReport.single(HtmlReport.Case.of(s, null, null)).html();
        outs.page().write(w -> w.write(html));
        outs.page().commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, report, e);
      }
      o.println("Wrote " + report);
      o.flush();
    }
    return s.exitCode();
  }

  /** True for {@code coalgrid explain}: print the explanation instead of the summary. */
  boolean explainOnly() {
    return false;
  }
}
