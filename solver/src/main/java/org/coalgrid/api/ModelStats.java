package org.coalgrid.api;

/**
 * The size of a built model ({@link CoalGrid#exportMps}).
 * <pre>{@code
 * ModelStats m = coalgrid.exportMps(plan, Path.of("model.mps"));
 * System.out.println(m.columns() + " columns, " + m.rows() + " rows");
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param columns         variables
 * @param integerColumns  of which integer
 * @param rows            constraints
 * @param nonzeros        nonzero coefficients
 */
public record ModelStats(int columns, int integerColumns, int rows, int nonzeros) {}
