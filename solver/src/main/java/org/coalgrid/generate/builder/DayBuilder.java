package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.TimeStructure.Day}: a representative day (or a day of a full year). */
public final class DayBuilder extends EntityBuilder<DayBuilder> {
  public DayBuilder(String id) {
    super("day");
    put("id", id);
  }

  /** Days of the year the day stands for (1 in a full year). */
  public DayBuilder weight(Number days) {
    return put("weight", days);
  }

  /** Month 1..12. */
  public DayBuilder month(int month) {
    return put("month", month);
  }

  /** Free label such as wet or dry. */
  public DayBuilder season(String label) {
    return put("season", label);
  }
}
