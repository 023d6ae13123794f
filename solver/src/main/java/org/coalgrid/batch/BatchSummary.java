package org.coalgrid.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coalgrid.words.Fmt;

/**
 * The console summary of a batch: cases by status, the best and worst cases by objective (lowest and highest
 * cost; the objective is minimised in both objective modes), and for each grid axis its effect: the mean
 * objective of the cases at each level (over the cases of that level with a solution). Every figure is a mean
 * or a pick of the objective column of results.csv.
 */
public final class BatchSummary {
  /** Cases listed as best and as worst. */
  static final int SHOWN = 3;

  private BatchSummary() {}

  /** The summary text (lines end with "\n"). */
  public static String render(BatchOutcome o, java.nio.file.Path dir) {
    BatchSpec spec = o.spec();
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> byStatus = new TreeMap<>();
    List<BatchCase> solved = new ArrayList<>();
    List<BatchCase> failed = new ArrayList<>();
    for (BatchCase c : spec.cases()) {
      CaseResult r = o.results().get(c.id());
      String st = r == null ? "PENDING" : r.status();
      byStatus.merge(st, 1, Integer::sum);
      if (r != null && r.hasSolution() && r.objectiveCny() != null) {
        solved.add(c);
      }
      if (r == null || !r.isAnswer()) {
        failed.add(c);
      }
    }
    sb.append("Batch ").append(spec.name()).append(": ").append(spec.cases().size()).append(" cases (")
        .append(o.solvedNow().size()).append(" solved in this run, ").append(o.resumed())
        .append(" resumed from ").append(dir).append(")\n");
    sb.append("  status: ");
    List<String> parts = new ArrayList<>();
    byStatus.forEach((k, v) -> parts.add(k + " " + v));
    sb.append(String.join(", ", parts)).append('\n');
    if (!solved.isEmpty()) {
      Comparator<BatchCase> byObjective = Comparator.comparingDouble(c -> o.results().get(c.id()).objectiveCny());
      List<BatchCase> sorted = new ArrayList<>(solved);
      sorted.sort(byObjective.thenComparingInt(BatchCase::index));
      sb.append("Best (lowest objective 目标, million CNY/yr):\n");
      sorted.stream().limit(SHOWN).forEach(c -> line(sb, c, o));
      if (sorted.size() > SHOWN) {
        sb.append("Worst (highest objective, million CNY/yr):\n");
        List<BatchCase> worst = new ArrayList<>(solved);
        worst.sort(byObjective.reversed().thenComparingInt(BatchCase::index));
        worst.stream().limit(SHOWN).forEach(c -> line(sb, c, o));
      }
    }
    if (!spec.gridAxes().isEmpty() && !solved.isEmpty()) {
      sb.append("Axis effects (mean objective per level over the cases with a solution, million CNY/yr):\n");
      for (BatchSpec.GridAxis a : spec.gridAxes()) {
        sb.append("  ").append(a.name()).append(a.path() == null ? "" : " (" + a.path() + ")").append(":");
        Map<String, double[]> means = new LinkedHashMap<>();
        a.levels().forEach(l -> means.put(l, new double[2]));
        for (BatchCase c : solved) {
          double[] m = means.get(c.axisValues().get(a.name()));
          if (m != null) {
            m[0] += o.results().get(c.id()).objectiveCny();
            m[1]++;
          }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> e : means.entrySet()) {
          double[] m = e.getValue();
          sb.append("  ").append(e.getKey()).append(": ");
          if (m[1] == 0) {
            sb.append("-");
          } else {
            double mean = m[0] / m[1] / 1e6;
            lo = Math.min(lo, mean);
            hi = Math.max(hi, mean);
            sb.append(Fmt.num(mean, 1)).append(" (").append((int) m[1]).append(")");
          }
        }
        if (hi >= lo) {
          sb.append("  | range ").append(Fmt.num(hi - lo, 1));
        }
        sb.append('\n');
      }
    }
    if (!failed.isEmpty()) {
      sb.append("Without an answer (").append(failed.size()).append("):\n");
      failed.stream().limit(5).forEach(c -> {
        CaseResult r = o.results().get(c.id());
        sb.append("  ").append(c.label()).append(" [").append(c.id()).append("]: ")
            .append(r == null ? "PENDING" : r.status() + (r.message().isEmpty() ? "" : ": " + r.message()))
            .append('\n');
      });
      if (failed.size() > 5) {
        sb.append("  ... ").append(failed.size() - 5).append(" more in results.csv\n");
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, BatchCase c, BatchOutcome o) {
    sb.append(String.format("  %14s  %s [%s]%n", Fmt.num(o.results().get(c.id()).objectiveCny() / 1e6, 1),
        c.label(), c.id()));
  }
}
