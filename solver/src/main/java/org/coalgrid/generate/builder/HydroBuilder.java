package org.coalgrid.generate.builder;

import java.util.Map;

/** Builds a {@link org.coalgrid.domain.Hydro}: energy per period (run-of-river) or a reservoir. */
public final class HydroBuilder extends EntityBuilder<HydroBuilder> {
  public HydroBuilder() {
    super("hydro");
  }

  public HydroBuilder energyMwhByPeriod(Map<String, ? extends Number> mwh) {
    return put("energyMwhByPeriod", numbers(mwh));
  }

  /** Reservoir size in MWh (null: no reservoir). */
  public HydroBuilder storageMwh(Number mwh) {
    return put("storageMwh", mwh);
  }

  public HydroBuilder inflowMwhByPeriod(Map<String, ? extends Number> mwh) {
    return put("inflowMwhByPeriod", numbers(mwh));
  }

  public HydroBuilder minReleaseMw(Number mw) {
    return put("minReleaseMw", mw);
  }
}
