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

  /**
   * Share of a plant's capacity that counts as firm for a reserve margin 备用率 unless the plant gives its own
   * {@code capacityCredit}: 1 for thermal plants and storage (dispatchable at the peak), 0.05 for wind and 0 for
   * solar (an evening peak; ASSUMPTION, a planning convention, not from the seeds), and 1 for hydro, whose firm
   * capacity is then limited by the energy of its driest season.
   */
  public double defaultCapacityCredit() {
    return switch (this) {
      case WIND -> 0.05;
      case SOLAR -> 0.0;
      default -> 1.0;
    };
  }

  /** True for plants that store energy drawn from the grid (PUMPED_STORAGE, BATTERY): pump (charge) and generate. */
  public boolean storesEnergy() {
    return this == PUMPED_STORAGE || this == BATTERY;
  }
}
