package org.coalgrid.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.TransportMode;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.ChpBuilder;
import org.coalgrid.generate.builder.CoalArcBuilder;
import org.coalgrid.generate.builder.CoalDemandBuilder;
import org.coalgrid.generate.builder.CoalGradeBuilder;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.EntityBuilder;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.MineBuildBuilder;
import org.coalgrid.generate.builder.MineBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;
import org.coalgrid.generate.builder.PotlineBuildBuilder;
import org.coalgrid.generate.builder.PotlinesBuilder;
import org.coalgrid.generate.builder.RegionBuilder;
import org.coalgrid.generate.builder.StorageBuilder;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.generate.builder.WashingBuilder;
import org.coalgrid.io.InstanceException;

/**
 * Builds small {@link Instance}s in code so a test reads like the instance it makes, on the record builders of
 * {@code org.coalgrid.generate.builder}. Defaults: one period "year" of 8760 h (replaced by the first
 * {@link #period}), hoursInYear 8760, VoLL 10000 CNY/MWh, no carbon price, names equal to ids, empty lists.
 * Entity helpers take the fields that matter; the modifiers after them ({@link #vom}, {@link #minOutput},
 * {@link #bidirectional}, ...) change the entity of that kind added last. {@link #build} binds the records
 * without the semantic validation (tests of odd cases), {@link #builder} gives the instance builder itself.
 *
 * <pre>
 *   Instance in = Fixtures.create().region("A").grade("steam", 0.7)
 *       .mine("M", "A", "steam", 1e6, 300).coalPlant("P", "A", 100, 300, "steam").vom(20)
 *       .demand("D", "A", 80).build();
 * </pre>
 */
public final class Fixtures {
  private final MetaBuilder meta = new MetaBuilder("fixture").description("built in a test").year(2025)
      .currency("CNY").hoursInYear(8760).vollCnyPerMwh(10_000).carbonPriceCnyPerTCo2(0);
  private final InstanceBuilder in = new InstanceBuilder(meta);
  private final List<EntityBuilder<?>> last = new ArrayList<>();

  private Fixtures() {}

  public static Fixtures create() {
    return new Fixtures();
  }

  /** {@code id -> value} map from alternating arguments: {@code map("wet", 1.0, "dry", 2.0)}. */
  public static Map<String, Double> map(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      m.put((String) kv[k], ((Number) kv[k + 1]).doubleValue());
    }
    return m;
  }

  // ---- meta and periods ----

  /**
   * Cuts the year into representative days or a full year instead of periods; per-period values are then keyed
   * by the step ids ({@code DAY-h00}, ...).
   */
  public Fixtures time(TimeBuilder time) {
    in.time(time);
    return this;
  }

  /** Adds a period of {@code hours} h (the default single 8760 h period is dropped). */
  public Fixtures period(String id, double hours) {
    in.add(new PeriodBuilder(id, hours));
    return this;
  }

  /** Adds a period of {@code hours} h in season {@code season} (e.g. wet, dry). */
  public Fixtures period(String id, double hours, String season) {
    in.add(new PeriodBuilder(id, hours).season(season));
    return this;
  }

  public Fixtures voll(double cnyPerMwh) {
    meta.vollCnyPerMwh(cnyPerMwh);
    return this;
  }

  public Fixtures carbonPrice(double cnyPerTCo2) {
    meta.carbonPriceCnyPerTCo2(cnyPerTCo2);
    return this;
  }

  // ---- regions and grades ----

  public Fixtures region(String id) {
    in.add(new RegionBuilder(id).name(id).external(false));
    return this;
  }

  /** An external region (market outside the system). */
  public Fixtures external(String id) {
    in.add(new RegionBuilder(id).name(id).external(true));
    return this;
  }

  /** A coal grade with no sulphur and no CO2. */
  public Fixtures grade(String id, double tcePerT) {
    return grade(id, tcePerT, 0, 0);
  }

  public Fixtures grade(String id, double tcePerT, double sulfurPct, double co2TPerTce) {
    in.add(new CoalGradeBuilder(id).name(id).tcePerT(tcePerT).sulfurPct(sulfurPct).co2TPerTce(co2TPerTce));
    return this;
  }

  /** A washing by-product grade (gangue, slurry). */
  public Fixtures byproductGrade(String id, double tcePerT) {
    in.add(new CoalGradeBuilder(id).name(id).tcePerT(tcePerT).sulfurPct(0).co2TPerTce(0).byproduct(true));
    return this;
  }

  // ---- mines and arcs ----

  public Fixtures mine(String id, String region, String grade, double capacityT, double costCnyPerT) {
    return added(new MineBuilder(id).name(id).region(region).grade(grade).capacityT(capacityT)
        .costCnyPerT(costCnyPerT));
  }

  public Fixtures minOutput(double t) {
    last(MineBuilder.class).minOutputT(t);
    return this;
  }

  /** Candidate expansion of the last mine: up to {@code maxUnits} of {@code unitT} t/yr, capex CNY per t/yr and year. */
  public Fixtures mineBuild(double unitT, int maxUnits, double capexCnyPerTYr) {
    last(MineBuilder.class).build(new MineBuildBuilder().unitT(unitT).maxUnits(maxUnits)
        .capexCnyPerTYr(capexCnyPerTYr));
    return this;
  }

  public Fixtures largeMine() {
    last(MineBuilder.class).large(true);
    return this;
  }

  public Fixtures washing(double washedShare, String cleanGrade, double cleanYield, String byproductGrade,
      double byproductYield, double costCnyPerT) {
    last(MineBuilder.class).washing(new WashingBuilder().washedShare(washedShare).cleanGrade(cleanGrade)
        .cleanYield(cleanYield).byproductGrade(byproductGrade).byproductYield(byproductYield).costCnyPerT(costCnyPerT));
    return this;
  }

  /** A washery 洗煤厂 at the last mine's washing: {@code capacityT} t/yr of raw coal (null: none before builds). */
  public Fixtures washery(Double capacityT) {
    last(MineBuilder.class).washing().capacityT(capacityT);
    return this;
  }

  /** A candidate washery build at the last mine: up to maxUnits of unitT t/yr, capex CNY per t/yr and year. */
  public Fixtures washeryBuild(double unitT, int maxUnits, double capexCnyPerTYr) {
    last(MineBuilder.class).washing().build(new MineBuildBuilder().unitT(unitT)
        .maxUnits(maxUnits).capexCnyPerTYr(capexCnyPerTYr));
    return this;
  }

  /** A rail arc; {@code capacityT} null = unlimited. */
  public Fixtures arc(String id, String from, String to, Double capacityT, double costCnyPerT) {
    return added(new CoalArcBuilder(id).from(from).to(to).mode(TransportMode.RAIL).capacityT(capacityT)
        .costCnyPerT(costCnyPerT));
  }

  public Fixtures arcLoss(double share) {
    last(CoalArcBuilder.class).lossShare(share);
    return this;
  }

  public Fixtures arcGrades(String... gradeIds) {
    last(CoalArcBuilder.class).grades(gradeIds);
    return this;
  }

  // ---- plants ----

  /** A COAL plant burning {@code grades}, heat rate in gce/kWh. */
  public Fixtures coalPlant(String id, String region, double mw, double heatRateGcePerKwh, String... grades) {
    plant(id, region, PlantType.COAL, mw).heatRateGcePerKwh(heatRateGcePerKwh).grades(grades);
    return this;
  }

  /** A GANGUE plant (coal-gangue / slurry fired). */
  public Fixtures ganguePlant(String id, String region, double mw, double heatRateGcePerKwh, String... grades) {
    plant(id, region, PlantType.GANGUE, mw).heatRateGcePerKwh(heatRateGcePerKwh).grades(grades);
    return this;
  }

  /** A CHP plant: {@code heatGjPerMwh} GJ heat per MWh, {@code heatFuelKgcePerGj} extra fuel per GJ. */
  public Fixtures chpPlant(String id, String region, double mw, double heatRateGcePerKwh, double heatGjPerMwh,
      double heatFuelKgcePerGj, String... grades) {
    plant(id, region, PlantType.CHP, mw).heatRateGcePerKwh(heatRateGcePerKwh).grades(grades)
        .chp(new ChpBuilder().heatGjPerMwh(heatGjPerMwh).heatFuelKgcePerGj(heatFuelKgcePerGj));
    return this;
  }

  /** A plant of any type with no fuel of its own (WIND, SOLAR, GAS with {@link #fuelCost}, HYDRO without limits). */
  public Fixtures otherPlant(String id, String region, PlantType type, double mw) {
    plant(id, region, type, mw);
    return this;
  }

  /** Energy-limited hydro: MWh per period. */
  public Fixtures hydro(String id, String region, double mw, Map<String, Double> energyMwhByPeriod) {
    plant(id, region, PlantType.HYDRO, mw).hydro(new HydroBuilder().energyMwhByPeriod(energyMwhByPeriod));
    return this;
  }

  /** Reservoir hydro, cyclic over the year. */
  public Fixtures reservoir(String id, String region, double mw, double storageMwh, Map<String, Double> inflowMwh,
      double minReleaseMw) {
    plant(id, region, PlantType.HYDRO, mw).hydro(new HydroBuilder().storageMwh(storageMwh)
        .inflowMwhByPeriod(inflowMwh).minReleaseMw(minReleaseMw));
    return this;
  }

  public Fixtures pumpedStorage(String id, String region, double mw, double storageMwh, double efficiency) {
    plant(id, region, PlantType.PUMPED_STORAGE, mw)
        .storage(new StorageBuilder().storageMwh(storageMwh).efficiency(efficiency));
    return this;
  }

  /** Storage of {@code type} (PUMPED_STORAGE or BATTERY) that carries energy between representative days. */
  public Fixtures interDayStorage(String id, String region, PlantType type, double mw, double storageMwh,
      double efficiency) {
    plant(id, region, type, mw)
        .storage(new StorageBuilder().storageMwh(storageMwh).efficiency(efficiency).interDay(true));
    return this;
  }

  public Fixtures vom(double cnyPerMwh) {
    last(PlantBuilder.class).vomCnyPerMwh(cnyPerMwh);
    return this;
  }

  public Fixtures fuelCost(double cnyPerMwh) {
    last(PlantBuilder.class).fuelCostCnyPerMwh(cnyPerMwh);
    return this;
  }

  public Fixtures largePlant() {
    last(PlantBuilder.class).large(true);
    return this;
  }

  /** Ramp limit of the last plant (MW/h), on chronological steps. */
  public Fixtures ramp(double mwPerHour) {
    last(PlantBuilder.class).rampMwPerHour(mwPerHour);
    return this;
  }

  /** Capacity credit of the last plant, for a reserve margin. */
  public Fixtures capacityCredit(double share) {
    last(PlantBuilder.class).capacityCredit(share);
    return this;
  }

  public Fixtures availability(double share) {
    last(PlantBuilder.class).availability(share);
    return this;
  }

  public Fixtures availability(String period, double share) {
    last(PlantBuilder.class).availabilityByPeriod(period, share);
    return this;
  }

  public Fixtures desulfurisation(double share) {
    last(PlantBuilder.class).desulfurisationShare(share);
    return this;
  }

  /** Candidate build of the last plant: up to {@code maxUnits} of {@code unitMw}, capex CNY/MW/yr. */
  public Fixtures plantBuild(double unitMw, int maxUnits, double capexCnyPerMwYr) {
    last(PlantBuilder.class).build(candidate(unitMw, maxUnits, capexCnyPerMwYr));
    return this;
  }

  /** Unit commitment of the last plant: units of {@code unitMw}, each at least {@code minLoadShare} when on. */
  public Fixtures commitment(double unitMw, double minLoadShare) {
    last(PlantBuilder.class).commitment(true).unitMw(unitMw).minLoadShare(minLoadShare);
    return this;
  }

  /** Start-up cost of the last (committed) plant: CNY per start of one unit. */
  public Fixtures startupCost(double cnyPerStart) {
    last(PlantBuilder.class).startupCostCny(cnyPerStart);
    return this;
  }

  /** Minimum up and down times of the last (committed) plant (h; null: none). */
  public Fixtures minUpDown(Double upHours, Double downHours) {
    if (upHours != null) {
      last(PlantBuilder.class).minUpHours(upHours);
    }
    if (downHours != null) {
      last(PlantBuilder.class).minDownHours(downHours);
    }
    return this;
  }

  // ---- lines ----

  public Fixtures line(String id, String from, String to, double capacityMw) {
    return added(new LineBuilder(id).name(id).from(from).to(to).capacityMw(capacityMw));
  }

  public Fixtures lineLoss(double share) {
    last(LineBuilder.class).lossShare(share);
    return this;
  }

  public Fixtures wheeling(double cnyPerMwh) {
    last(LineBuilder.class).wheelingCnyPerMwh(cnyPerMwh);
    return this;
  }

  public Fixtures bidirectional() {
    last(LineBuilder.class).bidirectional(true);
    return this;
  }

  public Fixtures lineCapacity(String period, double mw) {
    last(LineBuilder.class).capacityMwByPeriod(period, mw);
    return this;
  }

  public Fixtures lineBuild(double unitMw, int maxUnits, double capexCnyPerMwYr) {
    last(LineBuilder.class).build(candidate(unitMw, maxUnits, capexCnyPerMwYr));
    return this;
  }

  // ---- industries ----

  /**
   * An industry making up to {@code capacityT} t/yr with {@code electricityMwhPerT}; FLAT profile, planned output
   * = capacity, no minimum, no coal, no heat, no value added until set.
   */
  public Fixtures industry(String id, String region, double capacityT, double electricityMwhPerT) {
    return added(new IndustryBuilder(id).name(id).region(region).chain(Chain.OTHER).product("product")
        .capacityT(capacityT).electricityMwhPerT(electricityMwhPerT));
  }

  public Fixtures planned(double t) {
    last(IndustryBuilder.class).plannedOutputT(t);
    return this;
  }

  public Fixtures minOutputIndustry(double t) {
    last(IndustryBuilder.class).minOutputT(t);
    return this;
  }

  public Fixtures valueAdded(double cnyPerT) {
    last(IndustryBuilder.class).valueAddedCnyPerT(cnyPerT);
    return this;
  }

  public Fixtures coalFeed(String grade, double tPerT) {
    last(IndustryBuilder.class).coalFeedTPerT(grade, tPerT);
    return this;
  }

  public Fixtures heat(double gjPerT) {
    last(IndustryBuilder.class).heatGjPerT(gjPerT);
    return this;
  }

  public Fixtures freeProfile() {
    last(IndustryBuilder.class).profile(LoadProfile.FREE);
    return this;
  }

  public Fixtures potlines(int count, double sizeT, double fixedCostCnyPerYr) {
    last(IndustryBuilder.class).potlines(new PotlinesBuilder().count(count).sizeT(sizeT)
        .fixedCostCnyPerYr(fixedCostCnyPerYr));
    return this;
  }

  /**
   * Potlines of the last industry with a candidate build: up to {@code maxUnits} new lines of {@code sizeT}, capex
   * CNY per t/yr and year.
   */
  public Fixtures potlines(int count, double sizeT, double fixedCostCnyPerYr, int maxUnits, double capexCnyPerTYr) {
    last(IndustryBuilder.class).potlines(new PotlinesBuilder().count(count).sizeT(sizeT)
        .fixedCostCnyPerYr(fixedCostCnyPerYr)
        .build(new PotlineBuildBuilder().maxUnits(maxUnits).capexCnyPerTYr(capexCnyPerTYr)));
    return this;
  }

  public Fixtures directSupply(String id, String plant, String industry, double maxMw, double minMw,
      double tariffCnyPerMwh) {
    in.add(new DirectSupplyBuilder(id).plant(plant).industry(industry).maxMw(maxMw).minMw(minMw)
        .tariffCnyPerMwh(tariffCnyPerMwh));
    return this;
  }

  // ---- demands, contracts, policies ----

  /** Demand of {@code mw} average MW in every period, default VoLL. */
  public Fixtures demand(String id, String region, double mw) {
    in.add(new DemandBuilder(id).region(region).mw(mw));
    return this;
  }

  public Fixtures demand(String id, String region, Map<String, Double> mwByPeriod) {
    in.add(new DemandBuilder(id).region(region).mwByPeriod(mwByPeriod));
    return this;
  }

  public Fixtures demandWithVoll(String id, String region, double mw, double vollCnyPerMwh) {
    in.add(new DemandBuilder(id).region(region).mw(mw).vollCnyPerMwh(vollCnyPerMwh));
    return this;
  }

  /** Coal demand: {@code firmT} must be served, up to {@code maxT} (null = firm only) sold at {@code price}. */
  public Fixtures coalDemand(String id, String region, String grade, double firmT, Double maxT, double priceCnyPerT) {
    in.add(new CoalDemandBuilder(id).region(region).grade(grade).firmT(firmT).maxT(maxT).priceCnyPerT(priceCnyPerT));
    return this;
  }

  /** Export contract: firm MWh per year (spread by hours), max MW (null = none), price and shortfall penalty. */
  public Fixtures export(String id, String region, double firmMwh, Double maxMw, double priceCnyPerMwh,
      double penaltyCnyPerMwh) {
    in.add(new ExportBuilder(id).name(id).region(region).firmMwh(firmMwh).maxMw(maxMw).priceCnyPerMwh(priceCnyPerMwh)
        .shortfallPenaltyCnyPerMwh(penaltyCnyPerMwh));
    return this;
  }

  /** A typed policy over {@code regions} (none = every internal region). */
  public Fixtures policy(String id, PolicyType type, double limit, String... regions) {
    in.add(new PolicyBuilder(id).name(id).type(type).limit(limit).regions(regions));
    return this;
  }

  /** EXPORT_CAPABILITY: lines into {@code externalRegion} >= {@code mw}. */
  public Fixtures exportCapability(String id, String externalRegion, double mw) {
    in.add(new PolicyBuilder(id).name(id).type(PolicyType.EXPORT_CAPABILITY).limit(mw).region(externalRegion));
    return this;
  }

  /** GENERIC: sum coef * metric (sense) limit; terms as alternating metric name, coefficient. */
  public Fixtures generic(String id, Sense sense, double limit, Object... metricCoef) {
    PolicyBuilder p = in.add(new PolicyBuilder(id).name(id).type(PolicyType.GENERIC).limit(limit).sense(sense));
    for (int k = 0; k < metricCoef.length; k += 2) {
      p.term((String) metricCoef[k], ((Number) metricCoef[k + 1]).doubleValue());
    }
    return this;
  }

  /** The instance builder behind this fixture (with the default period added if none was given). */
  public InstanceBuilder builder() {
    if (in.list(PeriodBuilder.class).isEmpty() && in.time() == null) {
      in.add(new PeriodBuilder("year", 8760));
    }
    return in;
  }

  /** The domain records: structure-checked and defaulted like a file, but not semantically validated. */
  public Instance build() {
    try {
      return builder().toInstance("fixture");
    } catch (InstanceException e) {
      throw new IllegalStateException("the fixture is not an instance: " + e.problems(), e);
    }
  }

  // ---- internals ----

  private Fixtures added(EntityBuilder<?> b) {
    last.add(addTo(b));
    return this;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private EntityBuilder<?> addTo(EntityBuilder b) {
    return (EntityBuilder<?>) in.add(b);
  }

  private PlantBuilder plant(String id, String region, PlantType type, double mw) {
    PlantBuilder p = new PlantBuilder(id).name(id).region(region).type(type).capacityMw(mw).availability(1.0);
    added(p);
    return p;
  }

  private static CandidateBuilder candidate(double unitMw, int maxUnits, double capexCnyPerMwYr) {
    return new CandidateBuilder().unitMw(unitMw).maxUnits(maxUnits).capexCnyPerMwYr(capexCnyPerMwYr);
  }

  private <B> B last(Class<B> kind) {
    for (int k = last.size() - 1; k >= 0; k--) {
      if (kind.isInstance(last.get(k))) {
        return kind.cast(last.get(k));
      }
    }
    throw new IllegalStateException("add an entity of that kind before modifying it");
  }
}
