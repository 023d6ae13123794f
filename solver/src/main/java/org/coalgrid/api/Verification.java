package org.coalgrid.api;

import org.coalgrid.verify.VerificationReport;

/**
 * What the independent verifier found on a solution ({@link CoalGrid#verify}): every balance, cap, policy and
 * cost term recomputed from the instance and the solution's values, and the violations beyond tolerance.
 * <pre>{@code
 * Verification v = coalgrid.verify(plan, Path.of("out/solution.json"));
 * System.out.println(v.text());
 * System.exit(v.exitCode());
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param report the checks run and the violations
 */
public record Verification(VerificationReport report) {

  public boolean passed() {
    return report.passed();
  }

  /** The report as printed by {@code coalgrid verify}. */
  public String text() {
    return report.format();
  }

  /** 0 if it passed, 8 if some check failed. */
  public int exitCode() {
    return passed() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
  }
}
