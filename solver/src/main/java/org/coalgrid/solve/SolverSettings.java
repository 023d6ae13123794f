package org.coalgrid.solve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Solver settings in one place. {@code timeLimitSeconds} wall clock for the whole solve (0 = none);
 * {@code threads} for backends that use them (SCIP, CBC, CP-SAT; GLOP, CLP and HiGHS through MPSolver run
 * single-threaded); {@code relativeGap} for MILPs; {@code priceBackend} re-solves the MILP with integers
 * fixed to get prices.
 */
public record SolverSettings(Backend backend, double timeLimitSeconds, int threads, double relativeGap,
    Backend priceBackend, boolean verbose) {

  public static final double DEFAULT_TIME_LIMIT_S = 600;
  public static final double DEFAULT_GAP = 1e-4;

  public static SolverSettings defaults(Backend backend) {
    return new SolverSettings(backend, DEFAULT_TIME_LIMIT_S, 1, DEFAULT_GAP, Backend.defaultFor(false), false);
  }

  public SolverSettings withBackend(Backend b) {
    return new SolverSettings(b, timeLimitSeconds, threads, relativeGap, priceBackend, verbose);
  }

  /** The settings as recorded in results, in a fixed order. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("backend", backend.cliName());
    m.put("timeLimitSeconds", timeLimitSeconds);
    m.put("threads", threads);
    m.put("relativeMipGap", relativeGap);
    m.put("priceBackend", priceBackend.cliName());
    return m;
  }
}
