package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coalgrid.domain.Instance;
import org.coalgrid.explain.ExplainText;
import org.coalgrid.explain.Explainer;
import org.coalgrid.explain.Explanation;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Fmt;
import org.coalgrid.output.Json;
import org.coalgrid.repair.ElasticRepair;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.repair.RepairSettings;
import org.coalgrid.repair.RepairText;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.AllocationSolver;
import org.coalgrid.solve.SolveOutcome;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
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

  @CommandLine.Mixin
  RepairOptions repair;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    CommandLine cmd = spec.commandLine();
    solverOptions.check(cmd);
    ObjectiveMode mode = solverOptions.mode(cmd);
    RepairSettings repairSettings = repair.settings(cmd);
    InstanceLoader.Loaded li;
    try {
      li = InstanceLoader.loadForModel(instance, scenario.overrides(spec.commandLine()), err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    Instance in = li.instance();
    SolverSettings settings = solverOptions.settings(in, cmd);
    SolveOutcome outcome = AllocationSolver.solve(in, mode, settings);
    AllocationResult result = ResultBuilder.build(outcome, in.meta().name(), li.scenario());
    // one tree: the verifier checks it and exactly this tree is written as solution.json
    JsonNode resultTree = Json.MAPPER.valueToTree(result);
    if (result.objective() != null) {
      String failure = verify(in, resultTree);
      if (failure != null) {
        err.println(failure);
        err.println("Status: " + result.status() + " but the solution FAILED independent verification"
            + (out != null ? "; nothing written to " + out : ""));
        err.flush();
        return ExitCodes.VERIFICATION_FAILED;
      }
    }
    RepairResult repaired = outcome.raw().status() == SolveStatus.INFEASIBLE && !repair.noRepair
        ? ElasticRepair.run(outcome.model(), repairSettings, settings) : null;
    // the full explanation only when asked for; the summary needs just its top caps
    Explanation explanation = !quiet && (explain || explainOnly())
        ? Explainer.explain(result, in, ConsoleSummary.statusWords(result.status()), repaired) : null;
    if (quiet) {
      o.println(instance + ": " + result.status()
          + (result.objective() != null ? ", objective " + Fmt.money(result.objective().totalCny()) + " per year" : ""));
    } else if (explainOnly()) {
      o.print(ExplainText.render(explanation));
    } else {
      for (var a : li.scenario()) {
        o.println("What-if --set " + a.text() + "  (" + a.jsonPath() + " was "
            + (a.previous() == null ? "absent" : a.previous().toString()) + ")");
      }
      List<Explanation.Finding> top = explanation != null ? explanation.topCaps(5) : Explainer.topCaps(result, in, 5);
      List<String> topCaps = top.stream().map(Explanation.Finding::text).toList();
      o.print(ConsoleSummary.render(result, in, outcome.buildSeconds(), outcome.solveSeconds(), topCaps));
      if (repaired != null) {
        o.print("\n" + RepairText.render(repaired));
      }
      if (explanation != null) {
        o.print("\n" + ExplainText.render(explanation));
      }
    }
    o.flush();
    if (out != null) {
      try (AtomicOutput files = new AtomicOutput(out)) {
        files.file("solution.json", w -> Json.writer().writeValue(w, resultTree));
        if (result.objective() != null) {
          CsvTables.writeAll(result, files);
        }
        if (explanation != null) {
          files.file("explain.json", w -> Json.writer().writeValue(w, explanation));
          files.file("explain.md", w -> w.write(ExplainText.render(explanation)));
        }
        if (repaired != null) {
          files.file("repair.json", w -> Json.writer().writeValue(w, repaired));
        }
        files.commit();
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out.resolve("solution.json") + (result.objective() != null ? " and CSV tables" : "")
          + (explanation != null ? ", explain.json, explain.md" : "") + (repaired != null ? ", repair.json" : ""));
    }
    return outcome.raw().status().exitCode();
  }

  /** True for {@code coalgrid explain}: print the explanation instead of the summary. */
  boolean explainOnly() {
    return false;
  }

  /** Checks the result as it is written (its JSON tree); null if it passes, else the violations. */
  static String verify(Instance in, JsonNode resultTree) {
    try {
      VerificationReport report = SolutionVerifier.verify(in, resultTree);
      return report.passed() ? null : report.format();
    } catch (MalformedSolutionException e) {
      return "the result cannot be verified: " + e.getMessage();
    }
  }
}
