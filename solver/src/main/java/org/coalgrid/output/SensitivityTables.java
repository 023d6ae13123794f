package org.coalgrid.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.whatif.Sensitivity;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.Fmt;

/** LP sensitivity ranging for people (console tables) and for tables (three CSV files). */
public final class SensitivityTables {
  private SensitivityTables() {}

  /** The console tables: binding caps and the largest cost items, at most {@code top} rows each (0 = all). */
  public static void print(PrintWriter o, String instance, String solver, Sensitivity.Report r, double objectiveCny,
      int top) {
    o.println(instance + ": OPTIMAL by " + solver + ", objective " + Fmt.money(objectiveCny) + "; basis of "
        + r.basisSize() + " columns" + (r.degenerate() > 0 ? "; DEGENERATE: " + r.degenerate()
        + " basic variables sit at a bound, so some ranges are zero on one side and another optimal basis may give "
        + "others" : ""));
    o.println();
    o.println("Binding caps 约束: the bound may move by [down, up] with the same shadow price 影子价格 (the change "
        + "of the yearly system cost per unit the bound rises)");
    List<Sensitivity.Cap> caps = r.caps().stream().filter(c -> !c.bound().equals("slack"))
        .limit(top > 0 ? top : Long.MAX_VALUE).toList();
    int w = whatWidth(caps.stream().map(c -> c.what()).toList());
    o.println("  " + Fmt.pad("cap", w + 1) + String.format("%-6s %13s %13s %13s %-5s %13s %-10s %s", "bound", "now",
        "down", "up", "unit", "shadow price", "unit", "row"));
    for (var c : caps) {
      o.println("  " + Fmt.pad(Fmt.cut(c.what(), w), w + 1) + String.format("%-6s %13s %13s %13s %-5s %13s %-10s %s",
          c.bound(), num(c.rhs()), num(c.down()), num(c.up()), c.unit(), num(c.shadowPrice()), c.shadowUnit(),
          c.row()));
    }
    long slack = r.caps().stream().filter(c -> c.bound().equals("slack")).count();
    o.println("  (" + slack + " caps with slack: each may tighten down to its activity at zero price; see --out)");
    o.println();
    o.println("Cost coefficients 成本系数: the cost may move by [down, up] with the same allocation (largest cost items first)");
    List<Sensitivity.Cost> costs = r.costs().stream().limit(top > 0 ? top : Long.MAX_VALUE).toList();
    w = whatWidth(costs.stream().map(c -> c.what()).toList());
    o.println("  " + Fmt.pad("cost item", w + 1) + String.format("%13s %-3s %10s %10s %10s %-8s %s", "value", "",
        "cost", "down", "up", "unit", "column"));
    for (var c : costs) {
      o.println("  " + Fmt.pad(Fmt.cut(c.what(), w), w + 1) + String.format("%13s %-3s %10s %10s %10s %-8s %s",
          num(c.value()), c.valueUnit(), num(c.cost()), num(c.down()), num(c.up()), c.costUnit(), c.column()));
    }
  }

  /** Widest words shown on the console (display width, CJK counted double); longer ones are cut (the CSV has all). */
  private static final int MAX_WHAT = 60;

  private static int whatWidth(List<String> words) {
    return Math.min(MAX_WHAT, Math.max(10, words.stream().mapToInt(Fmt::width).max().orElse(0)));
  }


  private static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    return Math.abs(v) >= 1000 ? Fmt.num(v, 0) : Fmt.num(v, 2);
  }

  /**
   * Writes sensitivity_caps.csv, sensitivity_costs.csv and sensitivity_bounds.csv into {@code files}; the caps with
   * the name of each row's entity from {@code in} (null: empty names).
   */
  public static void writeCsv(AtomicOutput files, Sensitivity.Report r, Instance in) throws IOException {
    NameColumns n = new NameColumns(in == null ? null : new EntityWords(in));
    files.file("sensitivity_caps.csv", CsvRows.table(csv -> {
      csv.header("row", "what", "family", "entity", "entity_name", "entity_name_zh", "period", "bound", "rhs",
          "allowed_down", "allowed_up", "unit", "shadow_price", "shadow_price_unit", "value_of_1pct_cny");
      for (var c : r.caps()) {
        csv.row(c.row(), c.what(), c.family(), c.entity(), n.familyName(c.family(), c.entity()),
            n.familyNameZh(c.family(), c.entity()), c.period(), c.bound(), c.rhs(), c.down(), c.up(), c.unit(),
            c.shadowPrice(), c.shadowUnit(), c.valueOfOnePercentCny());
      }
    }));
    files.file("sensitivity_costs.csv", CsvRows.table(csv -> {
      csv.header("column", "what", "value", "value_unit", "cost", "allowed_down", "allowed_up", "cost_unit", "basic",
          "cost_times_value_cny");
      for (var c : r.costs()) {
        csv.row(c.column(), c.what(), c.value(), c.valueUnit(), c.cost(), c.down(), c.up(), c.costUnit(), c.basic(),
            c.contributionCny());
      }
    }));
    files.file("sensitivity_bounds.csv", CsvRows.table(csv -> {
      csv.header("column", "what", "bound", "value", "allowed_down", "allowed_up", "unit", "reduced_cost",
          "reduced_cost_unit");
      for (var b : r.bounds()) {
        csv.row(b.column(), b.what(), b.bound(), b.value(), b.down(), b.up(), b.unit(), b.reducedCost(),
            b.reducedCostUnit());
      }
    }));
  }
}
