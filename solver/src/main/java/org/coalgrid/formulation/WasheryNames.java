package org.coalgrid.formulation;

/**
 * The names of a mine's washery 洗煤厂 rows and columns (a companion of {@link ModelNames}, which builds them with
 * its kinds; kept apart for the size of that class).
 */
public final class WasheryNames {
  private WasheryNames() {}

  /** Tonnes washed at most the washed share of raw output: {@code wash_share.m}. */
  public static String washShare(String mine) {
    return ModelNames.name(ModelNames.RowKind.WASH_SHARE, mine);
  }

  /** Tonnes washed at most the washery's capacity incl. what is built: {@code wash_cap.m}. */
  public static String washCapacity(String mine) {
    return ModelNames.name(ModelNames.RowKind.WASH_CAPACITY, mine);
  }

  /** Pathway: the units of mine m's washery build in service in a year: {@code carry_wash.m}. */
  public static String carryWash(String mine) {
    return ModelNames.name(ModelNames.RowKind.CARRY_WASH, mine);
  }

  /** {@code ww.m}: raw coal washed at mine m. */
  public static String ww(String mine) {
    return ModelNames.name(ColumnKind.WW, mine);
  }

  /** {@code bw.m}: units of washery capacity built at mine m. */
  public static String bw(String mine) {
    return ModelNames.name(ColumnKind.BW, mine);
  }

  /** {@code nbw.m}: units of mine m's washery build that come in in a year (pathway). */
  public static String nbw(String mine) {
    return ModelNames.name(ColumnKind.NBW, mine);
  }
}
