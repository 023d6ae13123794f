package org.coalgrid.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.pathway.PathwayResult;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.Fmt;

/**
 * What {@code coalgrid pathway} prints and writes (docs/pathway.md): the console summary with its year-by-year table
 * 逐年, and the CSV tables of a pathway, each with a year column. Money: 亿元 on the console (CNY in CSV); capacity
 * 万千瓦 (MW in CSV); energy 亿千瓦时 (MWh); coal 万吨 (t). Stateless.
 */
public final class PathwayTables {
  private PathwayTables() {}

  /** The CSV tables of a pathway, by file name. */
  public static final List<String> CSV_FILES = List.of("pathway-years.csv", "pathway-builds.csv",
      "pathway-capacity.csv", "pathway-generation.csv", "pathway-prices.csv", "pathway-binding.csv",
      "pathway-costs.csv", "pathway-targets.csv");

  /** Mean electricity price of a year over the internal regions and periods, weighted by the periods' hours. */
  public static Double meanPrice(AllocationResult r, Instance in) {
    if (r.prices() == null || !r.prices().available()) {
      return null;
    }
    Map<String, Double> hours = new java.util.HashMap<>();
    for (Period p : in.periods()) {
      hours.put(p.id(), p.hours());
    }
    double sum = 0;
    double h = 0;
    for (AllocationResult.RegionPeriodPrice p : r.prices().electricity()) {
      if (!in.isExternal(p.region())) {
        double w = hours.getOrDefault(p.period(), 0.0);
        sum += w * p.cnyPerMwh();
        h += w;
      }
    }
    return h > 0 ? sum / h : null;
  }

  private static double yi(double cny) {
    return cny / 1e8;
  }

  /** The console summary: status, present value, the year-by-year table, builds, capacity, costs, targets. */
  public static String render(PathwayResult r, LoadedPathway pw) {
    StringBuilder sb = new StringBuilder();
    String mode = r.mode().equals("MYOPIC") ? "myopic (year by year, builds passed on)" : "perfect foresight";
    sb.append("Pathway 规划路径 ").append(r.instance()).append(" | ").append(r.firstYear()).append('–')
        .append(r.lastYear()).append(" | ").append(mode).append(" | discount rate ")
        .append(Fmt.pct(r.discountRate())).append('\n');
    sb.append("Status: ").append(r.status());
    if (r.statusNote() != null && !r.statusNote().isBlank()) {
      sb.append(" (").append(r.statusNote()).append(')');
    }
    sb.append('\n');
    if (r.objectivePvCny() == null) {
      return sb.toString();
    }
    sb.append("Present value of all costs 总费用现值 (").append(r.firstYear()).append(" money): ")
        .append(Fmt.money(r.objectivePvCny())).append('\n');
    sb.append("Prices: ").append(r.pricesNote()).append("\n\n");
    sb.append("Year by year 逐年\n");
    yearHeader(sb, "year", "capacity", "generation", "coal", "price", "cost", "cost PV", "capital", "caps");
    yearHeader(sb, "", "万千瓦", "亿千瓦时", "万吨", "CNY/MWh", "亿元", "亿元", "亿元", "bind");
    for (PathwayResult.Year y : r.years()) {
      var k = y.result().kpis();
      double cap = k.capacityByTypeMw().values().stream().mapToDouble(Double::doubleValue).sum();
      Double price = meanPrice(y.result(), pw.instance(y.year()));
      double pv = y.termsPvCny().values().stream().mapToDouble(Double::doubleValue).sum();
      sb.append(String.format("%-6d %12s %12s %11s %10s %11s %11s %11s %6d%n", y.year(), Fmt.num(cap / 10, 1),
          Fmt.num(k.generationMwh() / 1e5, 1), Fmt.num(k.coalProducedT() / 1e4, 0),
          price == null ? "-" : Fmt.num(price, 1), Fmt.num(yi(y.result().objective().totalCny()), 2),
          Fmt.num(yi(pv), 2), Fmt.num(yi(y.capitalSpentCny()), 2), y.result().binding().size()));
    }
    sb.append("  capacity: installed in internal regions, builds included; price: hour-weighted mean over internal"
        + " regions;\n  cost: the year's operating cost in its own money; cost PV: with the investment of units that"
        + " come in\n  that year, net of salvage; capital: overnight cost paid that year.\n\n");
    sb.append("Build schedule 投产计划\n");
    if (r.builds().isEmpty()) {
      sb.append("  no unit is built\n");
    }
    for (PathwayResult.Build b : r.builds()) {
      sb.append(String.format("  %d  %s %-10s %s %3d × %s%s%n", b.year(),
          Fmt.left(Fmt.cut(b.id(), 24), 24), b.type(), Fmt.left(Fmt.cut(b.where(), 14), 14), b.units(), size(b),
          b.overnightCny() == null ? ", annualised capex" : String.format(", %s 亿元 paid %d",
              Fmt.num(yi(b.overnightCny()), 2), b.paidYear())));
    }
    sb.append('\n').append("Capacity by type 装机 (万千瓦)\n");
    byType(sb, r, y -> y.result().kpis().capacityByTypeMw(), 10);
    sb.append('\n').append("Generation by type 发电量 (亿千瓦时)\n");
    byType(sb, r, y -> y.result().kpis().generationByTypeMwh(), 1e5);
    sb.append('\n').append("Cost terms, present value 费用现值 (亿元)\n");
    TreeSet<String> terms = new TreeSet<>(java.util.Comparator.comparingInt(t -> CostTerm.valueOf(t).ordinal()));
    r.years().forEach(y -> terms.addAll(y.termsPvCny().keySet()));
    header(sb, r, "term");
    for (String t : terms) {
      sb.append("  ").append(Fmt.left(Fmt.cut(CostTerm.valueOf(t).label(), 28), 28));
      for (PathwayResult.Year y : r.years()) {
        sb.append(String.format(" %9s", Fmt.num(yi(y.termsPvCny().getOrDefault(t, 0.0)), 2)));
      }
      sb.append(String.format(" %9s%n", Fmt.num(yi(r.termsPvCny().getOrDefault(t, 0.0)), 2)));
    }
    sb.append('\n').append("Binding caps 约束 by year (most valuable first)\n");
    for (PathwayResult.Year y : r.years()) {
      List<AllocationResult.BindingConstraint> caps = new ArrayList<>(y.result().binding());
      caps.sort((a, b) -> Double.compare(Math.abs(b.valueOfOnePercentCny()), Math.abs(a.valueOfOnePercentCny())));
      sb.append("  ").append(y.year()).append(": ").append(caps.isEmpty() ? "none" : String.join(", ",
          caps.stream().limit(4).map(b -> b.row()).toList()))
          .append(caps.size() > 4 ? " (+" + (caps.size() - 4) + ")" : "").append('\n');
    }
    if (!r.targets().isEmpty()) {
      sb.append('\n').append("Targets 目标 by year\n");
      for (PathwayResult.TargetRow t : r.targets()) {
        sb.append(String.format("  %s %s %s %s%s: %s%s%n", Fmt.left(Fmt.cut(t.id(), 22), 22), t.metric(), t.sense(),
            Fmt.num(t.value(), 2), t.dueYear() == null ? " (every year)" : " by " + t.dueYear(), t.status(),
            t.firstYearMet() == null ? ", never met" : ", first met " + t.firstYearMet()));
      }
    }
    return sb.toString();
  }

  /** Perfect foresight {@code pf} against myopic {@code my}: present values, the difference, both schedules. */
  public static String comparison(PathwayResult pf, PathwayResult my) {
    double diff = my.objectivePvCny() - pf.objectivePvCny();
    StringBuilder sb = new StringBuilder("Perfect foresight vs myopic 完全预见 vs 逐年滚动\n");
    sb.append("  present value, perfect foresight: ").append(Fmt.money(pf.objectivePvCny())).append('\n');
    sb.append("  present value, myopic:            ").append(Fmt.money(my.objectivePvCny())).append('\n');
    sb.append("  cost of not seeing ahead:         ").append(Fmt.money(diff)).append(" (")
        .append(Fmt.pct(diff / Math.abs(pf.objectivePvCny()))).append(")\n");
    sb.append("  builds, perfect foresight: ").append(schedule(pf)).append('\n');
    sb.append("  builds, myopic:            ").append(schedule(my)).append('\n');
    return sb.toString();
  }

  private static String schedule(PathwayResult r) {
    if (r.builds().isEmpty()) {
      return "none";
    }
    return String.join(", ", r.builds().stream().map(b -> b.id() + " " + b.year() + " ×" + b.units()).toList());
  }

  /** A header row of the year-by-year table, each cell aligned by its display width (万千瓦 takes six columns). */
  private static void yearHeader(StringBuilder sb, String... cells) {
    int[] widths = {6, 12, 12, 11, 10, 11, 11, 11, 6};
    sb.append(Fmt.left(cells[0], widths[0]));
    for (int k = 1; k < cells.length; k++) {
      sb.append(' ').append(Fmt.right(cells[k], widths[k]));
    }
    sb.append('\n');
  }

  /**
   * A build's unit and total in planners' units: MW and 万千瓦 (plants, lines), 万吨/年 of raw-coal capacity (mines)
   * and of raw coal washed (washeries 洗煤厂), t/yr of output (potlines 电解槽系列).
   */
  static String size(PathwayResult.Build b) {
    return switch (b.asset()) {
      case PathwayResult.MINE -> Fmt.num(b.unitT() / 1e4, 1) + " 万吨/年 = " + Fmt.num(b.t() / 1e4, 1) + " 万吨/年 raw coal";
      case PathwayResult.WASHERY -> Fmt.num(b.unitT() / 1e4, 1) + " 万吨/年 = " + Fmt.num(b.t() / 1e4, 1)
          + " 万吨/年 washery 洗煤厂 (raw coal washed)";
      case PathwayResult.POTLINE -> Fmt.num(b.unitT(), 0) + " t/yr = " + Fmt.num(b.t(), 0) + " t/yr potlines 电解槽系列";
      default -> Fmt.num(b.unitMw(), 0) + " MW = " + Fmt.num(b.mw() / 10, 1) + " 万千瓦";
    };
  }

  private static void header(StringBuilder sb, PathwayResult r, String first) {
    sb.append("  ").append(Fmt.left(first, 28));
    r.years().forEach(y -> sb.append(String.format(" %9d", y.year())));
    sb.append(String.format(" %9s%n", first.equals("term") ? "total" : ""));
  }

  private static void byType(StringBuilder sb, PathwayResult r,
      java.util.function.Function<PathwayResult.Year, Map<String, Double>> f, double div) {
    TreeMap<String, double[]> rows = new TreeMap<>();
    for (int k = 0; k < r.years().size(); k++) {
      final int col = k;
      f.apply(r.years().get(k)).forEach((t, v) -> rows.computeIfAbsent(t, x -> new double[r.years().size()])[col]
          = v);
    }
    header(sb, r, "type");
    rows.forEach((t, v) -> {
      sb.append("  ").append(Fmt.left(t, 28));
      for (double x : v) {
        sb.append(String.format(" %9s", Fmt.num(x / div, 1)));
      }
      sb.append('\n');
    });
  }

  /** Writes the CSV tables ({@link #CSV_FILES}) into {@code out}. */
  public static void writeCsv(PathwayResult r, LoadedPathway pw, AtomicOutput out) throws IOException {
    out.file("pathway-years.csv", CsvRows.table(t -> {
      t.header("year", "discount_factor", "capacity_mw", "generation_mwh", "coal_produced_t", "mean_price_cny_per_mwh",
          "cost_cny", "cost_pv_cny", "capital_spent_cny", "unserved_mwh", "export_delivered_mwh", "binding_caps");
      for (PathwayResult.Year y : r.years()) {
        var k = y.result().kpis();
        t.row(y.year(), y.discountFactor(), k.capacityByTypeMw().values().stream().mapToDouble(Double::doubleValue)
            .sum(), k.generationMwh(), k.coalProducedT(), meanPrice(y.result(), pw.instance(y.year())),
            y.result().objective().totalCny(), y.termsPvCny().values().stream().mapToDouble(Double::doubleValue).sum(),
            y.capitalSpentCny(), k.unservedMwh(), k.exportDeliveredMwh(), y.result().binding().size());
      }
    }));
    out.file("pathway-builds.csv", CsvRows.table(t -> {
      t.header("year", "asset", "id", "type", "where", "units", "unit_mw", "mw", "overnight_cny", "paid_year",
          "capital_pv_cny", "salvage_pv_cny", "unit_t", "t");
      for (PathwayResult.Build b : r.builds()) {
        t.row(b.year(), b.asset().toLowerCase(java.util.Locale.ROOT), b.id(), b.type(), b.where(), b.units(),
            b.unitMw(), b.mw(), b.overnightCny(), b.paidYear(), b.capitalPvCny(), b.salvagePvCny(), b.unitT(),
            b.unitT() == null ? null : b.t());
      }
    }));
    out.file("pathway-capacity.csv", CsvRows.table(t -> {
      t.header("year", "type", "capacity_mw");
      for (PathwayResult.Year y : r.years()) {
        for (var e : new TreeMap<>(y.result().kpis().capacityByTypeMw()).entrySet()) {
          t.row(y.year(), e.getKey(), e.getValue());
        }
      }
    }));
    out.file("pathway-generation.csv", CsvRows.table(t -> {
      t.header("year", "type", "generation_mwh");
      for (PathwayResult.Year y : r.years()) {
        for (var e : new TreeMap<>(y.result().kpis().generationByTypeMwh()).entrySet()) {
          t.row(y.year(), e.getKey(), e.getValue());
        }
      }
    }));
    out.file("pathway-prices.csv", CsvRows.table(t -> {
      t.header("year", "region", "period", "electricity_cny_per_mwh");
      for (PathwayResult.Year y : r.years()) {
        if (y.result().prices() != null && y.result().prices().available()) {
          for (var p : y.result().prices().electricity()) {
            t.row(y.year(), p.region(), p.period(), p.cnyPerMwh());
          }
        }
      }
    }));
    out.file("pathway-binding.csv", CsvRows.table(t -> {
      t.header("year", "row", "family", "entity", "period", "shadow_price", "unit", "value_of_one_percent_cny");
      for (PathwayResult.Year y : r.years()) {
        for (var b : y.result().binding()) {
          t.row(y.year(), b.row(), b.family(), b.entity(), b.period(), b.shadowPrice(), b.unit(),
              b.valueOfOnePercentCny());
        }
      }
    }));
    out.file("pathway-costs.csv", CsvRows.table(t -> {
      t.header("year", "term", "cost_cny", "cost_pv_cny");
      for (PathwayResult.Year y : r.years()) {
        for (var e : y.termsPvCny().entrySet()) {
          t.row(y.year(), e.getKey(), y.termsCny().get(e.getKey()), e.getValue());
        }
      }
    }));
    out.file("pathway-targets.csv", CsvRows.table(t -> PathwayTargetTable.rows(t, r)));
  }
}
