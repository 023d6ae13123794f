package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.domain.TimeStructure.Day;
import org.coalgrid.domain.TimeStructure.Form;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.diagnostics.Problem;

/**
 * Checks of a days-form time structure ({@code $.time}): the step length divides the day into whole hours, day
 * ids, weights that add up to the year (so the steps' hours add up to meta.hoursInYear), a full year of days
 * of weight 1, and the calendar of representative days (every entry a day, one per day of the year, each day
 * named as often as its weight).
 */
public final class TimeRules {
  private final InstanceValidator v;

  TimeRules(InstanceValidator v) {
    this.v = v;
  }

  void check() {
    TimeStructure time = v.in.time();
    Problem step = stepHoursProblem(time.stepHours());
    if (step != null) {
      v.out.add(step);
    }
    double yearHours = v.in.meta().hoursInYear();
    double yearDays = yearHours / 24;
    List<Day> days = time.days();
    if (days.isEmpty()) {
      v.error("$.time.days", time.form() == Form.FULL_YEAR
          ? "a full year of " + Num.fmt(yearHours) + " h cannot be cut into days of 24 h; meta.hoursInYear must be"
              + " a whole number of days up to 366 (8760 or 8784)"
          : "there must be at least one day");
      return;
    }
    Map<String, Integer> first = new LinkedHashMap<>();
    double sum = 0;
    for (int i = 0; i < days.size(); i++) {
      Day d = days.get(i);
      String p = index("$.time.days", i);
      if (d.id() == null) {
        v.error(p + ".id", "day at index " + i + " has no id");
      } else if (!d.id().matches(InstanceValidator.ID_PATTERN)) {
        v.error(p + ".id", "day id " + quote(d.id()) + " is not a valid id: use a letter, then letters, digits, _"
            + " or - (no dots or spaces)");
      } else {
        Integer prev = first.putIfAbsent(d.id(), i);
        if (prev != null) {
          v.error(p + ".id", "duplicate day id " + quote(d.id()) + " (first at " + index("$.time.days", prev) + ")");
        }
      }
      if (!(d.weight() > 0) || !Double.isFinite(d.weight())) {
        v.error(p + ".weight", "day " + quote(d.id()) + " has weight " + Num.fmt(d.weight()) + "; it must be > 0");
      } else if (time.form() == Form.FULL_YEAR && d.weight() != 1) {
        v.error(p + ".weight", "day " + quote(d.id()) + " of a full year has weight " + Num.fmt(d.weight())
            + "; every day of a full year stands for itself (weight 1)");
      }
      sum += d.weight();
    }
    if (!(Math.abs(sum - yearDays) <= InstanceValidator.HOURS_TOLERANCE * yearDays)) {
      v.error("$.time.days", "the day weights add up to " + Num.fmt(sum) + " days (" + Num.fmt(sum * 24)
          + " h) but meta.hoursInYear is " + Num.fmt(yearHours) + " h = " + Num.fmt(yearDays) + " days; they must"
          + " agree within 1e-6 relative");
    }
    calendar(time, first, yearDays);
  }

  /** The error of a step length that does not cut the day into whole hours, or null if it does. */
  public static Problem stepHoursProblem(double stepHours) {
    if (TimeStructure.STEP_HOURS.contains((int) stepHours) && stepHours == Math.rint(stepHours)) {
      return null;
    }
    return Problem.error("$.time.stepHours", "stepHours " + Num.fmt(stepHours) + " does not divide the day into"
        + " whole hours: use 1, 2, 3, 4, 6, 8, 12 or 24");
  }

  private void calendar(TimeStructure time, Map<String, Integer> dayIndex, double yearDays) {
    List<String> cal = time.calendar();
    if (cal.isEmpty()) {
      return;
    }
    if (time.form() == Form.FULL_YEAR) {
      v.error("$.time.calendar", "a full year has no calendar: its days are the days of the year, in order");
      return;
    }
    boolean known = true;
    for (int j = 0; j < cal.size(); j++) {
      known &= v.ref(index("$.time.calendar", j), "day", cal.get(j), dayIndex.keySet());
    }
    if (Math.abs(cal.size() - yearDays) > InstanceValidator.HOURS_TOLERANCE * yearDays) {
      v.error("$.time.calendar", "the calendar has " + cal.size() + " days but the year has " + Num.fmt(yearDays)
          + " (meta.hoursInYear / 24): give the representative day of every day of the year, in order");
      return;
    }
    if (!known) {
      return;
    }
    Map<String, Integer> counts = time.calendarCounts();
    for (int i = 0; i < time.days().size(); i++) {
      Day d = time.days().get(i);
      int n = counts.getOrDefault(d.id(), 0);
      if (Math.abs(n - d.weight()) > 1e-9) {
        v.error(index("$.time.days", i) + ".weight", "day " + quote(d.id()) + " has weight " + Num.fmt(d.weight())
            + " but the calendar names it " + n + " time" + (n == 1 ? "" : "s") + "; a day stands for the days of"
            + " the year the calendar gives it");
      }
    }
  }
}
