package org.coalgrid.formulation;

/**
 * Where a tonne of coal was mined, tracked only when a 大煤保大电 (large mines to large plants) policy needs
 * it: LARGE or SMALL mines; ANY when no policy asks.
 */
public enum OriginClass {
  ANY(""), LARGE("L"), SMALL("S");

  private final String suffix;

  OriginClass(String suffix) {
    this.suffix = suffix;
  }

  /** Name suffix for columns and rows ("" for ANY). */
  public String suffix() {
    return suffix.isEmpty() ? "" : "." + suffix;
  }

  public static OriginClass of(boolean largeMine, boolean split) {
    if (!split) {
      return ANY;
    }
    return largeMine ? LARGE : SMALL;
  }
}
