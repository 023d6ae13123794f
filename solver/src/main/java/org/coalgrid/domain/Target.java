package org.coalgrid.domain;

/**
 * A plan target to compare with the solution (not a constraint): {@code metric} (sense) {@code value}
 * within {@code tolerance} (relative), with its source.
 */
public record Target(String id, String name, String metric, Sense sense, double value, double tolerance,
    String unit, SourceRef source) {}
