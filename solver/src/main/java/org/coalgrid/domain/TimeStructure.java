package org.coalgrid.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the year is cut into time steps (docs/formulation.md §2). One abstraction for three forms: the year is a
 * set of chronological <b>sequences</b> of steps; a sequence stands {@code weight} times in the year, each step
 * lasts {@code δ} hours, and a step stands for {@code h = weight·δ} hours of the year (the {@link Period#hours()}
 * of the step). Energies over the year use h; chronology inside a sequence (storage, ramps, start-ups) uses δ.
 *
 * <ul>
 * <li>{@link Form#BLOCKS}: the instance's {@code periods} (no {@code time} in the file). One sequence of all
 *     periods, weight 1, δ = the period's hours, cyclic over the year: today's model, unchanged.
 * <li>{@link Form#REPRESENTATIVE_DAYS}: {@code days}, each with a {@code weight} (days of the year it stands
 *     for), a month and a season label, and {@code 24 / stepHours} steps. Each day is a sequence, cyclic within
 *     the day; the optional {@code calendar} (which representative day stands for each day of the year, in
 *     order) lets long-duration storage carry energy between days.
 * <li>{@link Form#FULL_YEAR}: every day of the year in order ({@code days} with weight 1, or, when none are
 *     listed, the days of {@code meta.year}'s calendar: d001 to d365, with their months). One sequence of all
 *     steps, cyclic over the year: 8,760 hourly or 2,920 three-hour steps.
 * </ul>
 *
 * <p>The steps of a days form are the instance's periods, in order day by day: step k of day D has the id
 * {@code D-hHH} (HH the hour the step starts, 00..23), hours {@code weight·stepHours}, the day's season, and
 * block {@code hHH}. Per-period fields ({@code mwByPeriod}, {@code availabilityByPeriod}, ...) take these ids as
 * keys, or a list with one value per step in this order.
 *
 * <p>Years (issue 11) and scenarios (issue 12) are further indices over this structure: a pathway repeats the
 * steps per year, a scenario set changes values per step; neither changes the steps themselves.
 *
 * @param form the form; BLOCKS when the file has no {@code time}
 * @param stepHours δ of every step of a day (h): 1, 2, 3, 4, 6, 8, 12 or 24; 0 for BLOCKS
 * @param days the days, in order (empty for BLOCKS)
 * @param calendar for REPRESENTATIVE_DAYS, the representative day of each day of the year in order (may be empty)
 */
public record TimeStructure(Form form, double stepHours, List<Day> days, List<String> calendar) {

  /** The three forms of the year. */
  public enum Form {
    /** The instance's periods: one cyclic sequence of blocks (no {@code time} in the file). */
    BLOCKS,
    /** Representative days, each a cyclic sequence standing {@code weight} times in the year. */
    REPRESENTATIVE_DAYS,
    /** Every day of the year in order: one chronological sequence, cyclic over the year. */
    FULL_YEAR
  }

  /**
   * A day of a days form: {@code weight} days of the year it stands for (1 in a full year); {@code month}
   * 1..12 (null = not given); {@code season} a free label such as dry 枯水期 (null = none).
   */
  public record Day(String id, double weight, Integer month, String season) {}

  /** The form of an instance with {@code periods} and no {@code time}. */
  public static final TimeStructure BLOCKS = new TimeStructure(Form.BLOCKS, 0, List.of(), List.of());

  /** Step lengths that divide the day into whole hours. */
  public static final List<Integer> STEP_HOURS = List.of(1, 2, 3, 4, 6, 8, 12, 24);

  public TimeStructure {
    form = form == null ? Form.REPRESENTATIVE_DAYS : form;
    days = days == null ? List.of() : List.copyOf(days);
    calendar = calendar == null ? List.of() : List.copyOf(calendar);
  }

  /** A representative-days structure with hourly steps and no calendar. */
  public static TimeStructure representativeDays(List<Day> days) {
    return new TimeStructure(Form.REPRESENTATIVE_DAYS, 1, days, List.of());
  }

  /** True for the days forms (representative days, full year): steps are chronological within their days. */
  public boolean hasDays() {
    return form != Form.BLOCKS;
  }

  /** Steps per day (24 / stepHours); 0 for BLOCKS or a step length that does not divide the day. */
  public int stepsPerDay() {
    if (!hasDays() || !STEP_HOURS.contains((int) stepHours) || stepHours != Math.rint(stepHours)) {
      return 0;
    }
    return 24 / (int) stepHours;
  }

  /**
   * This structure with a full year's days filled in from the calendar of {@code meta.year()} when the file
   * lists none (d001, d002, ... with their months; {@code meta.hoursInYear()} / 24 days). Any other structure is
   * returned as it is.
   */
  public TimeStructure resolved(Meta meta) {
    if (form != Form.FULL_YEAR || !days.isEmpty() || meta == null) {
      return this;
    }
    int n = (int) Math.round(meta.hoursInYear() / 24);
    if (n < 1 || n > 366) {
      return this; // the validator reports the hours
    }
    List<Day> list = new ArrayList<>(n);
    LocalDate first = LocalDate.of(meta.year(), 1, 1);
    int width = Math.max(3, Integer.toString(n).length());
    for (int j = 0; j < n; j++) {
      LocalDate date = first.plusDays(j);
      list.add(new Day("d" + pad(j + 1, width), 1, date.getYear() == meta.year() ? date.getMonthValue() : 12,
          null));
    }
    return new TimeStructure(form, stepHours, list, calendar);
  }

  /**
   * The steps as periods, day by day (empty for BLOCKS or a step length that does not divide the day): id
   * {@code D-hHH}, hours {@code weight·stepHours}, the day's season, block {@code hHH}.
   */
  public List<Period> steps() {
    int spd = stepsPerDay();
    if (spd == 0) {
      return List.of();
    }
    List<Period> out = new ArrayList<>(days.size() * spd);
    for (Day d : days) {
      for (int k = 0; k < spd; k++) {
        String hour = hourLabel(k);
        out.add(new Period(stepId(d.id(), hour), d.weight() * stepHours, d.season(), hour));
      }
    }
    return out;
  }

  /** The id of the step of day {@code day} that starts at hour label {@code hour} ("h07"): {@code day-h07}. */
  public static String stepId(String day, String hour) {
    return day + "-" + hour;
  }

  /** The hour label of step k of a day ("h00" .. "h23"), from the hour the step starts. */
  public String hourLabel(int k) {
    return "h" + pad((int) Math.round(k * stepHours), 2);
  }

  /**
   * Days of the year each listed day stands for according to the {@code calendar} (empty map without one):
   * the count of its entries.
   */
  public Map<String, Integer> calendarCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String id : calendar) {
      counts.merge(id, 1, Integer::sum);
    }
    return counts;
  }

  private static String pad(int i, int width) {
    String s = Integer.toString(i);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
