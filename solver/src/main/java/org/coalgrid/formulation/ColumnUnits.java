package org.coalgrid.formulation;

/**
 * The domain units of a model column, from its kind ({@link ColumnKind}): its value in
 * {@code valueUnit} is the model value times {@code valueToDomain}, its cost in {@code costUnit} the model cost
 * (million CNY per model unit) times {@code costToDomain}. Average-MW columns of period t cost per MWh over the
 * period's hours.
 */
public record ColumnUnits(String valueUnit, double valueToDomain, String costUnit, double costToDomain) {

  /** Units of column j of the model built in {@code ctx}; model units if its kind has no domain unit. */
  public static ColumnUnits of(ModelContext ctx, int j) {
    String name = ctx.lp().columnName(j);
    ColumnKind kind = ColumnKind.of(name);
    Measure measure = kind == null ? Measure.MODEL_UNIT : kind.measure();
    return switch (measure) {
      case COAL_KT -> new ColumnUnits("t", Units.T_PER_UNIT, "CNY/t", Units.CNY_PER_UNIT / Units.T_PER_UNIT);
      case ENERGY_GWH -> new ColumnUnits("MWh", Units.MWH_PER_UNIT, "CNY/MWh",
          Units.CNY_PER_UNIT / Units.MWH_PER_UNIT);
      case COUNT -> new ColumnUnits("units", 1, "CNY/unit", Units.CNY_PER_UNIT);
      case POWER_MW -> new ColumnUnits("MW", 1, "CNY/MWh", Units.CNY_PER_UNIT / hoursOf(ctx, name));
      case MODEL_UNIT -> new ColumnUnits("model unit", 1, "million CNY per model unit", 1);
    };
  }

  /** Hours of the period whose id ends the column name (the year's hours if none does). */
  private static double hoursOf(ModelContext ctx, String name) {
    int t = ctx.periodIndex(ModelNames.lastPart(name));
    return t >= 0 ? ctx.hours(t) : ctx.hoursInYear();
  }
}
