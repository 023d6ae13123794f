package org.coalgrid.domain;

/**
 * Storage of a PUMPED_STORAGE or BATTERY plant: {@code storageMwh} of energy stored, {@code efficiency} round
 * trip (MWh out per MWh pumped or charged), {@code pumpCapacityMw} (null = the plant's capacity before builds).
 * {@code interDay}: with representative days, carry energy from day to day along the year's calendar
 * (long-duration storage) instead of cycling within each day.
 */
public record Storage(double storageMwh, double efficiency, Double pumpCapacityMw, boolean interDay) {

  /** Storage that cycles within each day (or over the year, with blocks). */
  public Storage(double storageMwh, double efficiency, Double pumpCapacityMw) {
    this(storageMwh, efficiency, pumpCapacityMw, false);
  }
}
