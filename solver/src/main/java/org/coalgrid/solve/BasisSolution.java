package org.coalgrid.solve;

/**
 * A solution with its final simplex basis: {@code columns[j]} and {@code rows[i]} in model order, or both null when
 * the backend reports no basis (only GLOP and CLP do through MPSolver, and only for an optimal LP).
 */
public record BasisSolution(RawSolution raw, BasisStatus[] columns, BasisStatus[] rows) {
  public boolean hasBasis() {
    return columns != null && rows != null;
  }
}
