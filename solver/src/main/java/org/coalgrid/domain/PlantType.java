package org.coalgrid.domain;

/**
 * Kinds of generating plant. Coal-burning types need a heat rate and accepted grades; storage types (pumped
 * storage 抽水蓄能, batteries 电化学储能) need {@code storage} and are modelled alike.
 */
public enum PlantType {
  HYDRO(false), COAL(true), GANGUE(true), CHP(true), PUMPED_STORAGE(false), WIND(false), SOLAR(false),
  GAS(false), BATTERY(false);

  private final boolean burnsCoal;

  PlantType(boolean burnsCoal) {
    this.burnsCoal = burnsCoal;
  }

  /** True for plants whose fuel is coal from the coal network (COAL, GANGUE, CHP). */
  public boolean burnsCoal() {
    return burnsCoal;
  }

  /** True for plants that store energy drawn from the grid (PUMPED_STORAGE, BATTERY): pump (charge) and generate. */
  public boolean storesEnergy() {
    return this == PUMPED_STORAGE || this == BATTERY;
  }
}
