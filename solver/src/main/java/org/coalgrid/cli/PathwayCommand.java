package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.HtmlReport;
import org.coalgrid.api.PathwaySolution;
import org.coalgrid.api.Pathways;
import org.coalgrid.api.VerificationFailedException;
import org.coalgrid.output.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid pathway INSTANCE}: a multi-year pathway (docs/pathway.md). */
@Command(name = "pathway", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Solve a multi-year pathway (an instance with a pathway section): in which year each build comes "
        + "in, what the years cost in present value, year by year capacity, generation, coal, prices, binding caps "
        + "and targets. Perfect foresight by default (one model of all years); --myopic solves year by year, passing "
        + "each year's builds on; --compare runs both and reports the difference. Every year is checked by the "
        + "independent verifier against its derived year instance, with the carry-over of capacity. See "
        + "docs/pathway.md.",
        "Exit code as solve: 0 optimal, 3 feasible (time limit), 4 infeasible, ..., 2 bad input, 8 verification "
            + "failed."})
final class PathwayCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Pathway instance JSON file.")
  Path instance;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @Option(names = "--myopic", description = "Solve year by year (myopic), each year's builds passed on.")
  boolean myopic;

  @Option(names = "--compare", description = "Solve with perfect foresight and myopically, and compare the two.")
  boolean compare;

  @Option(names = "--out", paramLabel = "DIR", description = "Write pathway.json, years/YEAR/solution.json and the "
      + "pathway CSV tables (each with a year column) into DIR (files appear only when complete).")
  Path out;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Also write the offline HTML report of the "
      + "pathway: capacity, generation, prices and cost terms per year, the build schedule and the targets by year "
      + "(see docs/report.md). Inside --out DIR it is written with the set.")
  Path report;

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    if (myopic && compare) {
      throw new CommandLine.ParameterException(cmd, "give --myopic or --compare, not both");
    }
    CoalGrid grid = CoalGrid.create(solverOptions.settings(cmd));
    boolean reportInSet = CommandSupport.inSet(report, "--report", out, "pathway");
    try (AtomicOutput files = CommandSupport.openSet(out, "pathway", "--out", instance);
        AtomicOutput page = reportInSet ? null : CommandSupport.openFile(report, "--report", instance)) {
      return run(cmd, grid, files, reportInSet ? null : page);
    }
  }

  private int run(CommandLine cmd, CoalGrid grid, AtomicOutput files, AtomicOutput page) throws CoalGridException {
    PrintWriter err = cmd.getErr();
    PrintWriter o = cmd.getOut();
    Pathways pathways = new Pathways(grid);
    Pathways.Case c = pathways.load(instance);
    CommandSupport.warnings(err, c.source(), c.warningLines());
    CommandSupport.warnings(err, c.source(), c.noteLines());
    PathwaySolution s;
    try {
      s = quiet.run(err, "pathway", grid, g -> compare ? new Pathways(g).compare(c)
          : new Pathways(g).solve(c, myopic ? Pathways.Mode.MYOPIC : Pathways.Mode.FORESIGHT));
    } catch (VerificationFailedException e) {
      err.println(e.getMessage());
      err.println("Status: " + e.status() + " but the pathway FAILED independent verification"
          + (out != null ? "; nothing written to " + out : ""));
      err.flush();
      return org.coalgrid.api.ExitCodes.VERIFICATION_FAILED;
    }
    o.print(s.summaryText());
    o.flush();
    if (files != null) {
      try {
        s.write(files);
        if (report != null && page == null && s.hasSolution()) {
          String html = HtmlReport.pathway(s, null).html();
          files.file(report.getFileName().toString(), w -> w.write(html));
        }
        files.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, out, e);
      }
      o.println("Wrote " + out.resolve("pathway.json") + (s.hasSolution() ? ", years/*/solution.json and the "
          + "pathway CSV tables" : "") + (report != null && page == null && s.hasSolution() ? ", "
          + report.getFileName() : ""));
      o.flush();
    }
    if (page != null && s.hasSolution()) {
      try {
        String html = HtmlReport.pathway(s, null).html();
        page.write(w -> w.write(html));
        page.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, report, e);
      }
      o.println("Wrote " + report);
      o.flush();
    } else if (report != null && !s.hasSolution()) {
      err.println("No report written: the pathway has no solution to draw (" + s.tree().path("status").asText()
          + ")");
      err.flush();
    }
    return s.exitCode();
  }
}
