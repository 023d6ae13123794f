package org.coalgrid.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coalgrid.output.CsvRows;
import org.coalgrid.result.AllocationResult;

/**
 * The result table of a batch, one row per case in spec order: {@code index, id, instance}, one column per axis,
 * {@code set} (the overrides, as --set would take them), {@code status, message}, the figures of {@link CaseRunner}
 * (objective and terms, KPIs, mean electricity prices) and, when asked for, {@code solution}. Nothing in it depends
 * on how or where the cases ran: the same spec gives the same bytes on 1 or 8 workers, embedded or on Spark
 * (solve times are in {@link #writeTimings timings.csv}).
 */
public final class BatchTable {
  /** A column: its name and whether it holds numbers. */
  public record Column(String name, boolean numeric) {}

  private final BatchSpec spec;
  private final Map<String, CaseResult> results;
  private final List<String> figures;

  /** The table of {@code spec} from the results by case id (a missing result is status PENDING). */
  public BatchTable(BatchSpec spec, Map<String, CaseResult> results) {
    this.spec = spec;
    this.results = results;
    Set<String> keys = new TreeSet<>();
    for (BatchCase c : spec.cases()) {
      CaseResult r = results.get(c.id());
      if (r != null) {
        keys.addAll(r.values().keySet());
      }
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingInt(BatchTable::rank).thenComparing(Comparator.naturalOrder()));
    this.figures = sorted;
  }

  /** The order of figure columns: objective, its terms, gap, KPIs in solution.json's order, prices, others. */
  private static int rank(String key) {
    if (key.equals(CaseRunner.OBJECTIVE)) {
      return 0;
    }
    if (key.startsWith("objective.termsCny.")) {
      return 1;
    }
    if (key.startsWith("objective.")) {
      return 2;
    }
    if (key.startsWith("kpis.")) {
      String field = key.substring(5).split("\\.")[0];
      var comps = AllocationResult.Kpis.class.getRecordComponents();
      for (int i = 0; i < comps.length; i++) {
        if (comps[i].getName().equals(field)) {
          return 10 + i;
        }
      }
      return 99;
    }
    return key.startsWith("prices.") ? 100 : 200;
  }

  /** The columns in order. */
  public List<Column> columns() {
    List<Column> cols = new ArrayList<>(List.of(new Column("index", true), new Column("id", false),
        new Column("instance", false)));
    spec.axes().forEach(a -> cols.add(new Column(a, false)));
    cols.addAll(List.of(new Column("set", false), new Column("status", false), new Column("message", false)));
    figures.forEach(f -> cols.add(new Column(f, true)));
    if (spec.solutions()) {
      cols.add(new Column("solution", false));
    }
    return cols;
  }

  /** The rows in spec order: Integer index, Strings (null when empty) and Doubles (null when absent). */
  public List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    for (BatchCase c : spec.cases()) {
      CaseResult r = results.get(c.id());
      List<Object> row = new ArrayList<>();
      row.add(c.index() + 1);
      row.add(c.id());
      row.add(c.instance());
      spec.axes().forEach(a -> row.add(c.axisValues().get(a)));
      row.add(c.set().isEmpty() ? null : String.join(" ", c.set()));
      row.add(r == null ? "PENDING" : r.status());
      row.add(r == null || r.message().isEmpty() ? null : r.message().replace('\n', ' '));
      for (String f : figures) {
        row.add(r == null ? null : r.values().get(f));
      }
      if (spec.solutions()) {
        row.add(r == null ? null : r.solution());
      }
      rows.add(row.toArray());
    }
    return rows;
  }

  /** results.csv: the header and one row per case (numbers as in every coalgrid CSV: 10 significant digits). */
  public void writeCsv(Writer w) throws IOException {
    try (CsvRows csv = CsvRows.on(w)) {
      csv.header(columns().stream().map(Column::name).toArray(String[]::new));
      for (Object[] row : rows()) {
        csv.row(row);
      }
    }
  }

  /**
   * timings.csv, kept apart from the result table because it differs from run to run: per case the seconds to
   * build and to solve the model and in all (in its worker), the worker and its resident memory after the case
   * (MB, Linux only), and whether the case was solved in this run or resumed from an earlier one.
   */
  public void writeTimings(Writer w, Set<String> solvedNow) throws IOException {
    try (CsvRows csv = CsvRows.on(w)) {
      csv.header("index", "id", "status", "build_seconds", "solve_seconds", "wall_seconds", "worker",
          "worker_rss_mb", "this_run");
      Set<String> seen = new LinkedHashSet<>();
      for (BatchCase c : spec.cases()) {
        CaseResult r = results.get(c.id());
        if (r == null) {
          continue;
        }
        boolean now = solvedNow.contains(c.id()) && seen.add(c.id());
        csv.row(c.index() + 1, c.id(), r.status(), r.buildSeconds(), r.solveSeconds(), r.wallSeconds(),
            r.worker(), r.workerRssMb(), now ? "solved" : "resumed");
      }
    }
  }
}
