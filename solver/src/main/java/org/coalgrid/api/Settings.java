package org.coalgrid.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.repair.RelaxKind;
import org.coalgrid.repair.RepairSettings;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;

/**
 * How {@link CoalGrid} builds and solves: the objective, the backend ({@code null} = auto: CLP for an LP, SCIP
 * for a MILP), the limits, the LP backend that prices a MILP, and the elastic repair of an infeasible plan. The
 * defaults are those of the command line ({@code coalgrid solve} without options).
 * <pre>{@code
 * Settings s = Settings.defaults().withSolver("highs").withTimeLimit(60).withGap(1e-3)
 *     .withRelax(List.of("policy", "line_capacity"));
 * CoalGrid coalgrid = CoalGrid.create(s);
 * }</pre>
 * Every {@code with...} returns a new value and checks its argument ({@link IllegalArgumentException} naming
 * the setting). Immutable; thread-safe.
 *
 * @param objective         COST (least system cost, planned industry output) or WELFARE (cost less value added)
 * @param backend           the solver, or null for auto
 * @param timeLimitSeconds  wall-clock limit of each solve in s; 0 = none
 * @param threads           threads for the backends that use them (SCIP, CBC, CP-SAT)
 * @param relativeGap       relative MIP gap at which a MILP counts as optimal, in [0, 1)
 * @param priceBackend      LP backend that re-solves a MILP with integers fixed for its prices: GLOP, CLP or PDLP
 * @param verbose           show the backend's own log
 * @param repair            kinds the elastic repair may relax and their weights
 * @param repairInfeasible  run the elastic repair when a solve ends INFEASIBLE
 * @param strict            treat the warnings of an instance's checks as errors (unit sanity, structure): reading
 *                          such an instance throws {@link InvalidInstanceException}
 */
public record Settings(ObjectiveMode objective, Backend backend, double timeLimitSeconds, int threads,
    double relativeGap, Backend priceBackend, boolean verbose, RepairSettings repair, boolean repairInfeasible,
    boolean strict) {

  /** The backend names accepted by {@link #withSolver(String)}, as listed in messages. */
  static final String SOLVER_NAMES = "auto, glop, clp, pdlp, highs, scip, cbc, cp-sat";

  /** Longest time limit accepted (s): one year; more is a typing error. */
  public static final double MAX_TIME_LIMIT_S = 365 * 24 * 3600.0;

  /** The most threads any backend is given ({@code --threads} is checked against it while parsed). */
  public static final int MAX_THREADS = Backend.MAX_THREADS;

  /** The backend's name as on the command line ({@code --solver}), "auto" when none is set. */
  public String backendName() {
    return backend == null ? "auto" : backend.cliName();
  }

  /**
   * Most threads accepted with {@code backend} ({@code null} = auto, which solves MILPs with SCIP): SCIP's own limit
   * of 64, else {@link Backend#MAX_THREADS}. A backend that runs on one thread accepts more and ignores them
   * ({@link #threadsIgnored()}).
   */
  public static int maxThreads(Backend backend) {
    Backend b = backend != null ? backend : Backend.defaultFor(true);
    return b.maxThreads() > 1 ? b.maxThreads() : Backend.MAX_THREADS;
  }

  private static String threadLimitReason(Backend backend) {
    Backend b = backend != null ? backend : Backend.defaultFor(true);
    if (b != Backend.SCIP) {
      return " (more is a typing error)";
    }
    return backend == null ? " (auto solves a MILP with scip, which takes at most 64: SCIP's parallel/maxnthreads)"
        : " (SCIP's own limit, parallel/maxnthreads)";
  }

  /** Whether {@link #threads()} is more than the backend set can use (GLOP, CLP, HiGHS and CBC run on one thread). */
  public boolean threadsIgnored() {
    return backend != null && threads > backend.maxThreads();
  }

  /** Checks every setting. */
  public Settings {
    if (objective == null || priceBackend == null || repair == null) {
      throw new IllegalArgumentException("objective, priceBackend and repair must be given");
    }
    if (!(timeLimitSeconds >= 0 && timeLimitSeconds <= MAX_TIME_LIMIT_S)) {
      throw new IllegalArgumentException("timeLimitSeconds must be a number of seconds in [0, "
          + (long) MAX_TIME_LIMIT_S + "] (0 = none; more than a year is a typing error), got " + timeLimitSeconds);
    }
    if (threads < 1 || threads > maxThreads(backend)) {
      throw new IllegalArgumentException("threads must be in [1, " + maxThreads(backend) + "]" + threadLimitReason(backend)
          + ", got " + threads);
    }
    if (!(relativeGap >= 0 && relativeGap < 1)) {
      throw new IllegalArgumentException("relativeGap must be a relative MIP gap in [0, 1), got " + relativeGap);
    }
    if (priceBackend.supportsInteger() || !priceBackend.trustedDuals()) {
      throw new IllegalArgumentException("must be an LP backend with checked duals: glop, clp or pdlp; got '"
          + priceBackend.cliName() + "'");
    }
  }

  /**
   * The command line's defaults: cost objective, auto backend, 600 s, 1 thread, gap 1e-4, CLP prices, repair on,
   * warnings left warnings.
   */
  public static Settings defaults() {
    return new Settings(ObjectiveMode.COST, null, SolverSettings.DEFAULT_TIME_LIMIT_S, 1, SolverSettings.DEFAULT_GAP,
        Backend.defaultFor(false), false, RepairSettings.defaults(), true, false);
  }

  public Settings withObjective(ObjectiveMode mode) {
    return new Settings(mode, backend, timeLimitSeconds, threads, relativeGap, priceBackend, verbose, repair,
        repairInfeasible, strict);
  }

  /**
   * The objective by name: {@code cost} or {@code welfare} (any case).
   *
   * @throws IllegalArgumentException "must be cost or welfare, got 'x'"
   */
  public Settings withObjective(String name) {
    try {
      return withObjective(ObjectiveMode.valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be cost or welfare, got '" + name + "'");
    }
  }

  /** The backend; {@code null} for auto. */
  public Settings withBackend(Backend b) {
    return new Settings(objective, b, timeLimitSeconds, threads, relativeGap, priceBackend, verbose, repair,
        repairInfeasible, strict);
  }

  /**
   * The backend by its command-line name: auto, glop, clp, pdlp, highs, scip, cbc or cp-sat (any case, '-' or '_').
   *
   * @throws IllegalArgumentException "must be one of auto, glop, ...; got 'x'"
   */
  public Settings withSolver(String name) {
    return withBackend(name.trim().equalsIgnoreCase("auto") ? null : backendNamed(name));
  }

  public Settings withTimeLimit(double seconds) {
    return new Settings(objective, backend, seconds, threads, relativeGap, priceBackend, verbose, repair,
        repairInfeasible, strict);
  }

  public Settings withThreads(int n) {
    return new Settings(objective, backend, timeLimitSeconds, n, relativeGap, priceBackend, verbose, repair,
        repairInfeasible, strict);
  }

  public Settings withGap(double relative) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relative, priceBackend, verbose, repair,
        repairInfeasible, strict);
  }

  public Settings withPriceBackend(Backend b) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relativeGap, b, verbose, repair,
        repairInfeasible, strict);
  }

  /**
   * The MILP price backend by name: glop, clp or pdlp.
   *
   * @throws IllegalArgumentException "must be one of ...; got 'x'" for an unknown name, "must be an LP backend
   *     with checked duals: glop, clp or pdlp; got 'x'" for another backend
   */
  public Settings withPriceSolver(String name) {
    Backend b = backendNamed(name);
    if (b.supportsInteger() || !b.trustedDuals()) {
      throw new IllegalArgumentException("must be an LP backend with checked duals: glop, clp or pdlp; got '" + name
          + "'");
    }
    return withPriceBackend(b);
  }

  public Settings withVerbose(boolean on) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relativeGap, priceBackend, on, repair,
        repairInfeasible, strict);
  }

  /** Whether an instance's warnings are errors (the command line's {@code --strict}). */
  public Settings withStrict(boolean on) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relativeGap, priceBackend, verbose, repair,
        repairInfeasible, on);
  }

  public Settings withRepair(RepairSettings r) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relativeGap, priceBackend, verbose, r,
        repairInfeasible, strict);
  }

  /** Whether a solve that ends INFEASIBLE runs the elastic repair (default true). */
  public Settings withRepairOnInfeasible(boolean on) {
    return new Settings(objective, backend, timeLimitSeconds, threads, relativeGap, priceBackend, verbose, repair,
        on, strict);
  }

  /**
   * The kinds the repair may relax, by name (see {@link RelaxKind}; {@code all} for every kind); replaces the
   * default set.
   *
   * @throws IllegalArgumentException "unknown relaxable kind 'x'; allowed: ..."
   */
  public Settings withRelax(List<String> kinds) {
    Set<RelaxKind> set = EnumSet.noneOf(RelaxKind.class);
    for (String k : kinds) {
      if (k.trim().equalsIgnoreCase("all")) {
        set.addAll(EnumSet.allOf(RelaxKind.class));
      } else {
        set.add(RelaxKind.parse(k));
      }
    }
    return withRepair(repair.withRelaxable(set));
  }

  /**
   * The repair weight of a kind, in CNY per unit of that kind.
   *
   * @throws IllegalArgumentException for an unknown kind, or a weight that is not a positive finite number
   */
  public Settings withRepairWeight(String kind, double cnyPerUnit) {
    RelaxKind k = RelaxKind.parse(kind);
    if (!Double.isFinite(cnyPerUnit) || cnyPerUnit <= 0) {
      throw new IllegalArgumentException("the weight of " + k.cliName() + " must be a positive number (CNY per unit), "
          + "got " + cnyPerUnit);
    }
    return withRepair(repair.withWeight(k, cnyPerUnit));
  }

  /** The backend for an instance: the one set, or for auto CLP for an LP and SCIP for a MILP. */
  public Backend backendFor(Instance in) {
    return backend != null ? backend : Backend.defaultFor(in.hasIntegerDecisions());
  }

  /** The solver settings for an instance (auto resolved by {@link #backendFor}). */
  public SolverSettings solverSettings(Instance in) {
    return new SolverSettings(backendFor(in), timeLimitSeconds, threads, relativeGap, priceBackend, verbose);
  }

  /** Whether the backend set reports a simplex basis, as sensitivity ranging needs (GLOP or CLP). */
  public boolean reportsBasis() {
    return backend == Backend.GLOP || backend == Backend.CLP;
  }

  static Backend backendNamed(String name) {
    try {
      return Backend.parse(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be one of " + SOLVER_NAMES + "; got '" + name + "'");
    }
  }
}
