package org.coalgrid.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.coalgrid.lp.LinearProgram;

/**
 * The only code that touches OR-Tools: loads the natives, turns a {@link LinearProgram} into an
 * {@code MPModelProto}, solves it with the chosen backend through {@code MPSolver}, and returns a
 * {@link RawSolution}. Handles OR-Tools' traps: time limits in milliseconds for MPSolver; a watchdog
 * interrupts a backend that overruns its limit; the native solver is deleted after use. Thread-safe: each
 * call builds its own solver.
 */
public final class OrToolsAdapter {
  /** Extra time a backend gets past its own limit before the watchdog interrupts it. */
  private static final double WATCHDOG_GRACE_S = 5;
  /** Stack of the solve thread: native solvers recurse deeper than a default Java thread allows. */
  private static final long SOLVE_THREAD_STACK_BYTES = 64L << 20;
  /** Time after the watchdog's interrupt at which a backend still running is abandoned. */
  private static final double ABANDON_AFTER_S = 10;
  /** PDLP termination tolerances (PrimalDualHybridGradientParams text format). */
  static final String PDLP_PARAMETERS = "termination_criteria { simple_optimality_criteria { "
      + "eps_optimal_absolute: 1e-9 eps_optimal_relative: 1e-9 } }";
  private static volatile boolean loaded;
  /** Solvers running now, so that a stop (Ctrl-C) can interrupt them: {@link #interruptAll()}. */
  private static final java.util.Set<MPSolver> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static volatile boolean cancelled;

  private OrToolsAdapter() {}

  /**
   * Loads OR-Tools' native libraries once per JVM, from the cache of unpacked natives ({@link OrToolsNatives};
   * the first run of a version unpacks them there).
   */
  public static synchronized void ensureLoaded() {
    if (!loaded) {
      if (OrToolsNatives.loadJni()) {
        markOrToolsLoaderDone();
      } else {
        Loader.loadNativeLibraries(); // into a new temporary directory, as OR-Tools does by itself
      }
      loaded = true;
    }
  }

  /** Sets {@code Loader.loaded}, so OR-Tools' loader will not unpack and load a second copy. */
  private static void markOrToolsLoaderDone() {
    try {
      java.lang.reflect.Field f = Loader.class.getDeclaredField("loaded");
      f.setAccessible(true);
      f.setBoolean(null, true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // harmless: coalgrid itself never calls Loader after a successful load
    }
  }

  /**
   * Loads what {@code backend} needs: for CLP only the CLP library (through its C interface), for the others
   * (and for CLP when its C interface cannot be loaded) all of OR-Tools. A one-off cost per JVM that callers
   * may keep out of their solve timings.
   */
  public static void ensureLoaded(Backend backend) {
    if (backend != Backend.CLP || ClpDirect.library() == null) {
      ensureLoaded();
    }
  }

  /**
   * Cancels every solve of this process: interrupts the backends running now (SCIP stops; CBC and HiGHS cannot be
   * interrupted) and makes every solve, running or to come, return ERROR "cancelled" whatever its backend returns.
   * Called when the process is stopped (Ctrl-C); there is no way back.
   */
  public static void interruptAll() {
    cancelled = true;
    for (MPSolver s : RUNNING) {
      synchronized (s) { // never on a solver being deleted
        if (RUNNING.contains(s)) {
          s.interruptSolve();
        }
      }
    }
  }

  /**
   * The OR-Tools version string, e.g. "9.15.6755", from the jar's metadata: no native code is loaded, so
   * {@code --version} stays fast. Falls back to asking the native library.
   */
  public static String orToolsVersion() {
    String v = OrToolsNatives.version();
    if (v != null) {
      return v;
    }
    ensureLoaded();
    return com.google.ortools.init.OrToolsVersion.getVersionString();
  }

  /** Converts the model to OR-Tools' proto, without names (names add time and nothing to the solve). */
  public static MPModelProto toProto(LinearProgram lp) {
    lp.freeze();
    MPModelProto.Builder mb = MPModelProto.newBuilder().setMaximize(false).setObjectiveOffset(lp.offset());
    for (int j = 0; j < lp.numColumns(); j++) {
      mb.addVariable(MPVariableProto.newBuilder()
          .setLowerBound(lp.columnLower(j))
          .setUpperBound(lp.columnUpper(j))
          .setObjectiveCoefficient(lp.cost(j))
          .setIsInteger(lp.isInteger(j)));
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int i = 0; i < lp.numRows(); i++) {
      MPConstraintProto.Builder cb = MPConstraintProto.newBuilder()
          .setLowerBound(lp.rowLower(i))
          .setUpperBound(lp.rowUpper(i));
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        cb.addVarIndex(cols[k]);
        cb.addCoefficient(vals[k]);
      }
      mb.addConstraint(cb);
    }
    return mb.build();
  }

  /**
   * Solves {@code lp} with {@code settings}. Never throws for solver trouble: returns status ERROR. With a
   * time limit {@code L} the call returns by {@code L + }{@value #WATCHDOG_GRACE_S}{@code  + }{@value
   * #ABANDON_AFTER_S} s whatever the backend does: the backend gets {@code L} itself; at {@code L + grace}
   * the watchdog interrupts it (SCIP stops; CBC and HiGHS ignore interrupts); if it still runs after
   * another {@value #ABANDON_AFTER_S} s it is abandoned on its own daemon thread and NO_SOLUTION returned.
   */
  public static RawSolution solve(LinearProgram lp, SolverSettings settings) {
    return run(lp, settings, true, false).raw();
  }

  /**
   * Solves an LP and also returns the final simplex basis: the status of every column and row
   * ({@code MPVariable.basisStatus()} / {@code MPConstraint.basisStatus()}). Only GLOP and CLP report a basis
   * through MPSolver; for other backends, MILPs or no solution, {@link BasisSolution#columns()} is null.
   */
  public static BasisSolution solveWithBasis(LinearProgram lp, SolverSettings settings) {
    return run(lp, settings, true, true);
  }

  /**
   * As {@link #solve(LinearProgram, SolverSettings)}; {@code tellBackendTheLimit = false} withholds the
   * limit from the backend, so tests can check the watchdog on a backend that ignores its limit.
   */
  static RawSolution solve(LinearProgram lp, SolverSettings settings, boolean tellBackendTheLimit) {
    return run(lp, settings, tellBackendTheLimit, false).raw();
  }

  private static BasisSolution run(LinearProgram lp, SolverSettings settings, boolean tellBackendTheLimit,
      boolean wantBasis) {
    ensureLoaded(settings.backend());
    lp.freeze();
    if (settings.timeLimitSeconds() <= 0) {
      return solveHere(lp, settings, true, wantBasis);
    }
    FutureTask<BasisSolution> task =
        new FutureTask<>(() -> solveHere(lp, settings, tellBackendTheLimit, wantBasis));
    Thread th = new Thread(null, task, "coalgrid-solve", SOLVE_THREAD_STACK_BYTES);
    th.setDaemon(true);
    long t0 = System.nanoTime();
    th.start();
    double deadline = settings.timeLimitSeconds() + WATCHDOG_GRACE_S + ABANDON_AFTER_S;
    try {
      return task.get((long) (deadline * 1000), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      double wall = (System.nanoTime() - t0) / 1e9;
      return noBasis(new RawSolution(SolveStatus.NO_SOLUTION, Double.NaN, Double.NaN, null, null, 0, 0, wall,
          settings.backend(), settings.backend().cliName() + " did not stop at the time limit of "
          + settings.timeLimitSeconds() + " s and cannot be interrupted; abandoned after " + Math.round(wall)
          + " s (no solution taken from it)"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return noBasis(error(settings.backend(), "interrupted while waiting for " + settings.backend().cliName()));
    } catch (ExecutionException e) {
      return noBasis(error(settings.backend(), settings.backend().cliName() + " failed: " + e.getCause()));
    }
  }

  private static BasisSolution solveHere(LinearProgram lp, SolverSettings settings, boolean tellBackendTheLimit,
      boolean wantBasis) {
    Backend backend = settings.backend();
    boolean mip = lp.isMip();
    String id = backend.orToolsId(mip);
    if (id == null) {
      return noBasis(error(backend, backend.cliName() + " cannot solve a model with integer variables; use --solver "
          + "highs, scip or cbc"));
    }
    if (backend == Backend.CP_SAT && lp.numIntegers() < lp.numColumns()) {
      return noBasis(error(backend, "cp-sat needs every variable integer; this model has "
          + (lp.numColumns() - lp.numIntegers()) + " continuous variables; use --solver scip, cbc or highs"));
    }
    ClpDirect.Clp clp = backend == Backend.CLP ? ClpDirect.library() : null;
    if (clp != null) {
      try {
        BasisSolution r = ClpDirect.solve(clp, lp, settings, tellBackendTheLimit ? settings.timeLimitSeconds() : 0,
            wantBasis);
        // stopped meanwhile (Ctrl-C): the run is cancelled whatever CLP returned, as for the OR-Tools backends
        return cancelled ? noBasis(error(backend, "cancelled: coalgrid is stopping")) : r;
      } catch (RuntimeException | LinkageError e) {
        return noBasis(error(backend, "clp failed: " + e.getMessage()));
      }
    }
    MPSolver solver = MPSolver.createSolver(id);
    if (solver == null) {
      return noBasis(error(backend, "OR-Tools has no solver " + id + " on this platform"));
    }
    ScheduledExecutorService watchdog = null;
    try {
      long t0 = System.nanoTime();
      MPModelProto proto = toProto(lp);
      String loadError = solver.loadModelFromProto(proto);
      if (loadError != null && !loadError.isEmpty()) {
        return noBasis(error(backend, "model rejected by " + id + ": " + loadError));
      }
      int threads = Math.min(settings.threads(), backend.maxThreads());
      if (threads > 1) {
        solver.setNumThreads(threads);
      }
      if (settings.verbose()) {
        solver.enableOutput();
      } else if (id.startsWith("HIGHS")) {
        // HiGHS prints its banner to stdout unless output_flag is off. MPSolver's setter returns false for HiGHS
        // yet applies the string at solve (trap 3 of the OR-Tools notes), so the return value is not checked.
        solver.setSolverSpecificParametersAsString("output_flag=false\n");
      }
      if (backend == Backend.PDLP) {
        // PDLP's default tolerances (1e-6) leave primal errors of MWh on large balances; ask for 1e-9
        solver.setSolverSpecificParametersAsString(PDLP_PARAMETERS);
      }
      if (backend == Backend.SCIP) {
        solver.setSolverSpecificParametersAsString(scipParameters(threads));
      }
      ScheduledFuture<?> interrupt = null;
      if (settings.timeLimitSeconds() > 0) {
        if (tellBackendTheLimit) {
          solver.setTimeLimit((long) Math.ceil(settings.timeLimitSeconds() * 1000));
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread th = new Thread(r, "coalgrid-watchdog");
          th.setDaemon(true);
          return th;
        });
        interrupt = watchdog.schedule(solver::interruptSolve,
            (long) ((settings.timeLimitSeconds() + WATCHDOG_GRACE_S) * 1000), TimeUnit.MILLISECONDS);
      }
      MPSolverParameters params = new MPSolverParameters();
      if (mip) {
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.relativeGap());
      }
      MPSolver.ResultStatus rs;
      RUNNING.add(solver);
      try {
        if (cancelled) {
          return noBasis(error(backend, "cancelled: coalgrid is stopping"));
        }
        rs = solver.solve(params);
      } catch (IllegalArgumentException unknownStatus) {
        // HiGHS stopped by its time limit: OR-Tools 9.15 returns status 99 (MPSOLVER_UNKNOWN_STATUS), which
        // its Java enum lacks, and no solution values
        rs = null;
      } finally {
        synchronized (solver) {
          RUNNING.remove(solver);
        }
      }
      if (cancelled) { // stopped: whatever the backend returned (SCIP says "interrupted" as if at a limit), nothing
        return noBasis(error(backend, "cancelled: coalgrid is stopping"));
      }
      if (interrupt != null) {
        interrupt.cancel(false);
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      MPSolutionResponse resp = solver.createSolutionResponseProto();
      if (rs == null) {
        boolean timedOut = settings.timeLimitSeconds() > 0 && wall >= settings.timeLimitSeconds();
        return noBasis(new RawSolution(timedOut ? SolveStatus.NO_SOLUTION : SolveStatus.ERROR, Double.NaN, Double.NaN,
            null, null, 0, 0, wall, backend, backend.cliName() + " returned no status"
            + (timedOut ? " and no solution at the time limit of " + settings.timeLimitSeconds() + " s (OR-Tools "
                + "9.15 keeps HiGHS's incumbent from us); use --solver scip or cbc to get the best feasible "
                + "solution at a time limit" : " (" + resp.getStatus() + ")")));
      }
      SolveStatus status = map(rs);
      String gapNote = "";
      if (mip && status == SolveStatus.OPTIMAL) {
        // never OPTIMAL outside the asked gap, whatever the backend says (OR-Tools maps SCIP's gap limit to OPTIMAL)
        gapNote = gapBreach(resp.getObjectiveValue(), resp.getBestObjectiveBound(), settings.relativeGap(), backend);
        if (!gapNote.isEmpty()) {
          status = SolveStatus.FEASIBLE;
        }
      }
      double[] x = null;
      double[] duals = null;
      if (status.hasSolution()) {
        x = new double[lp.numColumns()];
        for (int j = 0; j < x.length && j < resp.getVariableValueCount(); j++) {
          x[j] = resp.getVariableValue(j);
        }
        if (!mip && resp.getDualValueCount() == lp.numRows()) {
          duals = new double[lp.numRows()];
          for (int i = 0; i < duals.length; i++) {
            duals[i] = resp.getDualValue(i);
          }
        }
      }
      double objective = status.hasSolution() ? resp.getObjectiveValue() : Double.NaN;
      double bound = mip && status.hasSolution() ? resp.getBestObjectiveBound() : objective;
      long nodes = mip ? safeNodes(solver) : 0;
      RawSolution raw = new RawSolution(status, objective, bound, x, duals, solver.iterations(), nodes, wall, backend,
          status == SolveStatus.ERROR ? "solver status " + rs + (resp.hasStatusStr() ? ": " + resp.getStatusStr() : "")
              : gapNote);
      boolean basis = wantBasis && !mip && status == SolveStatus.OPTIMAL
          && (backend == Backend.GLOP || backend == Backend.CLP);
      return basis ? new BasisSolution(raw, statuses(solver.variables()), statuses(solver.constraints())) : noBasis(raw);
    } catch (RuntimeException e) {
      return noBasis(error(backend, id + " failed: " + e.getMessage()));
    } finally {
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
      solver.delete();
    }
  }

  /**
   * SCIP's parameters: never catch Ctrl-C (SCIP's own SIGINT handler would swallow the signal and end the solve as
   * if at a limit, so coalgrid would write a full output set instead of stopping); with more than one thread
   * (OR-Tools then runs {@code SCIPsolveConcurrent}) let each concurrent solver presolve for itself: with the
   * shared presolve of SCIP 10 the concurrent solvers stopped at "gap limit reached" with a true gap of 1.05 % on
   * tutorial-build (asked 1e-4), which OR-Tools maps to OPTIMAL.
   */
  static String scipParameters(int threads) {
    return "misc/catchctrlc = FALSE\n" + (threads > 1 ? "concurrent/presolvebefore = FALSE\n" : "");
  }

  /**
   * Why a MILP reported OPTIMAL is not optimal within the asked gap, or "" if it is: its relative gap |objective -
   * bound| / max(1, |objective|) (as {@link RawSolution#relativeGap()}) exceeds {@code asked}. Then it is FEASIBLE.
   */
  static String gapBreach(double objective, double bound, double asked, Backend backend) {
    if (Double.isNaN(bound) || Double.isInfinite(bound)) {
      return "";
    }
    double gap = Math.abs(objective - bound) / Math.max(1.0, Math.abs(objective));
    if (gap <= asked * (1 + 1e-9) + 1e-12) {
      return "";
    }
    return backend.cliName() + " stopped with a relative gap of " + String.format(java.util.Locale.ROOT, "%.3g", gap)
        + ", above the asked --gap " + new java.math.BigDecimal(Double.toString(asked)).stripTrailingZeros()
            .toPlainString() + "; not proven optimal, so reported as FEASIBLE";
  }

  private static BasisSolution noBasis(RawSolution raw) {
    return new BasisSolution(raw, null, null);
  }

  private static BasisStatus[] statuses(MPVariable[] vars) {
    BasisStatus[] out = new BasisStatus[vars.length];
    for (int j = 0; j < vars.length; j++) {
      out[j] = status(vars[j].basisStatus());
    }
    return out;
  }

  private static BasisStatus[] statuses(MPConstraint[] rows) {
    BasisStatus[] out = new BasisStatus[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = status(rows[i].basisStatus());
    }
    return out;
  }

  private static BasisStatus status(MPSolver.BasisStatus s) {
    return switch (s) {
      case BASIC -> BasisStatus.BASIC;
      case AT_LOWER_BOUND -> BasisStatus.AT_LOWER;
      case AT_UPPER_BOUND -> BasisStatus.AT_UPPER;
      case FIXED_VALUE -> BasisStatus.FIXED;
      case FREE -> BasisStatus.FREE;
    };
  }

  private static long safeNodes(MPSolver solver) {
    try {
      return solver.nodes();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static SolveStatus map(MPSolver.ResultStatus rs) {
    return switch (rs) {
      case OPTIMAL -> SolveStatus.OPTIMAL;
      case FEASIBLE -> SolveStatus.FEASIBLE;
      case INFEASIBLE -> SolveStatus.INFEASIBLE;
      case UNBOUNDED -> SolveStatus.UNBOUNDED;
      case NOT_SOLVED -> SolveStatus.NO_SOLUTION;
      default -> SolveStatus.ERROR;
    };
  }

  private static RawSolution error(Backend backend, String message) {
    return new RawSolution(SolveStatus.ERROR, Double.NaN, Double.NaN, null, null, 0, 0, 0, backend, message);
  }
}
