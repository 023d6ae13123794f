package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Washing} (洗选) of a mine. */
public final class WashingBuilder extends EntityBuilder<WashingBuilder> {
  public WashingBuilder() {
    super("washing");
  }

  public WashingBuilder washedShare(Number share) {
    return put("washedShare", share);
  }

  public WashingBuilder cleanGrade(String gradeId) {
    return put("cleanGrade", gradeId);
  }

  public WashingBuilder cleanYield(Number tPerT) {
    return put("cleanYield", tPerT);
  }

  public WashingBuilder byproductGrade(String gradeId) {
    return put("byproductGrade", gradeId);
  }

  public WashingBuilder byproductYield(Number tPerT) {
    return put("byproductYield", tPerT);
  }

  public WashingBuilder costCnyPerT(Number cny) {
    return put("costCnyPerT", cny);
  }
}
