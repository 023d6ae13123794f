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

  /** The washery's capacity 洗煤厂能力 (t/yr of raw coal). */
  public WashingBuilder capacityT(Number t) {
    return put("capacityT", t);
  }

  /** Candidate expansion of the washery (units of raw-coal washing capacity). */
  public WashingBuilder build(MineBuildBuilder build) {
    return put("build", build);
  }

  /** The washery fields came after the shipped files: written only when set, so they keep their bytes. */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("capacityT", "build");
  }
}
