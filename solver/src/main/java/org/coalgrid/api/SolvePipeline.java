package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.coalgrid.Progress;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.output.Json;
import org.coalgrid.repair.ElasticRepair;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;

/**
 * One solve as every caller of the API gets it: build the model, optionally edit it (fix first-stage decisions of
 * a stochastic plan), solve with checked prices, build the result, have the independent verifier check exactly the
 * tree that is written, and repair an infeasible plan. Stateless; thread-safe.
 */
final class SolvePipeline {
  private SolvePipeline() {}

  /**
   * Solves {@code c}; {@code edit} (null: none) changes the built model before it is solved, e.g. fixes column
   * bounds, and must leave every solution of the edited model a solution of the instance (the verifier checks the
   * result against the instance alone).
   */
  static Solution solve(PlanningCase c, Settings settings, Progress progress, boolean repairIfInfeasible,
      Consumer<ModelContext> edit) throws ModelTooLargeException, VerificationFailedException {
    return solve(c, settings, progress, repairIfInfeasible, edit, null);
  }

  /**
   * As {@link #solve(PlanningCase, Settings, Progress, boolean, Consumer)}; {@code staged} (null: none) gets
   * solution.json and the CSV tables written on this thread while the verifier checks the same tree on another, so
   * that the two overlap on a second core. The verdict is awaited before this returns or throws; the caller commits
   * the set only after a normal return.
   */
  static Solution solve(PlanningCase c, Settings settings, Progress progress, boolean repairIfInfeasible,
      Consumer<ModelContext> edit, StagedTables staged) throws ModelTooLargeException, VerificationFailedException {
    Instance in = c.instance();
    MemoryCheck.require(in);
    SolverSettings ss = settings.solverSettings(in);
    progress.phase("building the model");
    long t0 = System.nanoTime();
    ModelContext ctx = Formulation.build(in, settings.objective());
    if (edit != null) {
      edit.accept(ctx);
    }
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    progress.phase("solving with " + ss.backend().cliName() + ": " + String.format(java.util.Locale.ROOT,
        "%,d rows, %,d columns", ctx.lp().numRows(), ctx.lp().numColumns()));
    SolveOutcome outcome = AllocationSolver.solve(ctx, ss, buildSeconds);
    AllocationResult result = ResultBuilder.build(outcome, in.meta().name(), c.scenario(), c.warningLines());
    // one tree: the verifier checks it and exactly this tree is written as solution.json
    JsonNode tree = Json.MAPPER.valueToTree(result);
    VerificationReport report = null;
    if (result.objective() != null) {
      progress.phase("verifying the solution");
      try {
        report = staged == null ? SolutionVerifier.verify(in, tree, c.warningLines())
            : verifyWhileWriting(in, tree, c, result, staged);
      } catch (MalformedSolutionException e) {
        throw new VerificationFailedException("the result cannot be verified: " + e.getMessage(), result.status(),
            null);
      }
      if (!report.passed()) {
        throw new VerificationFailedException(report.format(), result.status(), report);
      }
    }
    if (staged != null && result.objective() == null) {
      staged.write(tree, result, in); // solution.json alone: there is nothing to verify
    }
    boolean repair = repairIfInfeasible && outcome.raw().status() == SolveStatus.INFEASIBLE;
    if (repair) {
      progress.phase("infeasible: searching for the cheapest repair");
    }
    RepairResult repaired = repair ? ElasticRepair.run(outcome.model(), settings.repair(), ss) : null;
    return new Solution(c, ss, outcome, result, tree, report, repaired);
  }

  /**
   * The verifier's report on {@code tree}, computed on a thread of its own while this thread writes the tables: both
   * only read the tree, the result and the instance, none of which changes after it is built. Returns (or throws)
   * only when both are done, so the caller never sees a set being written.
   */
  private static VerificationReport verifyWhileWriting(Instance in, JsonNode tree, PlanningCase c,
      AllocationResult result, StagedTables staged) {
    FutureTask<VerificationReport> verdict = new FutureTask<>(() -> SolutionVerifier.verify(in, tree,
        c.warningLines()));
    Thread t = new Thread(verdict, "coalgrid-verifier");
    t.setDaemon(true);
    t.start();
    staged.write(tree, result, in);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return verdict.get();
        } catch (InterruptedException e) {
          interrupted = true; // the verdict is short work; keep the interrupt for the caller
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause(); // MalformedSolutionException is one of these
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
