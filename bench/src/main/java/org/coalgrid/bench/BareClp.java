package org.coalgrid.bench;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Path;
import org.coalgrid.solve.OrToolsAdapter;

/**
 * A floor without OR-Tools' {@code MPSolver}: the CLP library OR-Tools ships ({@code libClp.so.1}) reads the
 * exported MPS itself ({@code Clp_readMps}) and solves it with the settings of the {@code clp} program
 * (perturbation 50, presolve on, no SIGINT handler): {@code dual} as {@code clp -dualS}, {@code primal} as
 * {@code clp -primalS}, {@code barrier} as {@code clp -barrier} (with crossover), {@code either} as
 * {@code clp -either}. Independent of coalgrid's model building and of its CLP driver; only CLP's C
 * interface is shared.
 */
public final class BareClp {
  /** CLP's C interface, the functions this floor uses. */
  interface Clp extends Library {
    Pointer Clp_newModel();

    void Clp_deleteModel(Pointer model);

    int Clp_readMps(Pointer model, String file, int keepNames, int ignoreErrors);

    void Clp_setLogLevel(Pointer model, int value);

    void Clp_setPerturbation(Pointer model, int value);

    void Clp_setMaximumSeconds(Pointer model, double value);

    int Clp_initialSolveWithOptions(Pointer model, Pointer options);

    int Clp_status(Pointer model);

    int Clp_numberIterations(Pointer model);

    double Clp_objectiveValue(Pointer model);

    int Clp_numberRows(Pointer model);

    int Clp_numberColumns(Pointer model);

    Pointer ClpSolve_new();

    void ClpSolve_delete(Pointer options);

    void ClpSolve_setSolveType(Pointer options, int method, int extraInfo);

    void ClpSolve_setSpecialOption(Pointer options, int which, int value, int extraInfo);
  }

  private BareClp() {}

  /** {@code ClpSolve::SolveType} for an algorithm name. */
  static int method(String algorithm) {
    return switch (algorithm) {
      case "dual" -> 0;
      case "primal" -> 2; // usePrimalorSprint, as clp -primalS
      case "barrier" -> 3;
      case "either" -> 5;
      default -> throw new IllegalArgumentException("CLP algorithm must be dual, primal, barrier or either, got '"
          + algorithm + "'");
    };
  }

  public static BareSolver.Result solveMps(Path mps, String algorithm, double timeLimitSeconds) throws IOException {
    int method = method(algorithm);
    OrToolsAdapter.ensureLoaded(); // libClp.so.1 is then in the process and found by its soname
    Clp clp = Native.load("libClp.so.1", Clp.class);
    Pointer model = clp.Clp_newModel();
    Pointer options = clp.ClpSolve_new();
    try {
      clp.Clp_setLogLevel(model, 0);
      double c0 = Memory.processCpuSeconds();
      long t0 = System.nanoTime();
      if (clp.Clp_readMps(model, mps.toString(), 0, 0) != 0) {
        throw new IOException("CLP cannot read " + mps);
      }
      long t1 = System.nanoTime();
      double c1 = Memory.processCpuSeconds();
      clp.Clp_setPerturbation(model, 50);
      if (timeLimitSeconds > 0) {
        clp.Clp_setMaximumSeconds(model, timeLimitSeconds);
      }
      clp.ClpSolve_setSolveType(options, method, -1);
      clp.ClpSolve_setSpecialOption(options, 2, 1, -1);
      clp.Clp_initialSolveWithOptions(model, options);
      long t2 = System.nanoTime();
      double c2 = Memory.processCpuSeconds();
      int st = clp.Clp_status(model);
      String status = switch (st) {
        case 0 -> "OPTIMAL";
        case 1 -> "INFEASIBLE";
        case 2 -> "UNBOUNDED";
        case 3 -> "NOT_SOLVED";
        default -> "ABNORMAL";
      };
      double obj = st == 0 ? clp.Clp_objectiveValue(model) : Double.NaN;
      return new BareSolver.Result(status, obj, clp.Clp_numberIterations(model), 0, (t1 - t0) / 1e9, 0,
          (t2 - t1) / 1e9, c1 - c0, 0, c2 - c1, clp.Clp_numberRows(model), clp.Clp_numberColumns(model));
    } finally {
      clp.ClpSolve_delete(options);
      clp.Clp_deleteModel(model);
    }
  }
}
