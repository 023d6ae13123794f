package org.coalgrid.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
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
 * seed, drawn in a fixed order; numbers rounded before writing).
 */
public final class InstanceGenerator {

  /** What to generate: {@code regions} internal regions, {@code periods} periods, a seed, LP or MILP. */
  public record Spec(int regions, int periods, long seed, boolean mip) {
    /** Largest number of periods (one per hour of the year). */
    public static final int MAX_PERIODS = 8760;
    /** Largest number of internal regions accepted. */
    public static final int MAX_REGIONS = 100_000;

    public Spec {
      if (regions < 1 || regions > MAX_REGIONS) {
        throw new IllegalArgumentException("--regions must be in [1, " + MAX_REGIONS + "], got " + regions);
      }
      if (periods < 1 || periods > MAX_PERIODS) {
        throw new IllegalArgumentException("--periods must be in [1, " + MAX_PERIODS + "], got " + periods);
      }
    }

    /** File-name friendly label, e.g. {@code gen-r40-t24-s1} or {@code gen-r40-t24-s1-mip}. */
    public String label() {
      return "gen-r" + regions + "-t" + periods + "-s" + seed + (mip ? "-mip" : "");
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

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String GUANGDONG = "guangdong";
  private static final String OUTSIDE = "outside-coal";
  private static final double HOURS_IN_YEAR = 8760;
  /** Chains of regions without washing (steam-coal feed only). */
  private static final String[] STEAM_CHAINS = {"ALUMINIUM", "PHOSPHORUS", "COAL_CHEMICAL", "CEMENT"};
  /** Chains of washing regions (washed coking coal as feed). */
  private static final String[] WASHED_CHAINS = {"STEEL", "FERROALLOY"};

  private final Spec spec;
  private final SplittableRandom rnd;
  private final String[] regionIds;
  private final String[] periodIds;
  private final double[] hours;
  private final double[] shape;
  private final boolean[] wet;

  // collections in file order
  private final ArrayNode mines = F.arrayNode();
  private final ArrayNode arcs = F.arrayNode();
  private final ArrayNode plants = F.arrayNode();
  private final ArrayNode lines = F.arrayNode();
  private final ArrayNode industries = F.arrayNode();
  private final ArrayNode directSupplies = F.arrayNode();
  private final ArrayNode demands = F.arrayNode();
  private final ArrayNode coalDemands = F.arrayNode();
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
    int nt = spec.periods();
    int tw = Integer.toString(nt).length();
    periodIds = new String[nt];
    hours = new double[nt];
    shape = new double[nt];
    wet = new boolean[nt];
    int base = (int) HOURS_IN_YEAR / nt;
    int extra = (int) HOURS_IN_YEAR % nt;
    double peakHours = 0;
    double offHours = 0;
    for (int t = 0; t < nt; t++) {
      periodIds[t] = "t" + pad(t + 1, tw);
      hours[t] = base + (t < extra ? 1 : 0);
      wet[t] = nt == 1 || t < nt / 2;
      if (isPeak(t)) {
        peakHours += hours[t];
      } else {
        offHours += hours[t];
      }
    }
    // load shape: peak blocks 1.15 x the mean, off-peak blocks scaled so the energy adds up (A-LOAD of tutorial)
    double peak = offHours == 0 ? 1.0 : 1.15;
    double off = offHours == 0 ? 1.0 : (HOURS_IN_YEAR - peak * peakHours) / offHours;
    for (int t = 0; t < nt; t++) {
      shape[t] = isPeak(t) ? peak : off;
    }
  }

  /** Generates the instance tree (the file format, plain numbers without sources). */
  public static ObjectNode generate(Spec spec) {
    return new InstanceGenerator(spec).build();
  }

  /** Writes the instance to {@code file} atomically, pretty-printed with LF line ends. */
  public static void write(Spec spec, Path file) throws IOException {
    ObjectNode tree = generate(spec);
    AtomicOutput.writeFile(file, w -> Json.writer().writeValue(w, tree));
  }

  private boolean isPeak(int t) {
    // blocks alternate peak / off-peak; with 24 or more periods the daytime hours 08-18 of each day are peak
    if (spec.periods() >= 24) {
      int hourOfDay = t % 24;
      return hourOfDay >= 8 && hourOfDay < 18;
    }
    return spec.periods() == 1 || t % 2 == 0;
  }

  private ObjectNode build() {
    ObjectNode root = F.objectNode();
    root.set("meta", meta());
    root.set("periods", periods());
    root.set("regions", regions());
    root.set("coalGrades", grades());
    for (int r = 0; r < spec.regions(); r++) {
      region(r);
    }
    network();
    outsideBuyer();
    root.set("mines", mines);
    root.set("coalArcs", arcs);
    root.set("plants", plants);
    root.set("lines", lines);
    root.set("industries", industries);
    root.set("directSupplies", directSupplies);
    root.set("demands", demands);
    root.set("coalDemands", coalDemands);
    root.set("exports", exports());
    root.set("policies", policies());
    root.set("targets", targets());
    return root;
  }

  private ObjectNode meta() {
    ObjectNode m = F.objectNode();
    m.put("name", spec.label());
    m.put("description", "GENERATED, STYLISED: " + spec.regions() + " internal regions, " + spec.periods()
        + " periods, seed " + spec.seed() + (spec.mip() ? ", with integer decisions (MILP)" : " (LP)")
        + ". Written by coalgrid generate for benchmarks and tests; figures are drawn around the tutorial's, "
        + "not calibrated to any place.");
    m.put("year", 2010);
    m.put("currency", "CNY");
    m.put("hoursInYear", HOURS_IN_YEAR);
    m.put("vollCnyPerMwh", 20000);
    m.put("carbonPriceCnyPerTCo2", 0);
    ArrayNode notes = m.putArray("notes");
    notes.add("Generated by org.coalgrid.generate.InstanceGenerator; regenerate with: coalgrid generate --regions "
        + spec.regions() + " --periods " + spec.periods() + " --seed " + spec.seed() + (spec.mip() ? " --mip" : "")
        + " FILE");
    return m;
  }

  private ArrayNode periods() {
    ArrayNode a = F.arrayNode();
    for (int t = 0; t < spec.periods(); t++) {
      ObjectNode p = a.addObject();
      p.put("id", periodIds[t]);
      p.put("hours", hours[t]);
      p.put("season", wet[t] ? "wet" : "dry");
      p.put("block", isPeak(t) ? "peak" : "offpeak");
    }
    return a;
  }

  private ArrayNode regions() {
    ArrayNode a = F.arrayNode();
    for (int r = 0; r < spec.regions(); r++) {
      ObjectNode o = a.addObject();
      o.put("id", regionIds[r]);
      o.put("name", "Region " + (r + 1));
      o.put("nameZh", "区域" + (r + 1));
      o.put("external", false);
    }
    ObjectNode gd = a.addObject();
    gd.put("id", GUANGDONG);
    gd.put("name", "Guangdong (West-East export market)");
    gd.put("nameZh", "广东");
    gd.put("external", true);
    ObjectNode out = a.addObject();
    out.put("id", OUTSIDE);
    out.put("name", "Outside coal buyers");
    out.put("nameZh", "省外煤炭用户");
    out.put("external", true);
    return a;
  }

  private ArrayNode grades() {
    ArrayNode a = F.arrayNode();
    grade(a, "steam", "Steam coal 动力煤", 0.714, 2.0, false);
    grade(a, "washed", "Washed coking coal 洗精煤", 0.857, 0.8, false);
    grade(a, "gangue", "Coal gangue and slurry 煤矸石/煤泥", 0.357, 2.0, true);
    return a;
  }

  private static void grade(ArrayNode a, String id, String name, double tce, double s, boolean byproduct) {
    ObjectNode g = a.addObject();
    g.put("id", id);
    g.put("name", name);
    g.put("tcePerT", tce);
    g.put("sulfurPct", s);
    g.put("co2TPerTce", 2.7);
    g.put("byproduct", byproduct);
  }

  private boolean washing(int r) {
    return r % 3 == 0;
  }

  /** Everything that sits in internal region r. */
  private void region(int r) {
    String rid = regionIds[r];
    double scale = 0.6 + 0.8 * rnd.nextDouble();

    // industries (two per region) and their loads
    String[] chains = washing(r) ? WASHED_CHAINS : STEAM_CHAINS;
    int first = washing(r) ? 0 : (r % 2) * 2;
    double industryMw = 0;
    double steamFeedT = 0;
    double washedFeedT = 0;
    double heatGj = 0;
    String smelter = null;
    double smelterMw = 0;
    for (int k = 0; k < 2; k++) {
      String chain = chains[(first + k) % chains.length];
      Industry ind = industry(chain, scale);
      String id = rid + "-" + ind.product.replace(' ', '-');
      ObjectNode o = industries.addObject();
      o.put("id", id);
      o.put("name", ind.product + " of region " + (r + 1));
      o.put("region", rid);
      o.put("chain", chain);
      o.put("product", ind.product);
      o.put("capacityT", round(ind.capacityT));
      o.put("minOutputT", round(ind.capacityT * 0.5));
      o.put("plannedOutputT", round(ind.capacityT * 0.9));
      o.put("electricityMwhPerT", ind.mwhPerT);
      ObjectNode feed = o.putObject("coalFeedTPerT");
      if (ind.feedTPerT > 0) {
        feed.put(ind.feedGrade, ind.feedTPerT);
        if (ind.feedGrade.equals("steam")) {
          steamFeedT += ind.feedTPerT * ind.capacityT;
        } else {
          washedFeedT += ind.feedTPerT * ind.capacityT;
        }
      }
      o.put("heatGjPerT", ind.heatGjPerT);
      o.put("valueAddedCnyPerT", ind.valueAddedCnyPerT);
      // smelters run their potlines flat out all year; other plants may shift output between periods
      o.put("profile", chain.equals("ALUMINIUM") ? "FLAT" : "FREE");
      if (spec.mip() && chain.equals("ALUMINIUM")) {
        ObjectNode pl = o.putObject("potlines");
        pl.put("count", 4);
        pl.put("sizeT", round(ind.capacityT / 4));
        pl.put("fixedCostCnyPerYr", 2.0e7);
      } else {
        o.putNull("potlines");
      }
      double mw = ind.mwhPerT * ind.capacityT / HOURS_IN_YEAR;
      // a FREE industry may put its whole output into one period: its load can reach capacity-rate MW in any period
      industryMw += mw;
      heatGj += ind.heatGjPerT * ind.capacityT;
      if (chain.equals("ALUMINIUM")) {
        smelter = id;
        smelterMw = mw * 0.9;
      }
    }

    // electricity demand outside the industries
    double loadMw = round(scale * (300 + 600 * rnd.nextDouble()));
    ObjectNode d = demands.addObject();
    d.put("id", "load-" + rid);
    d.put("region", rid);
    d.putNull("mw");
    ObjectNode byPeriod = d.putObject("mwByPeriod");
    for (int t = 0; t < spec.periods(); t++) {
      byPeriod.put(periodIds[t], round2(loadMw * shape[t]));
    }
    d.putNull("annualMwh");
    d.putNull("vollCnyPerMwh");

    // coal plant sized to carry the region's own peak load and industries alone
    double coalMw = round(Math.ceil((loadMw * 1.15 + industryMw) / 0.9 / 50) * 50 + 200);
    String coalPlant = "coal-" + rid;
    ObjectNode coal = plant(coalPlant, rid, "COAL", coalMw, 0.9);
    coal.put("heatRateGcePerKwh", round(300 + 40 * rnd.nextDouble()));
    ArrayNode cg = coal.putArray("grades");
    cg.add("steam");
    cg.add("washed");
    coal.put("vomCnyPerMwh", 15);
    coal.put("desulfurisationShare", 0.9);
    coal.put("large", washing(r));
    if (spec.mip() && r == 0) {
      coal.put("commitment", true);
      coal.put("unitMw", coalMw / 4);
      coal.put("minLoadShare", 0.4);
    }
    if (spec.mip() && r % 4 == 0) {
      ObjectNode b = coal.putObject("build");
      b.put("unitMw", r == 0 ? coalMw / 4 : 600); // with commitment, built units are of the committed size
      b.put("maxUnits", 2);
      b.put("capexCnyPerMwYr", 400000);
    }
    double coalBurnT = coalMw * 0.9 * HOURS_IN_YEAR * coal.get("heatRateGcePerKwh").asDouble() / 1000 / 0.714;
    addEmissions(coalMw * 0.9 * HOURS_IN_YEAR * coal.get("heatRateGcePerKwh").asDouble() / 1e3, 0.9);
    if (spec.mip() && r % 4 == 0) {
      coalBurnT += 1200 * 0.9 * HOURS_IN_YEAR * coal.get("heatRateGcePerKwh").asDouble() / 1000 / 0.714;
      addEmissions(1200 * 0.9 * HOURS_IN_YEAR * coal.get("heatRateGcePerKwh").asDouble() / 1e3, 0.9);
    }

    // hydro: reservoir in regions 1, 4, 7, ..., run-of-river elsewhere; 3,500 full-load hours, 75 % in the wet season
    double hydroMw = round(scale * (200 + 1000 * rnd.nextDouble()));
    ObjectNode hydro = plant("hydro-" + rid, rid, "HYDRO", hydroMw, 0.93);
    hydro.put("vomCnyPerMwh", 5);
    ObjectNode h = hydro.putObject("hydro");
    double annual = hydroMw * 3500;
    boolean reservoir = r % 3 == 1;
    ObjectNode energy = h.putObject("energyMwhByPeriod");
    ObjectNode inflow = F.objectNode();
    double wetHours = 0;
    for (int t = 0; t < spec.periods(); t++) {
      wetHours += wet[t] ? hours[t] : 0;
    }
    double dryHours = HOURS_IN_YEAR - wetHours;
    for (int t = 0; t < spec.periods(); t++) {
      double share = dryHours == 0 || wetHours == 0 ? hours[t] / HOURS_IN_YEAR
          : (wet[t] ? 0.75 * hours[t] / wetHours : 0.25 * hours[t] / dryHours);
      (reservoir ? inflow : energy).put(periodIds[t], round2(annual * share));
    }
    if (reservoir) {
      h.put("storageMwh", round(hydroMw * 500));
      h.set("inflowMwhByPeriod", inflow);
      h.put("minReleaseMw", round(hydroMw * 0.05));
    } else {
      h.putNull("storageMwh");
      h.putObject("inflowMwhByPeriod");
      h.put("minReleaseMw", 0);
    }

    // wind and solar (no fuel, no cost: they count towards the GENERIC renewable policy)
    double windMw = round(scale * (100 + 300 * rnd.nextDouble()));
    plant("wind-" + rid, rid, "WIND", windMw, 0.228);
    windSolarMaxMwh += windMw * 0.228 * HOURS_IN_YEAR;
    double solarMw = round(scale * (50 + 150 * rnd.nextDouble()));
    ObjectNode solar = plant("solar-" + rid, rid, "SOLAR", solarMw, 0.0);
    ObjectNode av = solar.putObject("availabilityByPeriod");
    for (int t = 0; t < spec.periods(); t++) {
      double a = isPeak(t) ? 0.3 : 0.0;
      av.put(periodIds[t], a);
      windSolarMaxMwh += solarMw * a * hours[t];
    }

    if (r % 2 == 0) {
      ObjectNode gas = plant("gas-" + rid, rid, "GAS", 300, 0.9);
      gas.put("vomCnyPerMwh", 10);
      gas.put("fuelCostCnyPerMwh", 650);
    }

    // mines: a steam-coal mine for the region's needs; washing regions also a large washing mine
    double coalDemandT = round(scale * (0.5e6 + 1.5e6 * rnd.nextDouble()));
    double largeMineT = 0;
    if (washing(r)) {
      largeMineT = round(Math.max(8e6, (coalBurnT * 0.8 + washedFeedT * 2) * 1.2));
      ObjectNode m = mine("large-" + rid, rid, largeMineT, 250 + 30 * rnd.nextDouble(), true);
      ObjectNode w = m.putObject("washing");
      w.put("washedShare", 0.7);
      w.put("cleanGrade", "washed");
      w.put("cleanYield", 0.6);
      w.put("byproductGrade", "gangue");
      w.put("byproductYield", 0.2);
      w.put("costCnyPerT", 20);
      // gangue plant able to burn 60 % of the gangue of the large mine at full output
      double gangueT = largeMineT * 0.7 * 0.2 * 0.6;
      double gangueMw = round(Math.ceil(gangueT * 357 / 380 / (HOURS_IN_YEAR * 0.9) / 10) * 10);
      ObjectNode gp = plant("gangue-" + rid, rid, "GANGUE", gangueMw, 0.9);
      gp.put("heatRateGcePerKwh", 380);
      gp.putArray("grades").add("gangue");
      gp.put("vomCnyPerMwh", 20);
      gp.put("desulfurisationShare", 0.8);
      addEmissions(gangueMw * 0.9 * HOURS_IN_YEAR * 380 / 1e3, 0.8);
    }
    double steamMineT = round((coalBurnT + steamFeedT + coalDemandT) * 1.3);
    mine("mines-" + rid, rid, steamMineT, 270 + 50 * rnd.nextDouble(), false).putNull("washing");

    // CHP where an industry needs process heat: heat 6 GJ/MWh, enough for all of it at 80 % of capacity
    if (heatGj > 0) {
      double chpMw = round(Math.ceil(heatGj / 6 / (HOURS_IN_YEAR * 0.8) / 10) * 10 + 50);
      ObjectNode chp = plant("chp-" + rid, rid, "CHP", chpMw, 0.9);
      chp.put("heatRateGcePerKwh", 340);
      chp.putArray("grades").add("steam");
      chp.put("vomCnyPerMwh", 15);
      chp.put("desulfurisationShare", 0.9);
      ObjectNode c = chp.putObject("chp");
      c.put("heatGjPerMwh", 6);
      c.put("heatFuelKgcePerGj", 40);
      // CHP coal counts in the mine sizing: raise the steam mine by what the CHP can burn
      double chpT = chpMw * 0.9 * HOURS_IN_YEAR * (340 + 240) / 1000 / 0.714;
      addEmissions(chpMw * 0.9 * HOURS_IN_YEAR * (340 + 240) / 1e3, 0.9);
      ObjectNode steamMine = (ObjectNode) mines.get(mines.size() - 1);
      steamMine.put("capacityT", round(steamMineT + chpT * 1.3));
      steamMineT += chpT * 1.3;
    }
    internalMineCapacityT += steamMineT + largeMineT;

    if (r % 4 == 0) {
      ObjectNode ps = plant("ps-" + rid, rid, "PUMPED_STORAGE", 600, 0.95);
      ps.put("vomCnyPerMwh", 5);
      ObjectNode s = ps.putObject("storage");
      s.put("storageMwh", 3600);
      s.put("efficiency", 0.76);
      s.putNull("pumpCapacityMw");
    }

    if (smelter != null) {
      ObjectNode ds = directSupplies.addObject();
      ds.put("id", "ds-" + rid);
      ds.put("plant", coalPlant);
      ds.put("industry", smelter);
      ds.put("maxMw", round(smelterMw * 0.8));
      ds.put("minMw", round(smelterMw * 0.2));
      ds.put("tariffCnyPerMwh", 330);
    }

    ObjectNode cd = coalDemands.addObject();
    cd.put("id", "coal-use-" + rid);
    cd.put("region", rid);
    cd.put("grade", "steam");
    cd.put("firmT", coalDemandT);
    cd.put("maxT", round(coalDemandT * 1.5));
    cd.put("priceCnyPerT", 500);
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
      ObjectNode a = arc(regionIds[r], OUTSIDE, 800);
      ArrayNode g = a.putArray("grades");
      g.add("washed");
      g.add("steam");
      outboundArcCapacityT += a.get("capacityT").asDouble();
    }
    for (int r = 0; r < n; r += 5) {
      double mw = round(1000 + 2000 * rnd.nextDouble());
      ObjectNode l = line(regionIds[r], GUANGDONG, mw, 0.06, 75, false);
      exportLineMw += mw;
      if (spec.mip()) {
        ObjectNode b = l.putObject("build");
        b.put("unitMw", 1000);
        b.put("maxUnits", 2);
        b.put("capexCnyPerMwYr", 150000);
      }
    }
  }

  private void outsideBuyer() {
    ObjectNode cd = coalDemands.addObject();
    cd.put("id", "outside-buyers");
    cd.put("region", OUTSIDE);
    cd.put("grade", "washed");
    cd.put("firmT", 0);
    cd.put("maxT", round(Math.max(1e6, outboundArcCapacityT * 0.5)));
    cd.put("priceCnyPerT", 700);
  }

  private ArrayNode exports() {
    ArrayNode a = F.arrayNode();
    ObjectNode x = a.addObject();
    x.put("id", "gd-contract");
    x.put("name", "West-East 西电东送 contract to Guangdong");
    x.put("region", GUANGDONG);
    x.put("firmMwh", round(exportLineMw * 0.5 * HOURS_IN_YEAR));
    x.putObject("firmMwhByPeriod");
    x.putNull("maxMw");
    x.put("priceCnyPerMwh", 350);
    x.put("shortfallPenaltyCnyPerMwh", 1000);
    return a;
  }

  private ArrayNode policies() {
    ArrayNode a = F.arrayNode();
    policy(a, "cap-coal", "Coal production cap", "煤炭产量控制", "COAL_PRODUCTION_CAP", round(internalMineCapacityT * 0.8));
    policy(a, "cap-outbound", "Coal outbound cap", "限制煤炭外运", "COAL_OUTBOUND_CAP", round(outboundArcCapacityT * 0.5));
    policy(a, "big-coal-big-power", "Large mines supply large plants", "大煤保大电", "LARGE_MINE_TO_LARGE_PLANT", 0.5);
    policy(a, "local-conversion", "Local conversion", "就地转化率", "LOCAL_CONVERSION", 0.5);
    policy(a, "cap-co2", "CO2 cap", "二氧化碳排放控制", "CO2_CAP", round(maxCo2T * 0.85));
    policy(a, "cap-so2", "SO2 cap", "二氧化硫排放控制", "SO2_CAP", round(maxSo2T * 0.85));
    double capability = spec.mip() ? exportLineMw + 1000 : round(exportLineMw * 0.95);
    ObjectNode ex = policy(a, "export-capability", "Export capability to Guangdong", "外送能力", "EXPORT_CAPABILITY",
        capability);
    ex.put("region", GUANGDONG);
    policy(a, "gangue-use", "Gangue utilisation", "煤矸石综合利用", "GANGUE_UTILISATION", 0.5);
    ObjectNode re = policy(a, "renewables-min", "Wind and solar energy floor", "新能源发电量", "GENERIC",
        round(windSolarMaxMwh * 0.5));
    re.put("sense", "GE");
    ArrayNode terms = re.putArray("terms");
    terms.addObject().put("metric", "generation.WIND").put("coef", 1.0);
    terms.addObject().put("metric", "generation.SOLAR").put("coef", 1.0);
    return a;
  }

  private ArrayNode targets() {
    ArrayNode a = F.arrayNode();
    ObjectNode t = a.addObject();
    t.put("id", "export-capability");
    t.put("name", "Export capability 外送能力");
    t.put("metric", "exportCapability." + GUANGDONG);
    t.put("sense", "GE");
    t.put("value", round(exportLineMw));
    t.put("tolerance", 0.0);
    t.put("unit", "MW");
    return a;
  }

  private ObjectNode policy(ArrayNode a, String id, String name, String zh, String type, double limit) {
    ObjectNode p = a.addObject();
    p.put("id", id);
    p.put("name", name);
    p.put("nameZh", zh);
    p.put("type", type);
    p.put("limit", limit);
    return p;
  }

  /** Adds the most a plant can emit, burning {@code tcePerYr} of steam coal (2 % S, 2.7 t CO2/tce). */
  private void addEmissions(double tcePerYr, double desulf) {
    maxCo2T += tcePerYr * 2.7;
    maxSo2T += tcePerYr / 0.714 * 2 * 0.02 * (1 - desulf);
  }

  private ObjectNode plant(String id, String region, String type, double mw, double availability) {
    ObjectNode p = plants.addObject();
    p.put("id", id);
    p.put("region", region);
    p.put("type", type);
    p.put("capacityMw", mw);
    p.put("availability", availability);
    return p;
  }

  private ObjectNode mine(String id, String region, double capacityT, double cost, boolean large) {
    ObjectNode m = mines.addObject();
    m.put("id", id);
    m.put("region", region);
    m.put("grade", "steam");
    m.put("capacityT", capacityT);
    m.put("minOutputT", 0);
    m.put("costCnyPerT", round(cost));
    m.put("large", large);
    return m;
  }

  private ObjectNode arc(String from, String to, double km) {
    ObjectNode a = arcs.addObject();
    a.put("id", "rail-" + from + "-" + to);
    a.put("from", from);
    a.put("to", to);
    a.put("mode", "RAIL");
    a.put("capacityT", round((10 + 20 * rnd.nextDouble()) * 1e5) * 10);
    a.put("costCnyPerT", round2(0.12 * km));
    a.put("lossShare", 0.005);
    return a;
  }

  private ObjectNode line(String from, String to, double mw, double loss, double wheeling, boolean both) {
    ObjectNode l = lines.addObject();
    l.put("id", (to.equals(GUANGDONG) ? "export-" : "ac-") + from + "-" + to);
    l.put("from", from);
    l.put("to", to);
    l.put("capacityMw", mw);
    l.put("lossShare", loss);
    l.put("wheelingCnyPerMwh", wheeling);
    l.put("bidirectional", both);
    return l;
  }

  /** Per-chain figures, from the tutorial's industries (seed facts G-U01..G-U11), scaled. */
  private Industry industry(String chain, double scale) {
    double s = scale * (0.8 + 0.4 * rnd.nextDouble());
    return switch (chain) {
      case "ALUMINIUM" -> new Industry("aluminium", 250_000 * s, 13.5, null, 0, 0, 2000);
      case "PHOSPHORUS" -> new Industry("ammonium phosphate", 1_000_000 * s, 0.15, null, 0, 0, 400);
      case "COAL_CHEMICAL" -> new Industry("methanol", 500_000 * s, 0.8, "steam", 1.5, 8, 600);
      case "CEMENT" -> new Industry("cement", 2_000_000 * s, 0.1, "steam", 0.223, 0, 60);
      case "STEEL" -> new Industry("steel", 1_000_000 * s, 0.5, "washed", 0.6, 0, 500);
      case "FERROALLOY" -> new Industry("silicomanganese", 200_000 * s, 4.2, "washed", 0.5, 0, 800);
      default -> throw new IllegalStateException(chain);
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
