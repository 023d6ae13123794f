package org.coalgrid.domain;

/**
 * Direct supply (直供电 / 电力直接交易) from a plant to an industry: up to {@code maxMw}, at least
 * {@code minMw}, at {@code tariffCnyPerMwh} (a payment between the two, reported, not a system cost).
 * The energy bypasses the grid: it leaves the plant's injection and the industry's grid draw.
 */
public record DirectSupply(String id, String plant, String industry, double maxMw, double minMw,
    double tariffCnyPerMwh) {}
