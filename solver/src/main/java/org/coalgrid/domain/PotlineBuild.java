package org.coalgrid.domain;

/**
 * Candidate new potlines 电解槽系列 of an industry (integer): up to {@code maxUnits} lines of the industry's
 * {@code Potlines.sizeT} t/yr each, each costing {@code capexCnyPerTYr} annualised CNY per t/yr of line capacity and
 * year. A built line may run like an existing one (at the potlines' fixed cost when it runs).
 */
public record PotlineBuild(int maxUnits, double capexCnyPerTYr) {}
