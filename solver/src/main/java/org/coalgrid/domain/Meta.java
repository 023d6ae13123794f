package org.coalgrid.domain;

import java.util.List;

/**
 * Description of the case. {@code hoursInYear} is what the period hours must add up to (8760, or 8784 for a
 * leap year). {@code vollCnyPerMwh} is the default value of lost load for demands that give none;
 * {@code carbonPriceCnyPerTCo2} puts a price on CO2 from coal burned in plants.
 */
public record Meta(
    String name,
    String description,
    int year,
    String currency,
    double hoursInYear,
    double vollCnyPerMwh,
    double carbonPriceCnyPerTCo2,
    List<SourceRef> sources,
    List<String> notes) {

  public Meta {
    sources = sources == null ? List.of() : List.copyOf(sources);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
