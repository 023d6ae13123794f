package org.coalgrid.cli;

/**
 * Process exit codes. Solve outcomes 0 and 3–7 come from {@link org.coalgrid.solve.SolveStatus}.
 * <pre>
 * 0 success (optimal; for validate: valid)    4 infeasible: the plan cannot close
 * 1 internal error or output not writable     5 unbounded
 * 2 bad input: invalid instance or usage      6 time limit, no feasible solution
 * 3 feasible at the time limit (gap &gt; 0)      7 solver error
 *                                             8 the solution failed independent verification
 *                                               (verify; solve when its own result fails it)
 * </pre>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int BAD_INPUT = 2;
  /** A solution failed {@link org.coalgrid.verify.SolutionVerifier} beyond tolerance. */
  public static final int VERIFICATION_FAILED = 8;

  private ExitCodes() {}
}
