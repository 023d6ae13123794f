package org.coalgrid.repair;

import java.util.List;
import java.util.Map;

/**
 * What the elastic repair found. {@code status}: REPAIRED (the relaxations below make the plan close),
 * NOT_REPAIRABLE (even relaxing every allowed kind does not), or FAILED (the backend failed or hit its time
 * limit; {@code note} says why). {@code totalWeightedCny} is the minimum of sum weight x relaxation (phase 1);
 * {@code objectiveCny} the least system cost of the plan with that much relaxation (phase 2; null if phase 2
 * did not solve). {@code relaxations} are largest (by weighted size) first. {@code alternatives} gives, for each
 * kind used, the cheapest repair that does without it.
 */
public record RepairResult(String status, String note, String backend, List<String> relaxable,
    Map<String, Double> weights, Double totalWeightedCny, Double objectiveCny, List<Relaxation> relaxations,
    List<Alternative> alternatives) {

  public boolean repaired() {
    return "REPAIRED".equals(status);
  }

  /** The cheapest repair without {@code without}: its relaxations, or a note that there is none. */
  public record Alternative(String without, Double totalWeightedCny, List<Relaxation> relaxations, String note) {}
}
