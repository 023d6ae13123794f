package org.coalgrid.targets;

import java.util.List;

/**
 * The result of {@link TargetCheck}: the base (least-cost) solve, one line per target, the joint check of every
 * achievable target and the conflicts found. Values in the metric's domain unit ({@code unit}: t/yr, MWh/yr, MW,
 * share, gce/kWh); money in CNY/yr. Contains no times, so the same run gives the same bytes.
 *
 * @param baseStatus status of the solve without targets (OPTIMAL, FEASIBLE, ...)
 * @param baseObjectiveCny its objective, or null without a solution
 * @param targets one result per target, in file order (empty without a base solution)
 * @param joint forcing all achievable targets at once (null when there are none or no base solution)
 * @param conflicts sets of targets that cannot be met together: the plan's own (by the targets' arithmetic) and
 *     those the instance's data make collide (found by re-solves)
 * @param solves number of solves the check ran (base included)
 */
public record TargetReport(String instance, String objectiveMode, String backend, String baseStatus,
    Double baseObjectiveCny, List<TargetResult> targets, Joint joint, List<Conflict> conflicts, int solves) {

  public TargetReport {
    targets = List.copyOf(targets);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * One target. {@code gap = achieved - value} (signed) and {@code gapPercent = 100 gap / |value|};
   * {@code extraCostCny} is the objective of the plan with the target forced minus the base objective (null
   * when met by the least-cost plan or when forcing it is infeasible); {@code unservedIncreaseMwh} is the
   * unserved energy the forced plan adds (value of lost load is then part of the extra cost). {@code reach} is
   * the value of the metric in the plan the instance allows that is most favourable to the target (for a target
   * not met) or least favourable (for a target met): the ends the model can move it to. {@code arithmetic} shows
   * the numbers behind an INFEASIBLE or MET BY DATA verdict; {@code limits} are the instance's inputs that hold the
   * metric back, each with where it comes from.
   */
  public record TargetResult(String id, String name, String metric, String sense, double value,
      double tolerance, String unit, String source, Double achieved, Double gap, Double gapPercent,
      TargetStatus status, Double extraCostCny, Double unservedIncreaseMwh, Double reach, Arithmetic arithmetic,
      List<Limit> limits, String note) {

    public TargetResult {
      limits = limits == null ? List.of() : List.copyOf(limits);
    }
  }

  /**
   * An input of the instance that holds a metric back: its override path ({@code industries.coke.plannedOutputT},
   * usable with {@code --set}), value and unit, and where it comes from ({@code origin}: SEED, EXTERNAL, ASSUMPTION,
   * NONE) with the source or assumption id ({@code A-...} from the note, else the path) and the note.
   */
  public record Limit(String path, double value, String unit, String origin, String id, String note) {

    public boolean assumed() {
      return origin.equals("ASSUMPTION") || origin.equals("NONE");
    }
  }

  /**
   * The numbers behind a verdict, in domain units: {@code lead} (what they show), the terms combined by
   * {@code operator} ("+" for a sum of the instance's figures, "x" for a product of target bands) giving
   * {@code result}, then how that compares ({@code relation}: "<", ">", "<=", ">=") with {@code bound}, the end of
   * the band named by {@code boundLabel}. Terms may be empty when the result comes from a solve.
   */
  public record Arithmetic(String lead, List<Term> terms, String operator, double result, String unit,
      String relation, double bound, String boundLabel) {

    public Arithmetic {
      terms = List.copyOf(terms);
    }
  }

  /** One term of an {@link Arithmetic}: a label and its value in {@code unit}. */
  public record Term(String label, double value, String unit) {}

  /** All achievable targets forced together: feasible or not, and the extra cost if feasible. */
  public record Joint(List<String> targetIds, String status, Double extraCostCny, String note) {}

  /**
   * Targets that cannot be met together. {@code kind} PLAN: their own numbers conflict (shown in
   * {@code arithmetic}, no model needed); INSTANCE: each is achievable but the instance's data make them collide
   * ({@code arithmetic} shows the numbers that collide, {@code limits} the assumptions among the inputs that
   * would have to move). {@code method}: arithmetic, pair or minimal set.
   */
  public record Conflict(List<String> targetIds, String kind, String method, Arithmetic arithmetic, List<Limit> limits,
      String note) {

    public Conflict {
      targetIds = List.copyOf(targetIds);
      limits = limits == null ? List.of() : List.copyOf(limits);
    }
  }

  public long count(TargetStatus s) {
    return targets.stream().filter(t -> t.status() == s).count();
  }

  /** Targets met (by the optimisation or by the data). */
  public long countMet() {
    return targets.stream().filter(t -> t.status().isMet()).count();
  }

  /** Targets no plan meets (either verdict). */
  public long countInfeasible() {
    return targets.stream().filter(t -> t.status().isInfeasible()).count();
  }
}
