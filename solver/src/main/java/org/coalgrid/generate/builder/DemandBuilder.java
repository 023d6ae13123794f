package org.coalgrid.generate.builder;

import java.util.Map;

/** Builds a {@link org.coalgrid.domain.Demand}: one of mw, mwByPeriod or annualMwh. */
public final class DemandBuilder extends EntityBuilder<DemandBuilder> {
  public DemandBuilder(String id) {
    super("demand");
    put("id", id);
  }

  public DemandBuilder region(String regionId) {
    return put("region", regionId);
  }

  public DemandBuilder mw(Number mw) {
    return put("mw", mw);
  }

  public DemandBuilder mwByPeriod(Map<String, ? extends Number> mw) {
    return put("mwByPeriod", numbers(mw));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public DemandBuilder mwByPeriod(Series series) {
    return put("mwByPeriod", series);
  }

  public DemandBuilder annualMwh(Number mwh) {
    return put("annualMwh", mwh);
  }

  public DemandBuilder vollCnyPerMwh(Number cny) {
    return put("vollCnyPerMwh", cny);
  }

  /** The average load (MW) per period: one value per period (step), in period order (written as a list). */
  public DemandBuilder mwByPeriod(double... values) {
    return put("mwByPeriod", series(values));
  }
}
