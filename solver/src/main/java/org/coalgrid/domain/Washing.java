package org.coalgrid.domain;

/**
 * Coal washing (洗选) at a mine. A fixed {@code washedShare} of raw output q is washed: it yields
 * {@code cleanYield} t of {@code cleanGrade} and {@code byproductYield} t of {@code byproductGrade}
 * (gangue/slurry) per tonne washed; the rest is rock and water. Costs {@code costCnyPerT} per tonne washed.
 */
public record Washing(double washedShare, String cleanGrade, double cleanYield, String byproductGrade,
    double byproductYield, double costCnyPerT) {}
