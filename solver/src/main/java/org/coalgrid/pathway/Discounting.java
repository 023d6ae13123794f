package org.coalgrid.pathway;

/**
 * Money over the years of a pathway. A cost of year y counts in the objective at its present value in the first
 * year y0, with the discount rate r:
 * <pre>
 * δ(y) = (1 + r)^−(y − y0)                                 (a cost paid in year y, valued in y0)
 * </pre>
 * so the operating cost of year y has weight δ(y) (each year of the pathway stands for itself).
 *
 * <p><b>Capital: overnight cost with salvage value, chosen over annuities.</b> A unit of a build that comes in in
 * year y, with overnight cost K (CNY), lifetime L years and build lag λ, is paid in year y − λ and valued after the
 * horizon's last year E by what is left of it:
 * <pre>
 * capital   K·δ(y − λ)                                      (paid when it is decided)
 * salvage   K·δ(y)·S(y),  S(y) = Σ_{k=E+1−y}^{L−1} v^k / Σ_{k=0}^{L−1} v^k,  v = 1/(1 + r)   (0 if y + L − 1 ≤ E)
 * net       K·(δ(y − λ) − δ(y)·S(y))                        (the coefficient of nb in the objective)
 * </pre>
 * S(y) is the share of the unit's life after E, each year weighted as an annuity would be: the salvage is the present
 * value of the annuities K·a, a = 1/Σ_{k=0}^{L−1} v^k, of the years after E. With λ = 0 the net capital equals the
 * annuities within the horizon exactly, Σ_{z=y}^{E} K·a·δ(z): the two textbook choices give the same plan. Overnight
 * cost with salvage is the one reported because it is what a planner budgets (亿元 spent in a year per project, as
 * the seed plans state investment), it keeps the year of spending when a build takes λ years, and it lets myopic and
 * perfect-foresight runs value capital alike (a myopic year is a horizon of one year: E = y, so a unit's first year
 * costs K·a). With r = 0, S is the straight-line share (y + L − 1 − E)/L. Stateless.
 */
public final class Discounting {
  private final int firstYear;
  private final double rate;

  public Discounting(int firstYear, double rate) {
    if (!(rate >= 0) || rate > 1) {
      throw new IllegalArgumentException("discount rate must be in [0, 1]: " + rate);
    }
    this.firstYear = firstYear;
    this.rate = rate;
  }

  public double rate() {
    return rate;
  }

  /** δ(y): the value in the first year of one CNY paid in year y. */
  public double factor(int year) {
    return Math.pow(1 + rate, -(year - firstYear));
  }

  /** a: the annuity per CNY of overnight cost of a unit that lasts {@code life} years. */
  public double annuity(int life) {
    return 1 / sum(0, life - 1);
  }

  /** S(y): the share of a unit that comes in in {@code year} and lasts {@code life} years left after {@code end}. */
  public double salvageShare(int year, int life, int end) {
    int from = end + 1 - year;
    if (from >= life) {
      return 0; // no year of its life is after the horizon
    }
    return sum(Math.max(0, from), life - 1) / sum(0, life - 1);
  }

  /** Present value of the capital paid for one CNY of overnight cost that comes in in {@code year}, lag λ. */
  public double capital(int year, int lag) {
    return factor(year - lag);
  }

  /** Present value of what is left after {@code end} of one CNY of overnight cost that came in in {@code year}. */
  public double salvage(int year, int life, int end) {
    return factor(year) * salvageShare(year, life, end);
  }

  /** Σ_{k=from}^{to} v^k. */
  private double sum(int from, int to) {
    double v = 1 / (1 + rate);
    double s = 0;
    for (int k = from; k <= to; k++) {
      s += Math.pow(v, k);
    }
    return s;
  }
}
