package org.coalgrid.generate.builder;

/** Builds {@link org.coalgrid.domain.Potlines}: integer production lines (电解槽系列). */
public final class PotlinesBuilder extends EntityBuilder<PotlinesBuilder> {
  public PotlinesBuilder() {
    super("potlines");
  }

  /** Number of lines (an integer, plain or as a figure). */
  public PotlinesBuilder count(Number lines) {
    return put("count", lines);
  }

  public PotlinesBuilder sizeT(Number t) {
    return put("sizeT", t);
  }

  public PotlinesBuilder fixedCostCnyPerYr(Number cny) {
    return put("fixedCostCnyPerYr", cny);
  }

  /** The candidate build came after the shipped files: written only when set, so they keep their bytes. */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("build");
  }

  /** Candidate new lines of the same size. */
  public PotlinesBuilder build(PotlineBuildBuilder build) {
    return put("build", build);
  }
}
