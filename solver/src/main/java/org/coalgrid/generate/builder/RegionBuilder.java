package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Region}. */
public final class RegionBuilder extends EntityBuilder<RegionBuilder> {
  public RegionBuilder(String id) {
    super("region");
    put("id", id);
  }

  public RegionBuilder name(String name) {
    return put("name", name);
  }

  public RegionBuilder nameZh(String name) {
    return put("nameZh", name);
  }

  public RegionBuilder external(boolean external) {
    return put("external", external);
  }
}
