package org.coalgrid.generate.builder;

/** Builds candidate new potlines ({@link org.coalgrid.domain.PotlineBuild}). */
public final class PotlineBuildBuilder extends EntityBuilder<PotlineBuildBuilder> {
  public PotlineBuildBuilder() {
    super("potlineBuild");
  }

  /** Most lines that may be built (an integer, plain or as a figure). */
  public PotlineBuildBuilder maxUnits(Number units) {
    return put("maxUnits", units);
  }

  /** Annualised capital cost per t/yr of line capacity (CNY per t/yr per year). */
  public PotlineBuildBuilder capexCnyPerTYr(Number cny) {
    return put("capexCnyPerTYr", cny);
  }
}
