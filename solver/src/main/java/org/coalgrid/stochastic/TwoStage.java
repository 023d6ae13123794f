package org.coalgrid.stochastic;

import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Uncertainty.Cvar;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.uncertainty.FirstStagePlan;

/**
 * Solves extensive forms ({@link ExtensiveForm}) for their first-stage plans: the here-and-now plan of a set of
 * scenarios, the wait-and-see plan of one scenario, the expected-value plan of the mean year. Prices are not
 * taken from the extensive form: each scenario is priced by its own single-year solve with the plan fixed (LP
 * with integers fixed, certified as every solve is). Stateless; thread-safe.
 */
public final class TwoStage {
  private TwoStage() {}

  /**
   * A solved extensive form: status, the first-stage plan, the cost C_s of each scenario of positive probability
   * (CNY/yr, in the order given), the objective (CNY/yr: E[C], or (1 − λ)·E[C] + λ·CVaR with CVaR), its size and
   * the seconds spent solving.
   */
  public record Solved(SolveStatus status, FirstStagePlan plan, double[] scenarioCostsCny, double objectiveCny,
      int rows, int columns, double solveSeconds, String message) {}

  /** Builds and solves the extensive form of {@code scenarios} of {@code base} (see {@link ExtensiveForm#build}). */
  public static Solved solve(Instance base, List<HydroScenario> scenarios, List<Instance> years, ObjectiveMode mode,
      Cvar cvar, FirstStagePlan fixed, SolverSettings settings) {
    ExtensiveForm ef = ExtensiveForm.build(base, scenarios, years, mode, cvar, fixed);
    LpSolver.Solved s = LpSolver.solveWithoutPrices(ef.lp(), settings);
    RawSolution raw = s.raw();
    if (!raw.status().hasSolution()) {
      return new Solved(raw.status(), null, null, Double.NaN, ef.lp().numRows(), ef.lp().numColumns(),
          s.solveSeconds(), raw.message());
    }
    return new Solved(raw.status(), ef.plan(raw.x()), ef.scenarioCostsCny(raw.x()),
        raw.objective() * org.coalgrid.formulation.Units.CNY_PER_UNIT, ef.lp().numRows(), ef.lp().numColumns(),
        s.solveSeconds(), raw.message());
  }

  /** CVaR_α of costs {@code c} with probabilities {@code p}: the mean of the worst 1 − α of the distribution. */
  public static double cvar(double[] c, double[] p, double alpha) {
    Integer[] order = new Integer[c.length];
    for (int i = 0; i < c.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(c[b], c[a]));
    double tail = 1 - alpha;
    double left = tail;
    double sum = 0;
    for (int i : order) {
      double take = Math.min(p[i], left);
      sum += take * c[i];
      left -= take;
      if (left <= 1e-15) {
        break;
      }
    }
    return tail <= 0 ? c[order[0]] : sum / tail;
  }
}
