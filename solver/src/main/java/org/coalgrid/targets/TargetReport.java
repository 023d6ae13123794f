package org.coalgrid.targets;

import java.util.List;

/**
 * The result of {@link TargetCheck}: the base (least-cost) solve, one line per target, the joint check of
 * every achievable target and the conflicts found. Values in the metric's domain unit ({@code unit}: t/yr,
 * MWh/yr, MW, share, gce/kWh); money in CNY/yr. Contains no times, so the same run gives the same bytes.
 *
 * @param baseStatus status of the solve without targets (OPTIMAL, FEASIBLE, ...)
 * @param baseObjectiveCny its objective, or null without a solution
 * @param targets one result per target, in file order (empty without a base solution)
 * @param joint forcing all achievable targets at once (null when there are none or no base solution)
 * @param conflicts sets of achievable targets that cannot be met together
 * @param solves number of solves the check ran (base included)
 */
public record TargetReport(String instance, String objectiveMode, String backend, String baseStatus,
    Double baseObjectiveCny, List<TargetResult> targets, Joint joint, List<Conflict> conflicts, int solves) {

  /**
   * One target. {@code gap = achieved - value} (signed) and {@code gapPercent = 100 gap / |value|};
   * {@code extraCostCny} is the objective of the plan with the target forced minus the base objective (null
   * when met by the least-cost plan or when forcing it is infeasible); {@code unservedIncreaseMwh} is the
   * unserved energy the forced plan adds (value of lost load is then part of the extra cost).
   */
  public record TargetResult(String id, String name, String metric, String sense, double value,
      double tolerance, String unit, String source, Double achieved, Double gap, Double gapPercent,
      TargetStatus status, Double extraCostCny, Double unservedIncreaseMwh, String note) {}

  /** All achievable targets forced together: feasible or not, and the extra cost if feasible. */
  public record Joint(List<String> targetIds, String status, Double extraCostCny, String note) {}

  /** Targets that are each achievable alone but cannot be met together ({@code method}: pair or minimal set). */
  public record Conflict(List<String> targetIds, String method, String note) {}

  public long count(TargetStatus s) {
    return targets.stream().filter(t -> t.status() == s).count();
  }
}
