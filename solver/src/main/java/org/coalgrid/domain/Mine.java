package org.coalgrid.domain;

/**
 * A mine or mining area producing raw coal of one grade. {@code capacityT} and {@code minOutputT} in t/yr,
 * {@code costCnyPerT} in CNY per raw tonne. {@code large} marks large mines for 大煤保大电. A mine in an
 * external region is an outside seller (its cost is the purchase price). {@code build}: optional candidate
 * expansion of its capacity (extra units of raw-coal capacity, integer).
 */
public record Mine(String id, String name, String region, String grade, double capacityT, double minOutputT,
    double costCnyPerT, boolean large, Washing washing, MineBuild build) {

  /** A mine without a candidate build. */
  public Mine(String id, String name, String region, String grade, double capacityT, double minOutputT,
      double costCnyPerT, boolean large, Washing washing) {
    this(id, name, region, grade, capacityT, minOutputT, costCnyPerT, large, washing, null);
  }

  /** This mine with another washing (a pathway's year: its washery's capacity and build). */
  public Mine withWashing(Washing other) {
    return new Mine(id, name, region, grade, capacityT, minOutputT, costCnyPerT, large, other, build);
  }

  /** This mine with another capacity and minimum output before builds and another build (a pathway's year). */
  public Mine withCapacity(double capacity, double minOutput, MineBuild newBuild) {
    return new Mine(id, name, region, grade, capacity, minOutput, costCnyPerT, large, washing, newBuild);
  }
}
