package org.coalgrid.api;

/**
 * Why a call of the {@link CoalGrid} API could not give its answer. Each subclass stands for one kind of
 * failure and carries the {@link ExitCodes exit code} the command line gives it; the message is one line in
 * domain words (no stack trace is needed to act on it):
 * <ul>
 *   <li>{@link InvalidInstanceException}: the instance cannot be read or fails its checks (exit 2);</li>
 *   <li>{@link ModelTooLargeException}: the model would not fit in this JVM's heap (exit 2);</li>
 *   <li>{@link NotApplicableException}: the call does not apply to this instance, e.g. ranging a MILP (exit 2);</li>
 *   <li>{@link InvalidSolutionException}: a solution file to verify cannot be read or is not a solution (exit 2);</li>
 *   <li>{@link VerificationFailedException}: a solution failed the independent verifier (exit 8);</li>
 *   <li>{@link SolverFailedException}: the backend gave nothing usable, e.g. no basis (exit 1).</li>
 * </ul>
 * <pre>{@code
 * try {
 *   Solution s = coalgrid.solve(coalgrid.load(Path.of("plan.json")));
 * } catch (CoalGridException e) {
 *   System.err.println("coalgrid: " + e.getMessage());
 *   System.exit(e.exitCode());
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public abstract class CoalGridException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CoalGridException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** The exit code the command line gives this failure (see {@link ExitCodes}). */
  public int exitCode() {
    return exitCode;
  }
}
