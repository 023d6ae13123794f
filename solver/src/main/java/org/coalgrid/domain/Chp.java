package org.coalgrid.domain;

/**
 * Combined heat and power (热电联产), back-pressure style: {@code heatGjPerMwh} GJ of heat come with every MWh;
 * the heat takes {@code heatFuelKgcePerGj} kgce/GJ extra fuel and can serve industries' heat in its region.
 */
public record Chp(double heatGjPerMwh, double heatFuelKgcePerGj) {}
