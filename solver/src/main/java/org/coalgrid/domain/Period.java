package org.coalgrid.domain;

/**
 * A slice of the year. {@code hours} (h) is how many hours of the year it stands for; average MW in the
 * period times hours gives MWh. {@code season} is a free label such as "wet" (丰水期) or "dry" (枯水期).
 */
public record Period(String id, double hours, String season, String block) {}
