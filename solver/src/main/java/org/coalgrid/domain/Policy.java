package org.coalgrid.domain;

import java.util.List;

/**
 * A named policy constraint; its shadow price is reported under {@code id}. {@code limit} is in the unit
 * of the type (t/yr, share, MW, t CO2). {@code regions} narrows it (empty = whole system); {@code region}
 * names the external market for EXPORT_CAPABILITY. GENERIC uses {@code terms} and {@code sense}.
 */
public record Policy(String id, String name, String nameZh, PolicyType type, double limit, List<String> regions,
    String region, Sense sense, List<Term> terms) {

  public Policy {
    regions = regions == null ? List.of() : List.copyOf(regions);
    terms = terms == null ? List.of() : List.copyOf(terms);
  }

  /** One term of a generic policy: {@code coef} times the named metric. */
  public record Term(String metric, double coef) {}
}
