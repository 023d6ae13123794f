package org.coalgrid.solve;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import org.coalgrid.lp.LinearProgram;

/**
 * CLP, the copy OR-Tools ships ({@code libClp.so.1}, CLP 1.17.10), driven through CLP's own C interface
 * instead of through {@code MPSolver}. Only {@link OrToolsAdapter} calls it.
 *
 * <p>Why: {@code MPSolver} cannot set CLP's perturbation, and leaves it at the library default (100: perturb
 * only "if it takes too long"). The {@code clp} program switches perturbation on (50) before it solves. On
 * the generated benchmark models that halves the dual simplex iterations (size M: 12,764 instead of 21,741,
 * the same count as Debian's {@code clp -dualS}), and with it the time. Here the model goes in as one
 * column-major matrix ({@code Clp_loadProblem}), with no proto and no per-row copy, and is solved as
 * {@code clp -dualS} does: perturbation 50, presolve on (5 passes), dual simplex, CLP's automatic scaling,
 * primal and dual tolerances 1e-7. See docs/solvers.md.
 *
 * <p>Time limit: CLP's own ({@code Clp_setMaximumSeconds}), which counts the process's CPU seconds, as it did
 * through {@code MPSolver}. CLP cannot be interrupted from outside once presolve has made its working copy, so
 * {@link OrToolsAdapter}'s watchdog abandons it as it does HiGHS and CBC. CLP's own Ctrl-C handler, which
 * {@code MPSolver} left on (it swallowed Ctrl-C during a CLP solve), is switched off: Ctrl-C reaches coalgrid.
 */
final class ClpDirect {
  /** CLP's C interface, the functions used here. */
  interface Clp extends Library {
    Pointer Clp_newModel();

    void Clp_deleteModel(Pointer model);

    void Clp_loadProblem(Pointer model, int numcols, int numrows, int[] start, int[] index, double[] value,
        double[] collb, double[] colub, double[] obj, double[] rowlb, double[] rowub);

    void Clp_setLogLevel(Pointer model, int value);

    void Clp_setPerturbation(Pointer model, int value);

    void Clp_setMaximumSeconds(Pointer model, double value);

    int Clp_initialSolveWithOptions(Pointer model, Pointer options);

    int Clp_status(Pointer model);

    int Clp_secondaryStatus(Pointer model);

    int Clp_numberIterations(Pointer model);

    double Clp_objectiveValue(Pointer model);

    Pointer Clp_getColSolution(Pointer model);

    Pointer Clp_getRowPrice(Pointer model);

    Pointer Clp_statusArray(Pointer model);

    Pointer ClpSolve_new();

    void ClpSolve_delete(Pointer options);

    void ClpSolve_setSolveType(Pointer options, int method, int extraInfo);

    void ClpSolve_setPresolveType(Pointer options, int amount, int extraInfo);

    void ClpSolve_setSpecialOption(Pointer options, int which, int value, int extraInfo);
  }

  /** {@code ClpSolve::SolveType}. */
  static final int USE_DUAL = 0;
  static final int USE_PRIMAL_OR_SPRINT = 2;
  static final int USE_BARRIER = 3;
  /** {@code ClpSolve::PresolveType}. */
  static final int PRESOLVE_ON = 0;
  /** {@code ClpSolve} special option 2, non-zero: do not install CLP's SIGINT handler. */
  static final int OPTION_INTERRUPT = 2;
  /** The {@code clp} program's perturbation: on. */
  static final int PERTURBATION_ON = 50;

  private static Clp clp;
  private static boolean unavailable;

  private ClpDirect() {}

  /**
   * CLP's C interface from OR-Tools' natives: only libClp.so.1 (and the two COIN-OR libraries it needs, found
   * through its RUNPATH {@code $ORIGIN}) from the cache of unpacked natives ({@link OrToolsNatives}), not the
   * whole of OR-Tools, and never a CLP installed on the system. Null if that cannot be loaded (no writable cache,
   * a damaged copy, another platform): then the caller solves with OR-Tools' own CLP through {@code MPSolver}
   * (same optimum, without the {@code clp} program's perturbation), and a warning says so once.
   */
  static synchronized Clp library() {
    if (clp == null && !unavailable) {
      Path dir = OrToolsNatives.unpacked();
      if (dir != null) {
        try {
          OrToolsNatives.jnaFromCache();
          clp = Native.load(dir.resolve("libClp.so.1").toString(), Clp.class);
        } catch (UnsatisfiedLinkError damaged) {
          OrToolsNatives.discard(dir);
          warn("cannot load " + dir.resolve("libClp.so.1") + " (" + damaged.getMessage() + "); the cache is "
              + "removed and unpacked afresh by the next run");
        }
      } else {
        warn("OR-Tools' natives could not be unpacked into the cache " + OrToolsNatives.cacheRoot()
            + " (set COALGRID_CACHE_DIR to a writable directory)");
      }
      unavailable = clp == null;
    }
    return clp;
  }

  private static void warn(String why) {
    System.err.println("coalgrid: warning: CLP's C interface is not available: " + why + ". Solving with "
        + "OR-Tools' CLP through MPSolver instead (the same optimum; it may take longer).");
  }

  /**
   * Solves the LP {@code lp} with CLP's C interface {@code c} (from {@link #library()}; integers are ignored; the caller refuses MILPs) with dual simplex as the
   * {@code clp} program does; {@code limitSeconds} &gt; 0 is CLP's own time limit (CPU seconds), 0 none.
   */
  static BasisSolution solve(Clp c, LinearProgram lp, SolverSettings settings, double limitSeconds,
      boolean wantBasis) {
    int n = lp.numColumns();
    int m = lp.numRows();
    long t0 = System.nanoTime();
    // column-major copy of the row-major model: count, prefix sums, fill (row indices ascend in each column)
    int[] rowStart = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      rowStart[i] = lp.rowStart(i);
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    int nz = rowStart[m];
    int[] start = new int[n + 1];
    for (int k = 0; k < nz; k++) {
      start[cols[k] + 1]++;
    }
    for (int j = 0; j < n; j++) {
      start[j + 1] += start[j];
    }
    int[] next = java.util.Arrays.copyOf(start, n);
    int[] index = new int[nz];
    double[] value = new double[nz];
    for (int i = 0; i < m; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int at = next[cols[k]]++;
        index[at] = i;
        value[at] = vals[k];
      }
    }
    double[] colLower = new double[n];
    double[] colUpper = new double[n];
    double[] obj = new double[n];
    for (int j = 0; j < n; j++) {
      colLower[j] = lp.columnLower(j);
      colUpper[j] = lp.columnUpper(j);
      obj[j] = lp.cost(j);
    }
    double[] rowLower = new double[m];
    double[] rowUpper = new double[m];
    for (int i = 0; i < m; i++) {
      rowLower[i] = lp.rowLower(i);
      rowUpper[i] = lp.rowUpper(i);
    }

    Pointer model = c.Clp_newModel();
    Pointer options = c.ClpSolve_new();
    try {
      c.Clp_setLogLevel(model, settings.verbose() ? 1 : 0);
      c.Clp_loadProblem(model, n, m, start, index, value, colLower, colUpper, obj, rowLower, rowUpper);
      c.Clp_setPerturbation(model, PERTURBATION_ON);
      if (limitSeconds > 0) {
        c.Clp_setMaximumSeconds(model, limitSeconds);
      }
      c.ClpSolve_setSolveType(options, USE_DUAL, -1);
      c.ClpSolve_setPresolveType(options, PRESOLVE_ON, -1);
      c.ClpSolve_setSpecialOption(options, OPTION_INTERRUPT, 1, -1);
      c.Clp_initialSolveWithOptions(model, options);
      double wall = (System.nanoTime() - t0) / 1e9;
      int clpStatus = c.Clp_status(model);
      long iterations = c.Clp_numberIterations(model);
      SolveStatus status = switch (clpStatus) {
        case 0 -> SolveStatus.OPTIMAL;
        case 1 -> SolveStatus.INFEASIBLE;
        case 2 -> SolveStatus.UNBOUNDED;
        case 3, 5 -> SolveStatus.NO_SOLUTION;
        default -> SolveStatus.ERROR;
      };
      if (!status.hasSolution()) {
        String message = switch (clpStatus) {
          case 0, 1, 2 -> "";
          case 3, 5 -> "clp stopped after " + iterations + " iterations at the time limit of " + limitSeconds
              + " s; a dual simplex stopped early has no feasible solution to give";
          default -> "clp status " + clpStatus + " (secondary " + c.Clp_secondaryStatus(model) + ")";
        };
        return new BasisSolution(new RawSolution(status, Double.NaN, Double.NaN, null, null, iterations, 0, wall,
            Backend.CLP, message), null, null);
      }
      double[] x = c.Clp_getColSolution(model).getDoubleArray(0, n);
      double[] duals = c.Clp_getRowPrice(model).getDoubleArray(0, m);
      double objective = c.Clp_objectiveValue(model) + lp.offset();
      RawSolution raw = new RawSolution(status, objective, objective, x, duals, iterations, 0, wall, Backend.CLP, "");
      if (!wantBasis) {
        return new BasisSolution(raw, null, null);
      }
      byte[] st = c.Clp_statusArray(model).getByteArray(0, n + m);
      BasisStatus[] colStatus = new BasisStatus[n];
      BasisStatus[] rowStatus = new BasisStatus[m];
      for (int j = 0; j < n; j++) {
        colStatus[j] = basis(st[j]);
      }
      for (int i = 0; i < m; i++) {
        rowStatus[i] = basis(st[n + i]);
      }
      return new BasisSolution(raw, colStatus, rowStatus);
    } finally {
      c.ClpSolve_delete(options);
      c.Clp_deleteModel(model);
    }
  }

  /** CLP's status byte (low 3 bits): 0 free, 1 basic, 2 at upper, 3 at lower, 4 superbasic, 5 fixed. */
  private static BasisStatus basis(byte b) {
    return switch (b & 7) {
      case 1 -> BasisStatus.BASIC;
      case 2 -> BasisStatus.AT_UPPER;
      case 3 -> BasisStatus.AT_LOWER;
      case 5 -> BasisStatus.FIXED;
      default -> BasisStatus.FREE; // free or superbasic, as OR-Tools reports them
    };
  }
}
