package org.coalgrid.generate;

/**
 * The time-of-use price 峰谷电价 of the West-East 西电东送 market in Guangdong, as factors on the contract price by
 * hour of the day. EXTERNAL: Guangdong Development and Reform Commission, 《关于进一步完善我省峰谷分时电价政策有关问题的
 * 通知》 (2021): peak 高峰 10:00-12:00 and 14:00-19:00, valley 低谷 00:00-08:00, the rest flat 平段; the peak : flat :
 * valley ratio of the policy in force before that notice, 1.65 : 1 : 0.5 (the notice widened it to 1.7 : 1 : 0.38),
 * which covers 2010-2015. That ratio is a retail tariff of the receiving end; paying it on the contract price of
 * 西电东送 energy is an ASSUMPTION (the seeds give one contract price, G-E02), made so that energy delivered at the
 * receiving end's peak is worth more than at night, as the contract's peak/valley profiles intend.
 */
public final class TimeOfUse {
  /** Factor on the price in the peak hours. */
  public static final double PEAK = 1.65;
  /** Factor on the price in the flat hours. */
  public static final double FLAT = 1.0;
  /** Factor on the price in the valley hours. */
  public static final double VALLEY = 0.5;
  /** Where the periods and the ratio come from (external). */
  public static final String SOURCE = "external: Guangdong DRC notice on peak-valley time-of-use prices (2021): "
      + "peak 10-12 h and 14-19 h, valley 0-8 h, flat otherwise; ratio 1.65 : 1 : 0.5 in force before the notice "
      + "(widened to 1.7 : 1 : 0.38 by it)";

  private TimeOfUse() {}

  /** The factor of hour {@code h} (0..23, the hour starting at h:00). */
  public static double hourFactor(int h) {
    if (h < 8) {
      return VALLEY;
    }
    return h >= 10 && h < 12 || h >= 14 && h < 19 ? PEAK : FLAT;
  }

  /** The mean factor of the step of {@code stepHours} h starting at hour {@code start}. */
  public static double stepFactor(int start, int stepHours) {
    double s = 0;
    for (int h = start; h < start + stepHours; h++) {
      s += hourFactor(h % 24);
    }
    return s / stepHours;
  }

  /** The 24 factors as text, e.g. for a note: "0.5 x 8 h, 1 x 2 h, ...". */
  public static String describe() {
    return "valley 00-08 h x " + VALLEY + ", flat 08-10 h x " + FLAT + ", peak 10-12 h x " + PEAK + ", flat 12-14 h x "
        + FLAT + ", peak 14-19 h x " + PEAK + ", flat 19-24 h x " + FLAT;
  }
}
