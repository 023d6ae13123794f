package org.coalgrid.formulation;

/** One family of constraints; {@link #apply} adds its rows (and their terms) to the model. */
public interface ConstraintFamily {
  /** Short name used as the family of its rows (e.g. "power_balance"). */
  String name();

  void apply(ModelContext ctx);
}
