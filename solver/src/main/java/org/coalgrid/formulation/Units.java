package org.coalgrid.formulation;

/**
 * Scaling between domain units (t, MWh, CNY) and model units, chosen so coefficients stay near 1
 * (OR-Tools trap 7: badly scaled data slows solvers and can defeat time limits).
 */
public final class Units {
  /** Tonnes per model coal unit (kt). */
  public static final double T_PER_UNIT = 1_000.0;
  /** MWh per model stored-energy unit (GWh). */
  public static final double MWH_PER_UNIT = 1_000.0;
  /** CNY per model money unit (million CNY). */
  public static final double CNY_PER_UNIT = 1_000_000.0;
  /** GJ per model heat unit (TJ). */
  public static final double GJ_PER_UNIT = 1_000.0;

  private Units() {}

  /** Cost coefficient of a coal variable (kt) for a price in CNY/t: million CNY per kt. */
  public static double perKt(double cnyPerT) {
    return cnyPerT * T_PER_UNIT / CNY_PER_UNIT;
  }

  /** Cost coefficient of an average-MW variable over {@code hours} for a price in CNY/MWh. */
  public static double perMwPeriod(double cnyPerMwh, double hours) {
    return cnyPerMwh * hours / CNY_PER_UNIT;
  }
}
