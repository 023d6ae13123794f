package org.coalgrid.domain;

/**
 * A mine or mining area producing raw coal of one grade. {@code capacityT} and {@code minOutputT} in t/yr,
 * {@code costCnyPerT} in CNY per raw tonne. {@code large} marks large mines for 大煤保大电. A mine in an
 * external region is an outside seller (its cost is the purchase price).
 */
public record Mine(String id, String name, String region, String grade, double capacityT, double minOutputT,
    double costCnyPerT, boolean large, Washing washing) {}
