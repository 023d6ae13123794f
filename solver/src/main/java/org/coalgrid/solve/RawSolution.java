package org.coalgrid.solve;

/**
 * What a backend returned, in model units: primal values {@code x}, row duals {@code duals} (null when the
 * backend gave none), objective and best bound (million CNY), iterations and nodes where reported, wall
 * time in seconds, and a message for errors.
 */
public record RawSolution(SolveStatus status, double objective, double bestBound, double[] x, double[] duals,
    long iterations, long nodes, double wallSeconds, Backend backend, String message) {

  /** Relative MIP gap |objective - bound| / max(1, |objective|); 0 for LPs. */
  public double relativeGap() {
    if (Double.isNaN(bestBound) || Double.isInfinite(bestBound)) {
      return Double.NaN;
    }
    return Math.abs(objective - bestBound) / Math.max(1.0, Math.abs(objective));
  }
}
