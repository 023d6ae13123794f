package org.coalgrid.targets;

/** How a plan target fares against the model (see docs/targets.md). */
public enum TargetStatus {
  /** The least-cost plan meets it within its tolerance, or another plan of the same cost does. */
  MET,
  /** The least-cost plan does not meet it, but a plan that meets it exists (at an extra cost). */
  MISSED,
  /** No plan meets it, even when it is imposed as a constraint (or the data fix the metric outside it). */
  INFEASIBLE,
  /** The re-solve with the target imposed ended without an answer (time limit, solver error). */
  UNDECIDED
}
