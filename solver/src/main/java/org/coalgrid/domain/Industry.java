package org.coalgrid.domain;

import java.util.Map;

/**
 * An energy-intensive plant or park of a chain. Output in t/yr: {@code capacityT} (what it can make),
 * {@code minOutputT} (least it must make in welfare mode), {@code plannedOutputT} (what it makes in cost
 * mode; null = capacity). Per tonne of product: {@code electricityMwhPerT} MWh, {@code coalFeedTPerT} t of
 * each grade (fuel and feedstock), {@code heatGjPerT} GJ of process heat from CHP; {@code valueAddedCnyPerT}
 * counts in welfare mode. {@code potlines}: optional integer lines (电解槽系列) that cap output.
 */
public record Industry(
    String id,
    String name,
    String region,
    Chain chain,
    String product,
    double capacityT,
    double minOutputT,
    Double plannedOutputT,
    double electricityMwhPerT,
    Map<String, Double> coalFeedTPerT,
    double heatGjPerT,
    double valueAddedCnyPerT,
    LoadProfile profile,
    Potlines potlines) {

  public Industry {
    coalFeedTPerT = OrderedMaps.copy(coalFeedTPerT);
  }

  /** This industry with other potlines (a pathway's year instance). */
  public Industry withPotlines(Potlines other) {
    return new Industry(id, name, region, chain, product, capacityT, minOutputT, plannedOutputT, electricityMwhPerT,
        coalFeedTPerT, heatGjPerT, valueAddedCnyPerT, profile, other);
  }

  /** Output required in cost mode (t/yr). */
  public double plannedOutput() {
    return plannedOutputT != null ? plannedOutputT : capacityT;
  }
}
