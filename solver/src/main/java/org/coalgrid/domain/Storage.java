package org.coalgrid.domain;

/**
 * Pumped storage: {@code storageMwh} of energy stored, {@code efficiency} round trip (MWh out per MWh
 * pumped), {@code pumpCapacityMw} (null = same as the plant's capacity).
 */
public record Storage(double storageMwh, double efficiency, Double pumpCapacityMw) {}
