package org.coalgrid.generate.builder;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.TimeStructure;

/**
 * Builds a {@link TimeStructure} ({@code time} of an instance, instead of periods): representative days, or every
 * day of a full year. Each day has 24 / stepHours steps with ids {@code DAY-h00}, {@code DAY-h01}, ...; per-period
 * values of the instance are then given per step (the {@code ...ByPeriod(double...)} setters take one value per
 * step, in order).
 *
 * <pre>
 *   InstanceBuilder b = new InstanceBuilder(new MetaBuilder("case").year(2010));
 *   b.time(TimeBuilder.representativeDays()
 *       .day(new DayBuilder("jan").weight(31).month(1).season("dry"))
 *       .day(new DayBuilder("jul").weight(334).month(7).season("wet")));   // 2 days x 24 hourly steps
 *   b.add(new DemandBuilder("load").region("a").mwByPeriod(loadProfile)); // 48 values
 * </pre>
 */
public final class TimeBuilder extends EntityBuilder<TimeBuilder> {
  private final List<DayBuilder> days = new ArrayList<>();

  private TimeBuilder(TimeStructure.Form form) {
    super("time");
    put("form", form);
  }

  /** Representative days (add them with {@link #day}), hourly unless {@link #stepHours} says otherwise. */
  public static TimeBuilder representativeDays() {
    return new TimeBuilder(TimeStructure.Form.REPRESENTATIVE_DAYS);
  }

  /** Every day of the year in order; without {@link #day}s, the days of meta.year's calendar (d001 ...). */
  public static TimeBuilder fullYear() {
    return new TimeBuilder(TimeStructure.Form.FULL_YEAR);
  }

  /** Length of every step (h): 1, 2, 3, 4, 6, 8, 12 or 24. */
  public TimeBuilder stepHours(Number hours) {
    return put("stepHours", hours);
  }

  /** Appends a day. */
  public TimeBuilder day(DayBuilder day) {
    days.add(day);
    return put("days", days);
  }

  /** The days added, in order (a live view). */
  public List<DayBuilder> days() {
    return days;
  }

  /** The representative day of each day of the year, in order. */
  public TimeBuilder calendar(List<String> dayIds) {
    return put("calendar", List.copyOf(dayIds));
  }
}
