package org.coalgrid.solve;

/**
 * Simplex status of a column or row at the optimum: BASIC, or nonbasic AT_LOWER / AT_UPPER bound, FIXED (equal
 * bounds) or FREE (nonbasic with no finite bound). For a row it is the status of the row's activity a'x.
 */
public enum BasisStatus { BASIC, AT_LOWER, AT_UPPER, FIXED, FREE }
