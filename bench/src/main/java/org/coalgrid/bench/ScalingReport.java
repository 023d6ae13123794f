package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.coalgrid.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Turns the probe files of a scaling run ({@code bench/scaling}: {@code build-SIZE.json} from
 * {@code --until build}, {@code solve-SIZE.json} from a full run with the floor) into the Markdown tables of
 * bench/README.md, with growth exponents fitted by least squares on log(value) against log(nonzeros):
 * value ~ nonzeros^k, k = 1 is linear.
 *
 * <pre>java -cp benchmarks.jar org.coalgrid.bench.ScalingReport DIR</pre>
 */
@Command(name = "scaling-report", mixinStandardHelpOptions = true,
    description = "Print the scaling tables of bench/README.md from a directory of probe results.")
public final class ScalingReport implements Callable<Integer> {
  @Parameters(index = "0", defaultValue = ".", paramLabel = "DIR", description = "build-*.json and solve-*.json.")
  Path dir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScalingReport()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    System.out.print(render(dir));
    return 0;
  }

  static String render(Path dir) throws IOException {
    List<JsonNode> builds = load(dir, "build-");
    List<JsonNode> solves = load(dir, "solve-");
    StringBuilder sb = new StringBuilder();
    sb.append("Build only (fresh JVM per size: parse + validate, then build; `--until build`)\n\n");
    sb.append("| size | columns | rows | nonzeros | parse + validate s | build s | build nonzeros/s "
        + "| build nonzeros/CPU-s | retained heap MB | retained B/nz | peak RSS MB | RSS B/nz |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (JsonNode b : builds) {
      JsonNode m = b.path("model");
      sb.append(String.format(Locale.ROOT,
          "| %s | %,d | %,d | %,d | %.2f (%.2f CPU) | %.2f (%.2f CPU) | %,.0f | %,.0f | %,.0f | %.0f | %,.0f | %.0f |%n",
          b.path("instance").asText(), m.path("columns").asLong(), m.path("rows").asLong(), m.path("nonzeros").asLong(),
          b.path("seconds").path("parseValidate").asDouble(), b.path("cpuSeconds").path("parseValidate").asDouble(),
          b.path("seconds").path("build").asDouble(), b.path("cpuSeconds").path("build").asDouble(),
          b.path("buildNonzerosPerSecond").asDouble(), b.path("buildNonzerosPerCpuSecond").asDouble(),
          mb(b.path("memory").path("retainedHeapBytesAfterBuild")),
          b.path("memory").path("retainedHeapBytesPerNonzero").asDouble(), mb(b.path("memory").path("peakRssBytes")),
          b.path("memory").path("peakRssBytesPerNonzero").asDouble()));
    }
    if (builds.size() >= 2) {
      sb.append(String.format(Locale.ROOT, "%nFitted growth exponent k (value ~ nonzeros^k): parse + validate %.2f, "
          + "build %.2f (CPU %.2f), retained heap %.2f, peak RSS %.2f.%n", fit(builds, "seconds", "parseValidate"),
          fit(builds, "seconds", "build"), fit(builds, "cpuSeconds", "build"),
          fit(builds, "memory", "retainedHeapBytesAfterBuild"), fit(builds, "memory", "peakRssBytes")));
    }
    if (!solves.isEmpty()) {
      sb.append("\nSolve and end to end (fresh JVM per size; floor = the exported MPS solved by the same backend "
          + "in a child JVM)\n\n");
      sb.append("| size | backend | status | iterations | build s | coalgrid solve s | end-to-end s | bare read s "
          + "| bare solve s | overhead ratio | ratio vs read + solve | peak RSS MB | RSS B/nz | bare peak RSS MB |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (JsonNode s : solves) {
        JsonNode f = s.path("floor");
        sb.append(String.format(Locale.ROOT,
            "| %s | %s | %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f | %,.0f | %.0f | %,.0f |%n",
            s.path("instance").asText(), s.path("backend").asText(), s.path("status").asText(),
            s.path("iterations").asLong(), s.path("seconds").path("build").asDouble(),
            s.path("seconds").path("solve").asDouble(), s.path("seconds").path("endToEnd").asDouble(),
            f.path("seconds").path("read").asDouble(), f.path("seconds").path("solve").asDouble(),
            s.path("overheadRatio").asDouble(), s.path("overheadRatioVsReadAndSolve").asDouble(),
            mb(s.path("memory").path("peakRssBytes")), s.path("memory").path("peakRssBytesPerNonzero").asDouble(),
            mb(f.path("memory").path("peakRssBytes"))));
      }
      if (solves.size() >= 2) {
        sb.append(String.format(Locale.ROOT, "%nFitted growth exponent k: coalgrid solve %.2f, bare solve %.2f, "
            + "end to end %.2f, peak RSS %.2f.%n", fit(solves, "seconds", "solve"), fitFloor(solves),
            fit(solves, "seconds", "endToEnd"), fit(solves, "memory", "peakRssBytes")));
      }
    }
    return sb.toString();
  }

  /** Least-squares slope of log(y) on log(nonzeros). */
  static double slope(double[] nz, double[] y) {
    int n = nz.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += Math.log(nz[i]) / n;
      my += Math.log(y[i]) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = Math.log(nz[i]) - mx;
      sxy += dx * (Math.log(y[i]) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  private static double fit(List<JsonNode> runs, String group, String field) {
    double[] nz = runs.stream().mapToDouble(r -> r.path("model").path("nonzeros").asDouble()).toArray();
    double[] y = runs.stream().mapToDouble(r -> r.path(group).path(field).asDouble()).toArray();
    return slope(nz, y);
  }

  private static double fitFloor(List<JsonNode> runs) {
    double[] nz = runs.stream().mapToDouble(r -> r.path("model").path("nonzeros").asDouble()).toArray();
    double[] y = runs.stream().mapToDouble(r -> r.path("floor").path("seconds").path("solve").asDouble()).toArray();
    return slope(nz, y);
  }

  private static double mb(JsonNode bytes) {
    return bytes.asDouble() / (1024 * 1024);
  }

  private static List<JsonNode> load(Path dir, String prefix) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".json")).toList()) {
        out.add(Json.MAPPER.readTree(p.toFile()));
      }
    }
    out.sort(Comparator.comparingLong(r -> r.path("model").path("nonzeros").asLong()));
    return out;
  }
}
