package org.coalgrid.domain;

/**
 * Coal washing (洗选) at a mine. A {@code washedShare} of raw output q is washed: it yields {@code cleanYield} t of
 * {@code cleanGrade} and {@code byproductYield} t of {@code byproductGrade} (gangue/slurry) per tonne washed; the
 * rest is rock and water. Costs {@code costCnyPerT} per tonne washed.
 *
 * <p>Without {@code capacityT} and {@code build} the share is fixed: exactly washedShare·q is washed. With either, the
 * mine has a washery 洗煤厂 of {@code capacityT} t/yr of raw coal (null: none yet) and optionally a candidate
 * expansion {@code build} (whole units of {@code build.unitT} t/yr, the shape of a mine's build): the tonnes washed
 * are then a decision, at most washedShare·q and at most the washery's capacity incl. what is built.
 */
public record Washing(double washedShare, String cleanGrade, double cleanYield, String byproductGrade,
    double byproductYield, double costCnyPerT, Double capacityT, MineBuild build) {

  /** Washing of a fixed share (no washery capacity, no build). */
  public Washing(double washedShare, String cleanGrade, double cleanYield, String byproductGrade,
      double byproductYield, double costCnyPerT) {
    this(washedShare, cleanGrade, cleanYield, byproductGrade, byproductYield, costCnyPerT, null, null);
  }

  /** True when the tonnes washed are a decision (a washery capacity or a candidate washery build is given). */
  public boolean hasCapacity() {
    return capacityT != null || build != null;
  }

  /** The washery's capacity before builds (t/yr of raw coal; 0 when only a build is given). */
  public double capacityBeforeBuilds() {
    return capacityT != null ? capacityT : 0;
  }

  /** This washing with another washery capacity and build (a pathway's year). */
  public Washing withCapacity(Double capacity, MineBuild newBuild) {
    return new Washing(washedShare, cleanGrade, cleanYield, byproductGrade, byproductYield, costCnyPerT, capacity,
        newBuild);
  }
}
