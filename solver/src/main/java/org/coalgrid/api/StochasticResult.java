package org.coalgrid.api;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.uncertainty.FirstStagePlan;

/**
 * What {@link StochasticPlanner#solve} found (docs/stochastic.md): the plans and every scenario solved with each
 * plan fixed (verified), and what the uncertainty is worth. All money in CNY/yr.
 *
 * <ul>
 *   <li>WS (wait-and-see) = Σ_s π_s·C_s(plan_s), each scenario with its own best plan (perfect foresight);</li>
 *   <li>RP (here-and-now) = Σ_s π_s·C_s(stochastic plan), the optimum of the extensive form;</li>
 *   <li>EEV = Σ_s π_s·C_s(expected-value plan), the plan of the mean year evaluated in every scenario;</li>
 *   <li>EVPI = RP − WS ≥ 0: what knowing the hydrology in advance would be worth;</li>
 *   <li>VSS = EEV − RP ≥ 0: what planning against the scenarios saves over planning for the mean year
 *       (infinite when the expected-value plan cannot close in some scenario).</li>
 * </ul>
 *
 * @param name case name
 * @param scenarios the scenarios, in file order
 * @param stochasticPlan the here-and-now plan of the expected cost
 * @param riskAversePlan the plan of (1 − λ)·E + λ·CVaR (null without CVaR)
 * @param expectedValuePlan the plan of the mean year
 * @param waitAndSeePlans each scenario's own plan, by scenario id
 * @param outcomes every (plan, scenario) solve, plans in the order stochastic, risk-averse, expected-value,
 *     wait-and-see
 * @param extensiveRows rows of the extensive form of the stochastic plan
 * @param extensiveColumns columns of that extensive form
 * @param cvarAlpha the CVaR confidence level (null without CVaR)
 * @param cvarWeight the CVaR weight λ (null without CVaR)
 * @param scenario the {@code --set} what-ifs the case was read with, as a solution.json records them (empty: none);
 *     written into stochastic.json so that {@code coalgrid verify} recomputes the set on the same instance
 */
public record StochasticResult(String name, List<HydroScenario> scenarios, FirstStagePlan stochasticPlan,
    FirstStagePlan riskAversePlan, FirstStagePlan expectedValuePlan, Map<String, FirstStagePlan> waitAndSeePlans,
    List<ScenarioOutcome> outcomes, int extensiveRows, int extensiveColumns, Double cvarAlpha, Double cvarWeight,
    List<org.coalgrid.result.AllocationResult.ScenarioEdit> scenario) {

  public static final String STOCHASTIC = "stochastic";
  public static final String RISK_AVERSE = "risk-averse";
  public static final String EXPECTED_VALUE = "expected-value";
  public static final String WAIT_AND_SEE = "wait-and-see";

  public StochasticResult {
    scenarios = List.copyOf(scenarios);
    waitAndSeePlans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(waitAndSeePlans));
    outcomes = List.copyOf(outcomes);
    scenario = List.copyOf(scenario);
  }

  /** The outcomes of plan {@code plan}, in scenario order. */
  public List<ScenarioOutcome> outcomes(String plan) {
    return outcomes.stream().filter(o -> o.plan().equals(plan)).toList();
  }

  /** Σ_s π_s·C_s under {@code plan}; +∞ if the plan cannot close in some scenario. */
  public double expectedCostCny(String plan) {
    double e = 0;
    for (ScenarioOutcome o : outcomes(plan)) {
      if (!o.solved()) {
        return Double.POSITIVE_INFINITY;
      }
      e += o.probability() * o.costCny();
    }
    return e;
  }

  /**
   * CVaR_α of the costs under {@code plan} (CNY/yr): the probability-weighted mean of the worst 1 − α of the
   * scenarios (Rockafellar–Uryasev); NaN without CVaR, +∞ if the plan cannot close in some scenario.
   */
  public double cvarCny(String plan) {
    if (cvarAlpha == null) {
      return Double.NaN;
    }
    List<ScenarioOutcome> os = outcomes(plan);
    double[] c = new double[os.size()];
    double[] p = new double[os.size()];
    for (int i = 0; i < c.length; i++) {
      if (!os.get(i).solved()) {
        return Double.POSITIVE_INFINITY;
      }
      c[i] = os.get(i).costCny();
      p[i] = os.get(i).probability();
    }
    return org.coalgrid.stochastic.TwoStage.cvar(c, p, cvarAlpha);
  }

  /** RP: expected cost of the stochastic plan. */
  public double hereAndNowCny() {
    return expectedCostCny(STOCHASTIC);
  }

  /** WS: expected cost with perfect foresight. */
  public double waitAndSeeCny() {
    return expectedCostCny(WAIT_AND_SEE);
  }

  /** EEV: expected cost of the expected-value plan. */
  public double expectedValuePlanCny() {
    return expectedCostCny(EXPECTED_VALUE);
  }

  /** EVPI = RP − WS. */
  public double evpiCny() {
    return hereAndNowCny() - waitAndSeeCny();
  }

  /** VSS = EEV − RP (+∞ when the expected-value plan cannot close in a scenario). */
  public double vssCny() {
    return expectedValuePlanCny() - hereAndNowCny();
  }

  /** The plan whose scenarios are priced and reported: the risk-averse plan with CVaR, else the stochastic plan. */
  public String reportedPlan() {
    return riskAversePlan != null ? RISK_AVERSE : STOCHASTIC;
  }
}
