package org.coalgrid.generate.builder;

/** Builds a candidate build ({@link org.coalgrid.domain.Build}) of a plant or a line. */
public final class CandidateBuilder extends EntityBuilder<CandidateBuilder> {
  public CandidateBuilder() {
    super("build");
  }

  public CandidateBuilder unitMw(Number mw) {
    return put("unitMw", mw);
  }

  /** Most units that may be built (an integer, plain or as a figure). */
  public CandidateBuilder maxUnits(Number units) {
    return put("maxUnits", units);
  }

  public CandidateBuilder capexCnyPerMwYr(Number cny) {
    return put("capexCnyPerMwYr", cny);
  }
}
