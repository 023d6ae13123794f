package org.coalgrid.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.TimeStructure;

/**
 * The verifier's own reading of an instance's time structure (docs/formulation.md §2), written apart from the
 * model's {@code Chronology} so that a mistake there shows up here: for every period t its duration δ[t] (h),
 * the period before it in its chronological sequence (cyclic), its day, the stage a reservoir keeps its level
 * for, and for representative days the representative day of every day of the year.
 *
 * <ul>
 * <li>Blocks (no {@code time}): one sequence of the periods in file order, δ = the period's hours; every period
 *     its own stage.
 * <li>Representative days: each day is a sequence of 24 / stepHours steps, cyclic on itself.
 * <li>Full year: one sequence of all steps, cyclic over the year.
 * </ul>
 * Stages of the days forms: the months (m01..m12, in calendar order) when every day gives a month, else the
 * seasons (s1, s2, ... in order of first appearance) when every day gives one, else the days.
 */
final class TimeSteps {
  final int nt;
  final double[] delta;
  final int[] prev;
  /** Index of the day of step t (-1 for blocks). */
  final int[] day;
  /** Stage index of step t, into {@link #stageIds}. */
  final int[] stage;
  final List<String> stageIds = new ArrayList<>();
  /** First step and number of steps of every day (days forms). */
  final int stepsPerDay;
  final boolean days;

  TimeSteps(Instance in) {
    nt = in.periods().size();
    delta = new double[nt];
    prev = new int[nt];
    day = new int[nt];
    stage = new int[nt];
    TimeStructure time = in.time();
    days = time.form() != TimeStructure.Form.BLOCKS;
    int spd = days && time.stepHours() > 0 ? (int) Math.round(24 / time.stepHours()) : 0;
    stepsPerDay = spd;
    if (!days || spd == 0 || spd * time.days().size() != nt) {
      for (int t = 0; t < nt; t++) {
        delta[t] = in.periods().get(t).hours();
        prev[t] = t == 0 ? nt - 1 : t - 1;
        day[t] = -1;
        stage[t] = t;
        stageIds.add(in.periods().get(t).id());
      }
      return;
    }
    List<TimeStructure.Day> list = time.days();
    boolean months = list.stream().allMatch(d -> d.month() != null);
    boolean seasons = !months && list.stream().allMatch(d -> d.season() != null);
    Map<String, Integer> index = new LinkedHashMap<>();
    if (months) {
      TreeSet<Integer> ms = new TreeSet<>();
      list.forEach(d -> ms.add(d.month()));
      for (int m : ms) {
        index.put(String.format("m%02d", m), index.size());
      }
    }
    boolean year = time.form() == TimeStructure.Form.FULL_YEAR;
    for (int d = 0; d < list.size(); d++) {
      TimeStructure.Day dd = list.get(d);
      String key = months ? String.format("m%02d", dd.month()) : seasons ? dd.season() : dd.id();
      int s = index.computeIfAbsent(key, k -> index.size());
      for (int k = 0; k < spd; k++) {
        int t = d * spd + k;
        delta[t] = time.stepHours();
        day[t] = d;
        stage[t] = s;
        if (year) {
          prev[t] = t == 0 ? nt - 1 : t - 1;
        } else {
          prev[t] = k == 0 ? t + spd - 1 : t - 1;
        }
      }
    }
    index.forEach((k, v) -> stageIds.add(seasons ? "s" + (v + 1) : k));
  }

  /** True for the first step of a representative day (its level follows the day's last step). */
  boolean firstOfDay(int t) {
    return day[t] >= 0 && t % stepsPerDay == 0;
  }

  /**
   * The representative day of every day of the year, in order: the calendar when given, else the days in file
   * order each repeated by its weight (rounded).
   */
  static int[] yearDays(Instance in) {
    List<TimeStructure.Day> list = in.time().days();
    Map<String, Integer> byId = new HashMap<>();
    for (int d = 0; d < list.size(); d++) {
      byId.putIfAbsent(list.get(d).id(), d);
    }
    List<Integer> out = new ArrayList<>();
    if (!in.time().calendar().isEmpty()) {
      in.time().calendar().forEach(id -> out.add(byId.getOrDefault(id, 0)));
    } else {
      for (int d = 0; d < list.size(); d++) {
        for (long k = Math.round(list.get(d).weight()); k > 0; k--) {
          out.add(d);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
