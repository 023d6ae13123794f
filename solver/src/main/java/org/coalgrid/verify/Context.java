package org.coalgrid.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Washing;

/**
 * One verification: the instance, the solution's values, the findings so far, the rebuilt model, and the
 * conventions of docs/formulation.md every checker shares (period hours, demand and firm energy per period,
 * industry load, capacity with builds, emissions, policy scope, origin classes).
 */
final class Context {
  final Instance in;
  final SolutionView s;
  final Findings f = new Findings();
  final DualModel model = new DualModel();
  final int nt;
  final double[] h;
  final String[] pid;
  final double hoursInYear;
  final double sumHours;
  final Map<String, CoalGrade> grades;
  /** Origin classes: {""} or, with a 大煤保大电 policy, {".L", ".S"} (row and column name suffixes). */
  final String[] classes;
  final boolean split;
  private final Set<String> external = new HashSet<>();
  private final Map<String, Integer> periodIndex = new HashMap<>();
  private final Map<String, Map<String, List<Integer>>> byRegion = new HashMap<>();
  Columns v;
  final Rows rows;
  /** The time structure as the verifier reads it: durations, prev(t), days and stages (§2). */
  final TimeSteps ts;

  Context(Instance in, SolutionView s) {
    this.in = in;
    this.s = s;
    nt = in.periods().size();
    h = new double[nt];
    pid = new String[nt];
    for (int t = 0; t < nt; t++) {
      h[t] = in.periods().get(t).hours();
      pid[t] = in.periods().get(t).id();
      periodIndex.put(pid[t], t);
    }
    hoursInYear = in.meta().hoursInYear();
    sumHours = in.totalHours();
    grades = in.gradesById();
    for (var region : in.regions()) {
      if (region.external()) {
        external.add(region.id());
      }
    }
    split = in.policies().stream().anyMatch(p -> p.type() == PolicyType.LARGE_MINE_TO_LARGE_PLANT);
    classes = split ? new String[] {".L", ".S"} : new String[] {""};
    rows = new Rows(in, nt, classes.length);
    ts = new TimeSteps(in);
  }

  /** The origin class (index into {@link #classes}) of coal from {@code mine}. */
  int classOf(Mine mine) {
    return split && !mine.large() ? 1 : 0;
  }

  /** "LARGE", "SMALL" or null (no split): the originClass written beside a coal price. */
  String className(int c) {
    return split ? (c == 0 ? "LARGE" : "SMALL") : null;
  }

  boolean internal(String region) {
    return !external.contains(region);
  }

  boolean inScope(Policy p, String region) {
    return p.regions().isEmpty() ? internal(region) : p.regions().contains(region);
  }

  /** Period index of {@code id}, or -1. */
  int periodIndex(String id) {
    Integer t = periodIndex.get(id);
    return t == null ? -1 : t;
  }

  /** Indices (ascending) of the items of {@code list} whose region, as {@code regionOf} gives it, is {@code region}. */
  <T> List<Integer> inRegion(String list, List<T> items, Function<T, String> regionOf, String region) {
    Map<String, List<Integer>> m = byRegion.computeIfAbsent(list, k -> {
      Map<String, List<Integer>> out = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        out.computeIfAbsent(regionOf.apply(items.get(i)), r -> new ArrayList<>()).add(i);
      }
      return out;
    });
    return m.getOrDefault(region, List.of());
  }

  static <T> Map<String, Integer> index(List<T> items, Function<T, String> id) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < items.size(); k++) {
      m.put(id.apply(items.get(k)), k);
    }
    return m;
  }

  CoalGrade grade(String id, String where) {
    CoalGrade g = grades.get(id);
    if (g == null) {
      throw new MalformedSolutionException(where + ": unknown coal grade '" + id + "'");
    }
    return g;
  }

  double energy(double[] mw) {
    double e = 0;
    for (int t = 0; t < nt; t++) {
      e += mw[t] * h[t];
    }
    return e;
  }

  static double total(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum;
  }

  static double total(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x;
    }
    return sum;
  }

  /** Average MW of demand d in period t: its period value, else mw, else annualMwh / hoursInYear. */
  double demandMw(Demand d, int t) {
    Double v = d.mwByPeriod().get(pid[t]);
    if (v != null) {
      return v;
    }
    if (d.mw() != null) {
      return d.mw();
    }
    return d.annualMwh() != null ? d.annualMwh() / hoursInYear : 0;
  }

  /** Firm energy of contract x in period t (MWh): per-period values, else firmMwh spread by hours. */
  double firmMwh(ExportContract x, int t) {
    if (!x.firmMwhByPeriod().isEmpty()) {
      return x.firmMwhByPeriod().getOrDefault(pid[t], 0.0);
    }
    return x.firmMwh() * h[t] / hoursInYear;
  }

  /** Electric load of industry i in period t (MW). */
  double loadMw(int i, int t) {
    return in.industries().get(i).electricityMwhPerT() * s.output[i][t] / h[t];
  }

  double plantBuiltMw(int p) {
    Plant plant = in.plants().get(p);
    return plant.build() != null ? s.plantBuilt[p] * plant.build().unitMw() : 0;
  }

  double plantCapacity(int p) {
    return in.plants().get(p).capacityMw() + plantBuiltMw(p);
  }

  double lineBuiltMw(int l) {
    var line = in.lines().get(l);
    return line.build() != null ? s.lineBuilt[l] * line.build().unitMw() : 0;
  }

  double coalBurned(int p) {
    return total(s.plantCoal.get(p));
  }

  /** t CO2 per t of grade g burned. */
  static double co2PerT(CoalGrade g) {
    return g.tcePerT() * g.co2TPerTce();
  }

  /** t SO2 per t of grade g burned in plant p (S to SO2 mass ratio 2, less desulfurisation). */
  static double so2PerT(CoalGrade g, Plant p) {
    return 2.0 * g.sulfurPct() / 100.0 * (1 - p.desulfurisationShare());
  }

  double co2(int p) {
    double sum = 0;
    for (var e : s.plantCoal.get(p).entrySet()) {
      sum += co2PerT(grades.get(e.getKey())) * e.getValue();
    }
    return sum;
  }

  double so2(int p) {
    double sum = 0;
    for (var e : s.plantCoal.get(p).entrySet()) {
      sum += so2PerT(grades.get(e.getKey()), in.plants().get(p)) * e.getValue();
    }
    return sum;
  }

  /** Share of a mine's raw output that leaves unwashed (a mine washing a fixed share). */
  static double rawShare(Mine mine) {
    Washing w = mine.washing();
    return 1 - (w != null ? w.washedShare() : 0);
  }

  /**
   * Adds coef × the raw coal mine m leaves unwashed (§4.2, §4.3) to {@code e}: coef·(q − ww) for a mine with a
   * washery 洗煤厂 (ww a column), coef·(1 − ws)·q for a fixed washed share.
   */
  void addUnwashed(Lin e, int m, double coef) {
    if (v.washed[m] >= 0) {
      e.add(v.q[m], coef);
      e.add(v.washed[m], -coef);
    } else {
      e.add(v.q[m], coef * rawShare(in.mines().get(m)));
    }
  }

  /** Adds coef × the raw coal washed at mine m to {@code e}: coef·ww, or coef·ws·q for a fixed share. */
  void addWashed(Lin e, int m, double coef) {
    Washing w = in.mines().get(m).washing();
    if (v.washed[m] >= 0) {
      e.add(v.washed[m], coef);
    } else if (w != null) {
      e.add(v.q[m], coef * w.washedShare());
    }
  }

  /** The raw coal mine m leaves unwashed, from the written solution (t/yr). */
  double unwashed(int m) {
    return v.washed[m] >= 0 ? s.q[m] - s.washed[m] : rawShare(in.mines().get(m)) * s.q[m];
  }

  /** True for a hydro plant with a reservoir. */
  static boolean reservoir(Plant p) {
    return p.type() == org.coalgrid.domain.PlantType.HYDRO && p.hydro() != null && p.hydro().isReservoir();
  }

  /** True for a pumped-storage plant with its storage given. */
  static boolean pumped(Plant p) {
    return p.type().storesEnergy() && p.storage() != null;
  }

  /** True for storage that carries energy between representative days (storage.interDay). */
  boolean interDay(Plant p) {
    return pumped(p) && p.storage().interDay() && in.time().form() == org.coalgrid.domain.TimeStructure.Form.REPRESENTATIVE_DAYS;
  }

  /**
   * True for a committed plant with a start-up cost or minimum up or down time on chronological steps: it has
   * units started and stopped per step (§4.18).
   */
  boolean startUpDynamics(Plant p) {
    return p.commitment() && ts.days
        && (p.startupCostCny() != null || p.minUpHours() != null || p.minDownHours() != null);
  }

  /** w[t]: the days step t's day stands for (h[t] / δ[t]; 1 in a full year). */
  double weight(int t) {
    return ts.delta[t] > 0 ? h[t] / ts.delta[t] : 1;
  }

    /** True for a reservoir that keeps its level per stage (month) rather than per period: the days forms. */
  boolean stageReservoir(Plant p) {
    return reservoir(p) && ts.days;
  }

  /** True for a FLAT industry whose rows use the annual-output column sa (more than 24 periods, §4.12). */
  boolean flatWithAnnualColumn(org.coalgrid.domain.Industry ind) {
    return ind.profile() == org.coalgrid.domain.LoadProfile.FLAT && nt > 24;
  }

  /** Fuel per MWh sent out, including CHP heat (kgce/MWh = gce/kWh). */
  static double kgcePerMwh(Plant plant) {
    double k = plant.heatRateGcePerKwh();
    if (plant.chp() != null) {
      k += plant.chp().heatGjPerMwh() * plant.chp().heatFuelKgcePerGj();
    }
    return k;
  }

  /** Units installed before builds: ⌈capacity / unit size⌉ (a part unit counts; 2400/600 is 4 within 1e-9). */
  static int existingUnits(Plant plant) {
    double units = plant.capacityMw() / plant.unitSizeMw();
    return (int) Math.ceil(units - 1e-9 * Math.max(1, units));
  }
}
