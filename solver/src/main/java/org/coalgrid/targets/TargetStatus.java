package org.coalgrid.targets;

/**
 * How a plan target fares against the model (see docs/targets.md). The two INFEASIBLE verdicts tell the plan's
 * own conflicts from the instance's assumptions.
 */
public enum TargetStatus {
  /** The least-cost plan meets it within its tolerance (or another plan of the same cost does); other plans miss it. */
  MET("MET"),
  /** Every plan the instance allows meets it: the target is an input the optimisation cannot change. */
  MET_BY_DATA("MET BY DATA"),
  /** The least-cost plan does not meet it, but a plan that meets it exists, at an extra cost. */
  MISSED("MISSED"),
  /** No plan meets it, and what holds the metric back are the plan's own numbers (seed or external sources). */
  INFEASIBLE_PLAN("INFEASIBLE — PLAN"),
  /** No plan meets it, and what holds the metric back includes an assumption of the instance (named). */
  INFEASIBLE_INSTANCE("INFEASIBLE — INSTANCE"),
  /** The re-solve with the target imposed ended without an answer (time limit, solver error). */
  UNDECIDED("UNDECIDED");

  private final String label;

  TargetStatus(String label) {
    this.label = label;
  }

  /** As printed: "MET BY DATA", "INFEASIBLE — PLAN", ... */
  public String label() {
    return label;
  }

  /** Met by the least-cost plan, whether by the optimisation or by the data. */
  public boolean isMet() {
    return this == MET || this == MET_BY_DATA;
  }

  public boolean isInfeasible() {
    return this == INFEASIBLE_PLAN || this == INFEASIBLE_INSTANCE;
  }
}
