package org.coalgrid.solve;

import org.coalgrid.lp.LinearProgram;

/**
 * Solves a {@link LinearProgram} with the chosen backend and gets prices that can be trusted:
 * <ul>
 *   <li>LP: the backend's duals, kept only if they pass the {@link DualCertificate};</li>
 *   <li>MILP: integers fixed at their solution values, the LP re-solved with the price backend
 *       (CLP by default), and those duals checked the same way.</li>
 * </ul>
 * Knows nothing of the model's meaning: {@code org.coalgrid.engine.AllocationSolver} builds the model of an
 * instance and calls this. Stateless; thread-safe.
 */
public final class LpSolver {
  private LpSolver() {}

  /** The raw solution, the checked prices (or why there are none) and the seconds spent solving. */
  public record Solved(RawSolution raw, Prices prices, double solveSeconds) {}

  /** Relative tolerance of the dual certificate for a backend (PDLP is a first-order method). */
  public static double certificateTolerance(Backend b) {
    return b == Backend.PDLP ? 1e-4 : 1e-6;
  }

  /** Solves {@code lp} and prices the solution (see the class comment). */
  public static Solved solve(LinearProgram lp, SolverSettings settings) {
    OrToolsAdapter.ensureLoaded(settings.backend()); // a one-off cost per JVM, kept out of the solve time
    long t1 = System.nanoTime();
    RawSolution raw = OrToolsAdapter.solve(lp, settings);
    Prices prices;
    if (!raw.status().hasSolution()) {
      prices = Prices.none("no solution, no prices", null);
    } else if (!lp.isMip()) {
      prices = checked(lp, raw, raw.backend(), "LP duals from " + raw.backend().cliName(), LP_ADVICE);
    } else {
      prices = fixAndResolve(lp, raw, settings);
    }
    return new Solved(raw, prices, (System.nanoTime() - t1) / 1e9);
  }

  /**
   * Solves {@code lp} for its primal solution only (no dual certificate, no MILP price re-solve): for re-solves
   * that compare objectives, such as plan targets imposed as constraints.
   */
  public static Solved solveWithoutPrices(LinearProgram lp, SolverSettings settings) {
    OrToolsAdapter.ensureLoaded(settings.backend());
    long t1 = System.nanoTime();
    RawSolution raw = OrToolsAdapter.solve(lp, settings);
    return new Solved(raw, Prices.none("not computed (primal-only re-solve)", null), (System.nanoTime() - t1) / 1e9);
  }

  /** What to do when an LP's duals are missing or fail the certificate. */
  private static final String LP_ADVICE = "re-run with --solver glop or clp";

  /**
   * What to do when the duals of a MILP's fixed LP are missing or fail the certificate: the MILP backend is not the
   * one that prices, so the advice is about the price backend and about the incumbent (a solution stopped far from
   * optimal can give a fixed LP that is hard to price).
   */
  private static String milpAdvice(RawSolution milp, SolverSettings settings) {
    String other = settings.priceBackend() == Backend.CLP ? "glop" : "clp";
    return "a MILP is priced by its LP with the integers fixed: re-run with --price-solver " + other
        + (milp.status() == SolveStatus.FEASIBLE ? ", or with a longer --time-limit so that the MILP is solved "
            + "within --gap" : "");
  }

  private static Prices checked(LinearProgram lp, RawSolution raw, Backend backend, String source, String advice) {
    if (raw.duals() == null) {
      return Prices.none(backend.cliName() + " returned no duals; " + advice + " for prices", null);
    }
    DualCertificate.Check check = DualCertificate.check(lp, raw.x(), raw.duals(), certificateTolerance(backend));
    if (!check.passed()) {
      return Prices.none("duals from " + backend.cliName() + " failed the certificate (" + check.message()
          + "); prices withheld — " + advice, check);
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
          + lpSol.message() + "); no prices; " + milpAdvice(raw, settings), null);
    }
    Prices p = checked(fixed, lpSol, pb, "duals of the LP with integers fixed, solved by " + pb.cliName(),
        milpAdvice(raw, settings));
    if (!p.available()) {
      return p;
    }
    double diff = Math.abs(lpSol.objective() - raw.objective()) / Math.max(1.0, Math.abs(raw.objective()));
    if (diff > Math.max(1e-6, settings.relativeGap())) {
      return Prices.none("the fixed LP objective " + lpSol.objective() + " differs from the MILP objective "
          + raw.objective() + "; no prices" + (raw.status() == SolveStatus.FEASIBLE ? " (the MILP was stopped before "
          + "it was solved within --gap: re-run with a longer --time-limit)" : ""), p.check());
    }
    return p;
  }
}
