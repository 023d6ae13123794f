package org.coalgrid.solve;

import java.util.Locale;

/**
 * Solver backends reachable through OR-Tools 9.15. {@code duals}: whether the backend's LP duals are usable
 * as prices (HiGHS's are not through OR-Tools 9.15 — the dual certificate catches it; SCIP and CBC give
 * none); {@code integer}: whether it solves MILPs.
 */
public enum Backend {
  GLOP("GLOP", null, true, false, 1, "Google's primal/dual simplex (LP)"),
  CLP("CLP", null, true, false, 1, "COIN-OR CLP dual simplex (LP), through CLP's C interface"),
  PDLP("PDLP", null, true, false, Backend.MAX_THREADS, "first-order PDLP (LP, low accuracy)"),
  HIGHS("HIGHS_LP", "HIGHS", false, true, 1, "HiGHS simplex/IPM (LP) and branch-and-cut (MILP)"),
  SCIP("SCIP", "SCIP", false, true, 64, "SCIP branch-and-cut (MILP; no LP duals)"),
  CBC("CBC", "CBC", false, true, 1, "COIN-OR CBC branch-and-cut (MILP)"),
  CP_SAT("CP_SAT", "CP_SAT", false, true, Backend.MAX_THREADS, "CP-SAT (pure-integer models only)");

  /**
   * Most threads any backend is given: more is a typing error (CP-SAT took 1.2 s to start 10,000 workers on a
   * two-variable model and crashed at 100,000).
   */
  public static final int MAX_THREADS = 256;

  private final String lpId;
  private final String mipId;
  private final boolean trustedDuals;
  private final boolean integer;
  private final int maxThreads;
  private final String description;

  Backend(String lpId, String mipId, boolean trustedDuals, boolean integer, int maxThreads, String description) {
    this.lpId = lpId;
    this.mipId = mipId;
    this.trustedDuals = trustedDuals;
    this.integer = integer;
    this.maxThreads = maxThreads;
    this.description = description;
  }

  /** The OR-Tools solver id for a model with or without integers; null if the backend cannot solve it. */
  public String orToolsId(boolean mip) {
    return mip ? mipId : lpId;
  }

  public boolean supportsInteger() {
    return integer;
  }

  /** Whether this backend's LP duals have passed our certificate on the test models (GLOP, CLP, PDLP). */
  public boolean trustedDuals() {
    return trustedDuals;
  }

  /**
   * Most threads this backend uses through OR-Tools 9.15 (measured with {@code MPSolver.setNumThreads}): SCIP 64
   * (its {@code parallel/maxnthreads} range; more is refused by SCIP, which then runs on one thread); PDLP and
   * CP-SAT {@link #MAX_THREADS}; 1 for GLOP, CLP and HiGHS (the setter is refused or does nothing) and CBC (this
   * build has no threads: {@code -threads} is an unknown command to it).
   */
  public int maxThreads() {
    return maxThreads;
  }

  public String description() {
    return description;
  }

  /**
   * The default backend ({@code --solver auto}): CLP for LPs, the fastest backend whose prices pass the
   * certificate at every size measured (docs/solvers.md: from the shipped cases to 1 M nonzeros); SCIP for
   * MILPs (returns its best solution and gap at a time limit). It is also the default price backend of a MILP.
   */
  public static Backend defaultFor(boolean mip) {
    return mip ? SCIP : CLP;
  }

  /** Lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name (case-insensitive, '-' or '_'). */
  public static Backend parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
