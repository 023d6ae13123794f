package org.coalgrid.verify;

import java.util.List;

/**
 * What {@link SolutionVerifier} found: every violation beyond tolerance, and how many checks were made
 * (each bound, balance, policy and cost term counts as one).
 */
public record VerificationReport(List<Violation> violations, int checks) {

  public VerificationReport {
    violations = List.copyOf(violations);
  }

  /** True when no check failed. */
  public boolean passed() {
    return violations.isEmpty();
  }

  /** True if some violation is of the named check family (e.g. "power balance"). */
  public boolean failed(String check) {
    return violations.stream().anyMatch(v -> v.check().equals(check));
  }

  /** "verified: N checks passed", or one line per violation. */
  public String format() {
    if (passed()) {
      return "verified: " + checks + " checks passed";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size()).append(" of ").append(checks).append(" checks failed:\n");
    for (Violation v : violations) {
      sb.append("  ").append(v.message()).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
