package org.coalgrid.generate.builder;

/** Builds a candidate mine expansion ({@link org.coalgrid.domain.MineBuild}). */
public final class MineBuildBuilder extends EntityBuilder<MineBuildBuilder> {
  public MineBuildBuilder() {
    super("mineBuild");
  }

  /** Raw-coal capacity of one unit (t/yr). */
  public MineBuildBuilder unitT(Number t) {
    return put("unitT", t);
  }

  /** Most units that may be built (an integer, plain or as a figure). */
  public MineBuildBuilder maxUnits(Number units) {
    return put("maxUnits", units);
  }

  /** Annualised capital cost per t/yr of capacity (CNY per t/yr per year). */
  public MineBuildBuilder capexCnyPerTYr(Number cny) {
    return put("capexCnyPerTYr", cny);
  }
}
