package org.coalgrid.domain;

import java.util.Map;

/**
 * Electricity demand of a region outside the modelled industries: {@code mw} (average MW, every period)
 * overridden by {@code mwByPeriod}, or {@code annualMwh} spread in proportion to period hours.
 * Unserved load costs {@code vollCnyPerMwh} (null = the instance default).
 */
public record Demand(String id, String region, Double mw, Map<String, Double> mwByPeriod, Double annualMwh,
    Double vollCnyPerMwh) {

  public Demand {
    mwByPeriod = OrderedMaps.copy(mwByPeriod);
  }
}
