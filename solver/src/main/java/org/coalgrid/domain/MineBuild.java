package org.coalgrid.domain;

/**
 * A candidate expansion of a mine (integer): up to {@code maxUnits} units of {@code unitT} t/yr of extra raw-coal
 * capacity, each costing {@code capexCnyPerTYr} annualised CNY per t/yr of capacity and year.
 */
public record MineBuild(double unitT, int maxUnits, double capexCnyPerTYr) {}
