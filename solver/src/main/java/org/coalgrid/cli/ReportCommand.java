package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.report.CaseView;
import org.coalgrid.report.Report;
import org.coalgrid.report.ReportPage;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.AllocationSolver;
import org.coalgrid.solve.SolveOutcome;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetCheck;
import org.coalgrid.targets.TargetReport;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
import org.coalgrid.whatif.Comparison;
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

  @Option(names = "--label", paramLabel = "TEXT",
      description = "Name shown for each case, in the order of the instances (default: the file and its what-ifs).")
  List<String> labels = new ArrayList<>();

  @Option(names = "--no-targets", description = "Leave out the target check (it re-solves once per missed target).")
  boolean noTargets;

  @Option(names = "--abs-tol", defaultValue = "1e-3", paramLabel = "X",
      description = "Comparison: a figure changed if |B - A| > X in its own unit (default ${DEFAULT-VALUE}) ...")
  double absTol;

  @Option(names = "--rel-tol", defaultValue = "1e-6", paramLabel = "R",
      description = "... and |B - A| > R * max(|A|, |B|) (default ${DEFAULT-VALUE}).")
  double relTol;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A case drawn, and the exit code its solve gave. */
  private record Drawn(CaseView view, int exitCode) {}

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    solverOptions.check(cmd);
    if (absTol < 0 || relTol < 0) {
      throw new CommandLine.ParameterException(cmd, "need --abs-tol >= 0 and --rel-tol >= 0");
    }
    List<Path> ins = new ArrayList<>(instances);
    if (ins.size() == 1 && !setB.isEmpty()) {
      ins.add(ins.get(0));
    }
    if (!setB.isEmpty() && ins.size() < 2) {
      throw new CommandLine.ParameterException(cmd, "--set-b needs a case B");
    }
    if (!solutions.isEmpty() && solutions.size() != ins.size()) {
      throw new CommandLine.ParameterException(cmd, "give one --solution per case (" + ins.size() + "), got "
          + solutions.size());
    }
    if (labels.size() > ins.size()) {
      throw new CommandLine.ParameterException(cmd, "more --label (" + labels.size() + ") than cases (" + ins.size()
          + ")");
    }
    List<ScenarioOverride> common = scenario.overrides(cmd);
    List<ScenarioOverride> onlyB = new ArrayList<>(common);
    for (String s : setB) {
      try {
        onlyB.add(ScenarioOverride.parse(s));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, e.getMessage());
      }
    }
    List<Drawn> cases = new ArrayList<>();
    for (int k = 0; k < ins.size(); k++) {
      Drawn d = draw(ins.get(k), k == 0 ? common : onlyB, solutions.isEmpty() ? null : solutions.get(k),
          k < labels.size() ? labels.get(k) : null, err);
      if (d.view() == null) {
        return d.exitCode();
      }
      cases.add(d);
    }
    var data = cases.size() == 1 ? Report.single(cases.get(0).view())
        : Report.compare(cases.get(0).view(), cases.get(1).view(), absTol, relTol);
    String html = ReportPage.html(data);
    try {
      AtomicOutput.writeFile(out, w -> w.write(html));
    } catch (IOException e) {
      err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
      err.flush();
      return ExitCodes.INTERNAL;
    }
    for (Drawn d : cases) {
      o.println(d.view().label() + ": " + d.view().solution().path("status").asText());
    }
    o.println("Wrote " + out + " (" + (html.length() / 1024) + " KiB; open it in a browser, no network needed)");
    o.flush();
    return cases.stream().mapToInt(Drawn::exitCode).max().orElse(ExitCodes.OK);
  }

  /** Loads, solves (or reads) and verifies one case; a null view means stop with the exit code. */
  private Drawn draw(Path file, List<ScenarioOverride> overrides, Path solutionFile, String name, PrintWriter err) {
    CommandLine cmd = spec.commandLine();
    InstanceLoader.Loaded li;
    try {
      li = solutionFile == null ? InstanceLoader.loadForModel(file, overrides, err)
          : InstanceLoader.load(file, overrides, err);
    } catch (InstanceLoader.Rejected r) {
      return new Drawn(null, ExitCodes.BAD_INPUT);
    }
    Instance in = li.instance();
    String label = file + li.scenario().stream().map(a -> " --set " + a.text()).reduce("", String::concat);
    ObjectiveMode mode = solverOptions.mode(cmd);
    SolverSettings settings = solverOptions.settings(in, cmd);
    JsonNode tree;
    int exit;
    if (solutionFile != null) {
      Path f = Files.isDirectory(solutionFile) ? solutionFile.resolve("solution.json") : solutionFile;
      try {
        tree = Json.MAPPER.readTree(f.toFile());
      } catch (IOException e) {
        err.println("coalgrid: cannot read solution " + f + ": " + e.getMessage().lines().findFirst().orElse(""));
        err.flush();
        return new Drawn(null, ExitCodes.BAD_INPUT);
      }
      exit = ExitCodes.OK;
      label = label + " (solution " + f + ")";
    } else {
      SolveOutcome outcome = AllocationSolver.solve(in, mode, settings);
      AllocationResult result = ResultBuilder.build(outcome, in.meta().name(), li.scenario());
      tree = Json.MAPPER.valueToTree(result);
      exit = outcome.raw().status().exitCode();
    }
    if (tree.hasNonNull("objective")) {
      try {
        VerificationReport report = SolutionVerifier.verify(in, tree);
        if (!report.passed()) {
          err.println(report.format());
          err.println("coalgrid: the solution of " + label + " FAILED independent verification; no report written");
          err.flush();
          return new Drawn(null, ExitCodes.VERIFICATION_FAILED);
        }
      } catch (MalformedSolutionException e) {
        err.println("coalgrid: " + (solutionFile != null ? solutionFile : label) + " is not a solution of " + file
            + " that can be verified: " + e.getMessage());
        err.flush();
        return new Drawn(null, solutionFile != null ? ExitCodes.BAD_INPUT : ExitCodes.VERIFICATION_FAILED);
      }
    }
    TargetReport targets = null;
    if (!noTargets && !in.targets().isEmpty() && tree.hasNonNull("objective")) {
      targets = TargetCheck.check(in, in.meta().name(), mode, settings);
      if (!SolveStatus.valueOf(targets.baseStatus()).hasSolution()) {
        targets = null;
      }
    }
    return new Drawn(new CaseView(name != null ? name : label, in, tree, targets), exit);
  }

  static double defaultAbsTol() {
    return Comparison.DEFAULT_ABS_TOL;
  }
}
