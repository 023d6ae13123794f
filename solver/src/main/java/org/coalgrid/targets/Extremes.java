package org.coalgrid.targets;

import org.coalgrid.formulation.LinearExpr;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolverSettings;

/**
 * The ends of a metric over every plan a built model allows, whatever it costs: the model's rows and bounds with
 * the objective replaced by the metric (min or max). A ratio N / D is optimised by Dinkelbach's method: maximise
 * N - t D, set t to N/D at the optimum, repeat until t settles (each step a solve of the same model).
 */
final class Extremes {
  /** Dinkelbach steps at most; t settles in two to four on the shipped instances. */
  private static final int MAX_STEPS = 8;
  private static final double SETTLED = 1e-9;

  private Extremes() {}

  /** Solves and the value found, or a null value when the solve gave no solution. */
  record Found(Double value, int solves) {}

  /** The largest ({@code maximise}) or smallest value of {@code e} over the model of {@code ctx}. */
  static Found linear(ModelContext ctx, LinearExpr e, boolean maximise, SolverSettings settings) {
    if (e.isEmpty()) {
      return new Found(e.constant(), 0);
    }
    double[] x = optimise(ctx, e, maximise, settings);
    return new Found(x == null ? null : e.evaluate(x), 1);
  }

  /** The largest or smallest value of the ratio N / D (where D &gt; 0) over the model, from the start value t0. */
  static Found ratio(ModelContext ctx, Metrics.Ratio r, boolean maximise, double t0, SolverSettings settings) {
    double t = t0;
    int solves = 0;
    for (int step = 0; step < MAX_STEPS; step++) {
      LinearExpr f = new LinearExpr().addScaled(r.numerator(), 1.0).addScaled(r.denominator(), -t);
      double[] x = optimise(ctx, f, maximise, settings);
      solves++;
      if (x == null) {
        return new Found(null, solves);
      }
      Double next = r.evaluate(x);
      if (next == null) {
        return new Found(t, solves);
      }
      boolean settled = Math.abs(next - t) <= SETTLED * Math.max(1, Math.abs(t));
      t = next;
      if (settled) {
        break;
      }
    }
    return new Found(t, solves);
  }

  /** The solution of the model with objective ±e (scaled to coefficients near 1), or null without one. */
  private static double[] optimise(ModelContext ctx, LinearExpr e, boolean maximise, SolverSettings settings) {
    double scale = 0;
    for (int k = 0; k < e.size(); k++) {
      scale = Math.max(scale, Math.abs(e.coef(k)));
    }
    if (scale == 0) {
      return new double[ctx.lp().numColumns()];
    }
    LinearProgram lp = ctx.lp().openCopy(false);
    for (int k = 0; k < e.size(); k++) {
      lp.addCost(e.col(k), CostTerm.RELAXATION, (maximise ? -1 : 1) * e.coef(k) / scale);
    }
    lp.freeze();
    RawSolution raw = OrToolsAdapter.solve(lp, settings);
    return raw.status().hasSolution() ? raw.x() : null;
  }
}
