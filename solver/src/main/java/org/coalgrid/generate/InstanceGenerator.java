package org.coalgrid.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.coalgrid.domain.Chain;
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
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.MineBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;
import org.coalgrid.generate.builder.PotlinesBuilder;
import org.coalgrid.generate.builder.RegionBuilder;
import org.coalgrid.generate.builder.StorageBuilder;
import org.coalgrid.generate.builder.TargetBuilder;
import org.coalgrid.generate.builder.WashingBuilder;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;

/**
 * Synthetic instances of the shape of the shipped real ones, for benchmarks and property tests. STYLISED:
 * the figures are drawn around the tutorial's (cited there), not calibrated to any place.
 *
 * <p>{@code R} internal regions in a chain with chords (coal arcs and 500 kV lines both ways between
 * neighbours), plus the external regions {@code guangdong} (西电东送 market, reached by export lines from every
 * fifth region) and {@code outside-coal} (coal buyers, reached by rail from the washing regions). Per region:
 * a steam-coal mine (every third region also a large washing mine, 洗选, giving washed coal and gangue), a
 * coal plant, hydro (run-of-river or reservoir), wind, solar, and by turns gas, gangue (煤矸石), CHP (热电联产)
 * and pumped storage; two industries of the chains (煤电铝 smelters with direct supply 直供电, 煤电磷, 煤电钢,
 * 煤电化 with CHP heat, ferroalloy, cement); an electricity demand and a coal demand. Policies: one of every
 * type including a GENERIC one. {@code T} periods of whole hours adding up to 8760 (wet season first).
 *
 * <p>Feasible by construction: every region can serve its own industries from its own plants and coal; caps
 * are set from the capacities so that they are met with room. Unserved load and export shortfall are priced
 * slack. With {@code mip}: candidate builds of coal plants and export lines, potlines at smelters and unit
 * commitment at the first coal plant; the export-capability policy then needs one line build.
 *
 * <p>Deterministic: the same spec gives byte-identical files (one {@link SplittableRandom} seeded with the
 * seed, drawn in a fixed order; numbers rounded before writing). Built with the record builders of
 * {@code org.coalgrid.generate.builder} in their SPARSE style: only the fields set here are written, in this
 * order, and the reader fills in the defaults.
 */
public final class InstanceGenerator {

  /**
   * What to generate: {@code regions} internal regions, a seed, LP or MILP, and the time structure: {@code periods}
   * blocks, or {@code days} &gt; 0 representative days (each standing for a run of consecutive days of the year),
   * or {@code fullYear} (every day of 2010 in order), the days cut into steps of {@code stepHours} h. For the
   * days forms {@code periods} is the number of steps (days × 24 / stepHours), whatever is passed. With
   * {@code touExport} (days forms only) the Guangdong market pays a time-of-use price 峰谷电价 ({@link TimeOfUse})
   * instead of one price, and the CO2 and SO2 caps are the fleet's most emissions instead of 85 % of them, so
   * the price varies within the day and across the year and storage has something to arbitrage.
   */
  public record Spec(int regions, int periods, long seed, boolean mip, int days, boolean fullYear, int stepHours,
      boolean touExport) {
    /** Largest number of periods (one per hour of the year). */
    public static final int MAX_PERIODS = 8760;
    /** Largest number of internal regions accepted. */
    public static final int MAX_REGIONS = 100_000;
    /** Most representative days (every day of the year is {@code fullYear}). */
    public static final int MAX_DAYS = 365;

    public Spec {
      if (regions < 1 || regions > MAX_REGIONS) {
        throw new IllegalArgumentException("--regions must be in [1, " + MAX_REGIONS + "], got " + regions);
      }
      if (days < 0 || days > MAX_DAYS) {
        throw new IllegalArgumentException("--days must be in [1, " + MAX_DAYS + "], got " + days);
      }
      if (days > 0 && fullYear) {
        throw new IllegalArgumentException("give --days or --full-year, not both");
      }
      if (days > 0 || fullYear) {
        if (!org.coalgrid.domain.TimeStructure.STEP_HOURS.contains(stepHours)) {
          throw new IllegalArgumentException("--step-hours must divide the day: 1, 2, 3, 4, 6, 8, 12 or 24; got "
              + stepHours);
        }
        periods = (fullYear ? MAX_DAYS : days) * (24 / stepHours);
      } else {
        stepHours = 0;
        if (touExport) {
          throw new IllegalArgumentException("--tou-export gives the export price per step: use it with --days or "
              + "--full-year");
        }
      }
      if (periods < 1 || periods > MAX_PERIODS) {
        throw new IllegalArgumentException("--periods must be in [1, " + MAX_PERIODS + "], got " + periods);
      }
    }

    /** {@code periods} blocks of whole hours adding up to 8760. */
    public Spec(int regions, int periods, long seed, boolean mip) {
      this(regions, periods, seed, mip, 0, false, 0);
    }

    /** As the canonical constructor, with one export price (no time-of-use). */
    public Spec(int regions, int periods, long seed, boolean mip, int days, boolean fullYear, int stepHours) {
      this(regions, periods, seed, mip, days, fullYear, stepHours, false);
    }

    /**
     * File-name friendly label, e.g. {@code gen-r40-t24-s1} (blocks), {@code gen-r40-d12-s1} (12 representative
     * days, hourly), {@code gen-r10-year-s1} (a full year, hourly), {@code gen-r10-year3h-s1-mip},
     * {@code gen-r3-year3h-s7-tou} (with a time-of-use export price).
     */
    public String label() {
      String step = stepHours == 1 ? "" : stepHours + "h";
      String time = days > 0 ? "-d" + days + (step.isEmpty() ? "" : "x" + step) : fullYear ? "-year" + step
          : "-t" + periods;
      return "gen-r" + regions + time + "-s" + seed + (mip ? "-mip" : "") + (touExport ? "-tou" : "");
    }

    /** The options that regenerate this spec on the command line (after --regions and --seed). */
    String timeOptions() {
      String step = stepHours == 1 ? "" : " --step-hours " + stepHours;
      return (days > 0 ? " --days " + days + step : fullYear ? " --full-year" + step : " --periods " + periods)
          + (touExport ? " --tou-export" : "");
    }
  }

  /**
   * Named sizes used by the benchmarks and docs, by LP nonzeros (measured with {@code coalgrid export-mps},
   * see bench/README.md): S about 10k, M about 100k, L about 1M, XL about 5M. All use 24 periods (a
   * representative day in hours, or 24 blocks); size grows with the number of regions.
   */
  public enum Size {
    S(9), M(92), L(920), XL(4600);

    /** Periods of every named size. */
    public static final int PERIODS = 24;

    private final int regions;

    Size(int regions) {
      this.regions = regions;
    }

    public int regions() {
      return regions;
    }

    public Spec spec(long seed, boolean mip) {
      return new Spec(regions, PERIODS, seed, mip);
    }

    public static Size parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  private static final String GUANGDONG = "guangdong";
  private static final String OUTSIDE = "outside-coal";
  private static final double HOURS_IN_YEAR = GeneratedTime.HOURS_IN_YEAR;
  /** Chains of regions without washing (steam-coal feed only). */
  private static final Chain[] STEAM_CHAINS = {Chain.ALUMINIUM, Chain.PHOSPHORUS, Chain.COAL_CHEMICAL, Chain.CEMENT};
  /** Chains of washing regions (washed coking coal as feed). */
  private static final Chain[] WASHED_CHAINS = {Chain.STEEL, Chain.FERROALLOY};

  private final Spec spec;
  private final SplittableRandom rnd;
  private final String[] regionIds;
  private final GeneratedTime time;
  private final String[] periodIds;
  private final double[] hours;
  private final boolean[] wet;
  private final InstanceBuilder out;
  // running totals for the policies
  private double internalMineCapacityT;
  private double outboundArcCapacityT;
  private double maxCo2T;
  private double maxSo2T;
  private double exportLineMw;
  private double windSolarMaxMwh;

  private InstanceGenerator(Spec spec) {
    this.spec = spec;
    this.rnd = new SplittableRandom(spec.seed());
    int width = Integer.toString(spec.regions()).length();
    regionIds = new String[spec.regions()];
    for (int r = 0; r < spec.regions(); r++) {
      regionIds[r] = "r" + pad(r + 1, width);
    }
    GeneratedTime.Form form = spec.fullYear() ? GeneratedTime.Form.YEAR
        : spec.days() > 0 ? GeneratedTime.Form.DAYS : GeneratedTime.Form.BLOCKS;
    time = new GeneratedTime(form, spec.periods(), spec.days(), spec.stepHours(), spec.seed());
    periodIds = time.ids;
    hours = time.hours;
    wet = time.wet;
    out = new InstanceBuilder(meta());
  }

  /** Generates the instance tree (the file format, plain numbers without sources). */
  public static ObjectNode generate(Spec spec) {
    return new InstanceGenerator(spec).build().toTree(Style.SPARSE);
  }

  /** Writes the instance to {@code file} atomically, pretty-printed with LF line ends. */
  public static void write(Spec spec, Path file) throws IOException {
    ObjectNode tree = generate(spec);
    AtomicOutput.writeFile(file, w -> Json.writer().writeValue(w, tree));
  }

  private boolean days() {
    return time.form != GeneratedTime.Form.BLOCKS;
  }

  private InstanceBuilder build() {
    time.addTo(out);
    for (int r = 0; r < spec.regions(); r++) {
      out.add(new RegionBuilder(regionIds[r]).name("Region " + (r + 1)).nameZh("区域" + (r + 1)).external(false));
    }
    out.add(new RegionBuilder(GUANGDONG).name("Guangdong (West-East export market)").nameZh("广东").external(true));
    out.add(new RegionBuilder(OUTSIDE).name("Outside coal buyers").nameZh("省外煤炭用户").external(true));
    grade("steam", "Steam coal 动力煤", 0.714, 2.0, false);
    grade("washed", "Washed coking coal 洗精煤", 0.857, 0.8, false);
    grade("gangue", "Coal gangue and slurry 煤矸石/煤泥", 0.357, 2.0, true);
    for (int r = 0; r < spec.regions(); r++) {
      region(r);
    }
    network();
    out.add(new CoalDemandBuilder("outside-buyers").region(OUTSIDE).grade("washed").firmT(0)
        .maxT(round(Math.max(1e6, outboundArcCapacityT * 0.5))).priceCnyPerT(700));
    ExportBuilder contract = out.add(new ExportBuilder("gd-contract").name("West-East 西电东送 contract to Guangdong")
        .region(GUANGDONG).firmMwh(round(exportLineMw * 0.5 * HOURS_IN_YEAR)).firmMwhByPeriod(Map.of()).maxMw(null)
        .priceCnyPerMwh(350).shortfallPenaltyCnyPerMwh(1000));
    if (spec.touExport()) {
      contract.priceCnyPerMwhByPeriod(time.series(t -> round2(350 * time.tou[t])));
    }
    policies();
    out.add(new TargetBuilder("export-capability").name("Export capability 外送能力")
        .metric("exportCapability." + GUANGDONG).sense(Sense.GE).value(round(exportLineMw)).tolerance(0.0)
        .unit("MW"));
    return out;
  }

  private MetaBuilder meta() {
    return new MetaBuilder(spec.label())
        .description("GENERATED, STYLISED: " + spec.regions() + " internal regions, " + spec.periods()
            + (spec.days() > 0 ? " steps of " + spec.days() + " representative days"
                : spec.fullYear() ? " steps of a full year" : " periods")
            + ", seed " + spec.seed() + (spec.mip() ? ", with integer decisions (MILP)" : " (LP)")
            + (spec.touExport() ? ", the export market paid a time-of-use price (peak 1.65, flat 1, valley 0.5 x "
                + "350 CNY/MWh; " + TimeOfUse.SOURCE + ") and CO2/SO2 caps at the fleet's most emissions" : "")
            + ". Written by coalgrid generate for benchmarks and tests; figures are drawn around the tutorial's, "
            + "not calibrated to any place.")
        .year(2010).currency("CNY").hoursInYear(HOURS_IN_YEAR).vollCnyPerMwh(20000).carbonPriceCnyPerTCo2(0)
        .notes(List.of("Generated by org.coalgrid.generate.InstanceGenerator; regenerate with: coalgrid generate "
            + "--regions " + spec.regions() + spec.timeOptions() + " --seed " + spec.seed()
            + (spec.mip() ? " --mip" : "") + " FILE"));
  }

  private void grade(String id, String name, double tce, double s, boolean byproduct) {
    out.add(new CoalGradeBuilder(id).name(name).tcePerT(tce).sulfurPct(s).co2TPerTce(2.7).byproduct(byproduct));
  }

  private boolean washing(int r) {
    return r % 3 == 0;
  }

  /** Everything that sits in internal region r. */
  private void region(int r) {
    String rid = regionIds[r];
    double scale = 0.6 + 0.8 * rnd.nextDouble();

    // industries (two per region) and their loads
    Chain[] chains = washing(r) ? WASHED_CHAINS : STEAM_CHAINS;
    int first = washing(r) ? 0 : (r % 2) * 2;
    double industryMw = 0;
    double steamFeedT = 0;
    double washedFeedT = 0;
    double heatGj = 0;
    String smelter = null;
    double smelterMw = 0;
    for (int k = 0; k < 2; k++) {
      Chain chain = chains[(first + k) % chains.length];
      Industry ind = industry(chain, scale);
      String id = rid + "-" + ind.product.replace(' ', '-');
      Map<String, Double> feed = new LinkedHashMap<>();
      if (ind.feedTPerT > 0) {
        feed.put(ind.feedGrade, ind.feedTPerT);
        if (ind.feedGrade.equals("steam")) {
          steamFeedT += ind.feedTPerT * ind.capacityT;
        } else {
          washedFeedT += ind.feedTPerT * ind.capacityT;
        }
      }
      boolean smelts = chain == Chain.ALUMINIUM;
      // smelters run their potlines flat out all year; other plants may shift output between periods
      out.add(new IndustryBuilder(id).name(ind.product + " of region " + (r + 1)).region(rid).chain(chain)
          .product(ind.product).capacityT(round(ind.capacityT)).minOutputT(round(ind.capacityT * 0.5))
          .plannedOutputT(round(ind.capacityT * 0.9)).electricityMwhPerT(ind.mwhPerT).coalFeedTPerT(feed)
          .heatGjPerT(ind.heatGjPerT).valueAddedCnyPerT(ind.valueAddedCnyPerT)
          .profile(smelts ? LoadProfile.FLAT : LoadProfile.FREE)
          .potlines(spec.mip() && smelts ? new PotlinesBuilder().count(4).sizeT(round(ind.capacityT / 4))
              .fixedCostCnyPerYr(2.0e7) : null));
      double mw = ind.mwhPerT * ind.capacityT / HOURS_IN_YEAR;
      // a FREE industry may put its whole output into one period: its load can reach capacity-rate MW in any period
      industryMw += mw;
      heatGj += ind.heatGjPerT * ind.capacityT;
      if (smelts) {
        smelter = id;
        smelterMw = mw * 0.9;
      }
    }

    // electricity demand outside the industries
    double loadMw = round(scale * (300 + 600 * rnd.nextDouble()));
    DemandBuilder load = out.add(new DemandBuilder("load-" + rid).region(rid).mw(null));
    if (days()) {
      load.mwByPeriod(time.series(t -> round2(loadMw * time.load[t])));
    } else {
      load.mwByPeriod(byPeriod(t -> round2(loadMw * time.load[t])));
    }
    load.annualMwh(null).vollCnyPerMwh(null);

    // coal plant sized to carry the region's own peak load and industries alone
    double coalMw = round(Math.ceil((loadMw * 1.15 + industryMw) / 0.9 / 50) * 50 + 200);
    String coalPlant = "coal-" + rid;
    double heatRate = round(300 + 40 * rnd.nextDouble());
    PlantBuilder coal = plant(coalPlant, rid, PlantType.COAL, coalMw, 0.9).heatRateGcePerKwh(heatRate)
        .grades("steam", "washed").vomCnyPerMwh(15).desulfurisationShare(0.9).large(washing(r));
    if (spec.mip() && r == 0) {
      coal.commitment(true).unitMw(coalMw / 4).minLoadShare(0.4);
    }
    if (spec.mip() && r % 4 == 0) {
      // with commitment, built units are of the committed size
      coal.build(new CandidateBuilder().unitMw(r == 0 ? coalMw / 4 : 600).maxUnits(2).capexCnyPerMwYr(400000));
    }
    double coalBurnT = coalMw * 0.9 * HOURS_IN_YEAR * heatRate / 1000 / 0.714;
    addEmissions(coalMw * 0.9 * HOURS_IN_YEAR * heatRate / 1e3, 0.9);
    if (spec.mip() && r % 4 == 0) {
      coalBurnT += 1200 * 0.9 * HOURS_IN_YEAR * heatRate / 1000 / 0.714;
      addEmissions(1200 * 0.9 * HOURS_IN_YEAR * heatRate / 1e3, 0.9);
    }

    hydro(r, scale);

    // wind and solar (no fuel, no cost: they count towards the GENERIC renewable policy)
    double windMw = round(scale * (100 + 300 * rnd.nextDouble()));
    PlantBuilder wind = plant("wind-" + rid, rid, PlantType.WIND, windMw, 0.228);
    double solarMw = round(scale * (50 + 150 * rnd.nextDouble()));
    PlantBuilder solar = plant("solar-" + rid, rid, PlantType.SOLAR, solarMw, 0.0);
    if (days()) {
      wind.availabilityByPeriod(time.series(t -> time.wind[t]));
      solar.availabilityByPeriod(time.series(t -> time.solar[t]));
    } else {
      windSolarMaxMwh += windMw * 0.228 * HOURS_IN_YEAR;
      solar.availabilityByPeriod(byPeriod(t -> time.solar[t]));
    }
    for (int t = 0; t < spec.periods(); t++) {
      windSolarMaxMwh += solarMw * time.solar[t] * hours[t] + (days() ? windMw * time.wind[t] * hours[t] : 0);
    }

    if (r % 2 == 0) {
      plant("gas-" + rid, rid, PlantType.GAS, 300, 0.9).vomCnyPerMwh(10).fuelCostCnyPerMwh(650);
    }

    // mines: a steam-coal mine for the region's needs; washing regions also a large washing mine
    double coalDemandT = round(scale * (0.5e6 + 1.5e6 * rnd.nextDouble()));
    double largeMineT = 0;
    if (washing(r)) {
      largeMineT = round(Math.max(8e6, (coalBurnT * 0.8 + washedFeedT * 2) * 1.2));
      mine("large-" + rid, rid, largeMineT, 250 + 30 * rnd.nextDouble(), true)
          .washing(new WashingBuilder().washedShare(0.7).cleanGrade("washed").cleanYield(0.6)
              .byproductGrade("gangue").byproductYield(0.2).costCnyPerT(20));
      // gangue plant able to burn 60 % of the gangue of the large mine at full output
      double gangueT = largeMineT * 0.7 * 0.2 * 0.6;
      double gangueMw = round(Math.ceil(gangueT * 357 / 380 / (HOURS_IN_YEAR * 0.9) / 10) * 10);
      plant("gangue-" + rid, rid, PlantType.GANGUE, gangueMw, 0.9).heatRateGcePerKwh(380).grades("gangue")
          .vomCnyPerMwh(20).desulfurisationShare(0.8);
      addEmissions(gangueMw * 0.9 * HOURS_IN_YEAR * 380 / 1e3, 0.8);
    }
    double steamMineT = round((coalBurnT + steamFeedT + coalDemandT) * 1.3);
    MineBuilder steamMine = mine("mines-" + rid, rid, steamMineT, 270 + 50 * rnd.nextDouble(), false).washing(null);

    // CHP where an industry needs process heat: heat 6 GJ/MWh, enough for all of it at 80 % of capacity
    if (heatGj > 0) {
      double chpMw = round(Math.ceil(heatGj / 6 / (HOURS_IN_YEAR * 0.8) / 10) * 10 + 50);
      plant("chp-" + rid, rid, PlantType.CHP, chpMw, 0.9).heatRateGcePerKwh(340).grades("steam").vomCnyPerMwh(15)
          .desulfurisationShare(0.9).chp(new ChpBuilder().heatGjPerMwh(6).heatFuelKgcePerGj(40));
      // CHP coal counts in the mine sizing: raise the steam mine by what the CHP can burn
      double chpT = chpMw * 0.9 * HOURS_IN_YEAR * (340 + 240) / 1000 / 0.714;
      addEmissions(chpMw * 0.9 * HOURS_IN_YEAR * (340 + 240) / 1e3, 0.9);
      steamMine.capacityT(round(steamMineT + chpT * 1.3));
      steamMineT += chpT * 1.3;
    }
    internalMineCapacityT += steamMineT + largeMineT;

    if (r % 4 == 0) {
      plant("ps-" + rid, rid, PlantType.PUMPED_STORAGE, 600, 0.95).vomCnyPerMwh(5)
          .storage(new StorageBuilder().storageMwh(3600).efficiency(0.76).pumpCapacityMw(null));
    }

    if (smelter != null) {
      out.add(new DirectSupplyBuilder("ds-" + rid).plant(coalPlant).industry(smelter).maxMw(round(smelterMw * 0.8))
          .minMw(round(smelterMw * 0.2)).tariffCnyPerMwh(330));
    }

    out.add(new CoalDemandBuilder("coal-use-" + rid).region(rid).grade("steam").firmT(coalDemandT)
        .maxT(round(coalDemandT * 1.5)).priceCnyPerT(500));
  }

  /** Hydro: reservoir in regions 1, 4, 7, ..., run-of-river elsewhere; 3,500 full-load hours, 75 % wet season. */
  private void hydro(int r, double scale) {
    double hydroMw = round(scale * (200 + 1000 * rnd.nextDouble()));
    double annual = hydroMw * 3500;
    boolean reservoir = r % 3 == 1;
    double wetHours = 0;
    for (int t = 0; t < spec.periods(); t++) {
      wetHours += wet[t] ? hours[t] : 0;
    }
    double dryHours = HOURS_IN_YEAR - wetHours;
    double wh = wetHours;
    java.util.function.IntToDoubleFunction energy = t -> round2(annual * (dryHours == 0 || wh == 0
        ? hours[t] / HOURS_IN_YEAR : (wet[t] ? 0.75 * hours[t] / wh : 0.25 * hours[t] / dryHours)));
    HydroBuilder h = new HydroBuilder();
    if (reservoir) {
      h.energyMwhByPeriod(Map.of()).storageMwh(round(hydroMw * 500));
      if (days()) {
        h.inflowMwhByPeriod(time.series(energy));
      } else {
        h.inflowMwhByPeriod(byPeriod(energy));
      }
      h.minReleaseMw(round(hydroMw * 0.05));
    } else {
      if (days()) {
        h.energyMwhByPeriod(time.series(energy));
      } else {
        h.energyMwhByPeriod(byPeriod(energy));
      }
      h.storageMwh(null).inflowMwhByPeriod(Map.of()).minReleaseMw(0);
    }
    plant("hydro-" + regionIds[r], regionIds[r], PlantType.HYDRO, hydroMw, 0.93).vomCnyPerMwh(5).hydro(h);
  }

  /** Coal arcs and lines between regions, arcs to the outside buyers, export lines to Guangdong. */
  private void network() {
    int n = spec.regions();
    for (int r = 0; r + 1 < n; r++) {
      double km = 80 + 200 * rnd.nextDouble();
      arc(regionIds[r], regionIds[r + 1], km);
      arc(regionIds[r + 1], regionIds[r], km);
      line(regionIds[r], regionIds[r + 1], round(1000 + 2000 * rnd.nextDouble()), 0.015, 10, true);
    }
    // chords: every third region to one a few steps ahead (a meshed, not a radial, network)
    for (int r = 0; r < n; r += 3) {
      int to = r + 2 + rnd.nextInt(4);
      if (to < n) {
        arc(regionIds[r], regionIds[to], 150 + 300 * rnd.nextDouble());
        line(regionIds[to], regionIds[r], round(500 + 1000 * rnd.nextDouble()), 0.02, 10, false);
      }
    }
    for (int r = 0; r < n; r += 3) {
      CoalArcBuilder a = arc(regionIds[r], OUTSIDE, 800).grades("washed", "steam");
      outboundArcCapacityT += a.capacityT().doubleValue();
    }
    for (int r = 0; r < n; r += 5) {
      double mw = round(1000 + 2000 * rnd.nextDouble());
      LineBuilder l = line(regionIds[r], GUANGDONG, mw, 0.06, 75, false);
      exportLineMw += mw;
      if (spec.mip()) {
        l.build(new CandidateBuilder().unitMw(1000).maxUnits(2).capexCnyPerMwYr(150000));
      }
    }
  }

  private void policies() {
    policy("cap-coal", "Coal production cap", "煤炭产量控制", PolicyType.COAL_PRODUCTION_CAP,
        round(internalMineCapacityT * 0.8));
    policy("cap-outbound", "Coal outbound cap", "限制煤炭外运", PolicyType.COAL_OUTBOUND_CAP,
        round(outboundArcCapacityT * 0.5));
    policy("big-coal-big-power", "Large mines supply large plants", "大煤保大电",
        PolicyType.LARGE_MINE_TO_LARGE_PLANT, 0.5);
    policy("local-conversion", "Local conversion", "就地转化率", PolicyType.LOCAL_CONVERSION, 0.5);
    // 85 % of what the fleet can emit; with a time-of-use market all of it: at 85 % the emission budget binds in
    // every hour, sets one price all day (the scarce good is coal's energy, which storage loses 24 % of) and the
    // storage that the peak/valley prices are there to exercise stays idle
    double emissionShare = spec.touExport() ? 1.0 : 0.85;
    policy("cap-co2", "CO2 cap", "二氧化碳排放控制", PolicyType.CO2_CAP, round(maxCo2T * emissionShare));
    policy("cap-so2", "SO2 cap", "二氧化硫排放控制", PolicyType.SO2_CAP, round(maxSo2T * emissionShare));
    double capability = spec.mip() ? exportLineMw + 1000 : round(exportLineMw * 0.95);
    policy("export-capability", "Export capability to Guangdong", "外送能力", PolicyType.EXPORT_CAPABILITY, capability)
        .region(GUANGDONG);
    policy("gangue-use", "Gangue utilisation", "煤矸石综合利用", PolicyType.GANGUE_UTILISATION, 0.5);
    policy("renewables-min", "Wind and solar energy floor", "新能源发电量", PolicyType.GENERIC,
        round(windSolarMaxMwh * 0.5)).sense(Sense.GE).term("generation.WIND", 1.0).term("generation.SOLAR", 1.0);
  }

  private PolicyBuilder policy(String id, String name, String zh, PolicyType type, double limit) {
    return out.add(new PolicyBuilder(id).name(name).nameZh(zh).type(type).limit(limit));
  }

  /** Adds the most a plant can emit, burning {@code tcePerYr} of steam coal (2 % S, 2.7 t CO2/tce). */
  private void addEmissions(double tcePerYr, double desulf) {
    maxCo2T += tcePerYr * 2.7;
    maxSo2T += tcePerYr / 0.714 * 2 * 0.02 * (1 - desulf);
  }

  private PlantBuilder plant(String id, String region, PlantType type, double mw, double availability) {
    return out.add(new PlantBuilder(id).region(region).type(type).capacityMw(mw).availability(availability));
  }

  private MineBuilder mine(String id, String region, double capacityT, double cost, boolean large) {
    return out.add(new MineBuilder(id).region(region).grade("steam").capacityT(capacityT).minOutputT(0)
        .costCnyPerT(round(cost)).large(large));
  }

  private CoalArcBuilder arc(String from, String to, double km) {
    return out.add(new CoalArcBuilder("rail-" + from + "-" + to).from(from).to(to).mode(TransportMode.RAIL)
        .capacityT(round((10 + 20 * rnd.nextDouble()) * 1e5) * 10).costCnyPerT(round2(0.12 * km)).lossShare(0.005));
  }

  private LineBuilder line(String from, String to, double mw, double loss, double wheeling, boolean both) {
    return out.add(new LineBuilder((to.equals(GUANGDONG) ? "export-" : "ac-") + from + "-" + to).from(from).to(to)
        .capacityMw(mw).lossShare(loss).wheelingCnyPerMwh(wheeling).bidirectional(both));
  }

  /** A value per period id, in period order. */
  private Map<String, Double> byPeriod(java.util.function.IntToDoubleFunction f) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int t = 0; t < spec.periods(); t++) {
      m.put(periodIds[t], f.applyAsDouble(t));
    }
    return m;
  }

  /** Per-chain figures, from the tutorial's industries (seed facts G-U01..G-U11), scaled. */
  private Industry industry(Chain chain, double scale) {
    double s = scale * (0.8 + 0.4 * rnd.nextDouble());
    return switch (chain) {
      case ALUMINIUM -> new Industry("aluminium", 250_000 * s, 13.5, null, 0, 0, 2000);
      case PHOSPHORUS -> new Industry("ammonium phosphate", 1_000_000 * s, 0.15, null, 0, 0, 400);
      case COAL_CHEMICAL -> new Industry("methanol", 500_000 * s, 0.8, "steam", 1.5, 8, 600);
      case CEMENT -> new Industry("cement", 2_000_000 * s, 0.1, "steam", 0.223, 0, 60);
      case STEEL -> new Industry("steel", 1_000_000 * s, 0.5, "washed", 0.6, 0, 500);
      case FERROALLOY -> new Industry("silicomanganese", 200_000 * s, 4.2, "washed", 0.5, 0, 800);
      default -> throw new IllegalStateException(chain.name());
    };
  }

  private record Industry(String product, double capacityT, double mwhPerT, String feedGrade, double feedTPerT,
      double heatGjPerT, double valueAddedCnyPerT) {}

  private static double round(double x) {
    return Math.rint(x);
  }

  private static double round2(double x) {
    return Math.rint(x * 100) / 100;
  }

  private static String pad(int i, int width) {
    String s = Integer.toString(i);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
