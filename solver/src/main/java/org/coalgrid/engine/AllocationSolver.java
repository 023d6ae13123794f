package org.coalgrid.engine;

import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.SolverSettings;

/**
 * Builds the model of an instance ({@link Formulation}) and solves it with checked prices ({@link LpSolver}): the
 * one place where the model and the solver meet, so that neither package imports the other. Stateless;
 * thread-safe (each call builds and solves its own model).
 */
public final class AllocationSolver {
  private AllocationSolver() {}

  /** Builds and solves {@code instance}; prices as {@link LpSolver#solve} gives them. */
  public static SolveOutcome solve(Instance instance, ObjectiveMode mode, SolverSettings settings) {
    long t0 = System.nanoTime();
    ModelContext ctx = Formulation.build(instance, mode);
    double build = (System.nanoTime() - t0) / 1e9;
    return solve(ctx, settings, build);
  }

  /** Solves an already built model. */
  public static SolveOutcome solve(ModelContext ctx, SolverSettings settings, double buildSeconds) {
    LpSolver.Solved s = LpSolver.solve(ctx.lp(), settings);
    return new SolveOutcome(ctx, settings, s.raw(), s.prices(), buildSeconds, s.solveSeconds());
  }

  /**
   * Solves an already built model for its primal solution only (no dual certificate, no MILP price re-solve):
   * for re-solves that compare objectives, such as plan targets imposed as constraints.
   */
  public static SolveOutcome solveWithoutPrices(ModelContext ctx, SolverSettings settings) {
    LpSolver.Solved s = LpSolver.solveWithoutPrices(ctx.lp(), settings);
    return new SolveOutcome(ctx, settings, s.raw(), s.prices(), 0, s.solveSeconds());
  }
}
