package org.coalgrid.domain;

import java.util.List;
import java.util.Map;

/**
 * A generating plant (or a group of like units). {@code capacityMw}: installed MW before builds;
 * {@code availability}: share of capacity available in every period, overridden per period by
 * {@code availabilityByPeriod}; {@code heatRateGcePerKwh}: coal per kWh sent out (gce/kWh = kgce/MWh);
 * {@code vomCnyPerMwh}: variable O&amp;M; {@code fuelCostCnyPerMwh}: non-coal fuel (gas) cost;
 * {@code desulfurisationShare}: share of SO2 removed; {@code minLoadShare} and {@code unitMw} apply with
 * {@code commitment}. Type-specific parts: {@code hydro}, {@code storage} (pumped storage), {@code chp}.
 */
public record Plant(
    String id,
    String name,
    String region,
    PlantType type,
    double capacityMw,
    double availability,
    Map<String, Double> availabilityByPeriod,
    double heatRateGcePerKwh,
    List<String> grades,
    double minLoadShare,
    double vomCnyPerMwh,
    double fuelCostCnyPerMwh,
    double desulfurisationShare,
    boolean large,
    boolean commitment,
    Double unitMw,
    Hydro hydro,
    Storage storage,
    Chp chp,
    Build build) {

  public Plant {
    availabilityByPeriod = availabilityByPeriod == null ? Map.of() : Map.copyOf(availabilityByPeriod);
    grades = grades == null ? List.of() : List.copyOf(grades);
  }

  /** Availability share in period {@code periodId}. */
  public double availabilityIn(String periodId) {
    return availabilityByPeriod.getOrDefault(periodId, availability);
  }

  /** Size of one unit for commitment and builds (MW). */
  public double unitSizeMw() {
    if (unitMw != null) {
      return unitMw;
    }
    return build != null ? build.unitMw() : capacityMw;
  }
}
