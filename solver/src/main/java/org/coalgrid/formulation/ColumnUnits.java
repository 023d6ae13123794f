package org.coalgrid.formulation;

import java.util.Map;

/**
 * The domain units of a model column, read from its name prefix (the table in {@link Variables}): its value in
 * {@code valueUnit} is the model value times {@code valueToDomain}, its cost in {@code costUnit} the model cost
 * (million CNY per model unit) times {@code costToDomain}. Average-MW columns of period t cost per MWh over the
 * period's hours.
 */
public record ColumnUnits(String valueUnit, double valueToDomain, String costUnit, double costToDomain) {

  private enum Kind { KT, MW, GWH, COUNT }

  private static final Map<String, Kind> PREFIX = Map.ofEntries(
      Map.entry("q", Kind.KT), Map.entry("wc", Kind.KT), Map.entry("wb", Kind.KT), Map.entry("y", Kind.KT),
      Map.entry("z", Kind.KT), Map.entry("w", Kind.KT), Map.entry("cd", Kind.KT), Map.entry("s", Kind.KT),
      Map.entry("x", Kind.MW), Map.entry("pump", Kind.MW), Map.entry("f", Kind.MW), Map.entry("fr", Kind.MW),
      Map.entry("d", Kind.MW), Map.entry("u", Kind.MW), Map.entry("e", Kind.MW),
      Map.entry("lvl", Kind.GWH), Map.entry("spill", Kind.GWH), Map.entry("sh", Kind.GWH),
      Map.entry("n", Kind.COUNT), Map.entry("b", Kind.COUNT), Map.entry("bl", Kind.COUNT), Map.entry("o", Kind.COUNT));

  /** Units of column j of the model built in {@code ctx}; model units if the prefix is unknown. */
  public static ColumnUnits of(ModelContext ctx, int j) {
    String name = ctx.lp().columnName(j);
    int dot = name.indexOf('.');
    Kind kind = PREFIX.get(dot < 0 ? name : name.substring(0, dot));
    if (kind == null) {
      return new ColumnUnits("model unit", 1, "million CNY per model unit", 1);
    }
    return switch (kind) {
      case KT -> new ColumnUnits("t", Units.T_PER_UNIT, "CNY/t", Units.CNY_PER_UNIT / Units.T_PER_UNIT);
      case GWH -> new ColumnUnits("MWh", Units.MWH_PER_UNIT, "CNY/MWh", Units.CNY_PER_UNIT / Units.MWH_PER_UNIT);
      case COUNT -> new ColumnUnits("units", 1, "CNY/unit", Units.CNY_PER_UNIT);
      case MW -> new ColumnUnits("MW", 1, "CNY/MWh", Units.CNY_PER_UNIT / hoursOf(ctx, name));
    };
  }

  /** Hours of the period whose id ends the column name (the year's hours if none does). */
  private static double hoursOf(ModelContext ctx, String name) {
    for (int t = 0; t < ctx.numPeriods(); t++) {
      if (name.endsWith("." + ctx.periodId(t))) {
        return ctx.hours(t);
      }
    }
    return ctx.hoursInYear();
  }
}
