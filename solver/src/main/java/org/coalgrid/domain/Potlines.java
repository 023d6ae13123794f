package org.coalgrid.domain;

/**
 * Integer production lines: {@code count} lines of {@code sizeT} t/yr each, output &lt;= n * sizeT with
 * n integer in [0, count]; a running line costs {@code fixedCostCnyPerYr}.
 */
public record Potlines(int count, double sizeT, double fixedCostCnyPerYr) {}
