package org.coalgrid.bench;

import com.google.ortools.linearsolver.MPModelProto;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.solve.OrToolsAdapter;
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
 * Solver-independent stages: parse + validate (file to checked domain records), build (records to the
 * frozen solver-neutral model) and proto (model to OR-Tools' {@code MPModelProto}, the solver-ready form).
 * {@code instance}: a size S, M, L, XL (optionally {@code -mip}) or a shipped instance name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class StageBenchmark {
  @Param({"tutorial", "guizhou-2015", "S", "M"})
  public String instance;

  private Path file;
  private Instance loaded;
  private LinearProgram lp;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    file = BenchInstances.resolve(instance);
    loaded = InstanceReader.read(file).instance();
    lp = Formulation.build(loaded, ObjectiveMode.COST).lp();
    OrToolsAdapter.ensureLoaded();
  }

  @Benchmark
  public LoadedInstance parseValidate() throws Exception {
    return InstanceReader.read(file);
  }

  @Benchmark
  public ModelContext build() {
    return Formulation.build(loaded, ObjectiveMode.COST);
  }

  @Benchmark
  public MPModelProto proto() {
    return OrToolsAdapter.toProto(lp);
  }
}
