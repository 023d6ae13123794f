package org.coalgrid.api;

/**
 * The backend returned nothing this call can use, for example no simplex basis or duals that fail the
 * certificate when ranging. (An ordinary solve never throws this: its {@link Solution#status()} says ERROR.)
 * Exit code 1.
 * <pre>{@code
 * } catch (SolverFailedException e) {
 *   System.err.println(e.getMessage());   // "glop gave no usable basis or duals (...)"
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public final class SolverFailedException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  SolverFailedException(String message) {
    super(message, ExitCodes.INTERNAL);
  }
}
