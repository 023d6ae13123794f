package org.coalgrid.domain;

/** Kinds of generating plant. Coal-burning types need a heat rate and accepted grades. */
public enum PlantType {
  HYDRO(false), COAL(true), GANGUE(true), CHP(true), PUMPED_STORAGE(false), WIND(false), SOLAR(false),
  GAS(false);

  private final boolean burnsCoal;

  PlantType(boolean burnsCoal) {
    this.burnsCoal = burnsCoal;
  }

  /** True for plants whose fuel is coal from the coal network (COAL, GANGUE, CHP). */
  public boolean burnsCoal() {
    return burnsCoal;
  }
}
