package org.coalgrid.api;

/**
 * What {@link CoalGrid#generate} wrote: a synthetic, feasible, STYLISED instance for benchmarks and tests.
 * <pre>{@code
 * GeneratedInstance g = coalgrid.generate(Path.of("s.json"), "S", null, null, 1, false);
 * System.out.println(g.label() + ": " + g.regions() + " regions");
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param label    the instance name, e.g. {@code gen-r9-t24-s1}
 * @param regions  internal regions
 * @param periods  periods
 * @param seed     random seed
 * @param mip      whether it has integer decisions
 */
public record GeneratedInstance(String label, int regions, int periods, long seed, boolean mip) {}
