package org.coalgrid.bench;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.modelbuilder.ModelBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.OrToolsAdapter;

/**
 * The floor for the overhead ratio: an exported MPS file solved by the same OR-Tools backend with nothing of
 * coalgrid in the way. Benchmark-only, so it lives here and not in {@code OrToolsAdapter}: it must not share
 * coalgrid's model building (that is what it is compared with). It reads the MPS with the model-builder
 * helper ({@code ModelBuilder.importFromMpsFile} is broken in 9.15, trap 5), takes the helper's
 * {@code MPModelProto}, loads it into an {@code MPSolver} of the same id coalgrid uses, with the same
 * settings (one thread, time limit, MIP gap), and times {@code solve()} alone.
 */
public final class BareSolver {
  private BareSolver() {}

  /** Times (s) and what the backend reported. */
  public record Result(String status, double objective, long iterations, long nodes, double readSeconds,
      double loadSeconds, double solveSeconds, double readCpuSeconds, double loadCpuSeconds, double solveCpuSeconds,
      int rows, int columns) {}

  public static Result solveMps(Path mps, Backend backend, double timeLimitSeconds, double relativeGap)
      throws IOException {
    return solveMps(mps, backend, null, timeLimitSeconds, relativeGap);
  }

  /**
   * As {@link #solveMps(Path, Backend, double, double)}, with MPSolver's LP algorithm set: {@code dual},
   * {@code primal} or {@code barrier} (for CLP, barrier is CLP's barrier with crossover); null leaves the
   * backend's default.
   */
  public static Result solveMps(Path mps, Backend backend, String algorithm, double timeLimitSeconds,
      double relativeGap) throws IOException {
    OrToolsAdapter.ensureLoaded();
    double c0 = Memory.processCpuSeconds();
    long t0 = System.nanoTime();
    ModelBuilder model = new ModelBuilder();
    if (!model.getHelper().importFromMpsFile(mps.toString())) {
      throw new IOException("OR-Tools cannot read " + mps);
    }
    Path pb = Files.createTempFile("coalgrid-floor", ".pb");
    MPModelProto proto;
    try {
      if (!model.getHelper().writeModelToProtoFile(pb.toString())) {
        throw new IOException("OR-Tools cannot write the model proto to " + pb);
      }
      proto = MPModelProto.parseFrom(Files.readAllBytes(pb));
    } finally {
      Files.deleteIfExists(pb);
      model.getHelper().delete();
    }
    boolean mip = proto.getVariableList().stream().anyMatch(v -> v.getIsInteger());
    long t1 = System.nanoTime();
    double c1 = Memory.processCpuSeconds();
    MPSolver solver = MPSolver.createSolver(backend.orToolsId(mip));
    try {
      String err = solver.loadModelFromProto(proto);
      if (err != null && !err.isEmpty()) {
        throw new IOException("model rejected: " + err);
      }
      solver.setNumThreads(1);
      if (timeLimitSeconds > 0) {
        solver.setTimeLimit((long) Math.ceil(timeLimitSeconds * 1000));
      }
      MPSolverParameters params = new MPSolverParameters();
      if (algorithm != null) {
        params.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM, switch (algorithm) {
          case "dual" -> MPSolverParameters.LpAlgorithmValues.DUAL.swigValue();
          case "primal" -> MPSolverParameters.LpAlgorithmValues.PRIMAL.swigValue();
          case "barrier" -> MPSolverParameters.LpAlgorithmValues.BARRIER.swigValue();
          default -> throw new IllegalArgumentException("LP algorithm must be dual, primal or barrier, got '"
              + algorithm + "'");
        });
      }
      if (mip) {
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
      }
      long t2 = System.nanoTime();
      double c2 = Memory.processCpuSeconds();
      MPSolver.ResultStatus rs = solver.solve(params);
      long t3 = System.nanoTime();
      double c3 = Memory.processCpuSeconds();
      long nodes = 0;
      if (mip) {
        try {
          nodes = solver.nodes();
        } catch (RuntimeException e) {
          nodes = 0;
        }
      }
      double obj = rs == MPSolver.ResultStatus.OPTIMAL || rs == MPSolver.ResultStatus.FEASIBLE
          ? solver.objective().value() : Double.NaN;
      return new Result(rs.name(), obj, solver.iterations(), nodes, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
          (t3 - t2) / 1e9, c1 - c0, c2 - c1, c3 - c2, proto.getConstraintCount(), proto.getVariableCount());
    } finally {
      solver.delete();
    }
  }
}
