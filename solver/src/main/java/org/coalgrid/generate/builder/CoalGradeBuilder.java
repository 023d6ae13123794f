package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.CoalGrade}. */
public final class CoalGradeBuilder extends EntityBuilder<CoalGradeBuilder> {
  public CoalGradeBuilder(String id) {
    super("coalGrade");
    put("id", id);
  }

  public CoalGradeBuilder name(String name) {
    return put("name", name);
  }

  public CoalGradeBuilder tcePerT(Number tcePerT) {
    return put("tcePerT", tcePerT);
  }

  public CoalGradeBuilder sulfurPct(Number pct) {
    return put("sulfurPct", pct);
  }

  public CoalGradeBuilder co2TPerTce(Number t) {
    return put("co2TPerTce", t);
  }

  public CoalGradeBuilder byproduct(boolean byproduct) {
    return put("byproduct", byproduct);
  }
}
