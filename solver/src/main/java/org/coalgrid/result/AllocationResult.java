package org.coalgrid.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The answer in domain words and units (t, MW, MWh, CNY), as written to solution.json. Contains nothing
 * that varies between identical runs (no times, no dates), so the same instance, backend and threads give
 * the same bytes. {@code scenario} lists the {@code --set} overrides applied (empty when none); {@code warnings}
 * the warnings of the instance's checks, one line each with its JSON path (the field is left out when there are none).
 */
public record AllocationResult(
    String coalgridVersion,
    String instance,
    List<ScenarioEdit> scenario,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
    String status,
    String statusNote,
    String objectiveMode,
    Map<String, Object> solver,
    ModelSize model,
    Objective objective,
    Kpis kpis,
    List<MineResult> mines,
    List<ArcResult> coalArcs,
    List<PlantResult> plants,
    List<LineResult> lines,
    List<IndustryResult> industries,
    List<DirectSupplyResult> directSupplies,
    List<DemandResult> demands,
    List<CoalDemandResult> coalDemands,
    List<ExportResult> exports,
    List<PolicyResult> policies,
    PriceResult prices,
    List<BindingConstraint> binding) {

  /**
   * One {@code --set} what-if applied to the instance file before solving: as given ({@code set}), where it
   * landed in the file ({@code jsonPath}), the value it replaced (null if the field was absent) and the new value.
   */
  public record ScenarioEdit(String set, String jsonPath, JsonNode previous, JsonNode value) {
    /** The record of what-if {@code a} as it was applied. */
    public static ScenarioEdit of(org.coalgrid.io.Scenario.Applied a) {
      return new ScenarioEdit(a.text(), a.jsonPath(), a.previous(), a.value());
    }
  }

  public record ModelSize(int variables, int constraints, int nonzeros, int integerVariables) {}

  /** Objective and its terms in CNY/yr; {@code relativeGap} for MILPs. */
  public record Objective(double totalCny, Map<String, Double> termsCny, Double bestBoundCny, Double relativeGap) {}

  public record Kpis(
      double coalProducedT,
      double coalToPowerT,
      double coalToIndustryT,
      double coalOutboundT,
      double coalToOtherDemandT,
      double localConversionRate,
      double generationMwh,
      Map<String, Double> generationByTypeMwh,
      Map<String, Double> capacityByTypeMw,
      double exportContractMwh,
      double exportDeliveredMwh,
      double exportShortfallMwh,
      double unservedMwh,
      double directSupplyMwh,
      double co2T,
      double so2T,
      Double unitCoalLargeGcePerKwh) {}

  /**
   * A mine's output; {@code capacityT} includes what is built. {@code builtUnits}, {@code builtT}: units and t/yr of
   * capacity built (only for a mine with a candidate build). {@code washery}: only for a mine whose washing has a
   * washery capacity or build.
   */
  public record MineResult(String id, String region, String grade, double outputT, double capacityT,
      double minOutputT, double washedCleanT, double washedByproductT, double costCnyPerT,
      Double capacityShadowPriceCnyPerT, @JsonInclude(JsonInclude.Include.NON_NULL) Integer builtUnits,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double builtT,
      @JsonInclude(JsonInclude.Include.NON_NULL) WasheryResult washery) {}

  /**
   * A mine's washery 洗煤厂 (§4.19): {@code washedT} raw t/yr washed (ww), {@code capacityT} its capacity incl. what
   * is built (t/yr of raw coal), {@code builtUnits}/{@code builtT} what is built (only with a washery build), and
   * {@code capacityShadowPriceCnyPerT} the dual of wash_cap (what one more t/yr of washery capacity is worth; null
   * without certified prices).
   */
  public record WasheryResult(double washedT, double capacityT,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer builtUnits,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double builtT, Double capacityShadowPriceCnyPerT) {}

  public record ArcResult(String id, String from, String to, String mode, Map<String, Double> flowsT, double totalT,
      Double capacityT, double lossT, Double capacityShadowPriceCnyPerT) {}

  /**
   * {@code onlineUnits}: units online in the period, written only for plants with unit commitment;
   * {@code startedUnits}, {@code stoppedUnits}: units started and stopped at the start of the step, written only
   * for committed plants with start-up costs or minimum up or down times on chronological steps (§4.18).
   */
  public record PlantPeriod(String period, double mw, double mwh, double availableMw, Double pumpMw, Double levelMwh,
      Double spillMwh, Double rentCnyPerMwh, @JsonInclude(JsonInclude.Include.NON_NULL) Integer onlineUnits,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer startedUnits,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer stoppedUnits) {}

  /**
   * A committed plant's start-ups in the year (§4.18): {@code starts} Σ_t w[t]·su[t] (unit starts per year, w the
   * days a step's day stands for), {@code startedMw} Σ_t w[t]·unitMw·su[t] (MW started per year) and
   * {@code costCny} startupCostCny × starts (CNY/yr).
   */
  public record StartUps(double starts, double startedMw, double costCny) {}

  /**
   * A plant's result. {@code stageLevelsMwh}: a reservoir with representative days or a full year, its level at the
   * end of each stage (month), by stage id (absent otherwise); {@code dayStartLevelsMwh}: inter-day storage, its
   * stored energy at the start of each day of the year (absent otherwise); {@code arbitrageCny}: a storage plant
   * (pumped storage 抽水蓄能, battery) that pumps or generates, what it earns in the year at the electricity prices
   * of its region, Σ_t price[r,t]·(generation − pumping)[t]·h[t] (CNY/yr; absent otherwise and without prices);
   * {@code startUps}: a committed plant with start-up costs or minimum up or down times on chronological steps,
   * its start-ups in the year (absent otherwise).
   */
  public record PlantResult(String id, String region, String type, boolean large, double capacityMw, int builtUnits,
      double builtMw, double generationMwh, double utilisationHours, Map<String, Double> coalT,
      Double coalFromLargeMinesT, double fuelTce, List<PlantPeriod> periods,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> stageLevelsMwh,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> dayStartLevelsMwh,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double arbitrageCny,
      @JsonInclude(JsonInclude.Include.NON_NULL) StartUps startUps) {

    /** A plant without stage or day-start levels (blocks, or no storage of that kind). */
    public PlantResult(String id, String region, String type, boolean large, double capacityMw, int builtUnits,
        double builtMw, double generationMwh, double utilisationHours, Map<String, Double> coalT,
        Double coalFromLargeMinesT, double fuelTce, List<PlantPeriod> periods) {
      this(id, region, type, large, capacityMw, builtUnits, builtMw, generationMwh, utilisationHours, coalT,
          coalFromLargeMinesT, fuelTce, periods, null, null, null, null);
    }
  }

  public record LinePeriod(String period, double flowMw, double reverseMw, double capacityMw,
      Double congestionRentCnyPerMwh) {}

  public record LineResult(String id, String from, String to, boolean bidirectional, boolean export, int builtUnits,
      double builtMw, double sentMwh, double lossMwh, int congestedPeriods, List<LinePeriod> periods) {}

  public record IndustryPeriod(String period, double outputT, double loadMw) {}

  public record IndustryResult(String id, String region, String chain, String product, double outputT,
      double plannedOutputT, double capacityT, double electricityMwh, Map<String, Double> coalT, double heatGj,
      Integer potlinesRunning, Double marginalCostCnyPerT, List<IndustryPeriod> periods,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer potlinesBuilt) {}

  public record DirectSupplyResult(String id, String plant, String industry, double energyMwh,
      Map<String, Double> mwByPeriod) {}

  public record DemandPeriod(String period, double demandMw, double unservedMw) {}

  public record DemandResult(String id, String region, double demandMwh, double unservedMwh,
      List<DemandPeriod> periods) {}

  public record CoalDemandResult(String id, String region, String grade, double firmT, double servedT) {}

  public record ExportPeriod(String period, double firmMwh, double deliveredMw, double deliveredMwh,
      double shortfallMwh, Double marginalCostCnyPerMwh) {}

  public record ExportResult(String id, String region, double firmMwh, double deliveredMwh, double shortfallMwh,
      double revenueCny, List<ExportPeriod> periods) {}

  public record PolicyResult(String id, String name, String type, double activity, double lowerBound,
      double upperBound, String unit, boolean binding, Double shadowPrice, String shadowPriceUnit) {}

  public record RegionPeriodPrice(String region, String period, double cnyPerMwh) {}

  public record RegionGradePrice(String region, String grade, String originClass, double cnyPerT) {}

  /**
   * Prices from certified duals. {@code rowDuals} holds every row's nonzero dual by row name (the names of the
   * exported MPS file and docs/formulation.md), in the domain unit of its row (CNY/t, CNY/tce, CNY/MWh, CNY/GJ,
   * ...); a row not listed has dual 0. It is the whole dual solution, so the independent verifier can check it.
   */
  public record PriceResult(boolean available, String source, String note, Map<String, Object> certificate,
      List<RegionPeriodPrice> electricity, List<RegionGradePrice> coal, List<RegionPeriodPrice> heatCnyPerGj,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> rowDuals) {}

  /**
   * A constraint at its bound with a nonzero dual. {@code shadowPrice} is d(cost)/d(rhs) in {@code unit};
   * {@code valueOfRelaxing} is the cost saved per unit the constraint is relaxed (CNY per rhsUnit, &gt;= 0);
   * {@code valueOfOnePercentCny} is the first-order saving of relaxing it by 1 % of its size (CNY/yr), the
   * unit-free measure used to rank caps of different kinds.
   */
  public record BindingConstraint(String row, String family, String entity, String period, double shadowPrice,
      String unit, double valueOfRelaxing, String rhsUnit, double valueOfOnePercentCny) {}
}
