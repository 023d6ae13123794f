package org.coalgrid.domain;

import java.util.Map;

/**
 * An export contract (西电东送) with an external region: firm energy {@code firmMwh} per year (spread over
 * periods by hours) or per period {@code firmMwhByPeriod}; deliveries up to {@code maxMw}; paid
 * {@code priceCnyPerMwh}, or per period {@code priceCnyPerMwhByPeriod} (a time-of-use price 峰谷电价, overriding
 * {@code priceCnyPerMwh} in the periods it names); each MWh short costs {@code shortfallPenaltyCnyPerMwh}.
 */
public record ExportContract(String id, String name, String region, double firmMwh,
    Map<String, Double> firmMwhByPeriod, Double maxMw, double priceCnyPerMwh,
    Map<String, Double> priceCnyPerMwhByPeriod, double shortfallPenaltyCnyPerMwh) {

  public ExportContract {
    firmMwhByPeriod = OrderedMaps.copy(firmMwhByPeriod);
    priceCnyPerMwhByPeriod = OrderedMaps.copy(priceCnyPerMwhByPeriod);
  }

  /** A contract with one price in every period. */
  public ExportContract(String id, String name, String region, double firmMwh, Map<String, Double> firmMwhByPeriod,
      Double maxMw, double priceCnyPerMwh, double shortfallPenaltyCnyPerMwh) {
    this(id, name, region, firmMwh, firmMwhByPeriod, maxMw, priceCnyPerMwh, Map.of(), shortfallPenaltyCnyPerMwh);
  }

  /** The price paid per MWh delivered in period {@code periodId} (CNY/MWh). */
  public double priceIn(String periodId) {
    return priceCnyPerMwhByPeriod.getOrDefault(periodId, priceCnyPerMwh);
  }
}
