package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.DirectSupply} (直供电) from a plant to an industry. */
public final class DirectSupplyBuilder extends EntityBuilder<DirectSupplyBuilder> {
  public DirectSupplyBuilder(String id) {
    super("directSupply");
    put("id", id);
  }

  public DirectSupplyBuilder plant(String plantId) {
    return put("plant", plantId);
  }

  public DirectSupplyBuilder industry(String industryId) {
    return put("industry", industryId);
  }

  public DirectSupplyBuilder maxMw(Number mw) {
    return put("maxMw", mw);
  }

  public DirectSupplyBuilder minMw(Number mw) {
    return put("minMw", mw);
  }

  public DirectSupplyBuilder tariffCnyPerMwh(Number cny) {
    return put("tariffCnyPerMwh", cny);
  }
}
