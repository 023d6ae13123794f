package org.coalgrid.domain;

import java.util.Map;

/**
 * An export contract (西电东送) with an external region: firm energy {@code firmMwh} per year (spread over
 * periods by hours) or per period {@code firmMwhByPeriod}; deliveries up to {@code maxMw}; paid
 * {@code priceCnyPerMwh}; each MWh short costs {@code shortfallPenaltyCnyPerMwh}.
 */
public record ExportContract(String id, String name, String region, double firmMwh,
    Map<String, Double> firmMwhByPeriod, Double maxMw, double priceCnyPerMwh, double shortfallPenaltyCnyPerMwh) {

  public ExportContract {
    firmMwhByPeriod = firmMwhByPeriod == null ? Map.of() : Map.copyOf(firmMwhByPeriod);
  }
}
