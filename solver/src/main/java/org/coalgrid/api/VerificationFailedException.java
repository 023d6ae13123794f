package org.coalgrid.api;

import java.util.Optional;
import org.coalgrid.verify.VerificationReport;

/**
 * A solution coalgrid computed failed the independent {@link org.coalgrid.verify.SolutionVerifier}: some
 * balance, cap, policy or cost term recomputed from the instance does not hold within tolerance. The result is
 * withheld (nothing is returned or written). The message lists the violations. Exit code 8.
 * <pre>{@code
 * } catch (VerificationFailedException e) {
 *   System.err.println(e.getMessage());
 *   System.err.println("status " + e.status() + " but the solution FAILED independent verification");
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public final class VerificationFailedException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  private final String status;
  private final transient VerificationReport report;

  VerificationFailedException(String message, String status, VerificationReport report) {
    super(message, ExitCodes.VERIFICATION_FAILED);
    this.status = status;
    this.report = report;
  }

  /** The solve status of the failed solution (e.g. {@code OPTIMAL}). */
  public String status() {
    return status;
  }

  /** The verifier's report; empty when the result could not even be read back. */
  public Optional<VerificationReport> report() {
    return Optional.ofNullable(report);
  }
}
