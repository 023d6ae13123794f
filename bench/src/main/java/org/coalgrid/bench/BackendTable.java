package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coalgrid.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The backend table of docs/solvers.md from one or more {@link Suite} runs (one run per round) or single
 * {@link PipelineProbe} results: per instance,
 * coalgrid end to end with each backend and every bare floor that ran, with the median wall and CPU seconds
 * over the rounds, the iterations, the status, whether prices were certified, and the load averages.
 *
 * <pre>java -cp benchmarks.jar org.coalgrid.bench.BackendTable round1.json round2.json ...</pre>
 */
@Command(name = "backend-table", mixinStandardHelpOptions = true,
    description = "Print the backend table (Markdown) from Suite runs, one file per round.")
public final class BackendTable implements Callable<Integer> {
  @Parameters(paramLabel = "RUN.json", arity = "1..*", description = "Suite outputs, one per round.")
  List<Path> runs;

  /** One row: a path on one instance, its samples over the rounds. */
  private static final class Row {
    final List<Double> wall = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> load = new ArrayList<>();
    String status = "";
    String iterations = "";
    String prices = "";
    long nonzeros;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BackendTable()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Map<String, Map<String, Row>> table = new LinkedHashMap<>();
    for (Path p : runs) {
      JsonNode suite = Json.MAPPER.readTree(p.toFile());
      // a Suite file, or one PipelineProbe result
      Iterable<JsonNode> results = suite.has("results") ? suite.path("results") : List.of(suite);
      for (JsonNode r : results) {
        String instance = r.path("instance").asText();
        long nz = r.path("model").path("nonzeros").asLong();
        Map<String, Row> rows = table.computeIfAbsent(instance, k -> new LinkedHashMap<>());
        double load = r.path("environment").path("loadAverage").asDouble();
        Row c = rows.computeIfAbsent("coalgrid solve --solver " + r.path("requestedBackend").asText(
            r.path("backend").asText()) + (r.path("requestedBackend").asText("").equals("auto")
            ? " (" + r.path("backend").asText() + ")" : ""), k -> new Row());
        c.nonzeros = nz;
        c.wall.add(r.path("seconds").path("endToEnd").asDouble());
        c.cpu.add(r.path("cpuSeconds").path("endToEnd").asDouble());
        c.load.add(load);
        c.status = r.path("status").asText();
        c.iterations = String.format(Locale.ROOT, "%,d", r.path("iterations").asLong());
        c.prices = r.path("pricesAvailable").asBoolean() ? "yes" : "**no**";
        for (JsonNode f : r.path("floors")) {
          Row b = rows.computeIfAbsent("bare " + f.path("spec").asText(), k -> new Row());
          b.nonzeros = nz;
          b.wall.add(f.path("seconds").path("total").asDouble());
          b.cpu.add(f.path("cpuSeconds").path("total").asDouble(Double.NaN));
          b.load.add(load);
          b.status = f.path("status").asText();
          b.iterations = f.has("iterations") ? String.format(Locale.ROOT, "%,d", f.path("iterations").asLong()) : "–";
          b.prices = "–";
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| instance (nonzeros) | path | wall s | CPU s | status | iterations | certified prices | rounds "
        + "| load average |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<String, Row>> e : table.entrySet()) {
      for (Map.Entry<String, Row> row : e.getValue().entrySet()) {
        Row r = row.getValue();
        sb.append(String.format(Locale.ROOT, "| %s (%,d) | %s | %s | %s | %s | %s | %s | %d | %.1f–%.1f |%n",
            e.getKey(), r.nonzeros, row.getKey(), fmt(median(r.wall)), fmt(median(r.cpu)), r.status, r.iterations,
            r.prices, r.wall.size(), r.load.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
            r.load.stream().mapToDouble(d -> d).max().orElse(Double.NaN)));
      }
    }
    sb.append(scaling(table));
    System.out.print(sb);
    return 0;
  }

  /**
   * Per path, the median wall and CPU seconds at each generated size, and the growth exponents fitted over them
   * (value ~ nonzeros^k, least squares on the logs; shipped instances left out).
   */
  private static String scaling(Map<String, Map<String, Row>> table) {
    List<String> sizes = new ArrayList<>();
    for (String instance : table.keySet()) {
      if (instance.matches("S|M|L|XL|R\\d+")) {
        sizes.add(instance);
      }
    }
    sizes.sort((a, b) -> Long.compare(anyRow(table.get(a)).nonzeros, anyRow(table.get(b)).nonzeros));
    if (sizes.size() < 2) {
      return "";
    }
    Map<String, Map<String, Row>> byPath = new LinkedHashMap<>();
    for (String size : sizes) {
      for (Map.Entry<String, Row> e : table.get(size).entrySet()) {
        byPath.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(size, e.getValue());
      }
    }
    StringBuilder sb = new StringBuilder("\n| path |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String size : sizes) {
      sb.append(String.format(Locale.ROOT, " %s (%,d nz) wall s (CPU s) |", size, anyRow(table.get(size)).nonzeros));
      rule.append("---|");
    }
    sb.append(" exponent, wall | exponent, CPU |\n").append(rule).append("---|---|\n");
    for (Map.Entry<String, Map<String, Row>> e : byPath.entrySet()) {
      sb.append("| ").append(e.getKey()).append(" |");
      List<Double> nz = new ArrayList<>();
      List<Double> wall = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (String size : sizes) {
        Row r = e.getValue().get(size);
        boolean solved = r != null && r.status.equals("OPTIMAL");
        if (r == null) {
          sb.append(" – |");
        } else if (!solved) {
          sb.append(" ").append(r.status).append(" |");
        } else {
          double w = median(r.wall);
          double c = median(r.cpu);
          sb.append(" ").append(fmt(w)).append(" (").append(fmt(c)).append(") |");
          nz.add((double) r.nonzeros);
          wall.add(w);
          cpu.add(c);
        }
      }
      sb.append(" ").append(nz.size() >= 2 ? String.format(Locale.ROOT, "%.2f", slope(nz, wall)) : "–")
          .append(" | ").append(nz.size() >= 2 && cpu.stream().allMatch(c -> c > 0)
              ? String.format(Locale.ROOT, "%.2f", slope(nz, cpu)) : "–").append(" |\n");
    }
    return sb.toString();
  }

  private static Row anyRow(Map<String, Row> rows) {
    return rows.values().iterator().next();
  }

  private static double slope(List<Double> nz, List<Double> y) {
    return ScalingReport.slope(nz.stream().mapToDouble(d -> d).toArray(), y.stream().mapToDouble(d -> d).toArray());
  }

  private static double median(List<Double> v) {
    return Paired.median(v.stream().mapToDouble(d -> d).toArray());
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v < 10 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%,.1f", v);
  }
}
