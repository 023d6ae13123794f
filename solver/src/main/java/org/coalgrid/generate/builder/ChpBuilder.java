package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Chp} (热电联产). */
public final class ChpBuilder extends EntityBuilder<ChpBuilder> {
  public ChpBuilder() {
    super("chp");
  }

  public ChpBuilder heatGjPerMwh(Number gj) {
    return put("heatGjPerMwh", gj);
  }

  public ChpBuilder heatFuelKgcePerGj(Number kgce) {
    return put("heatFuelKgcePerGj", kgce);
  }
}
