package org.coalgrid.solve;

import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.LinearProgram;

/**
 * Builds and solves an instance, then gets prices that can be trusted:
 * <ul>
 *   <li>LP: the backend's duals, kept only if they pass the {@link DualCertificate};</li>
 *   <li>MILP: integers fixed at their solution values, the LP re-solved with the price backend
 *       (GLOP by default), and those duals checked the same way.</li>
 * </ul>
 */
public final class AllocationSolver {
  private AllocationSolver() {}

  /** Relative tolerance of the dual certificate for a backend (PDLP is a first-order method). */
  public static double certificateTolerance(Backend b) {
    return b == Backend.PDLP ? 1e-4 : 1e-6;
  }

  public static SolveOutcome solve(Instance instance, ObjectiveMode mode, SolverSettings settings) {
    long t0 = System.nanoTime();
    ModelContext ctx = Formulation.build(instance, mode);
    double build = (System.nanoTime() - t0) / 1e9;
    return solve(ctx, settings, build);
  }

  /** Solves an already built model. */
  public static SolveOutcome solve(ModelContext ctx, SolverSettings settings, double buildSeconds) {
    LinearProgram lp = ctx.lp();
    OrToolsAdapter.ensureLoaded(); // a one-off ~0.4 s per JVM, kept out of the solve time
    long t1 = System.nanoTime();
    RawSolution raw = OrToolsAdapter.solve(lp, settings);
    Prices prices;
    if (!raw.status().hasSolution()) {
      prices = Prices.none("no solution, no prices", null);
    } else if (!lp.isMip()) {
      prices = checked(lp, raw, raw.backend(), "LP duals from " + raw.backend().cliName());
    } else {
      prices = fixAndResolve(lp, raw, settings);
    }
    double solve = (System.nanoTime() - t1) / 1e9;
    return new SolveOutcome(ctx, settings, raw, prices, buildSeconds, solve);
  }

  /**
   * Solves an already built model for its primal solution only (no dual certificate, no MILP price re-solve):
   * for re-solves that compare objectives, such as plan targets imposed as constraints.
   */
  public static SolveOutcome solveWithoutPrices(ModelContext ctx, SolverSettings settings) {
    OrToolsAdapter.ensureLoaded();
    long t1 = System.nanoTime();
    RawSolution raw = OrToolsAdapter.solve(ctx.lp(), settings);
    double solve = (System.nanoTime() - t1) / 1e9;
    return new SolveOutcome(ctx, settings, raw, Prices.none("not computed (primal-only re-solve)", null), 0, solve);
  }

  private static Prices checked(LinearProgram lp, RawSolution raw, Backend backend, String source) {
    if (raw.duals() == null) {
      return Prices.none(backend.cliName() + " returned no duals; re-run with --solver glop or clp for prices", null);
    }
    DualCertificate.Check check = DualCertificate.check(lp, raw.x(), raw.duals(), certificateTolerance(backend));
    if (!check.passed()) {
      return Prices.none("duals from " + backend.cliName() + " failed the certificate (" + check.message()
          + "); prices withheld — re-run with --solver glop or clp", check);
    }
    return new Prices(raw.duals(), check, source, "");
  }

  private static Prices fixAndResolve(LinearProgram lp, RawSolution raw, SolverSettings settings) {
    LinearProgram fixed = lp.copy();
    for (int j = 0; j < fixed.numColumns(); j++) {
      if (fixed.isInteger(j)) {
        double v = Math.rint(raw.x()[j]);
        fixed.setColumnBounds(j, v, v);
        fixed.relaxIntegrality(j);
      }
    }
    Backend pb = settings.priceBackend();
    RawSolution lpSol = OrToolsAdapter.solve(fixed, settings.withBackend(pb));
    if (lpSol.status() != SolveStatus.OPTIMAL) {
      return Prices.none("the LP with integers fixed did not solve to optimality (" + lpSol.status() + ": "
          + lpSol.message() + "); no prices", null);
    }
    Prices p = checked(fixed, lpSol, pb, "duals of the LP with integers fixed, solved by " + pb.cliName());
    if (!p.available()) {
      return p;
    }
    double diff = Math.abs(lpSol.objective() - raw.objective()) / Math.max(1.0, Math.abs(raw.objective()));
    if (diff > Math.max(1e-6, settings.relativeGap())) {
      return Prices.none("the fixed LP objective " + lpSol.objective() + " differs from the MILP objective "
          + raw.objective() + "; no prices", p.check());
    }
    return p;
  }
}
