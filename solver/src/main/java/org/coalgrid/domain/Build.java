package org.coalgrid.domain;

/**
 * A candidate build (integer): up to {@code maxUnits} units of {@code unitMw} MW, each costing
 * {@code capexCnyPerMwYr} annualised CNY per MW and year.
 */
public record Build(double unitMw, int maxUnits, double capexCnyPerMwYr) {}
