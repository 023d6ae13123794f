package org.coalgrid.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coalgrid.cli.Main;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.lp.MpsWriter;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.SolverSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Backend-dependent stages, per {@code instance} and {@code backend}: solve (proto hand-over, backend solve,
 * dual certificate or MILP fix-and-resolve prices), result + write (domain-unit result, solution.json and CSV
 * tables), end to end ({@code coalgrid solve FILE --out DIR} in-process: file in, files out) and the floor
 * (the exported MPS read and solved by the same backend through OR-Tools alone, {@link BareSolver}).
 * MILP instances ({@code S-mip}) need a MILP backend: {@code -p backend=highs,scip,cbc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class SolveBenchmark {
  @Param({"tutorial", "S", "M"})
  public String instance;

  @Param({"glop", "clp", "highs"})
  public String backend;

  private Path file;
  private Path mps;
  private Path outDir;
  private ModelContext ctx;
  private SolverSettings settings;
  private SolveOutcome solved;
  private String name;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    OrToolsAdapter.ensureLoaded();
    file = BenchInstances.resolve(instance);
    Instance in = InstanceReader.read(file).instance();
    name = in.meta().name();
    ctx = Formulation.build(in, ObjectiveMode.COST);
    settings = new SolverSettings(Backend.parse(backend), 3600, 1, SolverSettings.DEFAULT_GAP, Backend.GLOP, false);
    solved = AllocationSolver.solve(ctx, settings, 0);
    if (!solved.raw().status().hasSolution()) {
      throw new IllegalStateException(instance + " with " + backend + ": " + solved.raw().status() + " "
          + solved.raw().message());
    }
    mps = Files.createTempFile("coalgrid-bench", ".mps");
    try (Writer w = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
      MpsWriter.write(ctx.lp(), "bench", w);
    }
    outDir = Files.createTempDirectory("coalgrid-bench-out");
  }

  @Benchmark
  public SolveOutcome solve() {
    return AllocationSolver.solve(ctx, settings, 0);
  }

  @Benchmark
  public AllocationResult resultAndWrite() throws Exception {
    AllocationResult result = ResultBuilder.build(solved, name);
    try (AtomicOutput files = new AtomicOutput(outDir)) {
      files.file("solution.json", w -> Json.writer().writeValue(w, result));
      CsvTables.writeAll(result, files);
      files.commit();
    }
    return result;
  }

  @Benchmark
  public int endToEnd() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    int code = Main.run(sink, sink, "solve", file.toString(), "--solver", backend, "--time-limit", "3600",
        "--quiet", "--out", outDir.toString());
    if (code != 0) {
      throw new IllegalStateException("coalgrid solve exited " + code);
    }
    return code;
  }

  @Benchmark
  public BareSolver.Result floorReadAndSolve() throws Exception {
    return BareSolver.solveMps(mps, Backend.parse(backend), 3600, SolverSettings.DEFAULT_GAP);
  }
}
