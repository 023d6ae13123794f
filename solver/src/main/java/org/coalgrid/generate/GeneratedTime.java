package org.coalgrid.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.TimeBuilder;

/**
 * The time steps of a generated instance and their STYLISED shapes (load, solar, wind): blocks of whole hours
 * adding up to 8760 (wet season first), K representative days of 24 / stepHours steps each standing for a run of
 * consecutive days of 2010, or every day of 2010 in order. The shapes of the days forms are drawn around the
 * tutorial's (load A-LOAD, solar and wind capacity factors of seed facts G-P05..G-P07), with an evening peak, a
 * midday solar bell, windier nights and a day-to-day wind factor from a random stream of its own, so the network
 * drawn with the main stream is the same whatever the time form (a fixed network for the scaling benchmark).
 */
final class GeneratedTime {
  /** How the generated year is cut. */
  enum Form { BLOCKS, DAYS, YEAR }

  static final double HOURS_IN_YEAR = 8760;
  private static final int YEAR = 2010;
  private static final int DAYS_IN_YEAR = 365;

  final Form form;
  final int steps;
  final String[] ids;
  final double[] hours;
  final boolean[] wet;
  final boolean[] peak;
  /** Load relative to the year's mean (the hour-weighted mean over the year is 1). */
  final double[] load;
  /** Solar capacity factor of the step. */
  final double[] solar;
  /** Wind capacity factor of the step (mean about 0.228 over the year in the days forms). */
  final double[] wind;
  /** Time-of-use factor 峰谷 of the export price in the step ({@link TimeOfUse}; 1 for blocks). */
  final double[] tou;
  private final int stepHours;
  private final int days;
  private final int[] dayWeight;
  private final int[] dayMonth;

  /**
   * {@code periods} blocks (form BLOCKS), or {@code days} representative days (DAYS), or the full year (YEAR), of
   * {@code stepHours} steps; {@code seed} seeds the wind stream.
   */
  GeneratedTime(Form form, int periods, int days, int stepHours, long seed) {
    this.form = form;
    this.stepHours = stepHours;
    this.days = form == Form.YEAR ? DAYS_IN_YEAR : form == Form.DAYS ? days : 0;
    int spd = form == Form.BLOCKS ? 0 : 24 / stepHours;
    steps = form == Form.BLOCKS ? periods : this.days * spd;
    ids = new String[steps];
    hours = new double[steps];
    wet = new boolean[steps];
    peak = new boolean[steps];
    load = new double[steps];
    solar = new double[steps];
    wind = new double[steps];
    tou = new double[steps];
    java.util.Arrays.fill(tou, 1.0);
    dayWeight = new int[this.days];
    dayMonth = new int[this.days];
    if (form == Form.BLOCKS) {
      blocks();
    } else {
      days(spd, new SplittableRandom(seed ^ 0x5DEECE66DL));
    }
  }

  private void blocks() {
    int nt = steps;
    int tw = Integer.toString(nt).length();
    int base = (int) HOURS_IN_YEAR / nt;
    int extra = (int) HOURS_IN_YEAR % nt;
    double peakHours = 0;
    double offHours = 0;
    for (int t = 0; t < nt; t++) {
      ids[t] = "t" + pad(t + 1, tw);
      hours[t] = base + (t < extra ? 1 : 0);
      wet[t] = nt == 1 || t < nt / 2;
      // blocks alternate peak / off-peak; with 24 or more periods the daytime hours 08-18 of each day are peak
      peak[t] = nt >= 24 ? t % 24 >= 8 && t % 24 < 18 : nt == 1 || t % 2 == 0;
      if (peak[t]) {
        peakHours += hours[t];
      } else {
        offHours += hours[t];
      }
    }
    // load shape: peak blocks 1.15 x the mean, off-peak blocks scaled so the energy adds up (A-LOAD of tutorial)
    double pk = offHours == 0 ? 1.0 : 1.15;
    double off = offHours == 0 ? 1.0 : (HOURS_IN_YEAR - pk * peakHours) / offHours;
    for (int t = 0; t < nt; t++) {
      load[t] = peak[t] ? pk : off;
      solar[t] = peak[t] ? 0.3 : 0.0;
      wind[t] = 0.228;
    }
  }

  private void days(int spd, SplittableRandom rnd) {
    LocalDate jan1 = LocalDate.of(YEAR, 1, 1);
    int dw = Math.max(2, Integer.toString(days).length());
    for (int d = 0; d < days; d++) {
      int from = d * DAYS_IN_YEAR / days;
      int to = (d + 1) * DAYS_IN_YEAR / days;
      dayWeight[d] = to - from;
      dayMonth[d] = jan1.plusDays((from + to - 1) / 2).getMonthValue();
    }
    double sum = 0;
    for (int d = 0; d < days; d++) {
      int month = dayMonth[d];
      boolean summer = month >= 6 && month <= 8;
      boolean winter = month == 12 || month <= 2;
      double monthLoad = summer ? 1.08 : winter ? 1.05 : 0.95;
      double solarPeak = summer ? 0.78 : winter ? 0.55 : 0.68;
      double windDay = 0.228 * Math.exp(0.6 * rnd.nextDouble() - 0.3) * (winter ? 1.15 : summer ? 0.85 : 1.0);
      String day = form == Form.YEAR ? "d" + pad(d + 1, 3) : "d" + pad(d + 1, dw);
      for (int k = 0; k < spd; k++) {
        int t = d * spd + k;
        double mid = k * stepHours + stepHours / 2.0;
        ids[t] = day + "-h" + pad(k * stepHours, 2);
        hours[t] = dayWeight[d] * (double) stepHours;
        wet[t] = month >= 5 && month <= 10;
        peak[t] = mid >= 8 && mid < 22;
        // a valley before dawn, a morning shoulder and the evening peak (19:00-21:00), 0.75 to 1.25 of the day's mean
        double diurnal = 1 + 0.18 * Math.sin(2 * Math.PI * (mid - 9) / 24) + (mid >= 18 && mid < 22 ? 0.12 : 0)
            - (mid < 6 ? 0.08 : 0);
        load[t] = monthLoad * diurnal;
        solar[t] = round3(Math.max(0, solarPeak * Math.sin(Math.PI * (mid - 6.5) / 12.5)));
        wind[t] = round3(Math.min(0.95, windDay * (1 + 0.25 * Math.cos(2 * Math.PI * (mid - 2) / 24))));
        tou[t] = TimeOfUse.stepFactor(k * stepHours, stepHours);
        sum += load[t] * hours[t];
      }
    }
    double mean = sum / HOURS_IN_YEAR;
    for (int t = 0; t < steps; t++) {
      load[t] = load[t] / mean;
    }
  }

  /** Adds the periods (blocks) or the time structure (days forms) to {@code out}. */
  void addTo(InstanceBuilder out) {
    if (form == Form.BLOCKS) {
      for (int t = 0; t < steps; t++) {
        out.add(new PeriodBuilder(ids[t], hours[t]).season(wet[t] ? "wet" : "dry").block(peak[t] ? "peak" : "offpeak"));
      }
      return;
    }
    TimeBuilder time = form == Form.YEAR ? TimeBuilder.fullYear() : TimeBuilder.representativeDays();
    time.stepHours(stepHours);
    if (form == Form.DAYS) {
      int dw = Math.max(2, Integer.toString(days).length());
      for (int d = 0; d < days; d++) {
        time.day(new DayBuilder("d" + pad(d + 1, dw)).weight(dayWeight[d]).month(dayMonth[d])
            .season(dayMonth[d] >= 5 && dayMonth[d] <= 10 ? "wet" : "dry"));
      }
    }
    out.time(time);
  }

  /** A per-step value of {@code f}, for the list form of the per-period fields. */
  double[] series(java.util.function.IntToDoubleFunction f) {
    double[] out = new double[steps];
    for (int t = 0; t < steps; t++) {
      out[t] = f.applyAsDouble(t);
    }
    return out;
  }

  private static double round3(double x) {
    return Math.rint(x * 1000) / 1000;
  }

  static String pad(int i, int width) {
    String s = Integer.toString(i);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
