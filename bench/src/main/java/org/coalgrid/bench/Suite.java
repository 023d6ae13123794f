package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link PipelineProbe} (with the floor) for a list of instance/backend cases, each in a fresh JVM with
 * fixed heap, and writes one JSON file: {@code {suite, started, environment, results: [...]}}.
 *
 * <pre>
 * java -cp benchmarks.jar org.coalgrid.bench.Suite --suite quick --out run.json
 * java -cp benchmarks.jar org.coalgrid.bench.Suite --cases S:glop,M:glop,L:glop --heap 8g --out run.json
 * </pre>
 * A case is {@code INSTANCE:BACKEND[:FLOOR+FLOOR...]}: the floors after the second colon are bare solvers
 * ({@link Floors}) whose fastest one the case is also compared with ({@code ratioToFastestFloor}).
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
    description = "Run benchmark cases, each in a fresh JVM, and write one JSON file.")
public final class Suite implements Callable<Integer> {
  /**
   * The fastest bare solvers of the mid-size LP (docs/solvers.md): Debian's clp, dual simplex, besides the
   * same-backend floor every case runs (for clp: OR-Tools' libClp, dual simplex).
   */
  static final String MID_FLOORS = "debian-clp-dual";

  /**
   * The CI suite ({@code .ci/run}, bench/README.md "CI: the quick suite and the gate"), small enough for the
   * whole gate to take under 3 minutes on 2 cores: the default backend on the shipped tutorial (LP, CLP) and
   * its build variant (MILP, SCIP), for the stable counters, and one mid-size LP (R276: 276 regions, 305,138
   * nonzeros) with the default backend against the fastest bare solvers, so that a default that scales badly
   * is caught by its same-run CPU ratio.
   */
  public static final List<String> QUICK = List.of("tutorial:auto", "tutorial-build:auto",
      "R276:auto:" + MID_FLOORS);

  /** The wider suite of earlier rounds (several backends at S and M), for a manual run: {@code --suite wide}. */
  public static final List<String> WIDE = List.of("tutorial:auto", "tutorial:glop", "tutorial-build:highs",
      "guizhou-2015:highs", "S:glop", "S:clp", "S:highs", "S-mip:highs", "S-mip:cbc", "M:glop", "M:auto",
      "R276:auto:" + MID_FLOORS);

  @Option(names = "--suite", defaultValue = "quick", paramLabel = "NAME", description = "Named suite: quick (CI) or wide.")
  String suite;

  @Option(names = "--cases", split = ",", paramLabel = "CASE",
      description = "INSTANCE:BACKEND[:FLOOR+FLOOR...] instead of the named suite.")
  List<String> cases;

  @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE", description = "-Xms and -Xmx of each JVM.")
  String heap;

  @Option(names = "--time-limit", defaultValue = "600", paramLabel = "S", description = "Time limit per solve.")
  String limit;

  @Option(names = "--out", paramLabel = "FILE", description = "Output JSON (default bench-SUITE.json).")
  Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Suite()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<String> list = cases != null ? cases : switch (suite) {
      case "quick" -> QUICK;
      case "wide" -> WIDE;
      default -> throw new CommandLine.ParameterException(new CommandLine(this),
          "unknown suite '" + suite + "' (quick or wide)");
    };
    Path file = out != null ? out : Path.of("bench-" + suite + ".json");
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("suite", cases != null ? "custom" : suite);
    root.put("started", Instant.now().toString());
    root.put("heap", heap);
    root.set("environment", PipelineProbe.environment(Backend.defaultFor(false)));
    ArrayNode results = root.putArray("results");
    for (String c : list) {
      String[] parts = c.split(":", 3);
      String instance = parts[0];
      String backend = parts.length > 1 ? parts[1] : "auto";
      String floors = parts.length > 2 ? parts[2].replace('+', ',') : "";
      System.err.printf("coalgrid bench: %s with %s (load average %.2f) ...%n", instance, backend,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      JsonNode r = probe(instance, backend, heap, limit, floors);
      results.add(r);
      System.err.printf("  %s, objective %s, end-to-end %.3f s, bare solve %.3f s, ratio %.2f%s%n",
          r.path("status").asText(), r.path("objective").asText(), r.path("seconds").path("endToEnd").asDouble(),
          r.path("floor").path("seconds").path("solve").asDouble(), r.path("overheadRatio").asDouble(),
          r.has("fastestFloor") ? String.format(Locale.ROOT, "; fastest bare solver %s %.3f s, ratio %.2f",
              r.path("fastestFloor").asText(), r.path("fastestFloorSeconds").asDouble(),
              r.path("ratioToFastestFloor").asDouble()) : "");
    }
    Files.writeString(file, Json.writer().writeValueAsString(root) + "\n");
    System.err.println("coalgrid bench: wrote " + file);
    return 0;
  }

  static JsonNode probe(String instance, String backend, String heap, String limit, String floors)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms" + heap);
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+UseParallelGC");
    for (String prop : new String[] {"coalgrid.repo", "coalgrid.bench.dir"}) {
      if (System.getProperty(prop) != null) {
        cmd.add("-D" + prop + "=" + System.getProperty(prop));
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(PipelineProbe.class.getName());
    cmd.add("--instance");
    cmd.add(instance);
    cmd.add("--solver");
    cmd.add(backend);
    cmd.add("--time-limit");
    cmd.add(limit);
    cmd.add("--floor");
    if (!floors.isEmpty()) {
      cmd.add("--floors");
      cmd.add(floors);
    }
    return runChild(cmd);
  }

  /**
   * Runs a probe in a child JVM with {@code --out FILE} appended and returns the JSON it wrote (a file, not
   * stdout: native solvers such as HiGHS print banners on stdout). The child's output goes to our stderr.
   */
  static JsonNode runChild(List<String> cmd) throws IOException, InterruptedException {
    Path result = Files.createTempFile("coalgrid-probe", ".json");
    try {
      List<String> full = new ArrayList<>(cmd);
      full.add("--out");
      full.add(result.toString());
      Process p = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.to(new java.io.File("/dev/null")))
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      int code = p.waitFor();
      if (code != 0) {
        throw new IOException("probe " + String.join(" ", cmd.subList(cmd.size() - 6, cmd.size()))
            + " failed with exit code " + code);
      }
      return Json.MAPPER.readTree(result.toFile());
    } finally {
      Files.deleteIfExists(result);
    }
  }
}
