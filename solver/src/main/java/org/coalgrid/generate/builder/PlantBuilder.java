package org.coalgrid.generate.builder;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PlantType;

/** Builds a {@link org.coalgrid.domain.Plant} with its hydro, storage, CHP and candidate-build parts. */
public final class PlantBuilder extends EntityBuilder<PlantBuilder> {
  public PlantBuilder(String id) {
    super("plant");
    put("id", id);
  }

  public PlantBuilder name(String name) {
    return put("name", name);
  }

  public PlantBuilder region(String regionId) {
    return put("region", regionId);
  }

  public PlantBuilder type(PlantType type) {
    return put("type", type);
  }

  public PlantBuilder capacityMw(Number mw) {
    return put("capacityMw", mw);
  }

  public PlantBuilder availability(Number share) {
    return put("availability", share);
  }

  public PlantBuilder availabilityByPeriod(Map<String, ? extends Number> shareByPeriod) {
    return put("availabilityByPeriod", numbers(shareByPeriod));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public PlantBuilder availabilityByPeriod(Series series) {
    return put("availabilityByPeriod", series);
  }
  /** The availability in one period (one entry of availabilityByPeriod). */
  public PlantBuilder availabilityByPeriod(String periodId, Number share) {
    return putEntry("availabilityByPeriod", periodId, share);
  }


  public PlantBuilder heatRateGcePerKwh(Number gcePerKwh) {
    return put("heatRateGcePerKwh", gcePerKwh);
  }

  public PlantBuilder grades(String... gradeIds) {
    return put("grades", List.of(gradeIds));
  }

  public PlantBuilder minLoadShare(Number share) {
    return put("minLoadShare", share);
  }

  public PlantBuilder vomCnyPerMwh(Number cny) {
    return put("vomCnyPerMwh", cny);
  }

  public PlantBuilder fuelCostCnyPerMwh(Number cny) {
    return put("fuelCostCnyPerMwh", cny);
  }

  public PlantBuilder desulfurisationShare(Number share) {
    return put("desulfurisationShare", share);
  }

  public PlantBuilder large(boolean large) {
    return put("large", large);
  }

  public PlantBuilder commitment(boolean commitment) {
    return put("commitment", commitment);
  }

  public PlantBuilder unitMw(Number mw) {
    return put("unitMw", mw);
  }

  public PlantBuilder hydro(HydroBuilder hydro) {
    return put("hydro", hydro);
  }

  public PlantBuilder storage(StorageBuilder storage) {
    return put("storage", storage);
  }

  public PlantBuilder chp(ChpBuilder chp) {
    return put("chp", chp);
  }

  /**
   * The explicit style writes every field with its default, except capacityCredit, rampMwPerHour and the
   * commitment dynamics (startupCostCny, minUpHours, minDownHours), written only
   * when set: files written before them keep their bytes.
   */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("capacityCredit", "rampMwPerHour", "startupCostCny", "minUpHours", "minDownHours");
  }

  /** Share of capacity that is firm for a reserve margin 备用率 (null: the type's default). */
  public PlantBuilder capacityCredit(Number share) {
    return put("capacityCredit", share);
  }

  /** Most change of output per hour between chronological steps (MW/h; null: no limit). */
  public PlantBuilder rampMwPerHour(Number mwPerHour) {
    return put("rampMwPerHour", mwPerHour);
  }

  /** What one start of one unit costs (CNY per start; with commitment on chronological steps). */
  public PlantBuilder startupCostCny(Number cnyPerStart) {
    return put("startupCostCny", cnyPerStart);
  }

  /** Least hours a started unit stays on (h; with commitment on chronological steps). */
  public PlantBuilder minUpHours(Number hours) {
    return put("minUpHours", hours);
  }

  /** Least hours a stopped unit stays off (h; with commitment on chronological steps). */
  public PlantBuilder minDownHours(Number hours) {
    return put("minDownHours", hours);
  }

  public PlantBuilder build(CandidateBuilder build) {
    return put("build", build);
  }

  /** The availability share per period: one value per period (step), in period order (written as a list). */
  public PlantBuilder availabilityByPeriod(double... values) {
    return put("availabilityByPeriod", series(values));
  }
}
