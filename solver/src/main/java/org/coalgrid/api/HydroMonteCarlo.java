package org.coalgrid.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.stochastic.TwoStage;
import org.coalgrid.uncertainty.FirstStagePlan;
import org.coalgrid.uncertainty.InflowSampler;
import org.coalgrid.uncertainty.ScenarioInstances;

/**
 * Monte Carlo over hydro years (issue 12 item 4; docs/stochastic.md §4): N annual inflow draws per basin from the
 * instance's {@code uncertainty.monteCarlo} distribution ({@link InflowSampler}: correlated log-normal, Commons
 * Math, one seeded stream drawn up front), each solved as a single-year instance with the first stage fixed — the
 * stochastic plan of the instance's scenarios (the risk-averse plan with CVaR), or, without scenarios, the plan of
 * the reference year — and verified like every solve. The draws run on {@code workers} threads; the results are
 * kept in draw order, so they do not depend on the number of threads. Statistics per KPI with Commons Math
 * {@link DescriptiveStatistics}.
 *
 * <pre>{@code
 * MonteCarloResult r = HydroMonteCarlo.of(CoalGrid.create()).run(planningCase, 200, 42L, 2);
 * System.out.println(r.statistics("cost").p95() / 1e8 + " 亿元/yr in a 1-in-20 dry year");
 * }</pre>
 * Immutable; thread-safe.
 */
public final class HydroMonteCarlo {
  /** The KPIs summarised, with their units; power prices per internal region follow. */
  static final List<String[]> KPIS = List.of(new String[] {"cost", "CNY/yr"}, new String[] {"coalToPower", "t/yr"},
      new String[] {"hydroGeneration", "MWh/yr"}, new String[] {"exportShortfall", "MWh/yr"},
      new String[] {"unserved", "MWh/yr"}, new String[] {"meanPowerPrice", "CNY/MWh"});

  private final CoalGrid coalgrid;

  private HydroMonteCarlo(CoalGrid coalgrid) {
    this.coalgrid = coalgrid;
  }

  /** A Monte Carlo runner with {@code coalgrid}'s settings and progress. */
  public static HydroMonteCarlo of(CoalGrid coalgrid) {
    return new HydroMonteCarlo(coalgrid);
  }

  /**
   * Draws {@code samples} hydro years with {@code seed} and solves each with the plan fixed, on {@code workers}
   * threads. Thread-safe.
   *
   * @throws NotApplicableException if the instance has no {@code uncertainty.monteCarlo}, or the plan has no solution
   */
  public MonteCarloResult run(PlanningCase c, int samples, long seed, int workers) throws CoalGridException {
    if (samples < 1 || workers < 1) {
      throw new IllegalArgumentException("samples and workers must be at least 1, got " + samples + " and " + workers);
    }
    Instance in = c.instance();
    Uncertainty u = in.uncertainty();
    if (u == null || u.monteCarlo() == null) {
      throw new NotApplicableException(c.name() + " has no Monte Carlo distribution (uncertainty.monteCarlo); see "
          + "docs/stochastic.md");
    }
    coalgrid.progress().phase("first stage: the plan fixed in every draw");
    String kind;
    FirstStagePlan plan;
    var ss = coalgrid.settings().solverSettings(in);
    var mode = coalgrid.settings().objective();
    if (!u.scenarios().isEmpty()) {
      boolean risk = u.cvar() != null && u.cvar().weight() > 0 && u.scenarios().size() > 1;
      kind = risk ? StochasticResult.RISK_AVERSE : StochasticResult.STOCHASTIC;
      plan = planOf(c, TwoStage.solve(in, u.scenarios(), ScenarioInstances.all(in), mode, risk ? u.cvar() : null,
          null, ss));
    } else {
      kind = "reference-year";
      HydroScenario year = new HydroScenario("reference", "reference year", 1, List.of(), 1, 1, 1);
      plan = planOf(c, TwoStage.solve(in, List.of(year), List.of(ScenarioInstances.derive(in, year)), mode, null, null,
          ss));
    }
    List<InflowSampler.Draw> draws = InflowSampler.draw(u.monteCarlo(), samples, seed);
    List<ScenarioOutcome> outcomes = solveAll(in, draws, plan, kind, workers);
    List<double[]> multipliers = draws.stream().map(InflowSampler.Draw::multipliers).toList();
    List<String> basins = u.monteCarlo().basins().stream().map(Uncertainty.Spread::basin).toList();
    return new MonteCarloResult(in.meta().name(), samples, seed, kind, plan, basins, multipliers, outcomes,
        statistics(in, outcomes), c.scenario().stream().map(AllocationResult.ScenarioEdit::of).toList(),
        InstanceWriter.sha256(in));
  }

  private List<ScenarioOutcome> solveAll(Instance in, List<InflowSampler.Draw> draws, FirstStagePlan plan,
      String kind, int workers) throws CoalGridException {
    StochasticPlanner planner = StochasticPlanner.of(coalgrid);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "coalgrid-montecarlo");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ScenarioOutcome>> futures = new ArrayList<>();
      for (InflowSampler.Draw d : draws) {
        futures.add(pool.submit(() -> planner.evaluate(in, d.scenario(), ScenarioInstances.derive(in, d.scenario()),
            kind, plan)));
      }
      List<ScenarioOutcome> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        coalgrid.progress().step(i, futures.size(), "draw " + draws.get(i).scenario().id());
        out.add(futures.get(i).get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolverFailedException("Monte Carlo interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CoalGridException ce) {
        throw ce;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static FirstStagePlan planOf(PlanningCase c, TwoStage.Solved s) throws NotApplicableException {
    if (s.plan() == null) {
      throw new NotApplicableException(c.name() + ": the plan to fix has no solution (" + s.status() + ")");
    }
    return s.plan();
  }

  /** The statistics of every KPI, then of the hours-weighted power price of each internal region. */
  static List<MonteCarloResult.KpiStatistics> statistics(Instance in, List<ScenarioOutcome> outcomes) {
    Map<String, Function<ScenarioOutcome, Double>> values = new LinkedHashMap<>();
    values.put("cost", ScenarioOutcome::costCny);
    values.put("coalToPower", ScenarioOutcome::coalToPowerT);
    values.put("hydroGeneration", ScenarioOutcome::hydroMwh);
    values.put("exportShortfall", ScenarioOutcome::exportShortfallMwh);
    values.put("unserved", ScenarioOutcome::unservedMwh);
    values.put("meanPowerPrice", ScenarioOutcome::meanPowerPriceCnyPerMwh);
    List<MonteCarloResult.KpiStatistics> out = new ArrayList<>();
    for (String[] k : KPIS) {
      out.add(stats(k[0], k[1], outcomes, values.get(k[0])));
    }
    for (Region r : in.regions()) {
      if (!r.external()) {
        out.add(stats("powerPrice." + r.id(), "CNY/MWh", outcomes, o -> regionPrice(in, o, r.id())));
      }
    }
    return out;
  }

  /** Hours-weighted mean of region {@code r}'s certified prices in outcome {@code o}, or null. */
  static Double regionPrice(Instance in, ScenarioOutcome o, String r) {
    double sum = 0;
    double h = 0;
    for (Period p : in.periods()) {
      Double price = o.powerPrices().get(r + "/" + p.id());
      if (price != null) {
        sum += price * p.hours();
        h += p.hours();
      }
    }
    return h > 0 ? sum / h : null;
  }

  private static MonteCarloResult.KpiStatistics stats(String kpi, String unit, List<ScenarioOutcome> outcomes,
      Function<ScenarioOutcome, Double> value) {
    DescriptiveStatistics d = new DescriptiveStatistics();
    for (ScenarioOutcome o : outcomes) {
      Double v = o.solved() ? value.apply(o) : null;
      if (v != null && Double.isFinite(v)) {
        d.addValue(v);
      }
    }
    int n = (int) d.getN();
    if (n == 0) {
      return new MonteCarloResult.KpiStatistics(kpi, unit, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, null, null);
    }
    double mean = d.getMean();
    double sd = n > 1 ? d.getStandardDeviation() : 0;
    Double lo = null;
    Double hi = null;
    if (n > 1) {
      double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
      lo = mean - half;
      hi = mean + half;
    }
    return new MonteCarloResult.KpiStatistics(kpi, unit, n, mean, sd, d.getPercentile(5), d.getPercentile(50),
        d.getPercentile(95), lo, hi);
  }
}
