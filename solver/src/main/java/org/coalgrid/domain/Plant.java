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
 * {@code capacityCredit}: share of the capacity that counts as firm for a reserve margin 备用率 (null = the
 * type's default, {@link PlantType#defaultCapacityCredit()}; hydro by its driest season's energy);
 * {@code rampMwPerHour}: most change of output from one chronological step to the next, per hour (null = no
 * limit; applies with representative days or a full year). With {@code commitment} on chronological steps:
 * {@code startupCostCny}, what one start of one unit costs (CNY per start; null = free starts);
 * {@code minUpHours} and {@code minDownHours}, the least hours a started unit stays on and a stopped unit
 * stays off (null = no limit).
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
    Build build,
    Double capacityCredit,
    Double rampMwPerHour,
    Double startupCostCny,
    Double minUpHours,
    Double minDownHours) {

  public Plant {
    availabilityByPeriod = OrderedMaps.copy(availabilityByPeriod);
    grades = grades == null ? List.of() : List.copyOf(grades);
  }

  /** A plant with the type's capacity credit and no ramp limit. */
  public Plant(String id, String name, String region, PlantType type, double capacityMw, double availability,
      Map<String, Double> availabilityByPeriod, double heatRateGcePerKwh, List<String> grades, double minLoadShare,
      double vomCnyPerMwh, double fuelCostCnyPerMwh, double desulfurisationShare, boolean large, boolean commitment,
      Double unitMw, Hydro hydro, Storage storage, Chp chp, Build build) {
    this(id, name, region, type, capacityMw, availability, availabilityByPeriod, heatRateGcePerKwh, grades,
        minLoadShare, vomCnyPerMwh, fuelCostCnyPerMwh, desulfurisationShare, large, commitment, unitMw, hydro, storage,
        chp, build, null, null, null, null, null);
  }

  /** True if the plant has start-up costs or minimum up or down times (they apply with commitment). */
  public boolean hasCommitmentDynamics() {
    return startupCostCny != null || minUpHours != null || minDownHours != null;
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

  /** This plant with other hydro energy limits (a hydrology scenario's year). */
  public Plant withHydro(Hydro other) {
    return new Plant(id, name, region, type, capacityMw, availability, availabilityByPeriod, heatRateGcePerKwh, grades,
        minLoadShare, vomCnyPerMwh, fuelCostCnyPerMwh, desulfurisationShare, large, commitment, unitMw, other, storage,
        chp, build, capacityCredit, rampMwPerHour, startupCostCny, minUpHours, minDownHours);
  }

  /** This plant with another capacity before builds and another build (a pathway's year instance). */
  public Plant withCapacity(double capacity, Build newBuild) {
    return new Plant(id, name, region, type, capacity, availability, availabilityByPeriod, heatRateGcePerKwh, grades,
        minLoadShare, vomCnyPerMwh, fuelCostCnyPerMwh, desulfurisationShare, large, commitment, unitMw, hydro, storage,
        chp, newBuild, capacityCredit, rampMwPerHour, startupCostCny, minUpHours, minDownHours);
  }
}
