package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;

/**
 * Runs {@link PipelineProbe} (with the floor) for a list of instance/backend cases, each in a fresh JVM with
 * fixed heap, and writes one JSON file: {@code {suite, started, environment, results: [...]}}.
 *
 * <pre>
 * java -cp benchmarks.jar org.coalgrid.bench.Suite --suite quick --out run.json
 * java -cp benchmarks.jar org.coalgrid.bench.Suite --cases S:glop,M:glop,L:glop --heap 8g --out run.json
 * </pre>
 * Suites: {@code quick} (CI, about a minute on 2 cores: the tutorial cases, guizhou-2015, S with GLOP, CLP and
 * HiGHS, S-mip and M). A case is {@code INSTANCE:BACKEND}.
 */
public final class Suite {
  /** The CI suite: small, covers LP and MILP, several backends, shipped and generated instances. */
  public static final List<String> QUICK = List.of("tutorial:glop", "tutorial-build:highs", "guizhou-2015:highs",
      "S:glop", "S:clp", "S:highs", "S-mip:highs", "S-mip:cbc", "M:glop");

  private Suite() {}

  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    String suite = a.get("--suite", "quick");
    List<String> cases = a.has("--cases") ? List.of(a.get("--cases", "").split(",")) : QUICK;
    String heap = a.get("--heap", "2g");
    Path out = Path.of(a.get("--out", "bench-" + suite + ".json"));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("suite", a.has("--cases") ? "custom" : suite);
    root.put("started", Instant.now().toString());
    root.put("heap", heap);
    root.set("environment", PipelineProbe.environment(Backend.GLOP));
    ArrayNode results = root.putArray("results");
    for (String c : cases) {
      String[] parts = c.split(":");
      String instance = parts[0];
      String backend = parts.length > 1 ? parts[1] : "auto";
      System.err.printf("coalgrid bench: %s with %s ...%n", instance, backend);
      JsonNode r = probe(instance, backend, heap, a.get("--time-limit", "600"));
      results.add(r);
      System.err.printf("  %s, objective %s, end-to-end %.3f s, bare solve %.3f s, ratio %.2f%n",
          r.path("status").asText(), r.path("objective").asText(), r.path("seconds").path("endToEnd").asDouble(),
          r.path("floor").path("seconds").path("solve").asDouble(), r.path("overheadRatio").asDouble());
    }
    Files.writeString(out, Json.writer().writeValueAsString(root) + "\n");
    System.err.println("coalgrid bench: wrote " + out);
  }

  static JsonNode probe(String instance, String backend, String heap, String limit)
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
