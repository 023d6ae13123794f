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

  /** A row spec of family {@code family}; {@code scale} is domain units per model unit of the row (§1). */
  static DualModel.RowSpec spec(String name, String family, String entity, String period, double lb, double ub,
      String dualUnit, String rhsUnit, double perRhsUnit, double scale) {
    return new DualModel.RowSpec(name, family, entity, period, lb, ub, 0, dualUnit, rhsUnit, perRhsUnit, scale);
  }
}
