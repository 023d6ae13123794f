package org.coalgrid.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coalgrid.domain.Period;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.Fmt;

/**
 * The error of a representative-day instance against the full year it was reduced from, both solved on the same
 * network ({@link TimeReduction#error}): the objective (CNY/yr), coal burnt in power plants (t/yr), generation by plant type (MWh/yr), the
 * load-weighted mean and the highest electricity price of each region (CNY/MWh; load-weighted over the region's
 * demands, hour-weighted where a region has none), and what each storage plant generates and earns. Figures of
 * a side are NaN when it has no solution or no certified prices, and {@code notes} then says why in plain words:
 * which solve, its status, the time limit, and what to do (a larger {@code --time-limit}, {@code --no-error}).
 *
 * @param days representative days of the reduced instance
 * @param objective full-year and reduced objective (CNY/yr)
 * @param coalToPowerT coal burnt in power plants 发电用煤: full year, reduced (t/yr)
 * @param generationMwh by plant type: full year, reduced (MWh/yr)
 * @param meanPrice by region: full year, reduced (CNY/MWh, load-weighted)
 * @param maxPrice by region: full year, reduced (CNY/MWh)
 * @param storageMwh by storage plant: full year, reduced generation (MWh/yr)
 * @param arbitrageCny by storage plant: full year, reduced (CNY/yr)
 * @param solveSeconds full year, reduced (build + solve, s)
 * @param fullStatus status of the full-year solve (OPTIMAL, FEASIBLE, NO_SOLUTION, ...)
 * @param reducedStatus status of the reduced instance's solve
 * @param notes why figures are missing or not the optimum's, one line each; empty when both solves are OPTIMAL
 *     with certified prices
 */
public record ReductionError(int days, Pair objective, Pair coalToPowerT, Map<String, Pair> generationMwh, Map<String, Pair> meanPrice,
    Map<String, Pair> maxPrice, Map<String, Pair> storageMwh, Map<String, Pair> arbitrageCny, Pair solveSeconds,
    String fullStatus, String reducedStatus, List<String> notes) {

  public ReductionError {
    notes = List.copyOf(notes);
  }

  /**
   * The exit code {@code coalgrid reduce-time} gives: that of the full-year solve's status if it is not OPTIMAL,
   * else that of the reduced solve ({@link ExitCodes#forStatus}: 0 both optimal, 3 stopped at the time limit with
   * a feasible plan, 6 at the time limit with none, ...). The reduced instance is written either way.
   */
  public int exitCode() {
    int full = ExitCodes.forStatus(fullStatus);
    return full != ExitCodes.OK ? full : ExitCodes.forStatus(reducedStatus);
  }

  /** A figure of the full year and of the reduced instance. */
  public record Pair(double full, double reduced) {

    /** (reduced − full) / |full|; NaN when full is 0 or either is missing. */
    public double relative() {
      return full == 0 ? Double.NaN : (reduced - full) / Math.abs(full);
    }
  }

  static ReductionError of(int days, Solution full, Solution reduced) {
    AllocationResult a = full.result();
    AllocationResult b = reduced.result();
    Pair objective = new Pair(objective(a), objective(b));
    Pair coal = new Pair(a.kpis() == null ? Double.NaN : a.kpis().coalToPowerT(),
        b.kpis() == null ? Double.NaN : b.kpis().coalToPowerT());
    Map<String, Pair> gen = new LinkedHashMap<>();
    for (String type : union(kpiTypes(a), kpiTypes(b))) {
      gen.put(type, new Pair(generation(a, type), generation(b, type)));
    }
    Map<String, double[]> pa = prices(full);
    Map<String, double[]> pb = prices(reduced);
    Map<String, Pair> mean = new LinkedHashMap<>();
    Map<String, Pair> max = new LinkedHashMap<>();
    for (String r : union(pa.keySet(), pb.keySet())) {
      double[] x = pa.getOrDefault(r, new double[] {Double.NaN, Double.NaN});
      double[] y = pb.getOrDefault(r, new double[] {Double.NaN, Double.NaN});
      mean.put(r, new Pair(x[0], y[0]));
      max.put(r, new Pair(x[1], y[1]));
    }
    Map<String, Pair> storage = new LinkedHashMap<>();
    Map<String, Pair> arbitrage = new LinkedHashMap<>();
    for (AllocationResult.PlantResult p : a.plants()) {
      if (p.type().equals("PUMPED_STORAGE") || p.type().equals("BATTERY")) {
        AllocationResult.PlantResult q = b.plants().stream().filter(x -> x.id().equals(p.id())).findFirst().orElse(p);
        storage.put(p.id(), new Pair(p.generationMwh(), q.generationMwh()));
        arbitrage.put(p.id(), new Pair(p.arbitrageCny() == null ? 0 : p.arbitrageCny(),
            q.arbitrageCny() == null ? 0 : q.arbitrageCny()));
      }
    }
    Pair seconds = new Pair(full.buildSeconds() + full.solveSeconds(), reduced.buildSeconds() + reduced.solveSeconds());
    List<String> notes = new ArrayList<>();
    note(notes, "full-year", full.status(), a.prices() != null && a.prices().available(), priceNote(a),
        full.solverSettings().timeLimitSeconds(), seconds.full());
    note(notes, days + "-day", reduced.status(), b.prices() != null && b.prices().available(), priceNote(b),
        reduced.solverSettings().timeLimitSeconds(), seconds.reduced());
    return new ReductionError(days, objective, coal, gen, mean, max, storage, arbitrage, seconds, full.status(),
        reduced.status(), notes);
  }

  private static String priceNote(AllocationResult r) {
    return r.prices() == null ? null : r.prices().note();
  }

  /** Why one side's figures are missing or not an optimum's, with what to do; nothing when it is all there. */
  static void note(List<String> notes, String side, String status, boolean certified, String priceNote,
      double timeLimit, double seconds) {
    String limit = timeLimit > 0 ? String.format(Locale.ROOT, "the time limit of %s s", trim(timeLimit))
        : "no time limit";
    String took = String.format(Locale.ROOT, "build + solve %.1f s", seconds);
    String larger = timeLimit > 0 ? String.format(Locale.ROOT, "re-run with a larger --time-limit (more than %s s; "
        + "0 = none), or with --no-error to write the reduced instance only", trim(timeLimit))
        : "re-run with --no-error to write the reduced instance only";
    switch (status) {
      case "OPTIMAL" -> {
        if (!certified) {
          notes.add(String.format(Locale.ROOT, "The %s solve is OPTIMAL but its prices are not certified (%s): its "
              + "prices are NaN.", side, priceNote == null || priceNote.isEmpty() ? "no reason given" : priceNote));
        }
      }
      case "FEASIBLE" -> notes.add(String.format(Locale.ROOT, "The %s solve stopped at %s with a feasible plan "
          + "that is not proven optimal (status FEASIBLE, %s): its figures are not the optimum's and its prices are "
          + "NaN (no certified duals). To compare against an optimum, %s.", side, limit, took, larger));
      case "NO_SOLUTION" -> notes.add(String.format(Locale.ROOT, "The %s solve found no solution within %s "
          + "(status NO_SOLUTION, %s): its column is NaN. To get the error, %s.", side, limit, took, larger));
      default -> notes.add(String.format(Locale.ROOT, "The %s solve ended %s (%s): its column is NaN; solve the "
          + "instance with coalgrid solve to see why.", side, status, took));
    }
  }

  private static String trim(double seconds) {
    return seconds == Math.rint(seconds) ? String.format(Locale.ROOT, "%.0f", seconds)
        : String.format(Locale.ROOT, "%s", seconds);
  }

  private static double objective(AllocationResult r) {
    return r.objective() == null ? Double.NaN : r.objective().totalCny();
  }

  private static java.util.Set<String> kpiTypes(AllocationResult r) {
    return r.kpis() == null ? java.util.Set.of() : r.kpis().generationByTypeMwh().keySet();
  }

  private static double generation(AllocationResult r, String type) {
    return r.kpis() == null ? Double.NaN : r.kpis().generationByTypeMwh().getOrDefault(type, 0.0);
  }

  private static List<String> union(java.util.Collection<String> x, java.util.Collection<String> y) {
    List<String> out = new ArrayList<>(x);
    new TreeSet<>(y).stream().filter(s -> !out.contains(s)).forEach(out::add);
    return out;
  }

  /** Region → {load-weighted mean, max} of the certified electricity prices. */
  private static Map<String, double[]> prices(Solution s) {
    AllocationResult r = s.result();
    Map<String, double[]> out = new LinkedHashMap<>();
    if (r.prices() == null || !r.prices().available() || r.prices().electricity() == null) {
      return out;
    }
    Map<String, Double> hours = new HashMap<>();
    for (Period p : s.instance().periods()) {
      hours.put(p.id(), p.hours());
    }
    Map<String, Double> load = new HashMap<>(); // region|period -> MW
    for (AllocationResult.DemandResult d : r.demands()) {
      for (AllocationResult.DemandPeriod dp : d.periods()) {
        load.merge(d.region() + "|" + dp.period(), dp.demandMw(), Double::sum);
      }
    }
    Map<String, double[]> acc = new LinkedHashMap<>(); // Σ p·w, Σ w, max, Σ p·h, Σ h
    for (AllocationResult.RegionPeriodPrice p : r.prices().electricity()) {
      double h = hours.getOrDefault(p.period(), 0.0);
      double w = load.getOrDefault(p.region() + "|" + p.period(), 0.0) * h;
      double[] a = acc.computeIfAbsent(p.region(), k -> new double[] {0, 0, Double.NEGATIVE_INFINITY, 0, 0});
      a[0] += p.cnyPerMwh() * w;
      a[1] += w;
      a[2] = Math.max(a[2], p.cnyPerMwh());
      a[3] += p.cnyPerMwh() * h;
      a[4] += h;
    }
    acc.forEach((region, a) -> out.put(region, new double[] {a[1] > 0 ? a[0] / a[1] : a[3] / a[4], a[2]}));
    return out;
  }

  /** The error as the table {@code coalgrid reduce-time} prints (planners' units beside SI ones). */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Error of %d representative days against the full year (reduced − full)%n",
        days));
    sb.append(String.format(Locale.ROOT, "  %-34s %16s %16s %10s%n", "", "full year", days + " days", "error"));
    sb.append(row("objective 目标值 (亿元/yr)", objective.full() / 1e8, objective.reduced() / 1e8, 2,
        pct(objective.relative())));
    sb.append(row("coal to power 发电用煤 (Mt/yr)", coalToPowerT.full() / 1e6, coalToPowerT.reduced() / 1e6, 2,
        pct(coalToPowerT.relative())));
    double total = generationMwh.values().stream().mapToDouble(Pair::full).sum();
    sb.append("  generation 发电量 (TWh/yr); error in points of the full year's total\n");
    generationMwh.forEach((t, p) -> sb.append(row("  " + t, p.full() / 1e6, p.reduced() / 1e6, 2,
        total == 0 ? "" : String.format(Locale.ROOT, "%+.2f pt", 100 * (p.reduced() - p.full()) / total))));
    sb.append("  electricity price 电价 (CNY/MWh): load-weighted mean | highest\n");
    meanPrice.forEach((r, p) -> sb.append(row("  " + r + " mean", p.full(), p.reduced(), 1, pct(p.relative()))));
    maxPrice.forEach((r, p) -> sb.append(row("  " + r + " highest", p.full(), p.reduced(), 1, pct(p.relative()))));
    if (!storageMwh.isEmpty()) {
      sb.append("  storage 储能: generation (TWh/yr) | arbitrage earned (亿元/yr)\n");
      storageMwh.forEach((id, p) -> sb.append(row("  " + id + " generates", p.full() / 1e6, p.reduced() / 1e6, 3,
          "")));
      arbitrageCny.forEach((id, p) -> sb.append(row("  " + id + " earns", p.full() / 1e8, p.reduced() / 1e8, 3,
          "")));
    }
    sb.append(row("build + solve time (s)", solveSeconds.full(), solveSeconds.reduced(), 2, ""));
    for (String n : notes) {
      sb.append("  Note: ").append(n).append('\n');
    }
    return sb.toString();
  }

  private static String row(String label, double a, double b, int decimals, String err) {
    String f = "%,16." + decimals + "f";
    return "  " + Fmt.left(label, 34) + String.format(Locale.ROOT, " " + f + " " + f + " %10s%n", a, b, err);
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%+.2f %%", 100 * x);
  }
}
