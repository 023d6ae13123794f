package org.coalgrid.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.coalgrid.pathway.PathwayResult;
import org.coalgrid.words.Fmt;

/**
 * {@code check-targets} on a pathway file (issue 11 item 5): each plan target's metric in every year of the pathway,
 * the years it is met, the first year it is met and its status (MET in its due year, LATE: first met after it,
 * MISSED; a target without a year: MET when met in every year), for people (console, Markdown) and for tables (CSV,
 * one row per target and year, as {@code pathway-targets.csv}).
 */
public final class PathwayTargetTable {
  private PathwayTargetTable() {}

  /** The console table: one row per target, a column per year (met years marked *), status, first year met. */
  public static String render(PathwayResult r) {
    StringBuilder sb = new StringBuilder("Targets by year 目标逐年 — ").append(r.instance()).append(" (")
        .append(r.mode().equals("MYOPIC") ? "myopic" : "perfect foresight").append(", ").append(r.firstYear())
        .append("–").append(r.lastYear()).append("): ").append(r.status()).append('\n');
    if (r.targets().isEmpty()) {
      return sb.append("No targets in the instance or its pathway.\n").toString();
    }
    List<Integer> years = r.years().stream().map(PathwayResult.Year::year).toList();
    sb.append(String.format("%-20s %-16s %-18s", "target", "target value", "due"));
    years.forEach(y -> sb.append(String.format(" %13d", y)));
    sb.append(String.format("  %-7s %s%n", "status", "first met"));
    for (PathwayResult.TargetRow t : r.targets()) {
      sb.append(Fmt.left(Fmt.cut(t.id(), 20), 20)).append(' ').append(Fmt.left(Fmt.cut(band(t), 16), 16))
          .append(' ').append(String.format("%-18s", t.dueYear() == null ? "every year" : "by " + t.dueYear()));
      for (int y : years) {
        Double v = t.byYear().get(y);
        String cell = v == null ? "n/a" : TargetTable.shortValue(v, t.unit()) + (t.yearsMet().contains(y) ? "*" : " ");
        sb.append(String.format(" %13s", cell));
      }
      sb.append(String.format("  %-7s %s%n", t.status(), t.firstYearMet() == null ? "never" : t.firstYearMet()));
    }
    sb.append("  * met in that year. MET: met in its due year (a target without a year: in every year); LATE: first met "
        + "after its due year; MISSED: not met by its due year nor after. Metrics as in docs/targets.md, on each "
        + "year's solution of the pathway.\n");
    return sb.toString();
  }

  /** The target and its side: "≥ 150.00 Mt", with its tolerance. */
  private static String band(PathwayResult.TargetRow t) {
    return t.sense() + " " + TargetTable.shortValue(t.value(), t.unit())
        + (t.tolerance() > 0 ? " ± " + Fmt.num(t.tolerance() * 100, 0) + " %" : "");
  }

  /** The check as a Markdown section: a table with a column per year. */
  public static String markdown(PathwayResult r, String file) {
    StringBuilder sb = new StringBuilder("#### `").append(file).append("` (pathway ").append(r.firstYear())
        .append("–").append(r.lastYear()).append(", ").append(r.mode().equals("MYOPIC") ? "myopic" : "perfect "
            + "foresight").append(", ").append(r.status()).append(")\n\n");
    List<Integer> years = r.years().stream().map(PathwayResult.Year::year).toList();
    sb.append("| target | metric | target value | due |");
    years.forEach(y -> sb.append(' ').append(y).append(" |"));
    sb.append(" status | first met |\n|---|---|---|---|");
    years.forEach(y -> sb.append("---|"));
    sb.append("---|---|\n");
    for (PathwayResult.TargetRow t : r.targets()) {
      sb.append("| ").append(t.id()).append(" | `").append(t.metric()).append("` | ").append(band(t)).append(" | ")
          .append(t.dueYear() == null ? "every year" : t.dueYear()).append(" |");
      for (int y : years) {
        Double v = t.byYear().get(y);
        sb.append(' ').append(v == null ? "n/a" : TargetTable.shortValue(v, t.unit())
            + (t.yearsMet().contains(y) ? " ✓" : "")).append(" |");
      }
      sb.append(" **").append(t.status()).append("** | ").append(t.firstYearMet() == null ? "never"
          : t.firstYearMet()).append(" |\n");
    }
    return sb.toString();
  }

  /** One row per target and year, in domain units (the columns of {@code pathway-targets.csv}). */
  public static void rows(CsvRows t, PathwayResult r) throws IOException {
    t.header("id", "metric", "sense", "value", "unit", "due_year", "year", "metric_value", "met", "first_year_met",
        "status");
    for (PathwayResult.TargetRow row : r.targets()) {
      for (var e : row.byYear().entrySet()) {
        t.row(row.id(), row.metric(), row.sense(), row.value(), row.unit(), row.dueYear(), e.getKey(), e.getValue(),
            row.yearsMet().contains(e.getKey()), row.firstYearMet(), row.status());
      }
    }
  }

  /** The CSV of {@link #rows} on a writer. */
  public static void writeCsv(PathwayResult r, Writer w) throws IOException {
    try (CsvRows csv = CsvRows.on(w)) {
      rows(csv, r);
    }
  }
}
