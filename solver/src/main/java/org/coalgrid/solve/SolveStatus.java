package org.coalgrid.solve;

/** Outcome of a solve, each with its own process exit code (see README). */
public enum SolveStatus {
  /** Proven optimal (within the MIP gap for MILPs). */
  OPTIMAL(0),
  /** A feasible solution, stopped at the time limit; the gap says how far from optimal it may be. */
  FEASIBLE(3),
  /** The plan cannot close: no allocation satisfies every constraint. */
  INFEASIBLE(4),
  /** The objective can decrease without limit (a missing cap or cost). */
  UNBOUNDED(5),
  /** Time limit reached with no feasible solution found. */
  NO_SOLUTION(6),
  /** The solver failed (invalid model, numerical trouble, unsupported model type). */
  ERROR(7);

  private final int exitCode;

  SolveStatus(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  public boolean hasSolution() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
