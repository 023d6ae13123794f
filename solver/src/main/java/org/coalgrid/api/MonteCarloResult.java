package org.coalgrid.api;

import java.util.List;
import org.coalgrid.uncertainty.FirstStagePlan;

/**
 * What {@link HydroMonteCarlo#run} found: the first-stage plan that was fixed, every draw solved (verified) with it,
 * and the statistics of each KPI over the draws that solved. Money in CNY/yr, energy in MWh/yr, coal in t/yr,
 * prices in CNY/MWh. Immutable.
 *
 * @param name case name
 * @param samples number of draws
 * @param seed the seed of the draws
 * @param planKind which plan was fixed: "stochastic", "risk-averse" (the instance's scenarios) or "reference-year"
 * @param plan the first stage fixed in every draw
 * @param basins basin ids, in the order of each draw's multipliers
 * @param multipliers each draw's annual inflow multiplier per basin
 * @param outcomes each draw solved with the plan fixed, in draw order
 * @param statistics one entry per KPI
 * @param scenario the {@code --set} what-ifs the case was read with, as a solution.json records them (empty: none);
 *     written into montecarlo.json so that {@code coalgrid verify} applies them to the instance file first
 * @param instanceSha256 {@link org.coalgrid.io.InstanceWriter#sha256} of the instance the draws were derived from
 *     (the what-ifs applied): verify recomputes it from the file and the recorded what-ifs
 */
public record MonteCarloResult(String name, int samples, long seed, String planKind, FirstStagePlan plan,
    List<String> basins, List<double[]> multipliers, List<ScenarioOutcome> outcomes, List<KpiStatistics> statistics,
    List<org.coalgrid.result.AllocationResult.ScenarioEdit> scenario, String instanceSha256) {

  public MonteCarloResult {
    basins = List.copyOf(basins);
    multipliers = List.copyOf(multipliers);
    outcomes = List.copyOf(outcomes);
    statistics = List.copyOf(statistics);
    scenario = List.copyOf(scenario);
  }

  /**
   * Statistics of one KPI over the n draws that solved and gave it (Commons Math DescriptiveStatistics): mean, sample
   * standard deviation, the 5th, 50th and 95th percentiles (Commons Math's default estimate), and the 95 % confidence
   * interval of the mean, mean ± t(0.975, n − 1)·sd/√n (null for n < 2).
   */
  public record KpiStatistics(String kpi, String unit, int n, double mean, double sd, double p5, double p50,
      double p95, Double ciLow, Double ciHigh) {}

  /** Draws that did not solve (infeasible, time limit, ...). */
  public long unsolved() {
    return outcomes.stream().filter(o -> !o.solved()).count();
  }

  /** The statistics of {@code kpi}, or null. */
  public KpiStatistics statistics(String kpi) {
    return statistics.stream().filter(s -> s.kpi().equals(kpi)).findFirst().orElse(null);
  }
}
