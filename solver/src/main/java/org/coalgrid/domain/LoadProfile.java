package org.coalgrid.domain;

/**
 * How an industry spreads its output over the year: FLAT (output in a period proportional to its hours,
 * a constant load) or FREE (any split, no period above the capacity rate).
 */
public enum LoadProfile { FLAT, FREE }
