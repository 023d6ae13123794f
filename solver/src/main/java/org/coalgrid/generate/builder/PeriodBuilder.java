package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Period}: a slice of the year of {@code hours} h. */
public final class PeriodBuilder extends EntityBuilder<PeriodBuilder> {
  public PeriodBuilder(String id, Number hours) {
    super("period");
    put("id", id);
    put("hours", hours);
  }

  public PeriodBuilder season(String label) {
    return put("season", label);
  }

  public PeriodBuilder block(String label) {
    return put("block", label);
  }
}
