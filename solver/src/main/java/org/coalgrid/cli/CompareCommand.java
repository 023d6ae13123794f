package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ComparisonSide;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleProgress;
import org.coalgrid.output.ComparisonTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid compare A B}: two instances (solved with the same settings) or two solutions, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Compare two scenarios: A and B are instance files (both solved with the same settings) or "
        + "solution.json files (or directories holding one). Prints the input differences (instances only, as --set "
        + "paths), then objective terms, KPIs, entity flows and prices that changed beyond the tolerances, "
        + "largest relative change first.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "Instance file, solution.json, or a directory with one.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Instance file, solution.json, or a directory with one.")
  Path b;

  @Option(names = "--abs-tol", defaultValue = "1e-3", paramLabel = "X", converter = OptionValues.Tolerance.class,
      description = "Ignore changes with |B - A| <= X in the field's own unit (default ${DEFAULT-VALUE}).")
  double absTol;

  @Option(names = "--rel-tol", defaultValue = "1e-6", paramLabel = "R", converter = OptionValues.RelativeTolerance.class,
      description = "Ignore changes with |B - A| <= R * max(|A|, |B|) (default ${DEFAULT-VALUE}).")
  double relTol;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = OptionValues.Top.class,
      description = "Rows per section on the console (default ${DEFAULT-VALUE}; 0 = all); files get all.")
  int top;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every change as CSV (.csv) or JSON (.json).")
  Path out;

  @Option(names = "--set-a", paramLabel = "PATH=VALUE", description = "Override applied to instance A (repeatable).")
  List<String> setA = new ArrayList<>();

  @Option(names = "--set-b", paramLabel = "PATH=VALUE", description = "Override applied to instance B (repeatable).")
  List<String> setB = new ArrayList<>();

  @Option(names = "--strict", description = "Treat the warnings of the instances' checks as errors (exit 2).")
  boolean strict;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(solverOptions.settings(cmd).withStrict(strict));
    String ext = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (out != null && !ext.endsWith(".csv") && !ext.endsWith(".json")) {
      throw new CommandLine.ParameterException(cmd, "--out must end in .csv or .json, got " + out);
    }
    WhatIf wa = ScenarioOptions.whatIf(setA, "--set-a", cmd);
    WhatIf wb = ScenarioOptions.whatIf(setB, "--set-b", cmd);
    try (AtomicOutput target = CommandSupport.openFile(out, "--out", a, b)) {
      return run(cmd, grid, wa, wb, ext, target);
    }
  }

  private int run(CommandLine cmd, CoalGrid grid, WhatIf wa, WhatIf wb, String ext, AtomicOutput target)
      throws CoalGridException {
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    ComparisonSide sa;
    ComparisonSide sb;
    ConsoleProgress progress = quiet.start(err, "compare");
    try {
      sa = side(grid.withProgress(ConsoleProgress.labelled(progress, "A")), a, wa, "--set-a", err, progress);
      sb = side(grid.withProgress(ConsoleProgress.labelled(progress, "B")), b, wb, "--set-b", err, progress);
    } catch (InvalidInstanceException e) {
      ConsoleProgress.close(progress);
      if (!e.unreadable()) {
        return CommandSupport.failed(err, e, "");
      }
      err.println("coalgrid: " + e.origin() + ": " + e.messages().get(0));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } finally {
      ConsoleProgress.close(progress);
    }
    var changes = grid.compare(sa, sb, absTol, relTol);
    ComparisonTable.print(o, sa.label(), sb.label(), sa.status(), sb.status(), changes, absTol, relTol, top);
    if (target != null) {
      try {
        target.write(w -> {
          if (ext.endsWith(".json")) {
            ComparisonTable.writeJson(w, sa.label(), sb.label(), absTol, relTol, changes);
          } else {
            ComparisonTable.writeCsv(w, changes, java.util.stream.Stream.of(sa, sb)
                .flatMap(x -> x.inputTree().stream()).toList());
          }
        });
        target.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, out, e);
      }
      o.println("Wrote " + out + " (" + changes.size() + " changes)");
    }
    o.flush();
    return ExitCodes.OK;
  }

  private ComparisonSide side(CoalGrid grid, Path p, WhatIf sets, String option, PrintWriter err,
      ConsoleProgress progress) throws CoalGridException {
    ComparisonSide s;
    org.coalgrid.api.Pathways.requireSingleYear(java.nio.file.Files.isDirectory(p) ? p.resolve("solution.json") : p);
    try {
      s = grid.compareSide(p, sets);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " " + e.getMessage());
    }
    ConsoleProgress.clear(progress);
    s.warningLines().forEach(err::println); // each already names its file
    err.flush();
    return s;
  }
}
