package org.coalgrid.domain;

import java.util.Map;

/**
 * Hydro energy limits. Either run-of-river style energy per period ({@code energyMwhByPeriod}: x*h &lt;= E)
 * or a reservoir ({@code storageMwh}, {@code inflowMwhByPeriod}, {@code minReleaseMw}, cyclic over the year).
 */
public record Hydro(Map<String, Double> energyMwhByPeriod, Double storageMwh, Map<String, Double> inflowMwhByPeriod,
    double minReleaseMw) {

  public Hydro {
    energyMwhByPeriod = OrderedMaps.copy(energyMwhByPeriod);
    inflowMwhByPeriod = OrderedMaps.copy(inflowMwhByPeriod);
  }

  public boolean isReservoir() {
    return storageMwh != null;
  }
}
