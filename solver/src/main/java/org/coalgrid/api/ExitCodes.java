package org.coalgrid.api;

import org.coalgrid.solve.SolveStatus;

/**
 * The exit codes of the {@code coalgrid} command, which also classify the outcomes of this API: every
 * {@link CoalGridException} and every {@link Solution} carries one. Solve outcomes 0 and 3–7 are those of the
 * solve status ({@link #forStatus(String)}).
 * <pre>
 * 0 success (optimal; for validate: valid)    4 infeasible: the plan cannot close
 * 1 internal error or output not writable     5 unbounded
 * 2 bad input: invalid instance or usage      6 time limit, no feasible solution
 * 3 feasible at the time limit (gap &gt; 0)      7 solver error
 *                                             8 the solution failed independent verification
 *                                               (verify; solve when its own result fails it)
 * </pre>
 * Example: {@code System.exit(ExitCodes.forStatus(solution.status()))}. Constants only; thread-safe.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int BAD_INPUT = 2;
  /** A solution failed {@link org.coalgrid.verify.SolutionVerifier} beyond tolerance. */
  public static final int VERIFICATION_FAILED = 8;

  private ExitCodes() {}

  /**
   * The exit code of a solve status as written in solution.json ({@code OPTIMAL} 0, {@code FEASIBLE} 3,
   * {@code INFEASIBLE} 4, {@code UNBOUNDED} 5, {@code NO_SOLUTION} 6, {@code ERROR} 7). Thread-safe.
   *
   * @throws IllegalArgumentException if {@code status} is not a solve status
   */
  public static int forStatus(String status) {
    return SolveStatus.valueOf(status).exitCode();
  }
}
