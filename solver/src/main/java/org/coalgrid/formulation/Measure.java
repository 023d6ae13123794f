package org.coalgrid.formulation;

/** How a column's value is measured in the model (its domain unit is derived in {@link ColumnUnits}). */
public enum Measure {
  /** kt per year, or per period for industry output. */
  COAL_KT,
  /** MW averaged over the period. */
  POWER_MW,
  /** GWh. */
  ENERGY_GWH,
  /** A count of units or potlines (integer). */
  COUNT,
  /** A slack of the repair model, in the model unit of its row. */
  MODEL_UNIT
}
