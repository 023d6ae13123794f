package org.coalgrid.api;

import java.util.Optional;
import org.coalgrid.whatif.Sensitivity;

/**
 * LP sensitivity ranging ({@link CoalGrid#sensitivity}): the ranges of caps, cost coefficients and bounds from
 * the optimal basis, or, when the LP did not solve to optimality, its status and the backend's message.
 * <pre>{@code
 * RangingResult r = coalgrid.sensitivity(plan);
 * r.report().ifPresent(rep -> rep.caps().forEach(c -> System.out.println(c.row() + " " + c.down() + " " + c.up())));
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param status       OPTIMAL, or the status that prevented ranging
 * @param message      the backend's message for a status other than OPTIMAL ("" otherwise)
 * @param objectiveCny the optimal objective in CNY/yr (NaN without an optimum)
 * @param ranges       the ranges, or null without an optimum
 */
public record RangingResult(String status, String message, double objectiveCny, Sensitivity.Report ranges) {

  /** True when the LP solved to optimality and the ranges are there. */
  public boolean optimal() {
    return ranges != null;
  }

  /** The ranges, when optimal. */
  public Optional<Sensitivity.Report> report() {
    return Optional.ofNullable(ranges);
  }

  /** The exit code of the status (0 when optimal). */
  public int exitCode() {
    return ExitCodes.forStatus(status);
  }
}
