package org.coalgrid.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.Chp;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.Meta;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Potlines;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.Storage;
import org.coalgrid.domain.TransportMode;
import org.coalgrid.domain.Washing;

/**
 * Builds small {@link Instance}s in code so a test reads like the instance it makes. Defaults: one period
 * "year" of 8760 h (replaced by the first {@link #period}), hoursInYear 8760, VoLL 10000 CNY/MWh, no carbon
 * price, empty lists. Entity helpers take the fields that matter; the modifiers after them ({@link #vom},
 * {@link #minOutput}, {@link #bidirectional}, ...) change the entity of that kind added last.
 *
 * <pre>
 *   Instance in = Fixtures.create().region("A").grade("steam", 0.7)
 *       .mine("M", "A", "steam", 1e6, 300).coalPlant("P", "A", 100, 300, "steam").vom(20)
 *       .demand("D", "A", 80).build();
 * </pre>
 */
public final class Fixtures {
  private final List<Period> periods = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private final List<CoalGrade> grades = new ArrayList<>();
  private final List<MineSpec> mines = new ArrayList<>();
  private final List<ArcSpec> arcs = new ArrayList<>();
  private final List<PlantSpec> plants = new ArrayList<>();
  private final List<LineSpec> lines = new ArrayList<>();
  private final List<IndustrySpec> industries = new ArrayList<>();
  private final List<DirectSupply> directSupplies = new ArrayList<>();
  private final List<Demand> demands = new ArrayList<>();
  private final List<CoalDemand> coalDemands = new ArrayList<>();
  private final List<ExportContract> exports = new ArrayList<>();
  private final List<Policy> policies = new ArrayList<>();
  private double voll = 10_000;
  private double carbonPrice = 0;

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

  /** Adds a period of {@code hours} h (the default single 8760 h period is dropped). */
  public Fixtures period(String id, double hours) {
    periods.add(new Period(id, hours, null, null));
    return this;
  }

  public Fixtures voll(double cnyPerMwh) {
    this.voll = cnyPerMwh;
    return this;
  }

  public Fixtures carbonPrice(double cnyPerTCo2) {
    this.carbonPrice = cnyPerTCo2;
    return this;
  }

  // ---- regions and grades ----

  public Fixtures region(String id) {
    regions.add(new Region(id, id, null, false));
    return this;
  }

  /** An external region (market outside the system). */
  public Fixtures external(String id) {
    regions.add(new Region(id, id, null, true));
    return this;
  }

  /** A coal grade with no sulphur and no CO2. */
  public Fixtures grade(String id, double tcePerT) {
    return grade(id, tcePerT, 0, 0);
  }

  public Fixtures grade(String id, double tcePerT, double sulfurPct, double co2TPerTce) {
    grades.add(new CoalGrade(id, id, tcePerT, sulfurPct, co2TPerTce, false));
    return this;
  }

  /** A washing by-product grade (gangue, slurry). */
  public Fixtures byproductGrade(String id, double tcePerT) {
    grades.add(new CoalGrade(id, id, tcePerT, 0, 0, true));
    return this;
  }

  // ---- mines and arcs ----

  public Fixtures mine(String id, String region, String grade, double capacityT, double costCnyPerT) {
    MineSpec m = new MineSpec();
    m.id = id;
    m.region = region;
    m.grade = grade;
    m.capacityT = capacityT;
    m.cost = costCnyPerT;
    mines.add(m);
    return this;
  }

  public Fixtures minOutput(double t) {
    last(mines).minT = t;
    return this;
  }

  public Fixtures largeMine() {
    last(mines).large = true;
    return this;
  }

  public Fixtures washing(double washedShare, String cleanGrade, double cleanYield, String byproductGrade,
      double byproductYield, double costCnyPerT) {
    last(mines).washing = new Washing(washedShare, cleanGrade, cleanYield, byproductGrade, byproductYield, costCnyPerT);
    return this;
  }

  /** A rail arc; {@code capacityT} null = unlimited. */
  public Fixtures arc(String id, String from, String to, Double capacityT, double costCnyPerT) {
    ArcSpec a = new ArcSpec();
    a.id = id;
    a.from = from;
    a.to = to;
    a.capacityT = capacityT;
    a.cost = costCnyPerT;
    arcs.add(a);
    return this;
  }

  public Fixtures arcLoss(double share) {
    last(arcs).loss = share;
    return this;
  }

  public Fixtures arcGrades(String... gradeIds) {
    last(arcs).grades = List.of(gradeIds);
    return this;
  }

  // ---- plants ----

  /** A COAL plant burning {@code grades}, heat rate in gce/kWh. */
  public Fixtures coalPlant(String id, String region, double mw, double heatRateGcePerKwh, String... grades) {
    PlantSpec p = plant(id, region, PlantType.COAL, mw);
    p.heatRate = heatRateGcePerKwh;
    p.grades = List.of(grades);
    return this;
  }

  /** A GANGUE plant (coal-gangue / slurry fired). */
  public Fixtures ganguePlant(String id, String region, double mw, double heatRateGcePerKwh, String... grades) {
    coalPlant(id, region, mw, heatRateGcePerKwh, grades);
    last(plants).type = PlantType.GANGUE;
    return this;
  }

  /** A CHP plant: {@code heatGjPerMwh} GJ heat per MWh, {@code heatFuelKgcePerGj} extra fuel per GJ. */
  public Fixtures chpPlant(String id, String region, double mw, double heatRateGcePerKwh, double heatGjPerMwh,
      double heatFuelKgcePerGj, String... grades) {
    coalPlant(id, region, mw, heatRateGcePerKwh, grades);
    last(plants).type = PlantType.CHP;
    last(plants).chp = new Chp(heatGjPerMwh, heatFuelKgcePerGj);
    return this;
  }

  /** A plant of any type with no fuel of its own (WIND, SOLAR, GAS with {@link #fuelCost}, HYDRO without limits). */
  public Fixtures otherPlant(String id, String region, PlantType type, double mw) {
    plant(id, region, type, mw);
    return this;
  }

  /** Energy-limited hydro: MWh per period. */
  public Fixtures hydro(String id, String region, double mw, Map<String, Double> energyMwhByPeriod) {
    plant(id, region, PlantType.HYDRO, mw).hydro = new Hydro(energyMwhByPeriod, null, null, 0);
    return this;
  }

  /** Reservoir hydro, cyclic over the year. */
  public Fixtures reservoir(String id, String region, double mw, double storageMwh, Map<String, Double> inflowMwh,
      double minReleaseMw) {
    plant(id, region, PlantType.HYDRO, mw).hydro = new Hydro(null, storageMwh, inflowMwh, minReleaseMw);
    return this;
  }

  public Fixtures pumpedStorage(String id, String region, double mw, double storageMwh, double efficiency) {
    plant(id, region, PlantType.PUMPED_STORAGE, mw).storage = new Storage(storageMwh, efficiency, null);
    return this;
  }

  public Fixtures vom(double cnyPerMwh) {
    last(plants).vom = cnyPerMwh;
    return this;
  }

  public Fixtures fuelCost(double cnyPerMwh) {
    last(plants).fuelCost = cnyPerMwh;
    return this;
  }

  public Fixtures largePlant() {
    last(plants).large = true;
    return this;
  }

  public Fixtures availability(double share) {
    last(plants).availability = share;
    return this;
  }

  public Fixtures availability(String period, double share) {
    last(plants).availabilityByPeriod.put(period, share);
    return this;
  }

  public Fixtures desulfurisation(double share) {
    last(plants).desulf = share;
    return this;
  }

  /** Candidate build of the last plant: up to {@code maxUnits} of {@code unitMw}, capex CNY/MW/yr. */
  public Fixtures plantBuild(double unitMw, int maxUnits, double capexCnyPerMwYr) {
    last(plants).build = new Build(unitMw, maxUnits, capexCnyPerMwYr);
    return this;
  }

  /** Unit commitment of the last plant: units of {@code unitMw}, each at least {@code minLoadShare} when on. */
  public Fixtures commitment(double unitMw, double minLoadShare) {
    PlantSpec p = last(plants);
    p.commitment = true;
    p.unitMw = unitMw;
    p.minLoad = minLoadShare;
    return this;
  }

  // ---- lines ----

  public Fixtures line(String id, String from, String to, double capacityMw) {
    LineSpec l = new LineSpec();
    l.id = id;
    l.from = from;
    l.to = to;
    l.capacityMw = capacityMw;
    lines.add(l);
    return this;
  }

  public Fixtures lineLoss(double share) {
    last(lines).loss = share;
    return this;
  }

  public Fixtures wheeling(double cnyPerMwh) {
    last(lines).wheeling = cnyPerMwh;
    return this;
  }

  public Fixtures bidirectional() {
    last(lines).bidirectional = true;
    return this;
  }

  public Fixtures lineCapacity(String period, double mw) {
    last(lines).byPeriod.put(period, mw);
    return this;
  }

  public Fixtures lineBuild(double unitMw, int maxUnits, double capexCnyPerMwYr) {
    last(lines).build = new Build(unitMw, maxUnits, capexCnyPerMwYr);
    return this;
  }

  // ---- industries ----

  /**
   * An industry making up to {@code capacityT} t/yr with {@code electricityMwhPerT}; FLAT profile, planned output
   * = capacity, no minimum, no coal, no heat, no value added until set.
   */
  public Fixtures industry(String id, String region, double capacityT, double electricityMwhPerT) {
    IndustrySpec i = new IndustrySpec();
    i.id = id;
    i.region = region;
    i.capacityT = capacityT;
    i.elec = electricityMwhPerT;
    industries.add(i);
    return this;
  }

  public Fixtures planned(double t) {
    last(industries).planned = t;
    return this;
  }

  public Fixtures minOutputIndustry(double t) {
    last(industries).minT = t;
    return this;
  }

  public Fixtures valueAdded(double cnyPerT) {
    last(industries).valueAdded = cnyPerT;
    return this;
  }

  public Fixtures coalFeed(String grade, double tPerT) {
    last(industries).feed.put(grade, tPerT);
    return this;
  }

  public Fixtures heat(double gjPerT) {
    last(industries).heat = gjPerT;
    return this;
  }

  public Fixtures freeProfile() {
    last(industries).profile = LoadProfile.FREE;
    return this;
  }

  public Fixtures potlines(int count, double sizeT, double fixedCostCnyPerYr) {
    last(industries).potlines = new Potlines(count, sizeT, fixedCostCnyPerYr);
    return this;
  }

  public Fixtures directSupply(String id, String plant, String industry, double maxMw, double minMw,
      double tariffCnyPerMwh) {
    directSupplies.add(new DirectSupply(id, plant, industry, maxMw, minMw, tariffCnyPerMwh));
    return this;
  }

  // ---- demands, contracts, policies ----

  /** Demand of {@code mw} average MW in every period, default VoLL. */
  public Fixtures demand(String id, String region, double mw) {
    demands.add(new Demand(id, region, mw, null, null, null));
    return this;
  }

  public Fixtures demand(String id, String region, Map<String, Double> mwByPeriod) {
    demands.add(new Demand(id, region, null, mwByPeriod, null, null));
    return this;
  }

  public Fixtures demandWithVoll(String id, String region, double mw, double vollCnyPerMwh) {
    demands.add(new Demand(id, region, mw, null, null, vollCnyPerMwh));
    return this;
  }

  /** Coal demand: {@code firmT} must be served, up to {@code maxT} (null = firm only) sold at {@code price}. */
  public Fixtures coalDemand(String id, String region, String grade, double firmT, Double maxT, double priceCnyPerT) {
    coalDemands.add(new CoalDemand(id, region, grade, firmT, maxT, priceCnyPerT));
    return this;
  }

  /** Export contract: firm MWh per year (spread by hours), max MW (null = none), price and shortfall penalty. */
  public Fixtures export(String id, String region, double firmMwh, Double maxMw, double priceCnyPerMwh,
      double penaltyCnyPerMwh) {
    exports.add(new ExportContract(id, id, region, firmMwh, null, maxMw, priceCnyPerMwh, penaltyCnyPerMwh));
    return this;
  }

  /** A typed policy over {@code regions} (none = every internal region). */
  public Fixtures policy(String id, PolicyType type, double limit, String... regions) {
    policies.add(new Policy(id, id, null, type, limit, List.of(regions), null, null, null));
    return this;
  }

  /** EXPORT_CAPABILITY: lines into {@code externalRegion} >= {@code mw}. */
  public Fixtures exportCapability(String id, String externalRegion, double mw) {
    policies.add(new Policy(id, id, null, PolicyType.EXPORT_CAPABILITY, mw, null, externalRegion, null, null));
    return this;
  }

  /** GENERIC: sum coef * metric (sense) limit; terms as alternating metric name, coefficient. */
  public Fixtures generic(String id, Sense sense, double limit, Object... metricCoef) {
    List<Policy.Term> terms = new ArrayList<>();
    for (int k = 0; k < metricCoef.length; k += 2) {
      terms.add(new Policy.Term((String) metricCoef[k], ((Number) metricCoef[k + 1]).doubleValue()));
    }
    policies.add(new Policy(id, id, null, PolicyType.GENERIC, limit, null, null, sense, terms));
    return this;
  }

  public Instance build() {
    List<Period> ps = periods.isEmpty() ? List.of(new Period("year", 8760, null, null)) : periods;
    Meta meta = new Meta("fixture", "built in a test", 2025, "CNY", 8760, voll, carbonPrice, null, null);
    return new Instance(meta, ps, regions, grades, mines.stream().map(MineSpec::build).toList(),
        arcs.stream().map(ArcSpec::build).toList(), plants.stream().map(PlantSpec::build).toList(),
        lines.stream().map(LineSpec::build).toList(), industries.stream().map(IndustrySpec::build).toList(),
        directSupplies, demands, coalDemands, exports, policies, List.of());
  }

  // ---- internals ----

  private PlantSpec plant(String id, String region, PlantType type, double mw) {
    PlantSpec p = new PlantSpec();
    p.id = id;
    p.region = region;
    p.type = type;
    p.mw = mw;
    plants.add(p);
    return p;
  }

  private static <T> T last(List<T> list) {
    if (list.isEmpty()) {
      throw new IllegalStateException("add an entity of that kind before modifying it");
    }
    return list.get(list.size() - 1);
  }

  private static final class MineSpec {
    String id;
    String region;
    String grade;
    double capacityT;
    double minT;
    double cost;
    boolean large;
    Washing washing;

    Mine build() {
      return new Mine(id, id, region, grade, capacityT, minT, cost, large, washing);
    }
  }

  private static final class ArcSpec {
    String id;
    String from;
    String to;
    Double capacityT;
    double cost;
    double loss;
    List<String> grades = List.of();

    CoalArc build() {
      return new CoalArc(id, from, to, TransportMode.RAIL, capacityT, cost, loss, grades);
    }
  }

  private static final class PlantSpec {
    String id;
    String region;
    PlantType type;
    double mw;
    double availability = 1.0;
    final Map<String, Double> availabilityByPeriod = new LinkedHashMap<>();
    double heatRate;
    List<String> grades = List.of();
    double minLoad;
    double vom;
    double fuelCost;
    double desulf;
    boolean large;
    boolean commitment;
    Double unitMw;
    Hydro hydro;
    Storage storage;
    Chp chp;
    Build build;

    Plant build() {
      return new Plant(id, id, region, type, mw, availability, availabilityByPeriod, heatRate, grades, minLoad, vom,
          fuelCost, desulf, large, commitment, unitMw, hydro, storage, chp, build);
    }
  }

  private static final class LineSpec {
    String id;
    String from;
    String to;
    double capacityMw;
    final Map<String, Double> byPeriod = new LinkedHashMap<>();
    double loss;
    double wheeling;
    boolean bidirectional;
    Build build;

    Line build() {
      return new Line(id, id, from, to, capacityMw, byPeriod, loss, wheeling, bidirectional, build);
    }
  }

  private static final class IndustrySpec {
    String id;
    String region;
    double capacityT;
    double minT;
    Double planned;
    double elec;
    final Map<String, Double> feed = new LinkedHashMap<>();
    double heat;
    double valueAdded;
    LoadProfile profile = LoadProfile.FLAT;
    Potlines potlines;

    Industry build() {
      return new Industry(id, id, region, Chain.OTHER, "product", capacityT, minT, planned, elec, feed, heat,
          valueAdded, profile, potlines);
    }
  }
}
