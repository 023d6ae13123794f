package org.coalgrid.domain;

import java.util.Map;

/**
 * A transmission corridor from one region to another. {@code capacityMw} per direction (overridden per
 * period by {@code capacityMwByPeriod}); a {@code bidirectional} line shares it between both directions.
 * {@code lossShare} of what is sent is lost; {@code wheelingCnyPerMwh} is charged on MWh sent.
 * A line into an external region is an export corridor (西电东送).
 */
public record Line(String id, String name, String from, String to, double capacityMw,
    Map<String, Double> capacityMwByPeriod, double lossShare, double wheelingCnyPerMwh, boolean bidirectional,
    Build build) {

  public Line {
    capacityMwByPeriod = OrderedMaps.copy(capacityMwByPeriod);
  }

  public double capacityIn(String periodId) {
    return capacityMwByPeriod.getOrDefault(periodId, capacityMw);
  }
}
