package org.coalgrid.domain;

import java.util.List;
import java.util.Map;

/**
 * Hydro-year uncertainty of an instance (issue 12): named hydrology scenarios with probabilities, which decisions
 * are taken before the hydrology is known (the first stage), an optional CVaR term, and a Monte Carlo
 * distribution of annual inflow per basin. The instance's own figures are the reference year; a scenario is a set
 * of multipliers or replacements of them ({@link HydroChange}), and optionally of demand, coal cost and export
 * price. {@code org.coalgrid.uncertainty.ScenarioInstances} derives one single-year instance per scenario.
 *
 * @param basins river basins (流域) grouping hydro plants, for scenario changes and Monte Carlo draws
 * @param scenarios the scenarios; their probabilities add up to 1 (empty: Monte Carlo only)
 * @param firstStage the here-and-now decisions (none = builds and potlines, no export commitments)
 * @param cvar optional CVaR term of the stochastic objective (none = expected cost only)
 * @param monteCarlo optional distribution of annual inflow per basin, for {@code coalgrid montecarlo}
 */
public record Uncertainty(List<Basin> basins, List<HydroScenario> scenarios, FirstStage firstStage, Cvar cvar,
    MonteCarlo monteCarlo) {

  public Uncertainty {
    basins = basins == null ? List.of() : List.copyOf(basins);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    firstStage = firstStage == null ? FirstStage.DEFAULT : firstStage;
  }

  /** A river basin 流域 (Wujiang 乌江, Beipanjiang 北盘江, ...): the hydro plants whose inflow moves together. */
  public record Basin(String id, String name, String nameZh, List<String> plants) {
    public Basin {
      plants = plants == null ? List.of() : List.copyOf(plants);
    }
  }

  /**
   * A hydrology scenario (wet 丰水年, normal 平水年, dry 枯水年, ...) with its probability. The hydro changes apply in
   * order; demand, coal cost (every mine's cost) and export price (every contract's price) are scaled by their
   * multipliers.
   */
  public record HydroScenario(String id, String name, double probability, List<HydroChange> hydro,
      double demandMultiplier, double coalCostMultiplier, double exportPriceMultiplier) {
    public HydroScenario {
      hydro = hydro == null ? List.of() : List.copyOf(hydro);
    }
  }

  /**
   * A change of hydro energy (energy-limited plants) or inflow (reservoirs) in a scenario, for one plant, the plants
   * of one basin, or (neither given) every hydro plant: a value given in {@code energyMwhByPeriod} or
   * {@code inflowMwhByPeriod} replaces the period's figure; every other period's figure is multiplied by
   * {@code multiplier} and by {@code multiplierByPeriod} of the period (default 1).
   */
  public record HydroChange(String plant, String basin, double multiplier, Map<String, Double> multiplierByPeriod,
      Map<String, Double> energyMwhByPeriod, Map<String, Double> inflowMwhByPeriod) {
    public HydroChange {
      multiplierByPeriod = OrderedMaps.copy(multiplierByPeriod);
      energyMwhByPeriod = OrderedMaps.copy(energyMwhByPeriod);
      inflowMwhByPeriod = OrderedMaps.copy(inflowMwhByPeriod);
    }

    /** A multiplier of the annual figure of every period (a Monte Carlo draw). */
    public static HydroChange ofBasin(String basin, double multiplier) {
      return new HydroChange(null, basin, multiplier, null, null, null);
    }
  }

  /**
   * The decisions taken before the hydrology is known, shared by every scenario: candidate builds (plants and
   * lines), potlines running, and firm export commitments of the listed contracts.
   */
  public record FirstStage(boolean builds, boolean potlines, List<Commitment> commitments) {
    public static final FirstStage DEFAULT = new FirstStage(true, true, List.of());

    public FirstStage {
      commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
  }

  /**
   * A firm export commitment 西电东送 as a decision: the share φ ∈ [0, 1] of the contract's firm energy that is
   * committed before the hydrology is known, paid {@code premiumCnyPerMwh} per MWh committed; the shortfall
   * penalty applies to the committed energy only.
   */
  public record Commitment(String export, double premiumCnyPerMwh) {}

  /** CVaR at level {@code alpha} with {@code weight} λ: minimise (1 − λ)·E[cost] + λ·CVaR_α[cost]. */
  public record Cvar(double alpha, double weight) {}

  /** Log-normal annual inflow per basin, correlated between basins. */
  public record MonteCarlo(List<Spread> basins, List<Correlation> correlations) {
    public MonteCarlo {
      basins = basins == null ? List.of() : List.copyOf(basins);
      correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }
  }

  /**
   * The annual inflow multiplier of a basin, m = mean·exp(σ·Z − σ²/2) with Z standard normal, so that E[m] = mean
   * and the standard deviation of ln m is σ ({@code sdLog}).
   */
  public record Spread(String basin, double sdLog, double meanMultiplier) {}

  /** Correlation ρ between the standard normals Z of two basins. */
  public record Correlation(String a, String b, double rho) {}

  /** The basin with id {@code id}, or null. */
  public Basin basin(String id) {
    return basins.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
  }
}
