/**
 * Domain records of an allocation instance: regions, periods, coal grades, mines, arcs, plants, lines,
 * industries, demands, export contracts and policies. Immutable, no solver import. Units are in the
 * component names ({@code capacityT} is t/yr, {@code capacityMw} is MW, {@code costCnyPerT} is CNY/t).
 */
package org.coalgrid.domain;
