package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.Washing;

/**
 * An independent checker of a written solution: from the instance's domain records and the solution.json
 * tree alone it recomputes every balance, cap and policy and the objective, in domain units (t, tce, MW,
 * MWh, GJ, CNY). It shares no code with the model builder, the solver or the result writer (a test keeps
 * it so), so a bug there shows up here as a disagreement.
 *
 * <p>Checks (family names as they appear in {@link Violation#check()}): {@code mine bounds}, {@code washing},
 * {@code coal balance} (region x grade, all origins together), {@code arc capacity}, {@code arc grades},
 * {@code plant fuel}, {@code plant capacity}, {@code builds}, {@code hydro energy}, {@code hydro min release},
 * {@code reservoir level}, {@code reservoir storage}, {@code pumped storage level},
 * {@code pumped storage bounds}, {@code power balance} (region x period), {@code line capacity},
 * {@code export contract}, {@code export max}, {@code industry output}, {@code industry profile},
 * {@code industry coal feed}, {@code potlines}, {@code heat balance}, {@code direct supply}, {@code unserved},
 * {@code coal demand}, {@code large-mine origin}, {@code policy}, {@code objective term},
 * {@code objective total}, {@code report} (derived figures the writer prints, e.g. KPIs and totals,
 * where given) and {@code nonnegative} (every flow, output and level).
 *
 * <p>Conventions (those of the model, docs/formulation.md): washing gives {@code washedShare x cleanYield}
 * and {@code washedShare x byproductYield} of raw output, the rest stays raw; losses are taken on arrivals;
 * industry load (MW) = electricityMwhPerT x output (t) / hours; a FLAT industry makes output in proportion to
 * period hours; a CHP plant burns heatGjPerMwh x heatFuelKgcePerGj extra kgce per MWh; direct supply leaves
 * the plant's region and enters the industry's without using lines; export deliveries are drawn in the
 * contract's (external) region; firm export energy without per-period values is spread by hours /
 * hoursInYear; a demand is its period value, else {@code mw}, else annualMwh / hoursInYear (MW); hydro energy
 * of a period not listed is 0; storage levels are cyclic over the periods in file order; a policy without
 * regions covers the internal regions. The coal balance is checked for all origin classes together (the
 * written solution does not split flows by origin); 大煤保大电 uses each plant's {@code coalFromLargeMinesT}.
 *
 * <p>Tolerance: a check fails when it is off by more than {@code max(floor(unit), 1e-6 x magnitude)}, where
 * the magnitude is the sum of the absolute values of the terms involved (for a bound, the larger of value
 * and bound). Absolute floors: 0.01 t (also tce, t CO2, t SO2), 0.001 MW, 1 MWh, 1 GJ, 1 CNY, 1e-6 for
 * counts (units built, potlines), 0.01 for generic policy units. They sit well above the solvers' feasibility
 * tolerances (1e-7 in model units: kt, MW, GWh, million CNY) and far below anything a planner would read.
 */
public final class SolutionVerifier {
  /** Relative tolerance, of the magnitude of the terms involved. */
  public static final double REL_TOL = 1e-6;

  /** Absolute tolerance floor of a unit. */
  public static double floor(String unit) {
    return switch (unit) {
      case "t", "tce", "t CO2", "t SO2" -> 0.01;
      case "MW" -> 1e-3;
      case "MWh", "GJ", "CNY" -> 1.0;
      case "units" -> 1e-6;
      default -> 0.01;
    };
  }

  private final Instance in;
  private final SolutionView s;
  private final List<Violation> violations = new ArrayList<>();
  private int checks;
  private final int nt;
  private final double[] h;
  private final String[] pid;
  private final double hoursInYear;
  private final double sumHours;
  private final Map<String, CoalGrade> grades;
  /** Ids of the external regions (the instance's own lookup scans every region per call). */
  private final java.util.Set<String> external = new java.util.HashSet<>();

  private SolutionVerifier(Instance in, JsonNode solution) {
    this.in = in;
    this.s = new SolutionView(in, solution);
    this.nt = in.periods().size();
    this.h = new double[nt];
    this.pid = new String[nt];
    for (int t = 0; t < nt; t++) {
      h[t] = in.periods().get(t).hours();
      pid[t] = in.periods().get(t).id();
    }
    this.hoursInYear = in.meta().hoursInYear();
    this.sumHours = in.totalHours();
    this.grades = in.gradesById();
    for (var region : in.regions()) {
      if (region.external()) {
        external.add(region.id());
      }
    }
  }

  /** Indices {@code k} (ascending) of the items whose region, as {@code regionOf} gives it, is each region id. */
  private static <T> Map<String, List<Integer>> byRegion(List<T> items, java.util.function.Function<T, String> regionOf) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int k = 0; k < items.size(); k++) {
      out.computeIfAbsent(regionOf.apply(items.get(k)), r -> new ArrayList<>()).add(k);
    }
    return out;
  }

  /**
   * Checks {@code solution} (a solution.json tree) against {@code instance}.
   *
   * @throws MalformedSolutionException if the tree lacks values the checks need or does not match the instance
   */
  public static VerificationReport verify(Instance instance, JsonNode solution) {
    SolutionVerifier v = new SolutionVerifier(instance, solution);
    v.mines();
    v.coalArcs();
    v.coalBalance();
    v.plants();
    v.storage();
    v.lines();
    v.powerBalance();
    v.exports();
    v.industries();
    v.heatBalance();
    v.directSupply();
    v.demands();
    v.coalDemands();
    v.policies();
    v.objective();
    v.report();
    return new VerificationReport(v.violations, v.checks);
  }

  // ---------------------------------------------------------------- coal

  private void mines() {
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      double q = s.q[m];
      ge("mine bounds", mine.id(), "output", q, "minimum output", mine.minOutputT(), "t", 0);
      le("mine bounds", mine.id(), "output", q, "capacity", mine.capacityT(), "t", 0);
      Washing w = mine.washing();
      double clean = w != null && w.cleanGrade() != null ? w.washedShare() * w.cleanYield() * q : 0;
      double by = w != null && w.byproductGrade() != null ? w.washedShare() * w.byproductYield() * q : 0;
      eq("washing", mine.id(), "clean coal", s.washClean[m], "washed share x clean yield x output", clean, "t",
          Math.abs(q));
      eq("washing", mine.id(), "byproduct", s.washByproduct[m], "washed share x byproduct yield x output", by, "t",
          Math.abs(q));
    }
  }

  private void coalArcs() {
    for (int a = 0; a < in.coalArcs().size(); a++) {
      CoalArc arc = in.coalArcs().get(a);
      double total = 0;
      for (var e : s.arcFlows.get(a).entrySet()) {
        grade(e.getKey(), "coal arc " + arc.id());
        nonneg(arc.id() + "/" + e.getKey(), "flow", e.getValue(), "t");
        if (!arc.carries(e.getKey())) {
          le("arc grades", arc.id() + "/" + e.getKey(), "flow of a grade the arc does not carry", e.getValue(),
              "allowed", 0, "t", 0);
        }
        total += e.getValue();
      }
      if (arc.capacityT() != null) {
        le("arc capacity", arc.id(), "flow", total, "capacity", arc.capacityT(), "t", 0);
      }
    }
  }

  private double arcFlow(int a, String g) {
    return s.arcFlows.get(a).getOrDefault(g, 0.0);
  }

  private void coalBalance() {
    // each sum runs over its items in file order, as a scan of all items per region would, in linear time
    Map<String, List<Integer>> minesIn = byRegion(in.mines(), Mine::region);
    Map<String, List<Integer>> arcsTo = byRegion(in.coalArcs(), CoalArc::to);
    Map<String, List<Integer>> arcsFrom = byRegion(in.coalArcs(), CoalArc::from);
    Map<String, List<Integer>> plantsIn = byRegion(in.plants(), Plant::region);
    Map<String, List<Integer>> industriesIn = byRegion(in.industries(), Industry::region);
    Map<String, List<Integer>> coalDemandsIn = byRegion(in.coalDemands(), CoalDemand::region);
    for (var region : in.regions()) {
      String r = region.id();
      for (CoalGrade grade : in.coalGrades()) {
        String g = grade.id();
        double production = 0;
        double arrivals = 0;
        double departures = 0;
        double burned = 0;
        double feed = 0;
        double sold = 0;
        for (int m : minesIn.getOrDefault(r, List.of())) {
          Mine mine = in.mines().get(m);
          Washing w = mine.washing();
          if (mine.grade().equals(g)) {
            production += (1 - (w != null ? w.washedShare() : 0)) * s.q[m];
          }
          if (w != null && g.equals(w.cleanGrade())) {
            production += s.washClean[m];
          }
          if (w != null && g.equals(w.byproductGrade())) {
            production += s.washByproduct[m];
          }
        }
        for (int a : arcsTo.getOrDefault(r, List.of())) {
          arrivals += (1 - in.coalArcs().get(a).lossShare()) * arcFlow(a, g);
        }
        for (int a : arcsFrom.getOrDefault(r, List.of())) {
          departures += arcFlow(a, g);
        }
        for (int p : plantsIn.getOrDefault(r, List.of())) {
          burned += s.plantCoal.get(p).getOrDefault(g, 0.0);
        }
        for (int i : industriesIn.getOrDefault(r, List.of())) {
          feed += s.industryCoal.get(i).getOrDefault(g, 0.0);
        }
        for (int k : coalDemandsIn.getOrDefault(r, List.of())) {
          if (in.coalDemands().get(k).grade().equals(g)) {
            sold += s.served[k];
          }
        }
        double supply = production + arrivals;
        double use = departures + burned + feed + sold;
        double mag = Math.abs(production) + Math.abs(arrivals) + Math.abs(use);
        if (mag > 0) {
          ge("coal balance", r + "/" + g, "supply (production + arrivals after losses)", supply,
              "use (departures + burned + industry feed + coal demand)", use, "t", mag);
        }
      }
    }
  }

  // ---------------------------------------------------------------- plants

  private double plantCapacity(int p) {
    Plant plant = in.plants().get(p);
    return plant.capacityMw() + (plant.build() != null ? s.plantBuilt[p] * plant.build().unitMw() : 0);
  }

  private void builds(String id, Build b, double built) {
    if (b == null) {
      eq("builds", id, "units built", built, "candidate units", 0, "units", 0);
      return;
    }
    ge("builds", id, "units built", built, "zero", 0, "units", 0);
    le("builds", id, "units built", built, "max units", b.maxUnits(), "units", 0);
    eq("builds", id, "units built", built, "a whole number", Math.rint(built), "units", 0);
  }

  private void plants() {
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      builds(plant.id(), plant.build(), s.plantBuilt[p]);
      double cap = plantCapacity(p);
      double mwh = 0;
      for (int t = 0; t < nt; t++) {
        double x = s.mw[p][t];
        nonneg(plant.id() + "/" + pid[t], "output", x, "MW");
        le("plant capacity", plant.id() + "/" + pid[t], "output", x, "available capacity",
            plant.availabilityIn(pid[t]) * cap, "MW", 0);
        mwh += x * h[t];
      }
      double tce = 0;
      double tceMag = 0;
      for (var e : s.plantCoal.get(p).entrySet()) {
        CoalGrade g = grade(e.getKey(), "plant " + plant.id());
        nonneg(plant.id() + "/" + g.id(), "coal burned", e.getValue(), "t");
        if (!plant.type().burnsCoal() || !plant.grades().contains(g.id())) {
          le("plant fuel", plant.id() + "/" + g.id(), "coal of a grade the plant does not burn", e.getValue(),
              "allowed", 0, "t", 0);
        }
        tce += g.tcePerT() * e.getValue();
        tceMag += Math.abs(g.tcePerT() * e.getValue());
      }
      if (plant.type().burnsCoal()) {
        double kgcePerMwh = plant.heatRateGcePerKwh();
        if (plant.chp() != null) {
          kgcePerMwh += plant.chp().heatGjPerMwh() * plant.chp().heatFuelKgcePerGj();
        }
        double need = mwh * kgcePerMwh / 1000.0;
        eq("plant fuel", plant.id(), "coal burned", tce, "fuel needed (generation x heat rate, + CHP heat fuel)",
            need, "tce", tceMag + Math.abs(need));
      }
      if (plant.type() == PlantType.HYDRO && plant.hydro() != null && !plant.hydro().isReservoir()) {
        for (int t = 0; t < nt; t++) {
          le("hydro energy", plant.id() + "/" + pid[t], "generation", s.mw[p][t] * h[t], "energy available",
              plant.hydro().energyMwhByPeriod().getOrDefault(pid[t], 0.0), "MWh", 0);
        }
      }
    }
  }

  private void storage() {
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      boolean reservoir = plant.type() == PlantType.HYDRO && plant.hydro() != null && plant.hydro().isReservoir();
      boolean pumped = plant.type() == PlantType.PUMPED_STORAGE && plant.storage() != null;
      if (!reservoir && !pumped) {
        continue;
      }
      double[] lvl = require(s.level[p], plant.id(), "levelMwh");
      double storage = reservoir ? plant.hydro().storageMwh() : plant.storage().storageMwh();
      String levelCheck = reservoir ? "reservoir level" : "pumped storage level";
      String boundCheck = reservoir ? "reservoir storage" : "pumped storage bounds";
      double[] spill = reservoir ? require(s.spill[p], plant.id(), "spillMwh") : null;
      double[] pump = pumped ? require(s.pump[p], plant.id(), "pumpMw") : null;
      double pumpCap = pumped && plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw()
          : plant.capacityMw();
      for (int t = 0; t < nt; t++) {
        String ent = plant.id() + "/" + pid[t];
        double prev = lvl[(t + nt - 1) % nt];
        double release = s.mw[p][t] * h[t];
        double in2;
        double out2;
        String expl;
        if (reservoir) {
          in2 = plant.hydro().inflowMwhByPeriod().getOrDefault(pid[t], 0.0);
          out2 = release + spill[t];
          expl = "previous level + inflow - generation - spill";
          nonneg(ent, "spill", spill[t], "MWh");
          if (plant.hydro().minReleaseMw() > 0) {
            ge("hydro min release", ent, "generation + spill", release + spill[t], "minimum release",
                plant.hydro().minReleaseMw() * h[t], "MWh", 0);
          }
        } else {
          in2 = plant.storage().efficiency() * pump[t] * h[t];
          out2 = release;
          expl = "previous level + efficiency x pumped - generation";
          ge(boundCheck, ent, "pumping", pump[t], "zero", 0, "MW", 0);
          le(boundCheck, ent, "pumping", pump[t], "pump capacity", pumpCap, "MW", 0);
        }
        eq(levelCheck, ent, "level", lvl[t], expl, prev + in2 - out2, "MWh",
            Math.abs(lvl[t]) + Math.abs(prev) + Math.abs(in2) + Math.abs(out2));
        ge(boundCheck, ent, "level", lvl[t], "zero", 0, "MWh", 0);
        le(boundCheck, ent, "level", lvl[t], "storage", storage, "MWh", 0);
      }
    }
  }

  private double[] require(double[] values, String plant, String field) {
    if (values == null) {
      throw new MalformedSolutionException("plant " + plant + ": '" + field + "' is missing from its periods");
    }
    return values;
  }

  // ---------------------------------------------------------------- power

  private void lines() {
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      builds(line.id(), line.build(), s.lineBuilt[l]);
      double extra = line.build() != null ? s.lineBuilt[l] * line.build().unitMw() : 0;
      for (int t = 0; t < nt; t++) {
        String ent = line.id() + "/" + pid[t];
        double f = s.flow[l][t];
        double r = s.reverse[l][t];
        nonneg(ent, "flow", f, "MW");
        nonneg(ent, "reverse flow", r, "MW");
        if (!line.bidirectional()) {
          le("line capacity", ent, "reverse flow on a one-way line", r, "allowed", 0, "MW", 0);
        }
        le("line capacity", ent, "flow (both directions)", f + r, "capacity incl. built", line.capacityIn(pid[t]) + extra,
            "MW", 0);
      }
    }
  }

  /** Average MW of demand k in period t. */
  private double demandMw(Demand d, int t) {
    Double v = d.mwByPeriod().get(pid[t]);
    if (v != null) {
      return v;
    }
    if (d.mw() != null) {
      return d.mw();
    }
    return d.annualMwh() != null ? d.annualMwh() / hoursInYear : 0;
  }

  /** Firm energy of contract x in period t (MWh). */
  private double firmMwh(ExportContract x, int t) {
    if (!x.firmMwhByPeriod().isEmpty()) {
      return x.firmMwhByPeriod().getOrDefault(pid[t], 0.0);
    }
    return x.firmMwh() * h[t] / hoursInYear;
  }

  /** Electric load of industry i in period t (MW). */
  private double loadMw(int i, int t) {
    return in.industries().get(i).electricityMwhPerT() * s.output[i][t] / h[t];
  }

  private void powerBalance() {
    Map<String, Integer> ri = new HashMap<>();
    for (int r = 0; r < in.regions().size(); r++) {
      ri.put(in.regions().get(r).id(), r);
    }
    int nr = in.regions().size();
    double[][] supply = new double[nr][nt];
    double[][] use = new double[nr][nt];
    double[][] mag = new double[nr][nt];
    Map<String, Plant> plants = in.plantsById();
    Map<String, Industry> inds = in.industriesById();
    for (int t = 0; t < nt; t++) {
      for (int p = 0; p < in.plants().size(); p++) {
        Plant plant = in.plants().get(p);
        int r = ri.get(plant.region());
        add(supply, mag, r, t, s.mw[p][t]);
        if (plant.type() == PlantType.PUMPED_STORAGE && s.pump[p] != null) {
          add(use, mag, r, t, s.pump[p][t]);
        }
      }
      for (int k = 0; k < in.directSupplies().size(); k++) {
        DirectSupply ds = in.directSupplies().get(k);
        add(use, mag, ri.get(plants.get(ds.plant()).region()), t, s.direct[k][t]);
        add(supply, mag, ri.get(inds.get(ds.industry()).region()), t, s.direct[k][t]);
      }
      for (int l = 0; l < in.lines().size(); l++) {
        Line line = in.lines().get(l);
        int from = ri.get(line.from());
        int to = ri.get(line.to());
        add(use, mag, from, t, s.flow[l][t]);
        add(supply, mag, to, t, (1 - line.lossShare()) * s.flow[l][t]);
        add(use, mag, to, t, s.reverse[l][t]);
        add(supply, mag, from, t, (1 - line.lossShare()) * s.reverse[l][t]);
      }
      for (int k = 0; k < in.demands().size(); k++) {
        Demand d = in.demands().get(k);
        int r = ri.get(d.region());
        add(supply, mag, r, t, s.unserved[k][t]);
        add(use, mag, r, t, demandMw(d, t));
      }
      for (int i = 0; i < in.industries().size(); i++) {
        add(use, mag, ri.get(in.industries().get(i).region()), t, loadMw(i, t));
      }
      for (int k = 0; k < in.exports().size(); k++) {
        add(use, mag, ri.get(in.exports().get(k).region()), t, s.delivered[k][t]);
      }
    }
    for (int r = 0; r < nr; r++) {
      for (int t = 0; t < nt; t++) {
        if (mag[r][t] > 0) {
          eq("power balance", in.regions().get(r).id() + "/" + pid[t], "supply", supply[r][t], "use", use[r][t], "MW",
              mag[r][t]);
        }
      }
    }
  }

  private static void add(double[][] side, double[][] mag, int r, int t, double v) {
    side[r][t] += v;
    mag[r][t] += Math.abs(v);
  }

  private void exports() {
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract x = in.exports().get(k);
      for (int t = 0; t < nt; t++) {
        String ent = x.id() + "/" + pid[t];
        double e = s.delivered[k][t];
        double sh = s.shortfall[k][t];
        double firm = firmMwh(x, t);
        nonneg(ent, "delivered", e, "MW");
        nonneg(ent, "shortfall", sh, "MWh");
        ge("export contract", ent, "delivered x hours + shortfall", e * h[t] + sh, "firm energy", firm, "MWh",
            Math.abs(e * h[t]) + Math.abs(sh));
        le("export contract", ent, "shortfall", sh, "firm energy", firm, "MWh", 0);
        if (x.maxMw() != null) {
          le("export max", ent, "delivered", e, "max", x.maxMw(), "MW", 0);
        }
      }
    }
  }

  private double total(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum;
  }

  private void industries() {
    boolean welfare = s.mode.equals("WELFARE");
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      double[] out = s.output[i];
      double total = total(out);
      if (welfare) {
        ge("industry output", ind.id(), "output", total, "minimum output", ind.minOutputT(), "t", 0);
        le("industry output", ind.id(), "output", total, "capacity", ind.capacityT(), "t", 0);
      } else {
        eq("industry output", ind.id(), "output", total, "planned output", ind.plannedOutput(), "t", 0);
      }
      for (int t = 0; t < nt; t++) {
        String ent = ind.id() + "/" + pid[t];
        nonneg(ent, "output", out[t], "t");
        if (ind.profile() == LoadProfile.FLAT) {
          eq("industry profile", ent, "output", out[t], "flat share of the year's output", total * h[t] / sumHours,
              "t", Math.abs(total));
        } else {
          le("industry profile", ent, "output", out[t], "capacity rate x hours", ind.capacityT() * h[t] / hoursInYear,
              "t", 0);
        }
      }
      Map<String, Double> coal = s.industryCoal.get(i);
      for (var feed : ind.coalFeedTPerT().entrySet()) {
        eq("industry coal feed", ind.id() + "/" + feed.getKey(), "coal", coal.getOrDefault(feed.getKey(), 0.0),
            "feed x output", feed.getValue() * total, "t", 0);
      }
      for (var e : coal.entrySet()) {
        grade(e.getKey(), "industry " + ind.id());
        if (!ind.coalFeedTPerT().containsKey(e.getKey())) {
          le("industry coal feed", ind.id() + "/" + e.getKey(), "coal of a grade it does not use", e.getValue(),
              "allowed", 0, "t", 0);
        }
      }
      if (ind.potlines() != null) {
        double n = s.potlines[i] != null ? s.potlines[i] : 0;
        ge("potlines", ind.id(), "potlines running", n, "zero", 0, "units", 0);
        le("potlines", ind.id(), "potlines running", n, "potlines", ind.potlines().count(), "units", 0);
        eq("potlines", ind.id(), "potlines running", n, "a whole number", Math.rint(n), "units", 0);
        le("potlines", ind.id(), "output", total, "running lines x line size", n * ind.potlines().sizeT(), "t", 0);
      }
    }
  }

  private void heatBalance() {
    Map<String, List<Integer>> plantsIn = byRegion(in.plants(), Plant::region);
    Map<String, List<Integer>> industriesIn = byRegion(in.industries(), Industry::region);
    for (var region : in.regions()) {
      String r = region.id();
      List<Integer> inds = industriesIn.getOrDefault(r, List.of());
      if (inds.stream().noneMatch(i -> in.industries().get(i).heatGjPerT() > 0)) {
        continue;
      }
      for (int t = 0; t < nt; t++) {
        double heat = 0;
        for (int p : plantsIn.getOrDefault(r, List.of())) {
          Plant plant = in.plants().get(p);
          if (plant.chp() != null) {
            heat += plant.chp().heatGjPerMwh() * s.mw[p][t] * h[t];
          }
        }
        double need = 0;
        for (int i : inds) {
          need += in.industries().get(i).heatGjPerT() * s.output[i][t];
        }
        ge("heat balance", r + "/" + pid[t], "CHP heat", heat, "industry heat", need, "GJ", 0);
      }
    }
  }

  private void directSupply() {
    List<DirectSupply> dss = in.directSupplies();
    for (int k = 0; k < dss.size(); k++) {
      DirectSupply ds = dss.get(k);
      for (int t = 0; t < nt; t++) {
        ge("direct supply", ds.id() + "/" + pid[t], "delivery", s.direct[k][t], "minimum", ds.minMw(), "MW", 0);
        le("direct supply", ds.id() + "/" + pid[t], "delivery", s.direct[k][t], "maximum", ds.maxMw(), "MW", 0);
      }
    }
    Map<String, Integer> plantIdx = index(in.plants().stream().map(Plant::id).toList());
    Map<String, Integer> indIdx = index(in.industries().stream().map(Industry::id).toList());
    Map<String, double[]> byPlant = new LinkedHashMap<>();
    Map<String, double[]> byIndustry = new LinkedHashMap<>();
    for (int k = 0; k < dss.size(); k++) {
      double[] a = byPlant.computeIfAbsent(dss.get(k).plant(), x -> new double[nt]);
      double[] b = byIndustry.computeIfAbsent(dss.get(k).industry(), x -> new double[nt]);
      for (int t = 0; t < nt; t++) {
        a[t] += s.direct[k][t];
        b[t] += s.direct[k][t];
      }
    }
    for (var e : byPlant.entrySet()) {
      int p = plantIdx.get(e.getKey());
      for (int t = 0; t < nt; t++) {
        le("direct supply", e.getKey() + "/" + pid[t], "direct supply from the plant", e.getValue()[t],
            "plant output", s.mw[p][t], "MW", 0);
      }
    }
    for (var e : byIndustry.entrySet()) {
      int i = indIdx.get(e.getKey());
      for (int t = 0; t < nt; t++) {
        le("direct supply", e.getKey() + "/" + pid[t], "direct supply to the industry", e.getValue()[t],
            "industry load", loadMw(i, t), "MW", 0);
      }
    }
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      m.put(ids.get(k), k);
    }
    return m;
  }

  private void demands() {
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      for (int t = 0; t < nt; t++) {
        nonneg(d.id() + "/" + pid[t], "unserved", s.unserved[k][t], "MW");
        le("unserved", d.id() + "/" + pid[t], "unserved", s.unserved[k][t], "demand", demandMw(d, t), "MW", 0);
      }
    }
  }

  private void coalDemands() {
    for (int k = 0; k < in.coalDemands().size(); k++) {
      CoalDemand d = in.coalDemands().get(k);
      ge("coal demand", d.id(), "served", s.served[k], "firm", Math.max(0, d.firmT()), "t", 0);
      le("coal demand", d.id(), "served", s.served[k], "maximum", d.maxOrFirm(), "t", 0);
    }
  }

  // ---------------------------------------------------------------- policies

  private boolean inScope(Policy p, String region) {
    return p.regions().isEmpty() ? !external.contains(region) : p.regions().contains(region);
  }

  private double coalBurned(int p) {
    return total(s.plantCoal.get(p).values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  private double co2(int p) {
    double sum = 0;
    for (var e : s.plantCoal.get(p).entrySet()) {
      CoalGrade g = grades.get(e.getKey());
      sum += g.tcePerT() * g.co2TPerTce() * e.getValue();
    }
    return sum;
  }

  private double so2(int p) {
    double sum = 0;
    for (var e : s.plantCoal.get(p).entrySet()) {
      sum += 2.0 * grades.get(e.getKey()).sulfurPct() / 100.0 * (1 - in.plants().get(p).desulfurisationShare())
          * e.getValue();
    }
    return sum;
  }

  /** Coal produced at mine m by grade (raw unwashed part, clean coal, byproduct). */
  private Map<String, Double> production(int m) {
    Mine mine = in.mines().get(m);
    Washing w = mine.washing();
    Map<String, Double> out = new LinkedHashMap<>();
    out.merge(mine.grade(), (1 - (w != null ? w.washedShare() : 0)) * s.q[m], Double::sum);
    if (w != null && w.cleanGrade() != null) {
      out.merge(w.cleanGrade(), s.washClean[m], Double::sum);
    }
    if (w != null && w.byproductGrade() != null) {
      out.merge(w.byproductGrade(), s.washByproduct[m], Double::sum);
    }
    return out;
  }

  private void policies() {
    for (Policy p : in.policies()) {
      String id = p.id() + " (" + p.type() + ")";
      switch (p.type()) {
        case COAL_PRODUCTION_CAP -> {
          double q = 0;
          for (int m = 0; m < in.mines().size(); m++) {
            q += inScope(p, in.mines().get(m).region()) ? s.q[m] : 0;
          }
          le("policy", id, "coal produced", q, "limit", p.limit(), "t", 0);
        }
        case COAL_OUTBOUND_CAP -> {
          double out = 0;
          for (int a = 0; a < in.coalArcs().size(); a++) {
            CoalArc arc = in.coalArcs().get(a);
            if (inScope(p, arc.from()) && external.contains(arc.to())) {
              out += total(s.arcFlows.get(a).values().stream().mapToDouble(Double::doubleValue).toArray());
            }
          }
          le("policy", id, "coal sent to external regions", out, "limit", p.limit(), "t", 0);
        }
        case LARGE_MINE_TO_LARGE_PLANT -> largeToLarge(p, id);
        case LOCAL_CONVERSION -> {
          double used = 0;
          double produced = 0;
          for (int q = 0; q < in.plants().size(); q++) {
            used += inScope(p, in.plants().get(q).region()) ? coalBurned(q) : 0;
          }
          for (int i = 0; i < in.industries().size(); i++) {
            if (inScope(p, in.industries().get(i).region())) {
              used += s.industryCoal.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
            }
          }
          for (int k = 0; k < in.coalDemands().size(); k++) {
            used += inScope(p, in.coalDemands().get(k).region()) ? s.served[k] : 0;
          }
          for (int m = 0; m < in.mines().size(); m++) {
            produced += inScope(p, in.mines().get(m).region()) ? s.q[m] : 0;
          }
          ge("policy", id, "coal used inside", used, p.limit() + " x coal produced", p.limit() * produced, "t",
              Math.abs(used) + Math.abs(p.limit() * produced));
        }
        case CO2_CAP, SO2_CAP -> {
          boolean isCo2 = p.type() == org.coalgrid.domain.PolicyType.CO2_CAP;
          double em = 0;
          for (int q = 0; q < in.plants().size(); q++) {
            if (inScope(p, in.plants().get(q).region())) {
              em += isCo2 ? co2(q) : so2(q);
            }
          }
          le("policy", id, isCo2 ? "CO2 from plants" : "SO2 from plants", em, "limit", p.limit(),
              isCo2 ? "t CO2" : "t SO2", 0);
        }
        case EXPORT_CAPABILITY -> {
          double cap = 0;
          for (int l = 0; l < in.lines().size(); l++) {
            Line line = in.lines().get(l);
            if (line.to().equals(p.region())) {
              cap += line.capacityMw() + (line.build() != null ? s.lineBuilt[l] * line.build().unitMw() : 0);
            }
          }
          ge("policy", id, "line capacity into " + p.region(), cap, "limit", p.limit(), "MW", 0);
        }
        case GANGUE_UTILISATION -> {
          double burned = 0;
          double produced = 0;
          for (int q = 0; q < in.plants().size(); q++) {
            if (inScope(p, in.plants().get(q).region())) {
              for (var e : s.plantCoal.get(q).entrySet()) {
                burned += grades.get(e.getKey()).byproduct() ? e.getValue() : 0;
              }
            }
          }
          for (int m = 0; m < in.mines().size(); m++) {
            if (inScope(p, in.mines().get(m).region())) {
              Mine mine = in.mines().get(m);
              produced += s.washByproduct[m];
              if (grades.get(mine.grade()).byproduct()) {
                produced += (1 - (mine.washing() != null ? mine.washing().washedShare() : 0)) * s.q[m];
              }
            }
          }
          ge("policy", id, "byproduct burned", burned, p.limit() + " x byproduct produced", p.limit() * produced, "t",
              Math.abs(burned) + Math.abs(p.limit() * produced));
        }
        case GENERIC -> generic(p, id);
        default -> throw new IllegalStateException("unhandled policy type " + p.type());
      }
    }
  }

  private void largeToLarge(Policy p, String id) {
    double large = 0;
    double all = 0;
    double largeEverywhere = 0;
    for (int q = 0; q < in.plants().size(); q++) {
      Plant plant = in.plants().get(q);
      if (!plant.type().burnsCoal()) {
        continue;
      }
      Double fl = s.coalFromLarge[q];
      if (fl == null) {
        throw new MalformedSolutionException("plant " + plant.id() + ": coalFromLargeMinesT is missing (needed by "
            + "policy " + p.id() + ")");
      }
      double burned = coalBurned(q);
      ge("large-mine origin", plant.id(), "coal from large mines", fl, "zero", 0, "t", 0);
      le("large-mine origin", plant.id(), "coal from large mines", fl, "coal burned", burned, "t", 0);
      largeEverywhere += fl;
      if (plant.large() && inScope(p, plant.region())) {
        large += fl;
        all += burned;
      }
    }
    double largeProduced = 0;
    for (int m = 0; m < in.mines().size(); m++) {
      if (in.mines().get(m).large()) {
        largeProduced += production(m).values().stream().mapToDouble(Double::doubleValue).sum();
      }
    }
    le("large-mine origin", "all plants", "coal from large mines burned", largeEverywhere,
        "coal produced by large mines", largeProduced, "t", 0);
    ge("policy", id, "coal from large mines in large plants", large, p.limit() + " x coal burned in large plants",
        p.limit() * all, "t", Math.abs(large) + Math.abs(p.limit() * all));
  }

  private void generic(Policy p, String id) {
    double lhs = 0;
    double mag = 0;
    for (Policy.Term term : p.terms()) {
      OptionalDouble v = metric(term.metric());
      if (v.isEmpty()) {
        record("policy", id, Double.NaN, "", "policy " + id + ": unknown metric '" + term.metric() + "'");
        return;
      }
      lhs += term.coef() * v.getAsDouble();
      mag += Math.abs(term.coef() * v.getAsDouble());
    }
    String unit = "policy units";
    switch (p.sense()) {
      case LE -> le("policy", id, "sum of terms", lhs, "limit", p.limit(), unit, mag);
      case GE -> ge("policy", id, "sum of terms", lhs, "limit", p.limit(), unit, mag);
      case EQ -> eq("policy", id, "sum of terms", lhs, "limit", p.limit(), unit, mag);
      default -> throw new IllegalStateException();
    }
  }

  private boolean internal(String region) {
    return !external.contains(region);
  }

  private double energy(double[] mw) {
    double e = 0;
    for (int t = 0; t < nt; t++) {
      e += mw[t] * h[t];
    }
    return e;
  }

  private static PlantType plantType(String s) {
    try {
      return PlantType.valueOf(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A named metric of the solution (the names of docs/formulation.md: coal.produced, generation.COAL,
   * line.&lt;id&gt;.flow, ...), in t/yr, MWh/yr or MW; internal regions only unless the name says otherwise.
   */
  OptionalDouble metric(String name) {
    String[] part = name.split("\\.");
    double v = 0;
    switch (part[0]) {
      case "coal" -> {
        if (part.length != 2) {
          return OptionalDouble.empty();
        }
        switch (part[1]) {
          case "produced" -> {
            for (int m = 0; m < in.mines().size(); m++) {
              v += internal(in.mines().get(m).region()) ? s.q[m] : 0;
            }
          }
          case "washed" -> {
            for (int m = 0; m < in.mines().size(); m++) {
              Mine mine = in.mines().get(m);
              v += internal(mine.region()) && mine.washing() != null ? mine.washing().washedShare() * s.q[m] : 0;
            }
          }
          case "byproduct" -> {
            for (int m = 0; m < in.mines().size(); m++) {
              v += internal(in.mines().get(m).region()) ? s.washByproduct[m] : 0;
            }
          }
          case "toPower" -> {
            for (int p = 0; p < in.plants().size(); p++) {
              v += internal(in.plants().get(p).region()) ? coalBurned(p) : 0;
            }
          }
          case "toIndustry" -> {
            for (int i = 0; i < in.industries().size(); i++) {
              if (internal(in.industries().get(i).region())) {
                v += s.industryCoal.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
              }
            }
          }
          case "outbound" -> {
            for (int a = 0; a < in.coalArcs().size(); a++) {
              CoalArc arc = in.coalArcs().get(a);
              if (internal(arc.from()) && !internal(arc.to())) {
                v += s.arcFlows.get(a).values().stream().mapToDouble(Double::doubleValue).sum();
              }
            }
          }
          default -> {
            return OptionalDouble.empty();
          }
        }
      }
      case "generation", "capacity" -> {
        if (part.length != 2) {
          return OptionalDouble.empty();
        }
        boolean gen = part[0].equals("generation");
        PlantType type = null;
        if (!part[1].equals(gen ? "total" : "installed")) {
          type = plantType(part[1]);
          if (type == null) {
            return OptionalDouble.empty();
          }
        }
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (internal(plant.region()) && (type == null || plant.type() == type)) {
            v += gen ? energy(s.mw[p]) : plantCapacity(p);
          }
        }
      }
      case "exportCapability" -> {
        if (part.length != 2 || in.region(part[1]).isEmpty()) {
          return OptionalDouble.empty();
        }
        for (int l = 0; l < in.lines().size(); l++) {
          Line line = in.lines().get(l);
          if (line.to().equals(part[1])) {
            v += line.capacityMw() + (line.build() != null ? s.lineBuilt[l] * line.build().unitMw() : 0);
          }
        }
      }
      case "export" -> {
        if (part.length == 2 && part[1].equals("delivered")) {
          for (double[] e : s.delivered) {
            v += energy(e);
          }
        } else if (part.length == 3 && part[2].equals("delivered")) {
          int k = in.exports().stream().map(ExportContract::id).toList().indexOf(part[1]);
          if (k < 0) {
            return OptionalDouble.empty();
          }
          v = energy(s.delivered[k]);
        } else {
          return OptionalDouble.empty();
        }
      }
      case "unserved" -> {
        if (part.length != 2 || !part[1].equals("total")) {
          return OptionalDouble.empty();
        }
        for (int k = 0; k < in.demands().size(); k++) {
          v += internal(in.demands().get(k).region()) ? energy(s.unserved[k]) : 0;
        }
      }
      case "plant" -> {
        int p = part.length == 3 && part[2].equals("generation")
            ? in.plants().stream().map(Plant::id).toList().indexOf(part[1]) : -1;
        if (p < 0) {
          return OptionalDouble.empty();
        }
        v = energy(s.mw[p]);
      }
      case "line" -> {
        int l = part.length == 3 && part[2].equals("flow")
            ? in.lines().stream().map(Line::id).toList().indexOf(part[1]) : -1;
        if (l < 0) {
          return OptionalDouble.empty();
        }
        v = energy(s.flow[l]) + energy(s.reverse[l]);
      }
      case "industry" -> {
        int i = part.length == 3 && part[2].equals("output")
            ? in.industries().stream().map(Industry::id).toList().indexOf(part[1]) : -1;
        if (i < 0) {
          return OptionalDouble.empty();
        }
        v = total(s.output[i]);
      }
      case "chain" -> {
        Chain chain = null;
        try {
          chain = part.length == 3 && part[2].equals("output") ? Chain.valueOf(part[1]) : null;
        } catch (IllegalArgumentException e) {
          chain = null;
        }
        if (chain == null) {
          return OptionalDouble.empty();
        }
        for (int i = 0; i < in.industries().size(); i++) {
          Industry ind = in.industries().get(i);
          v += ind.chain() == chain && internal(ind.region()) ? total(s.output[i]) : 0;
        }
      }
      case "mine" -> {
        int m = part.length == 3 && part[2].equals("output")
            ? in.mines().stream().map(Mine::id).toList().indexOf(part[1]) : -1;
        if (m < 0) {
          return OptionalDouble.empty();
        }
        v = s.q[m];
      }
      case "region" -> {
        if (part.length != 3 || !part[2].equals("coalProduced") || in.region(part[1]).isEmpty()) {
          return OptionalDouble.empty();
        }
        for (int m = 0; m < in.mines().size(); m++) {
          v += in.mines().get(m).region().equals(part[1]) ? s.q[m] : 0;
        }
      }
      case "emissions" -> {
        if (part.length != 2 || !(part[1].equals("co2") || part[1].equals("so2"))) {
          return OptionalDouble.empty();
        }
        for (int p = 0; p < in.plants().size(); p++) {
          if (internal(in.plants().get(p).region())) {
            v += part[1].equals("co2") ? co2(p) : so2(p);
          }
        }
      }
      default -> {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(v);
  }

  // ---------------------------------------------------------------- objective

  /** Cost terms recomputed from the flows and the instance's prices (CNY/yr), in the order of the model. */
  Map<String, Double> recomputedTerms() {
    Map<String, Double> t = new LinkedHashMap<>();
    double mining = 0;
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      Washing w = mine.washing();
      mining += (mine.costCnyPerT() + (w != null ? w.washedShare() * w.costCnyPerT() : 0)) * s.q[m];
    }
    t.put("MINING", mining);
    double transport = 0;
    for (int a = 0; a < in.coalArcs().size(); a++) {
      for (double f : s.arcFlows.get(a).values()) {
        transport += in.coalArcs().get(a).costCnyPerT() * f;
      }
    }
    t.put("TRANSPORT", transport);
    double gen = 0;
    double capex = 0;
    double carbon = 0;
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      gen += (plant.vomCnyPerMwh() + plant.fuelCostCnyPerMwh()) * energy(s.mw[p]);
      if (plant.build() != null) {
        capex += s.plantBuilt[p] * plant.build().unitMw() * plant.build().capexCnyPerMwYr();
      }
      carbon += in.meta().carbonPriceCnyPerTCo2() * co2(p);
    }
    t.put("GENERATION", gen);
    double wheeling = 0;
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      wheeling += line.wheelingCnyPerMwh() * (energy(s.flow[l]) + energy(s.reverse[l]));
      if (line.build() != null) {
        capex += s.lineBuilt[l] * line.build().unitMw() * line.build().capexCnyPerMwYr();
      }
    }
    t.put("WHEELING", wheeling);
    t.put("CAPEX", capex);
    double potline = 0;
    double valueAdded = 0;
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      if (ind.potlines() != null && s.potlines[i] != null) {
        potline += ind.potlines().fixedCostCnyPerYr() * s.potlines[i];
      }
      if (s.mode.equals("WELFARE")) {
        valueAdded -= ind.valueAddedCnyPerT() * total(s.output[i]);
      }
    }
    t.put("POTLINE_FIXED", potline);
    double unserved = 0;
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      double voll = d.vollCnyPerMwh() != null ? d.vollCnyPerMwh() : in.meta().vollCnyPerMwh();
      unserved += voll * energy(s.unserved[k]);
    }
    t.put("UNSERVED", unserved);
    double shortfall = 0;
    double revenue = 0;
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract x = in.exports().get(k);
      shortfall += x.shortfallPenaltyCnyPerMwh() * total(s.shortfall[k]);
      revenue -= x.priceCnyPerMwh() * energy(s.delivered[k]);
    }
    t.put("EXPORT_SHORTFALL", shortfall);
    t.put("CARBON", carbon);
    t.put("EXPORT_REVENUE", revenue);
    double sales = 0;
    for (int k = 0; k < in.coalDemands().size(); k++) {
      sales -= in.coalDemands().get(k).priceCnyPerT() * s.served[k];
    }
    t.put("COAL_SALES", sales);
    t.put("VALUE_ADDED", valueAdded);
    return t;
  }

  private void objective() {
    Map<String, Double> mine = recomputedTerms();
    double sum = 0;
    double mag = 0;
    for (var e : mine.entrySet()) {
      double reported = s.terms.getOrDefault(e.getKey(), 0.0);
      eq("objective term", e.getKey(), "reported", reported, "recomputed", e.getValue(), "CNY",
          Math.abs(reported) + Math.abs(e.getValue()));
      sum += e.getValue();
      mag += Math.abs(e.getValue());
    }
    for (String k : s.terms.keySet()) {
      if (!mine.containsKey(k)) {
        record("objective term", k, s.terms.get(k), "CNY", "objective term " + k + ": not a cost term of the model ("
            + fmt(s.terms.get(k)) + " CNY reported)");
      }
    }
    eq("objective total", "totalCny", "reported total", s.totalCny, "sum of recomputed terms", sum, "CNY", mag);
  }

  // ---------------------------------------------------------------- derived figures the writer prints

  private void report() {
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      JsonNode n = s.plantNodes[p];
      derived(plant.id(), "generationMwh", n, energy(s.mw[p]), "MWh");
      derived(plant.id(), "capacityMw", n, plantCapacity(p), "MW");
    }
    for (int l = 0; l < in.lines().size(); l++) {
      JsonNode periods = s.lineNodes[l].get("periods");
      Line line = in.lines().get(l);
      double extra = line.build() != null ? s.lineBuilt[l] * line.build().unitMw() : 0;
      for (int t = 0; periods != null && t < periods.size(); t++) {
        JsonNode n = periods.get(t);
        int tt = periodIndex(n.path("period").asText());
        if (tt >= 0) {
          derived(line.id() + "/" + pid[tt], "capacityMw", n, line.capacityIn(pid[tt]) + extra, "MW");
        }
      }
    }
    for (int k = 0; k < in.demands().size(); k++) {
      JsonNode periods = s.demandNodes[k].get("periods");
      for (int t = 0; periods != null && t < periods.size(); t++) {
        JsonNode n = periods.get(t);
        int tt = periodIndex(n.path("period").asText());
        if (tt >= 0) {
          derived(in.demands().get(k).id() + "/" + pid[tt], "demandMw", n, demandMw(in.demands().get(k), tt), "MW");
        }
      }
    }
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract x = in.exports().get(k);
      double firm = 0;
      for (int t = 0; t < nt; t++) {
        firm += firmMwh(x, t);
      }
      derived(x.id(), "firmMwh", s.exportNodes[k], firm, "MWh");
      derived(x.id(), "deliveredMwh", s.exportNodes[k], energy(s.delivered[k]), "MWh");
      derived(x.id(), "revenueCny", s.exportNodes[k], x.priceCnyPerMwh() * energy(s.delivered[k]), "CNY");
    }
    for (int i = 0; i < in.industries().size(); i++) {
      JsonNode periods = s.industryNodes[i].get("periods");
      for (int t = 0; periods != null && t < periods.size(); t++) {
        JsonNode n = periods.get(t);
        int tt = periodIndex(n.path("period").asText());
        if (tt >= 0) {
          derived(in.industries().get(i).id() + "/" + pid[tt], "loadMw", n, loadMw(i, tt), "MW");
        }
      }
      derived(in.industries().get(i).id(), "outputT", s.industryNodes[i], total(s.output[i]), "t");
    }
    JsonNode k = s.root.get("kpis");
    if (k != null && k.isObject()) {
      derived("kpis", "coalProducedT", k, metric("coal.produced").getAsDouble(), "t");
      derived("kpis", "coalToPowerT", k, metric("coal.toPower").getAsDouble(), "t");
      derived("kpis", "coalToIndustryT", k, metric("coal.toIndustry").getAsDouble(), "t");
      derived("kpis", "coalOutboundT", k, metric("coal.outbound").getAsDouble(), "t");
      derived("kpis", "generationMwh", k, metric("generation.total").getAsDouble(), "MWh");
      derived("kpis", "co2T", k, metric("emissions.co2").getAsDouble(), "t CO2");
      derived("kpis", "so2T", k, metric("emissions.so2").getAsDouble(), "t SO2");
      derived("kpis", "unservedMwh", k, metric("unserved.total").getAsDouble(), "MWh");
      derived("kpis", "exportDeliveredMwh", k, metric("export.delivered").getAsDouble(), "MWh");
      double sh = 0;
      for (double[] x : s.shortfall) {
        sh += total(x);
      }
      derived("kpis", "exportShortfallMwh", k, sh, "MWh");
    }
  }

  private int periodIndex(String id) {
    for (int t = 0; t < nt; t++) {
      if (pid[t].equals(id)) {
        return t;
      }
    }
    return -1;
  }

  private void derived(String entity, String field, JsonNode n, double expected, String unit) {
    Double v = SolutionView.derived(n, field);
    if (v != null) {
      eq("report", entity, field + " as written", v, "recomputed", expected, unit, Math.abs(v) + Math.abs(expected));
    }
  }

  // ---------------------------------------------------------------- machinery

  private CoalGrade grade(String id, String where) {
    CoalGrade g = grades.get(id);
    if (g == null) {
      throw new MalformedSolutionException(where + ": unknown coal grade '" + id + "'");
    }
    return g;
  }

  private static double tol(String unit, double magnitude) {
    return Math.max(floor(unit), REL_TOL * magnitude);
  }

  private void nonneg(String entities, String what, double v, String unit) {
    ge("nonnegative", entities, what, v, "zero", 0, unit, 0);
  }

  /** Fails when lhs exceeds rhs by more than the tolerance. */
  private void le(String check, String ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = lhs - rhs;
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s exceeds %s %s %s (off by %s %s)", check, ent,
          lhsName, fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  /** Fails when lhs falls short of rhs by more than the tolerance. */
  private void ge(String check, String ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = rhs - lhs;
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s is below %s %s %s (off by %s %s)", check, ent,
          lhsName, fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  /** Fails when lhs and rhs differ by more than the tolerance. */
  private void eq(String check, String ent, String lhsName, double lhs, String rhsName, double rhs, String unit,
      double magnitude) {
    checks++;
    double off = Math.abs(lhs - rhs);
    double mag = Math.max(magnitude, Math.max(Math.abs(lhs), Math.abs(rhs)));
    if (!(off <= tol(unit, mag))) {
      record(check, ent, off, unit, String.format("%s %s: %s %s %s vs %s %s %s (off by %s %s)", check, ent, lhsName,
          fmt(lhs), unit, rhsName, fmt(rhs), unit, fmt(off), unit));
    }
  }

  private void record(String check, String ent, double amount, String unit, String message) {
    violations.add(new Violation(check, ent, amount, unit, message));
  }

  /** A number with up to 10 significant digits, no exponent. */
  static String fmt(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }
}
