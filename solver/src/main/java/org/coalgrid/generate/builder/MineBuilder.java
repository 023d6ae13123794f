package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Mine}. */
public final class MineBuilder extends EntityBuilder<MineBuilder> {
  public MineBuilder(String id) {
    super("mine");
    put("id", id);
  }

  public MineBuilder name(String name) {
    return put("name", name);
  }

  public MineBuilder region(String regionId) {
    return put("region", regionId);
  }

  public MineBuilder grade(String gradeId) {
    return put("grade", gradeId);
  }

  public MineBuilder capacityT(Number t) {
    return put("capacityT", t);
  }

  public MineBuilder minOutputT(Number t) {
    return put("minOutputT", t);
  }

  public MineBuilder costCnyPerT(Number cny) {
    return put("costCnyPerT", cny);
  }

  public MineBuilder large(boolean large) {
    return put("large", large);
  }

  /** Washing at the mine (null writes an explicit "no washing"). */
  public MineBuilder washing(WashingBuilder washing) {
    return put("washing", washing);
  }

  /** The candidate build came after the shipped files: written only when set, so they keep their bytes. */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("build");
  }

  /** Candidate expansion of the mine's capacity. */
  public MineBuilder build(MineBuildBuilder build) {
    return put("build", build);
  }

  /** The washing as set (null if none), for builders that add a washery to it. */
  public WashingBuilder washing() {
    return (WashingBuilder) get("washing");
  }

  /** The capacity as set (a number or figure), for builders that size other entities from it. */
  public Number capacityT() {
    return (Number) get("capacityT");
  }
}
