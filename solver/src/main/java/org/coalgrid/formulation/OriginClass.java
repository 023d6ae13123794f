package org.coalgrid.formulation;

/**
 * Where a tonne of coal was mined, tracked only when a 大煤保大电 (large mines to large plants) policy needs
 * it: LARGE or SMALL mines; ANY when no policy asks.
 */
public enum OriginClass {
  ANY(""), LARGE("L"), SMALL("S");

  private final String code;

  OriginClass(String code) {
    this.code = code;
  }

  /** The class's last name part in coal rows and columns ("" for ANY, which adds none; see {@link ModelNames}). */
  public String code() {
    return code;
  }

  public static OriginClass of(boolean largeMine, boolean split) {
    if (!split) {
      return ANY;
    }
    return largeMine ? LARGE : SMALL;
  }
}
