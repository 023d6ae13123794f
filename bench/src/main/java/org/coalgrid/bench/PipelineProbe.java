package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.Version;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.explain.Explainer;
import org.coalgrid.explain.Explanation;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.MpsWriter;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.DualCertificate;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One measurement of the coalgrid pipeline in a fresh JVM, printed as one JSON object: the stages of
 * {@code coalgrid solve --out} (parse + validate, build, solve with prices, result, the independent verifier,
 * the explainer and console summary, write solution.json and CSV), each timed once, end to end (one clock around them all; OR-Tools' native load, done before, is
 * excluded as in the CLI's own solve time), model size, objective, iterations, peak RSS and heap. With
 * {@code --floor}, the model is exported as MPS after the timed window and solved bare by the same backend in a
 * child JVM ({@link FloorProbe}) with the same JVM flags; the overhead ratio is end-to-end / bare solve.
 *
 * With {@code --floors SPEC,...} it also runs those bare solvers ({@link Floors}) and records the fastest one
 * that reached the same objective, and coalgrid's end to end over it ({@code ratioToFastestFloor}).
 *
 * <pre>
 * java -cp benchmarks.jar org.coalgrid.bench.PipelineProbe --instance L [--solver auto] [--until build|all]
 *      [--floor] [--floors debian-clp-dual,clp-lib-dual] [--time-limit 3600] [--out FILE]
 * </pre>
 */
@Command(name = "pipeline-probe", mixinStandardHelpOptions = true,
    description = "Time the stages of coalgrid solve --out on one instance in this JVM; print JSON.")
public final class PipelineProbe implements Callable<Integer> {
  /** The names /proc gives HotSpot's JIT compiler threads (truncated to 15 characters). */
  private static final String[] JIT_THREADS = {"C1 CompilerThre", "C2 CompilerThre"};

  @Option(names = "--instance", defaultValue = "S", paramLabel = "NAME",
      description = "S, M, L, XL, Rn (n regions), with -mip for a MILP, or a shipped instance name.")
  String name;

  @Option(names = "--solver", defaultValue = "auto", paramLabel = "NAME", description = "Backend (default auto).")
  String solver;

  @Option(names = "--until", defaultValue = "all", paramLabel = "build|all", description = "Stop after the build.")
  String until;

  @Option(names = "--floor", description = "Also solve the exported MPS bare with the same backend.")
  boolean floor;

  @Option(names = "--floors", split = ",", paramLabel = "SPEC",
      description = "Further bare solvers on the exported MPS (see Floors), e.g. debian-clp-dual,clp-lib-dual.")
  List<String> floors = new ArrayList<>();

  @Option(names = "--time-limit", defaultValue = "3600", paramLabel = "S", description = "Time limit (s).")
  double limit;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON here.")
  Path outFile;

  public static void main(String[] args) {
    System.exit(new CommandLine(new PipelineProbe()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    // start-up: the JVM's own start (to this main), the CLI's picocli model, the native load
    double jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    long s0 = System.nanoTime();
    org.coalgrid.cli.Main.commandLine();
    long s1 = System.nanoTime();
    Path file = BenchInstances.resolve(name);
    long s2 = System.nanoTime();
    OrToolsAdapter.ensureLoaded();
    long s3 = System.nanoTime();
    Memory.resetHeapPeak();
    long rss0 = Memory.rssBytes();

    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("instance", name);
    out.put("file", file.getFileName().toString());
    ObjectNode sec = JsonNodeFactory.instance.objectNode();
    ObjectNode cpu = JsonNodeFactory.instance.objectNode();

    Map<String, Double> jit0 = Memory.threadCpuSeconds(JIT_THREADS);
    double gc0 = Memory.gcSeconds();
    double c0 = Memory.processCpuSeconds();
    long t0 = System.nanoTime();
    LoadedInstance li = InstanceReader.read(file);
    Instance in = li.instance();
    long t1 = System.nanoTime();
    double c1 = Memory.processCpuSeconds();
    sec.put("parseValidate", (t1 - t0) / 1e9);
    cpu.put("parseValidate", c1 - c0);
    Backend backend = solver.equals("auto")
        ? Backend.defaultFor(in.hasIntegerDecisions()) : Backend.parse(solver);
    out.put("requestedBackend", solver);
    out.put("backend", backend.cliName());
    out.put("until", until);

    ModelContext ctx = Formulation.build(in, ObjectiveMode.COST);
    long t2 = System.nanoTime();
    double c2 = Memory.processCpuSeconds();
    double build = (t2 - t1) / 1e9;
    sec.put("build", build);
    cpu.put("build", c2 - c1);
    LinearProgram lp = ctx.lp();
    ObjectNode model = out.putObject("model");
    model.put("columns", lp.numColumns());
    model.put("rows", lp.numRows());
    model.put("nonzeros", lp.numNonzeros());
    model.put("integers", lp.numIntegers());
    out.put("buildNonzerosPerSecond", lp.numNonzeros() / build);

    if (until.equals("all")) {
      SolverSettings settings = new SolverSettings(backend, limit, 1, SolverSettings.DEFAULT_GAP,
          Backend.defaultFor(false), false);
      SolveOutcome outcome = AllocationSolver.solve(ctx, settings, build);
      long t3 = System.nanoTime();
      double c3 = Memory.processCpuSeconds();
      AllocationResult result = ResultBuilder.build(outcome, in.meta().name());
      long t4 = System.nanoTime();
      double c4 = Memory.processCpuSeconds();
      // as SolveCommand: the independent check of the result's JSON tree, which is then written as solution.json
      JsonNode resultTree = Json.MAPPER.valueToTree(result);
      VerificationReport report = result.objective() != null ? SolutionVerifier.verify(in, resultTree) : null;
      long t4v = System.nanoTime();
      double c4v = Memory.processCpuSeconds();
      // as SolveCommand without --quiet or --explain: the explainer's top caps feed the console summary
      List<String> topCaps = Explainer.topCaps(result, in, 5).stream().map(Explanation.Finding::text).toList();
      String summary = ConsoleSummary.render(result, in, outcome.buildSeconds(), outcome.solveSeconds(), topCaps);
      long t4e = System.nanoTime();
      double c4e = Memory.processCpuSeconds();
      Path dir = Files.createTempDirectory("coalgrid-probe");
      try (AtomicOutput files = new AtomicOutput(dir)) {
        files.file("solution.json", w -> Json.writer().writeValue(w, resultTree));
        if (result.objective() != null) {
          CsvTables.writeAll(result, files);
        }
        files.commit();
      }
      long t5 = System.nanoTime();
      double c5 = Memory.processCpuSeconds();
      cpu.put("solve", c3 - c2);
      cpu.put("result", c4 - c3);
      cpu.put("verify", c4v - c4);
      cpu.put("explainAndSummary", c4e - c4v);
      cpu.put("write", c5 - c4e);
      cpu.put("resultAndWrite", c5 - c3);
      cpu.put("endToEnd", c5 - c0);
      // of the end to end: the JIT compiler threads' CPU seconds (from /proc, a lower bound: a compiler thread
      // the JVM retired in between is not counted) and the collectors' pause time in wall seconds (JVM work that a
      // native solver does not have; with -XX:+UseParallelGC a pause keeps several threads busy)
      out.put("jitCompilerCpuSeconds", Memory.cpuBetween(jit0, Memory.threadCpuSeconds(JIT_THREADS)));
      out.put("gcPauseSeconds", Memory.gcSeconds() - gc0);
      sec.put("solve", (t3 - t2) / 1e9);
      sec.put("backendWall", outcome.raw().wallSeconds());
      sec.put("result", (t4 - t3) / 1e9);
      sec.put("verify", (t4v - t4) / 1e9);
      sec.put("explainAndSummary", (t4e - t4v) / 1e9);
      sec.put("write", (t5 - t4e) / 1e9);
      sec.put("endToEnd", (t5 - t0) / 1e9);
      out.put("verified", report == null ? null : report.passed());
      out.put("summaryChars", summary.length());
      out.put("status", outcome.raw().status().name());
      out.put("objective", outcome.raw().objective());
      out.put("iterations", outcome.raw().iterations());
      out.put("nodes", outcome.raw().nodes());
      out.put("pricesAvailable", outcome.prices().available());
      deleteTree(dir);
      // separate, outside the end-to-end window: how much of the solve is model hand-over (proto) and how
      // much is the dual certificate (both already inside "solve")
      long t6 = System.nanoTime();
      OrToolsAdapter.toProto(lp);
      long t7 = System.nanoTime();
      double c7 = Memory.processCpuSeconds();
      if (outcome.prices().available() && !lp.isMip()) {
        DualCertificate.check(lp, outcome.raw().x(), outcome.prices().duals(),
            LpSolver.certificateTolerance(backend));
      }
      sec.put("toProto", (t7 - t6) / 1e9);
      sec.put("dualCertificate", (System.nanoTime() - t7) / 1e9);
      cpu.put("dualCertificate", Memory.processCpuSeconds() - c7);
    }
    ObjectNode startup = out.putObject("startup");
    startup.put("jvmStartToMain", jvmToMain);
    startup.put("picocliModel", (s1 - s0) / 1e9);
    startup.put("nativeLoad", (s3 - s2) / 1e9);
    out.set("seconds", sec);
    out.set("cpuSeconds", cpu);
    out.put("buildNonzerosPerCpuSecond", lp.numNonzeros() / cpu.get("build").asDouble());
    ObjectNode mem = out.putObject("memory");
    long rss = Memory.peakRssBytes();
    long heap = Memory.peakHeapBytes();
    mem.put("peakRssBytes", rss);
    mem.put("rssAfterNativeLoadBytes", rss0);
    mem.put("peakHeapBytes", heap);
    mem.put("peakRssBytesPerNonzero", (double) rss / lp.numNonzeros());
    mem.put("peakHeapBytesPerNonzero", (double) heap / lp.numNonzeros());
    if (!until.equals("all")) {
      // what the model keeps alive (instance + model), not what the build allocated on its way
      System.gc();
      long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      mem.put("retainedHeapBytesAfterBuild", live);
      mem.put("retainedHeapBytesPerNonzero", (double) live / lp.numNonzeros());
    }
    out.set("environment", environment(backend));

    if ((floor || !floors.isEmpty()) && until.equals("all")) {
      Path mps = Files.createTempFile("coalgrid-floor", ".mps");
      try {
        try (Writer w = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
          MpsWriter.write(lp, "floor", w);
        }
        lp = null;
        ctx = null;
        if (floor) {
          JsonNode same = Floors.run(Floors.sameBackend(backend), mps, limit);
          out.set("floor", same);
          double bare = same.path("seconds").path("solve").asDouble();
          out.put("overheadRatio", sec.get("endToEnd").asDouble() / bare);
          out.put("overheadRatioVsReadAndSolve", sec.get("endToEnd").asDouble()
              / (bare + same.path("seconds").path("read").asDouble()));
          // the same ratio in process CPU time: robust to other jobs on a shared machine
          out.put("cpuOverheadRatio", cpu.get("endToEnd").asDouble() / same.path("cpuSeconds").path("solve").asDouble());
          // the deliberate safety work (independent verifier, dual certificate) taken out, labelled as such
          double safety = cpu.get("verify").asDouble() + cpu.path("dualCertificate").asDouble();
          out.put("cpuOverheadRatioWithoutVerifierAndCertificate",
              (cpu.get("endToEnd").asDouble() - safety) / same.path("cpuSeconds").path("solve").asDouble());
          out.put("cpuOverheadRatioVsReadAndSolve", cpu.get("endToEnd").asDouble()
              / (same.path("cpuSeconds").path("solve").asDouble() + same.path("cpuSeconds").path("read").asDouble()));
        }
        if (!floors.isEmpty()) {
          ArrayNode all = out.putArray("floors");
          for (String spec : floors) {
            System.err.printf("coalgrid bench: floor %s (load average %.2f)%n", spec,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            all.add(Floors.run(spec, mps, limit));
          }
          // the same-backend floor, if it ran, is a candidate too (it is not run twice)
          List<JsonNode> candidates = new ArrayList<>();
          all.forEach(candidates::add);
          if (out.has("floor")) {
            candidates.add(out.get("floor"));
          }
          JsonNode fastest = Floors.fastest(candidates, out.path("objective").asDouble());
          if (fastest != null) {
            out.put("fastestFloor", fastest.path("spec").asText());
            double t = fastest.path("seconds").path("total").asDouble();
            out.put("fastestFloorSeconds", t);
            out.put("ratioToFastestFloor", sec.get("endToEnd").asDouble() / t);
          }
          // the same in process CPU seconds (robust to other jobs on a shared machine): what the CI gate uses
          JsonNode fastestCpu = Floors.fastest(candidates, out.path("objective").asDouble(), "cpuSeconds");
          if (fastestCpu != null && fastestCpu.path("cpuSeconds").path("total").asDouble() > 0) {
            double t = fastestCpu.path("cpuSeconds").path("total").asDouble();
            out.put("fastestFloorByCpu", fastestCpu.path("spec").asText());
            out.put("fastestFloorCpuSeconds", t);
            out.put("cpuRatioToFastestFloor", cpu.get("endToEnd").asDouble() / t);
          }
        }
      } finally {
        Files.deleteIfExists(mps);
      }
    }
    String text = Json.writer().writeValueAsString(out) + "\n";
    if (outFile != null) {
      Files.writeString(outFile, text);
    }
    System.out.print(text);
    return 0;
  }

  /** Versions, threads, JVM flags and machine, recorded with every result. */
  static ObjectNode environment(Backend backend) {
    ObjectNode env = JsonNodeFactory.instance.objectNode();
    env.put("coalgrid", Version.coalgrid());
    env.put("orTools", Version.orTools());
    env.put("backend", backend == null ? null : backend.cliName());
    env.put("backendThreads", 1);
    env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    env.putPOJO("jvmFlags", ManagementFactory.getRuntimeMXBean().getInputArguments());
    env.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    env.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    env.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return env;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
