package org.coalgrid.domain;

/**
 * A node of the coal and power networks. An {@code external} region is a market outside the system
 * (Guangdong for 西电东送, outside coal buyers or sellers).
 */
public record Region(String id, String name, String nameZh, boolean external) {}
