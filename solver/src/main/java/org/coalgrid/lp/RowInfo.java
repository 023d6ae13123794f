package org.coalgrid.lp;

/**
 * What a row means in domain words, so its dual can be reported. {@code family} is the constraint family
 * (e.g. "power_balance"), {@code entity} the domain id it belongs to, {@code period} the period id or null,
 * {@code dualToDomain} converts the dual (million CNY per model unit) into {@code dualUnit}
 * (e.g. CNY/MWh), and {@code relaxUnit} names the unit the row's right-hand side is counted in for
 * reporting (e.g. "t/yr", "MW"), with {@code rhsToDomain} converting model units to it.
 */
public record RowInfo(String family, String entity, String period, double dualToDomain, String dualUnit,
    double rhsToDomain, String rhsUnit) {}
