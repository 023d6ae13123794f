package org.coalgrid.verify;

/**
 * The verifier's own statement of one constraint family of docs/formulation.md (the list
 * {@link SolutionVerifier#FAMILIES} mirrors the model's families, in the same order), written from the docs and
 * the instance records, never from the model code.
 */
interface FamilyCheck {
  /**
   * The family's name, as the model's {@code ConstraintFamily.name()} and the {@code family} of its rows in
   * docs/formulation.md (e.g. "power_balance"); every row this checker adds carries it.
   */
  String family();

  /** Adds the family's rows (and, for the objective, the column costs) to {@code c.model}, in domain units. */
  void rows(Context c);

  /** Checks the solution's values against the family's constraints and bounds, in domain units. */
  void check(Context c);

  /**
   * The units of a candidate build of entity {@code id} ({@code what}, e.g. "units built"), under check
   * {@code check}: none without a build ({@code maxUnits} null; compared with the {@code candidate} count 0), else a
   * whole number in [0, maxUnits].
   */
  static void builtUnits(Context c, String check, Object id, String what, String candidate, Integer maxUnits,
      double built) {
    if (maxUnits == null) {
      c.f.eq(check, id, what, built, candidate, 0, "units", 0);
      return;
    }
    c.f.ge(check, id, what, built, "zero", 0, "units", 0);
    c.f.le(check, id, what, built, "max units", maxUnits, "units", 0);
    c.f.eq(check, id, what, built, "a whole number", Math.rint(built), "units", 0);
  }

  /** A row spec of family {@code family}; {@code scale} is domain units per model unit of the row (§1). */
  static DualModel.RowSpec spec(String name, String family, String entity, String period, double lb, double ub,
      String dualUnit, String rhsUnit, double perRhsUnit, double scale) {
    return new DualModel.RowSpec(name, family, entity, period, lb, ub, 0, dualUnit, rhsUnit, perRhsUnit, scale);
  }
}
