package org.coalgrid.domain;

/**
 * Integer production lines: {@code count} lines of {@code sizeT} t/yr each, output &lt;= n * sizeT with
 * n integer in [0, count]; a running line costs {@code fixedCostCnyPerYr}. {@code build}: optional candidate new
 * lines of the same size (n then up to count + the lines built).
 */
public record Potlines(int count, double sizeT, double fixedCostCnyPerYr, PotlineBuild build) {

  /** Potlines without a candidate build. */
  public Potlines(int count, double sizeT, double fixedCostCnyPerYr) {
    this(count, sizeT, fixedCostCnyPerYr, null);
  }
}
