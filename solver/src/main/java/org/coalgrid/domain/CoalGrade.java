package org.coalgrid.domain;

/**
 * A coal product. {@code tcePerT}: tonnes of coal equivalent (7000 kcal/kg) per tonne; {@code sulfurPct}:
 * sulphur content in % by mass; {@code co2TPerTce}: t CO2 per tce burned. {@code byproduct} marks washing
 * by-products (coal gangue 煤矸石, slurry 煤泥, middlings) counted by the gangue-utilisation policy.
 */
public record CoalGrade(String id, String name, double tcePerT, double sulfurPct, double co2TPerTce,
    boolean byproduct) {}
