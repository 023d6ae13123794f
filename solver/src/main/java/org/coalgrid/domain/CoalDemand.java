package org.coalgrid.domain;

/**
 * Coal used outside the modelled chains (households, other industry, or a buyer in an external region):
 * {@code firmT} t/yr must be delivered; up to {@code maxT} may be sold at {@code priceCnyPerT} (revenue).
 */
public record CoalDemand(String id, String region, String grade, double firmT, Double maxT, double priceCnyPerT) {

  public double maxOrFirm() {
    return maxT != null ? maxT : firmT;
  }
}
