package org.coalgrid.api;

/**
 * A solution given to {@link CoalGrid#verify} cannot be checked: the file is missing or not JSON, or it is
 * not a solution of the instance (wrong shape, ids of another instance). This is not a verification failure:
 * nothing was checked. Exit code 2.
 * <pre>{@code
 * } catch (InvalidSolutionException e) {
 *   System.err.println(e.getMessage());   // "cannot read solution out/solution.json: no such file"
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public final class InvalidSolutionException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  InvalidSolutionException(String message) {
    super(message, ExitCodes.BAD_INPUT);
  }
}
