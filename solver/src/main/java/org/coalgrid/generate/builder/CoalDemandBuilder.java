package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.CoalDemand}: coal used outside the modelled chains. */
public final class CoalDemandBuilder extends EntityBuilder<CoalDemandBuilder> {
  public CoalDemandBuilder(String id) {
    super("coalDemand");
    put("id", id);
  }

  public CoalDemandBuilder region(String regionId) {
    return put("region", regionId);
  }

  public CoalDemandBuilder grade(String gradeId) {
    return put("grade", gradeId);
  }

  public CoalDemandBuilder firmT(Number t) {
    return put("firmT", t);
  }

  /** Most coal that may be sold, t/yr (null: firmT). */
  public CoalDemandBuilder maxT(Number t) {
    return put("maxT", t);
  }

  public CoalDemandBuilder priceCnyPerT(Number cny) {
    return put("priceCnyPerT", cny);
  }
}
