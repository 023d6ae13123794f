package org.coalgrid.solve;

import java.util.Locale;

/**
 * Solver backends reachable through OR-Tools 9.15. {@code duals}: whether the backend's LP duals are usable
 * as prices (HiGHS's are not through OR-Tools 9.15 — the dual certificate catches it; SCIP and CBC give
 * none); {@code integer}: whether it solves MILPs.
 */
public enum Backend {
  GLOP("GLOP", null, true, false, "Google's primal/dual simplex (LP)"),
  CLP("CLP", null, true, false, "COIN-OR CLP simplex (LP)"),
  PDLP("PDLP", null, true, false, "first-order PDLP (LP, low accuracy)"),
  HIGHS("HIGHS_LP", "HIGHS", false, true, "HiGHS simplex/IPM (LP) and branch-and-cut (MILP)"),
  SCIP("SCIP", "SCIP", false, true, "SCIP branch-and-cut (MILP; no LP duals)"),
  CBC("CBC", "CBC", false, true, "COIN-OR CBC branch-and-cut (MILP)"),
  CP_SAT("CP_SAT", "CP_SAT", false, true, "CP-SAT (pure-integer models only)");

  private final String lpId;
  private final String mipId;
  private final boolean trustedDuals;
  private final boolean integer;
  private final String description;

  Backend(String lpId, String mipId, boolean trustedDuals, boolean integer, String description) {
    this.lpId = lpId;
    this.mipId = mipId;
    this.trustedDuals = trustedDuals;
    this.integer = integer;
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

  public String description() {
    return description;
  }

  /**
   * The default backend ({@code --solver auto}): GLOP for LPs (fastest with certified prices), SCIP for MILPs
   * (returns its best solution and gap at a time limit). Reasons and figures: docs/solvers.md.
   */
  public static Backend defaultFor(boolean mip) {
    return mip ? SCIP : GLOP;
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
