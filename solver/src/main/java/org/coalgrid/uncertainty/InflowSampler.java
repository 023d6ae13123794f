package org.coalgrid.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.HydroChange;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.domain.Uncertainty.Spread;

/**
 * Draws hydro years from the instance's Monte Carlo distribution (docs/stochastic.md §4): for basins b = 1..B with
 * spreads σ_b and means μ_b, a vector Z ~ N(0, R) with R the correlation matrix (1 on the diagonal, ρ where given,
 * else 0), and the annual inflow multiplier of each basin m_b = μ_b·exp(σ_b·Z_b − σ_b²/2), so that E[m_b] = μ_b and
 * ln m_b has standard deviation σ_b. Each draw is a scenario of probability 1/N whose hydro changes multiply every
 * period's energy or inflow of the basin's plants by m_b.
 *
 * <p>All N vectors are drawn up front from one Commons Math {@link MultivariateNormalDistribution} on a
 * {@link Well19937c} generator seeded with {@code seed}, in sample order: the draws depend on the seed alone, not on
 * how many threads later solve them. Stateless; thread-safe.
 */
public final class InflowSampler {
  private InflowSampler() {}

  /** One draw: its scenario (id {@code s0001}, ...) and the multiplier of each basin, in the spreads' order. */
  public record Draw(HydroScenario scenario, double[] multipliers) {}

  /** {@code n} draws from {@code mc} with {@code seed}. */
  public static List<Draw> draw(Uncertainty.MonteCarlo mc, int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of samples must be at least 1, got " + n);
    }
    List<Spread> spreads = mc.basins();
    int b = spreads.size();
    double[][] r = correlation(mc);
    RandomGenerator rng = new Well19937c(seed);
    MultivariateNormalDistribution mvn = new MultivariateNormalDistribution(rng, new double[b], r);
    double[][] z = mvn.sample(n);
    int width = Math.max(4, String.valueOf(n).length());
    List<Draw> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] m = new double[b];
      List<HydroChange> changes = new ArrayList<>();
      for (int k = 0; k < b; k++) {
        Spread s = spreads.get(k);
        m[k] = s.meanMultiplier() * Math.exp(s.sdLog() * z[i][k] - s.sdLog() * s.sdLog() / 2);
        changes.add(HydroChange.ofBasin(s.basin(), m[k]));
      }
      String id = String.format(Locale.ROOT, "s%0" + width + "d", i + 1);
      out.add(new Draw(new HydroScenario(id, "Monte Carlo draw " + (i + 1), 1.0 / n, changes, 1, 1, 1), m));
    }
    return out;
  }

  /** The correlation matrix R of the spreads' basins (validated positive definite). */
  static double[][] correlation(Uncertainty.MonteCarlo mc) {
    List<Spread> spreads = mc.basins();
    int b = spreads.size();
    double[][] r = new double[b][b];
    for (int i = 0; i < b; i++) {
      r[i][i] = 1;
    }
    for (Uncertainty.Correlation c : mc.correlations()) {
      int i = index(spreads, c.a());
      int j = index(spreads, c.b());
      r[i][j] = c.rho();
      r[j][i] = c.rho();
    }
    return r;
  }

  private static int index(List<Spread> spreads, String basin) {
    for (int k = 0; k < spreads.size(); k++) {
      if (spreads.get(k).basin().equals(basin)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no spread for basin " + basin);
  }
}
