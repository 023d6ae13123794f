package org.coalgrid.repair;

import java.util.List;
import java.util.Map;

/**
 * One relaxation of the repaired plan, summed over periods: {@code kind} (see {@link RelaxKind}), the entity and
 * its name, {@code direction} "below" (activity below a minimum or obligation) or "above" (activity above a
 * cap), {@code amount} in {@code unit} (for rows in MW per period: the largest MW over the periods), the energy
 * {@code energyMwh} for MW rows (MW times hours, summed; null otherwise), the amount per period (null for
 * annual rows), {@code weightedCny} = weight times amount (what ranks it), the sentence in planner words, and the
 * {@code fixes}: the fields of the instance that would have to change for the plan to close without this
 * relaxation, with the values that would do (empty where no single field says it).
 */
public record Relaxation(String kind, String entity, String name, String direction, double amount, String unit,
    Double energyMwh, Map<String, Double> periods, double weightedCny, String text, List<Fix> fixes) {

  /**
   * A field of the instance to change: its JSON path ({@code $.mines[2].capacityT}), its value now and the value
   * that closes the plan without the relaxation (in the field's unit, {@code unit}).
   */
  public record Fix(String path, double now, double needed, String unit) {}
}
