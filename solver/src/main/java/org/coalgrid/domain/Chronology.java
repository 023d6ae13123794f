package org.coalgrid.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of an instance's {@link TimeStructure} as index arrays, for code that walks time: for every step t
 * (the period of the same index) its duration δ[t] (h), the weight of its sequence, the step before it in its
 * sequence (cyclic), its day and its <b>stage</b> (the month, season or period a reservoir's level is kept
 * for); and for representative days the calendar of the year. Built once per instance in linear time;
 * immutable and thread-safe.
 *
 * <ul>
 * <li>BLOCKS: one sequence of all periods, δ = hours, weight 1, prev(t) = t − 1 and prev(0) the last period;
 *     each period is its own stage (a reservoir keeps a level per period, as before).
 * <li>REPRESENTATIVE_DAYS: each day a sequence (prev of its first step is its last step: day-cyclic).
 * <li>FULL_YEAR: one sequence of all steps, cyclic over the year.
 * </ul>
 * In the days forms the stages are the months when every day has one, else the seasons when every day has one
 * (in order of first appearance), else the days; stages are in calendar order and cyclic over the year.
 */
public final class Chronology {
  private final TimeStructure time;
  private final double[] duration;
  private final double[] weight;
  private final int[] prev;
  private final int[] day;
  private final int[] stage;
  private final List<String> stageIds;
  private final int[] sequenceStart;

  private Chronology(Instance in) {
    this.time = in.time();
    List<Period> ps = in.periods();
    int n = ps.size();
    duration = new double[n];
    weight = new double[n];
    prev = new int[n];
    day = new int[n];
    stage = new int[n];
    int spd = time.stepsPerDay();
    if (!time.hasDays() || spd == 0 || n != spd * time.days().size()) {
      for (int t = 0; t < n; t++) {
        duration[t] = ps.get(t).hours();
        weight[t] = 1;
        prev[t] = (t + n - 1) % n;
        day[t] = -1;
        stage[t] = t;
      }
      stageIds = ps.stream().map(Period::id).toList();
      sequenceStart = n == 0 ? new int[0] : new int[] {0};
      return;
    }
    List<TimeStructure.Day> days = time.days();
    boolean year = time.form() == TimeStructure.Form.FULL_YEAR;
    sequenceStart = year ? new int[] {0} : new int[days.size()];
    Map<String, Integer> stages = new LinkedHashMap<>();
    boolean months = days.stream().allMatch(d -> d.month() != null);
    boolean seasons = !months && days.stream().allMatch(d -> d.season() != null);
    if (months) {
      days.stream().map(TimeStructure.Day::month).distinct().sorted()
          .forEach(m -> stages.put(monthId(m), stages.size()));
    }
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      TimeStructure.Day dd = days.get(d);
      String key = months ? monthId(dd.month()) : seasons ? dd.season() : dd.id();
      int s = stages.computeIfAbsent(key, k -> stages.size());
      if (!year) {
        sequenceStart[d] = d * spd;
      }
      for (int k = 0; k < spd; k++) {
        int t = d * spd + k;
        duration[t] = time.stepHours();
        weight[t] = dd.weight();
        day[t] = d;
        stage[t] = s;
        prev[t] = year ? (t + n - 1) % n : (k == 0 ? t + spd - 1 : t - 1);
      }
    }
    stages.forEach((k, v) -> ids.add(months ? k : seasons ? "s" + (v + 1) : k));
    stageIds = List.copyOf(ids);
  }

  /** The chronology of {@code in}'s periods and time structure. */
  public static Chronology of(Instance in) {
    return new Chronology(in);
  }

  private static String monthId(int month) {
    return "m" + (month < 10 ? "0" : "") + month;
  }

  public TimeStructure time() {
    return time;
  }

  /** Number of steps (= periods). */
  public int steps() {
    return duration.length;
  }

  /** True for the days forms: steps follow each other in their sequences (ramps, start-ups apply). */
  public boolean chronological() {
    return time.hasDays();
  }

  /** δ[t]: how long step t lasts (h); the period's hours for blocks. */
  public double duration(int t) {
    return duration[t];
  }

  /** Weight of step t's sequence: days of the year its day stands for (1 for blocks and a full year). */
  public double weight(int t) {
    return weight[t];
  }

  /** The step before t in its sequence, cyclic: the last step of the sequence for its first step. */
  public int prev(int t) {
    return prev[t];
  }

  /** Index of step t's day in {@code time().days()}, or -1 for blocks. */
  public int day(int t) {
    return day[t];
  }

  /** Index of step t's stage in {@link #stageIds()}. */
  public int stage(int t) {
    return stage[t];
  }

  /** Ids of the stages in order: period ids (blocks), m01..m12 (months), s1.. (seasons) or day ids. */
  public List<String> stageIds() {
    return stageIds;
  }

  /** First step of every sequence, in order. */
  public int[] sequenceStarts() {
    return sequenceStart.clone();
  }

  /** True for the first step of a sequence (whose prev wraps around). */
  public boolean isSequenceStart(int t) {
    return Arrays.binarySearch(sequenceStart, t) >= 0;
  }

  /** Steps of day d of a days form: first index and count. */
  public int firstStepOfDay(int d) {
    return d * time.stepsPerDay();
  }

  /**
   * For representative days, the representative day (index into {@code time().days()}) of every day of the
   * year in order: the {@code calendar} when given, else the days in file order, each repeated by its weight
   * rounded to a whole number. Empty for the other forms.
   */
  public int[] yearDays() {
    if (time.form() != TimeStructure.Form.REPRESENTATIVE_DAYS) {
      return new int[0];
    }
    List<TimeStructure.Day> days = time.days();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int d = 0; d < days.size(); d++) {
      index.putIfAbsent(days.get(d).id(), d);
    }
    List<Integer> out = new ArrayList<>();
    if (!time.calendar().isEmpty()) {
      for (String id : time.calendar()) {
        out.add(index.getOrDefault(id, 0));
      }
    } else {
      for (int d = 0; d < days.size(); d++) {
        long w = Math.round(days.get(d).weight());
        for (long k = 0; k < w; k++) {
          out.add(d);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
