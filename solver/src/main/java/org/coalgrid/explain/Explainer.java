package org.coalgrid.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.words.Fmt;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.AllocationResult.BindingConstraint;
import org.coalgrid.words.EntityWords;

/**
 * Turns an {@link AllocationResult} into an {@link Explanation}: binding rows grouped by entity and row kind,
 * named, worded per family and ranked by the value of relaxing each by 1 %; price tables per region and period
 * (electricity, heat), region and grade (coal) and line and period (congestion rent). Uses only what the result
 * holds, so only checked duals.
 */
public final class Explainer {
  private final AllocationResult r;
  private final Instance in;
  private final EntityWords names;
  private final Map<String, Double> hours = new LinkedHashMap<>();
  /** Position of each period id in the file. */
  private final Map<String, Integer> periodIndex = new HashMap<>();

  private Explainer(AllocationResult r, Instance in) {
    this.r = r;
    this.in = in;
    this.names = new EntityWords(in);
    for (Period p : in.periods()) {
      hours.put(p.id(), p.hours());
      periodIndex.putIfAbsent(p.id(), periodIndex.size());
    }
  }

  public static Explanation explain(AllocationResult r, Instance in, String statusWords, RepairResult repair) {
    return new Explainer(r, in).build(statusWords, repair);
  }

  private Explanation build(String statusWords, RepairResult repair) {
    var p = r.prices();
    return new Explanation(r.instance(), r.status(), statusWords,
        r.objective() != null ? r.objective().totalCny() : null, p.available(), p.source(), p.note(), findings(),
        byPeriod(p.electricity()), coal(), byPeriod(p.heatCnyPerGj()),
        rents(), repair, DayShape.of(r, in, names));
  }

  /**
   * The same findings as {@code explain(r, in, ...).topCaps(n)}: the {@code n} most valuable caps, worded,
   * with their ranks among all findings. Only those {@code n} are worded and no price table is built, so the
   * console summary does not pay for a full explanation of a large model.
   */
  public static List<Explanation.Finding> topCaps(AllocationResult r, Instance in, int n) {
    Explainer e = new Explainer(r, in);
    List<Group> ranked = e.ranked();
    List<Explanation.Finding> out = new ArrayList<>();
    for (int k = 0; k < ranked.size() && out.size() < n; k++) {
      Group g = ranked.get(k);
      if (!Explanation.isObligation(g.rows().get(0).family())) {
        out.add(e.finding(k + 1, g.rows(), g.value()));
      }
    }
    return out;
  }

  /** Binding rows of one entity and row kind, and the value of relaxing them all by 1 % (CNY/yr). */
  private record Group(List<BindingConstraint> rows, double value) {}

  /** Groups ranked by value, most valuable first (ties by first row name). */
  private List<Group> ranked() {
    Map<String, List<BindingConstraint>> groups = new LinkedHashMap<>();
    for (BindingConstraint b : r.binding()) {
      // the feed row defines the coal an industry takes; its dual is a coal price, not a cap's value
      if (ModelNames.RowKind.of(b.row()) == ModelNames.RowKind.INDUSTRY_FEED) {
        continue;
      }
      groups.computeIfAbsent(kind(b.row()) + "|" + b.entity(), k -> new ArrayList<>()).add(b);
    }
    List<Group> gs = new ArrayList<>();
    groups.values().forEach(rows -> gs.add(new Group(rows,
        rows.stream().mapToDouble(BindingConstraint::valueOfOnePercentCny).sum())));
    gs.sort(Comparator.comparingDouble(Group::value).reversed()
        .thenComparing(g -> g.rows().get(0).row()));
    return gs;
  }

  private List<Explanation.Finding> findings() {
    List<Explanation.Finding> out = new ArrayList<>();
    for (Group g : ranked()) {
      out.add(finding(out.size() + 1, g.rows(), g.value()));
    }
    return out;
  }

  private Explanation.Finding finding(int rank, List<BindingConstraint> rows, double onePercent) {
    BindingConstraint first = rows.get(0);
    ModelNames.RowKind rowKind = ModelNames.RowKind.of(first.row());
    String kind = kind(first.row());
    String name = names.entity(first.family(), first.entity());
    List<String> periods = rows.stream().map(BindingConstraint::period).filter(java.util.Objects::nonNull)
        .sorted(Comparator.comparingInt((String p) -> periodIndex.getOrDefault(p, Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder())).toList(); // a reservoir's stage (month) sorts after the periods
    BindingConstraint peak = rows.stream().max(Comparator.comparingDouble(b -> Math.abs(b.shadowPrice()))).orElseThrow();
    double peakValue = Math.abs(peak.shadowPrice());
    boolean mwPerPeriod = "MW".equals(first.rhsUnit()) && first.period() != null;
    Double perYear = mwPerPeriod || first.period() == null
        ? rows.stream().mapToDouble(BindingConstraint::valueOfRelaxing).sum() : null;
    String when = periods.isEmpty() ? "" : " " + names.periods(periods);
    String at = peak.period() != null ? " in " + peak.period() : "";
    String price = Fmt.num(peakValue, 0) + " " + first.unit() + at;
    boolean cap = first.shadowPrice() < 0; // upper bound binds: more room lowers cost
    String text = rowKind == null ? generic(first, peak, rows.size() > 1, kind, name, when) : switch (rowKind) {
      case LINE -> "Corridor " + name + " is full" + when + "; one more MW there is worth " + price + ", "
          + yuan(perYear) + " per year in total";
      case PLANT_CAPACITY -> (noCapacity(first.entity())
          ? "Plant " + name + " has 0 MW" + (candidate(first.entity()) ? " (a candidate not built)" : "")
              + "; one more MW would be worth "
          : "Plant " + name + " runs at capacity" + when + "; one more MW is worth ") + price + ", "
          + yuan(perYear) + " per year in total";
      case PLANT_ONLINE -> "Plant " + name + " runs its units online at full output" + when + "; one more MW online is"
          + " worth up to " + price;
      case PLANT_MIN_LOAD -> "Plant " + name + " is held at its minimum load" + when + "; this costs up to " + price;
      case UNITS_ONLINE -> "Plant " + name + " has every unit online" + when + "; one more unit is worth up to " + price;
      case MINE -> cap
          ? "Mine " + name + " is at capacity" + mineBuilt(first.entity()) + ": one more Mt/yr lowers system cost by "
              + Fmt.money(perYear * 1e6)
          : "Mine " + name + " is held at its minimum output: each Mt/yr less would save " + Fmt.money(perYear * 1e6);
      case WASH_CAPACITY -> (noWashery(first.entity())
          ? "Mine " + name + " has no washery 洗煤厂 capacity (none built): one more Mt/yr of washery capacity 洗煤厂能力"
              + " would lower system cost by "
          : "The washery 洗煤厂 of mine " + name + " washes all it can: one more Mt/yr of washery capacity 洗煤厂能力"
              + " lowers system cost by ") + Fmt.money(perYear * 1e6);
      case WASH_SHARE -> "Mine " + name + " washes the most of its raw coal it may (washedShare): one more Mt/yr of"
          + " washable coal lowers system cost by " + Fmt.money(perYear * 1e6);
      // with a candidate build the minimum output is a row of its own (the capacity row holds the build)
      case MINE_MIN -> "Mine " + name + " is held at its minimum output 最低产量 of " + mtPerYear(in.mines().stream()
          .filter(m -> m.id().equals(first.entity())).findFirst().map(org.coalgrid.domain.Mine::minOutputT).orElse(0.0))
          + ": each Mt/yr less would save " + Fmt.money(perYear * 1e6);
      case ARC -> "Coal arc " + name + " is full: one more Mt/yr of capacity lowers system cost by "
          + Fmt.money(perYear * 1e6);
      case HYDRO_ENERGY -> "Hydro " + name + " uses all its water" + when + "; water is worth up to " + price;
      case HYDRO_LEVEL -> "Reservoir " + name + ": its water is worth up to " + price;
      case HYDRO_MIN_RELEASE -> "Hydro " + name + " is held at its minimum release" + when + "; this costs up to " + price;
      case STORAGE_LEVEL -> "Pumped storage " + name + ": stored energy is worth up to " + price;
      case RAMP_UP, RAMP_DOWN -> "Plant " + name + " ramps " + (rowKind == ModelNames.RowKind.RAMP_UP ? "up" : "down")
          + " as fast as it can" + when + "; one more MW of change is worth up to " + price;
      case POLICY -> "Policy " + name + " binds: shadow price " + Fmt.num(first.shadowPrice(), 2) + " " + first.unit()
          + "; "
          + ("CNY/MW/yr".equals(first.unit()) && reserveMargin(first.entity())
              ? "a capacity price 容量价格 of " + Fmt.num(peakValue / 1000, 2) + " CNY/kW-yr; " : "")
          + (cap ? "one more " + first.rhsUnit() + " of allowance lowers cost by "
              : "each " + first.rhsUnit() + " the floor is lowered saves ")
          + Fmt.num(first.valueOfRelaxing(), 2) + " CNY";
      case EXPORT_FIRM -> "Export contract " + name + ": the firm energy costs up to " + price
          + " at the margin; binding" + when;
      case INDUSTRY_OUTPUT -> "Industry " + name + ": " + (first.shadowPrice() > 0
          ? "the planned output costs " + Fmt.num(peakValue, 0) + " CNY/t at the margin"
          : "one more tonne of output would lower system cost by " + Fmt.num(peakValue, 0) + " CNY/t");
      case INDUSTRY_POTLINES -> "Industry " + name + ": its potlines running 电解槽系列 are at full output; one more "
          + "tonne a year of potline capacity is worth " + Fmt.num(peakValue, 0) + " CNY/t";
      case INDUSTRY_POTLINE_BUILD -> "Industry " + name + " runs every potline it has" + potlinesBuilt(first.entity())
          + ": one more existing potline 电解槽系列 would be worth " + yuan(perYear) + " a year";
      case COAL_DEMAND -> "Firm coal delivery " + name + " costs " + Fmt.num(peakValue, 0) + " CNY/t at the margin";
      default -> generic(first, peak, rows.size() > 1, kind, name, when);
    };
    return new Explanation.Finding(rank, first.family(), kind, first.entity(), name, periods, in.periods().size(),
        peakValue, first.unit(), peak.period(), perYear, first.rhsUnit(), onePercent,
        text + "  [1 % more room: " + Fmt.money(onePercent) + "/yr]");
  }

  /** True if plant {@code id} has no capacity in the plan (none installed, none built): it cannot "run at capacity". */
  private boolean noCapacity(String id) {
    return r.plants().stream().anyMatch(p -> p.id().equals(id) && p.capacityMw() + p.builtMw() <= 0);
  }

  /** True if mine {@code id}'s washery has no capacity in the plan (none before builds, none built). */
  private boolean noWashery(String id) {
    return r.mines().stream().anyMatch(m -> m.id().equals(id) && m.washery() != null && m.washery().capacityT() <= 0);
  }

  /** " with 2 units built 扩建 (1.00 Mt/yr (100 万吨/年) of its 2.00 Mt/yr ...)" for a mine that built, else "". */
  private String mineBuilt(String id) {
    return r.mines().stream().filter(m -> m.id().equals(id) && m.builtUnits() != null && m.builtUnits() > 0)
        .findFirst().map(m -> " with " + m.builtUnits() + (m.builtUnits() == 1 ? " unit" : " units") + " built 扩建 ("
            + mtPerYear(m.builtT()) + " of its " + mtPerYear(m.capacityT()) + ")").orElse("");
  }

  /** t/yr as "0.50 Mt/yr (50 万吨/年)". */
  private static String mtPerYear(double t) {
    return Fmt.num(t / 1e6, 2) + " Mt/yr (" + Fmt.num(t / 1e4, 0) + " 万吨/年)";
  }

  /** " (1 existing and 2 built 新建, of 3 that may be built)" for an industry with a potline build, else "". */
  private String potlinesBuilt(String id) {
    var ind = in.industries().stream().filter(i -> i.id().equals(id) && i.potlines() != null).findFirst();
    var res = r.industries().stream().filter(i -> i.id().equals(id)).findFirst();
    if (ind.isEmpty() || res.isEmpty() || ind.get().potlines().build() == null) {
      return "";
    }
    int built = res.get().potlinesBuilt() == null ? 0 : res.get().potlinesBuilt();
    return " (" + ind.get().potlines().count() + " existing and " + built + " built 新建, of "
        + ind.get().potlines().build().maxUnits() + " that may be built)";
  }

  /** True if plant {@code id} may be built (a candidate). */
  private boolean candidate(String id) {
    return in.plants().stream().anyMatch(p -> p.id().equals(id) && p.build() != null);
  }

  /** True if policy {@code id} is a reserve margin 备用率 (its shadow price is a capacity price). */
  private boolean reserveMargin(String id) {
    return in.policies().stream().anyMatch(p -> p.id().equals(id)
        && p.type() == org.coalgrid.domain.PolicyType.RESERVE_MARGIN);
  }

  /** A binding row of a kind without its own wording: "Industry X (ind_flat) binds ...". */
  private static String generic(BindingConstraint first, BindingConstraint peak, boolean several, String kind,
      String name, String when) {
    return Character.toUpperCase(first.family().charAt(0)) + first.family().substring(1).replace('_', ' ') + " "
        + name + " (" + kind + ") binds" + when + ": shadow price " + Fmt.num(peak.shadowPrice(), 2) + " "
        + first.unit() + (several && peak.period() != null ? " (largest in size, in " + peak.period() + ")" : "");
  }

  /** CNY as "812,345 CNY" below a million, else "1.9 million CNY (0.02 亿元)". */
  private static String yuan(double cny) {
    return Math.abs(cny) < 1e6 ? Fmt.num(cny, 0) + " CNY" : Fmt.money(cny);
  }

  /** The row kind as findings name it: its {@link ModelNames.RowKind#prefix()} (e.g. "line", "pcap", "policy"). */
  static String kind(String row) {
    ModelNames.RowKind k = ModelNames.RowKind.of(row);
    return k != null ? k.prefix() : row;
  }

  /** Rows = periods, columns = regions (named). */
  private Explanation.Table byPeriod(List<AllocationResult.RegionPeriodPrice> items) {
    Map<String, Integer> cols = new LinkedHashMap<>();
    items.forEach(i -> cols.putIfAbsent(i.region(), cols.size()));
    List<String> colList = List.copyOf(cols.keySet());
    List<Explanation.Table.Row> rows = new ArrayList<>();
    if (items.isEmpty()) {
      return new Explanation.Table("period", List.of(), rows);
    }
    Map<String, Double[]> byPeriod = new LinkedHashMap<>();
    for (String pid : hours.keySet()) {
      byPeriod.put(pid, new Double[colList.size()]);
    }
    for (var i : items) {
      byPeriod.get(i.period())[cols.get(i.region())] = i.cnyPerMwh();
    }
    byPeriod.forEach((pid, vals) -> rows.add(new Explanation.Table.Row(pid, Arrays.asList(vals))));
    return new Explanation.Table("period", colList.stream().map(names::region).toList(), rows);
  }

  /** Rows = regions (named), columns = grades (with origin class when 大煤保大电 splits coal). */
  private Explanation.Table coal() {
    List<AllocationResult.RegionGradePrice> items = r.prices().coal();
    Function<AllocationResult.RegionGradePrice, String> col = i -> i.grade()
        + (i.originClass() != null ? " (" + i.originClass().toLowerCase(java.util.Locale.ROOT) + ")" : "");
    Map<String, Integer> cols = new LinkedHashMap<>();
    items.forEach(i -> cols.putIfAbsent(col.apply(i), cols.size()));
    List<String> colList = List.copyOf(cols.keySet());
    Map<String, Double[]> byRegion = new LinkedHashMap<>();
    for (var i : items) {
      byRegion.computeIfAbsent(i.region(), k -> new Double[colList.size()])[cols.get(col.apply(i))] = i.cnyPerT();
    }
    List<Explanation.Table.Row> rows = new ArrayList<>();
    byRegion.forEach((reg, vals) -> rows.add(new Explanation.Table.Row(names.region(reg), Arrays.asList(vals))));
    return new Explanation.Table("region", colList, rows);
  }

  private Explanation.Table rents() {
    List<AllocationResult.LineResult> lines = r.lines().stream().filter(l -> l.periods().stream()
        .anyMatch(p -> p.congestionRentCnyPerMwh() != null && p.congestionRentCnyPerMwh() > 1e-6)).toList();
    List<Explanation.Table.Row> rows = new ArrayList<>();
    if (lines.isEmpty()) {
      return new Explanation.Table("period", List.of(), rows);
    }
    int nt = in.periods().size();
    for (int t = 0; t < nt; t++) {
      List<Double> vals = new ArrayList<>();
      for (var l : lines) {
        vals.add(l.periods().get(t).congestionRentCnyPerMwh());
      }
      rows.add(new Explanation.Table.Row(in.periods().get(t).id(), vals));
    }
    return new Explanation.Table("period", lines.stream().map(AllocationResult.LineResult::id).toList(), rows);
  }
}
