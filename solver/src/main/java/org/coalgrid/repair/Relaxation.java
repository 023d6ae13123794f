package org.coalgrid.repair;

import java.util.Map;

/**
 * One relaxation of the repaired plan, summed over periods: {@code kind} (see {@link RelaxKind}), the entity and
 * its name, {@code direction} "below" (activity below a minimum or obligation) or "above" (activity above a
 * cap), {@code amount} in {@code unit} (for rows in MW per period: the largest MW over the periods), the energy
 * {@code energyMwh} for MW rows (MW times hours, summed; null otherwise), the amount per period (null for
 * annual rows), {@code weightedCny} = weight times amount (what ranks it) and the sentence in planner words.
 */
public record Relaxation(String kind, String entity, String name, String direction, double amount, String unit,
    Double energyMwh, Map<String, Double> periods, double weightedCny, String text) {}
