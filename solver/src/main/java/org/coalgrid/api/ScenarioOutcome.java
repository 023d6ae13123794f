package org.coalgrid.api;

import java.util.Map;

/**
 * One scenario solved with a first-stage plan fixed: the verified single-year solve of the scenario's instance with
 * the plan's builds, potlines and commitments. Costs in CNY/yr (the commitment premium included), energies in MWh,
 * coal in t, prices in CNY/MWh (null when the dual certificate did not pass). Immutable.
 *
 * @param plan which plan was fixed: "stochastic", "risk-averse", "expected-value" or "wait-and-see"
 * @param scenario scenario id (or sample id in Monte Carlo)
 * @param probability the scenario's probability
 * @param status solve status
 * @param costCny the scenario's cost C_s: the solve's objective less the commitment premium
 * @param coalToPowerT coal burned by internal plants
 * @param hydroMwh hydro generation
 * @param exportShortfallMwh export shortfall against the committed firm energy 西电东送
 * @param unservedMwh unserved energy of internal demands
 * @param meanPowerPriceCnyPerMwh mean electricity price of internal regions, weighted by period hours (null: no
 *     certified prices)
 * @param powerPrices certified electricity price per "region/period" (empty: none)
 * @param solution the verified solution (not written into tables)
 */
public record ScenarioOutcome(String plan, String scenario, double probability, String status, double costCny,
    double coalToPowerT, double hydroMwh, double exportShortfallMwh, double unservedMwh,
    Double meanPowerPriceCnyPerMwh, Map<String, Double> powerPrices, Solution solution) {

  public ScenarioOutcome {
    powerPrices = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(powerPrices));
  }

  /** True if the scenario solved (optimal or feasible). */
  public boolean solved() {
    return solution != null && solution.hasSolution();
  }
}
