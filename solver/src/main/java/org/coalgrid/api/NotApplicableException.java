package org.coalgrid.api;

/**
 * The call does not apply to this instance, for example LP sensitivity ranging of an instance with integer
 * decisions. Nothing was solved. Exit code 2.
 * <pre>{@code
 * } catch (NotApplicableException e) {
 *   System.err.println(e.getMessage());   // "plan.json has integer decisions ...; ranging is defined for LPs only"
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public final class NotApplicableException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  NotApplicableException(String message) {
    super(message, ExitCodes.BAD_INPUT);
  }
}
