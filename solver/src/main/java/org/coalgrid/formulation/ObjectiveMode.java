package org.coalgrid.formulation;

/**
 * COST: minimise system cost with industries making their planned output. WELFARE: minimise cost minus
 * industry value added, with output free between its minimum and capacity.
 */
public enum ObjectiveMode { COST, WELFARE }
