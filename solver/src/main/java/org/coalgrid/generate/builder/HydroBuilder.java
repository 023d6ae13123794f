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

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public HydroBuilder energyMwhByPeriod(Series series) {
    return put("energyMwhByPeriod", series);
  }

  /** Reservoir size in MWh (null: no reservoir). */
  public HydroBuilder storageMwh(Number mwh) {
    return put("storageMwh", mwh);
  }

  public HydroBuilder inflowMwhByPeriod(Map<String, ? extends Number> mwh) {
    return put("inflowMwhByPeriod", numbers(mwh));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public HydroBuilder inflowMwhByPeriod(Series series) {
    return put("inflowMwhByPeriod", series);
  }

  public HydroBuilder minReleaseMw(Number mw) {
    return put("minReleaseMw", mw);
  }

  /** The energy available (MWh) per period: one value per period (step), in period order (written as a list). */
  public HydroBuilder energyMwhByPeriod(double... values) {
    return put("energyMwhByPeriod", series(values));
  }

  /** The reservoir inflow (MWh) per period: one value per period (step), in period order (written as a list). */
  public HydroBuilder inflowMwhByPeriod(double... values) {
    return put("inflowMwhByPeriod", series(values));
  }
}
