package org.coalgrid.api;

import org.coalgrid.targets.TargetReport;

/**
 * The plan's own targets against the least-cost plan ({@link CoalGrid#checkTargets}): MET, MET BY DATA, MISSED
 * (with the extra cost of forcing it), INFEASIBLE — PLAN or INFEASIBLE — INSTANCE (with the arithmetic and the
 * assumption that holds it back) per target, then the conflicts among them. See docs/targets.md.
 * <pre>{@code
 * TargetCheckResult t = coalgrid.checkTargets(plan);
 * if (t.baseSolved()) {
 *   t.report().targets().forEach(r -> System.out.println(r.id() + ": " + r.status()));
 * }
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param report the check, as written by {@code check-targets --out}
 */
public record TargetCheckResult(TargetReport report) {

  /** Whether the plan without targets solved (otherwise no target was checked). */
  public boolean baseSolved() {
    return report.baseObjectiveCny() != null;
  }

  /** The exit code of the check: 0 when the base plan solved, else the code of its status. */
  public int exitCode() {
    return baseSolved() ? ExitCodes.OK : ExitCodes.forStatus(report.baseStatus());
  }
}
