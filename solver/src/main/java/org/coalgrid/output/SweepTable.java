package org.coalgrid.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.whatif.Sweep;
import org.coalgrid.words.Fmt;

/** A one-parameter series for people (console table) and for tables (CSV; columns in docs/whatif.md). */
public final class SweepTable {
  private SweepTable() {}

  /** The heading line: {@code Sweep PATH from A to B UNIT in N steps [with [--set ...]]}. */
  public static String heading(String param, double from, double to, String unit, int steps, List<String> fixed) {
    return String.format("Sweep %s from %s to %s %s in %d steps%s", param, CsvTables.number(from),
        CsvTables.number(to), unit, steps, fixed.isEmpty() ? "" : " with " + fixed);
  }

  /** The columns of the sweep CSV (documented in docs/whatif.md). */
  public static void writeCsv(Writer w, List<Sweep.Step> series, List<String> types, String unit) throws IOException {
    List<String> header = new ArrayList<>(List.of("step", "value", "param_unit", "status", "objective_cny",
        "coal_produced_t", "coal_to_power_t", "coal_to_industry_t", "coal_outbound_t", "generation_mwh"));
    for (String t : types) {
      header.add("generation_" + t.toLowerCase(Locale.ROOT) + "_mwh");
    }
    header.addAll(List.of("export_delivered_mwh", "export_shortfall_mwh", "unserved_mwh", "co2_t",
        "shadow_price_cny_per_unit", "finite_difference_cny_per_unit", "shadow_price_note"));
    try (CsvRows csv = CsvRows.on(w)) {
      csv.header(header.toArray(String[]::new));
      for (Sweep.Step s : series) {
        AllocationResult r = s.result();
        var k = r.kpis();
        List<Object> row = new ArrayList<>(List.of(s.index(), s.value(), unit, r.status()));
        row.add(r.objective() != null ? r.objective().totalCny() : null);
        row.add(k != null ? k.coalProducedT() : null);
        row.add(k != null ? k.coalToPowerT() : null);
        row.add(k != null ? k.coalToIndustryT() : null);
        row.add(k != null ? k.coalOutboundT() : null);
        row.add(k != null ? k.generationMwh() : null);
        for (String t : types) {
          row.add(k != null ? k.generationByTypeMwh().get(t) : null);
        }
        row.add(k != null ? k.exportDeliveredMwh() : null);
        row.add(k != null ? k.exportShortfallMwh() : null);
        row.add(k != null ? k.unservedMwh() : null);
        row.add(k != null ? k.co2T() : null);
        row.add(s.shadowPrice().available() ? s.shadowPrice().cnyPerUnit() : null);
        row.add(s.finiteDifference());
        row.add(s.shadowPrice().note());
        csv.row(row.toArray());
      }
    }
  }

  /** The console table, one line per step, in planner units. */
  public static void print(PrintWriter o, List<Sweep.Step> series, String unit) {
    o.printf("%4s  %14s  %-10s  %18s  %12s  %14s  %18s  %18s%n", "step", "value (" + unit + ")", "status",
        "objective 亿元", "coal Mt", "exports TWh", "shadow CNY/" + unit, "Δobj/Δp CNY/" + unit);
    for (Sweep.Step s : series) {
      AllocationResult r = s.result();
      o.printf("%4d  %14s  %-10s  %18s  %12s  %14s  %18s  %18s%n", s.index(), CsvTables.number(s.value()), r.status(),
          r.objective() != null ? Fmt.num(r.objective().totalCny() / 1e8, 2) : "-",
          r.kpis() != null ? Fmt.num(r.kpis().coalProducedT() / 1e6, 2) : "-",
          r.kpis() != null ? Fmt.num(r.kpis().exportDeliveredMwh() / 1e6, 2) : "-",
          s.shadowPrice().available() ? Fmt.num(s.shadowPrice().cnyPerUnit(), 2) : "n/a",
          s.finiteDifference() != null ? Fmt.num(s.finiteDifference(), 2) : "");
    }
    series.stream().filter(s -> !s.shadowPrice().available()).findFirst()
        .ifPresent(s -> o.println("shadow price n/a: " + s.shadowPrice().note()));
  }

  /**
   * The steps on the progress line ("step 2/5 (ETA 4 s): value 21000000"): announces step 1 now and each next
   * step when one ends. {@code p} null draws nothing.
   */
  public static Consumer<Sweep.Step> progress(ConsoleProgress p, int steps, IntToDoubleFunction value) {
    ConsoleProgress.step(p, 0, steps, "value " + CsvTables.number(value.applyAsDouble(0)));
    return s -> {
      int done = s.index() + 1;
      ConsoleProgress.step(p, done, steps, done < steps ? "value " + CsvTables.number(value.applyAsDouble(done)) : "");
    };
  }
}
