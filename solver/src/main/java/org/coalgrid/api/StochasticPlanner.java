package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.stochastic.FirstStageFix;
import org.coalgrid.stochastic.TwoStage;
import org.coalgrid.uncertainty.FirstStagePlan;
import org.coalgrid.uncertainty.ScenarioInstances;
import org.coalgrid.output.Json;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.MonteCarloCheck;
import org.coalgrid.verify.ScenarioCheck;
import org.coalgrid.verify.StochasticCheck;

/**
 * Plans against hydrology scenarios (issue 12; docs/stochastic.md): the two-stage stochastic plan (extensive form,
 * expected cost, optionally with CVaR), the expected-value plan of the mean year, each scenario's wait-and-see plan,
 * and every scenario solved with each plan's first stage fixed. Those scenario solves are ordinary verified solves
 * of the scenario's single-year instance ({@link ScenarioInstances#derive}, the plan's commitments applied by
 * {@link FirstStagePlan#committed}) with the plan's builds and potlines fixed: their prices are certified like any
 * solve's (a MILP's after fixing its integers), and EVPI and VSS are computed from their costs.
 *
 * <pre>{@code
 * CoalGrid coalgrid = CoalGrid.create();
 * StochasticResult r = StochasticPlanner.of(coalgrid).solve(coalgrid.load(Path.of("instances/guizhou-2010-hydro.json")));
 * System.out.println("EVPI " + r.evpiCny() / 1e8 + " 亿元/yr, VSS " + r.vssCny() / 1e8 + " 亿元/yr");
 * }</pre>
 * Immutable; thread-safe (each call builds and solves its own models).
 */
public final class StochasticPlanner {
  private final CoalGrid coalgrid;

  private StochasticPlanner(CoalGrid coalgrid) {
    this.coalgrid = coalgrid;
  }

  /** A planner with {@code coalgrid}'s settings (solver, objective, time limit, gap) and progress. */
  public static StochasticPlanner of(CoalGrid coalgrid) {
    return new StochasticPlanner(coalgrid);
  }

  /**
   * Solves the case's scenarios. Thread-safe.
   *
   * @throws NotApplicableException if the instance has no scenarios, or a plan's extensive form has no solution
   * @throws InvalidInstanceException if a scenario's instance fails validation
   */
  public StochasticResult solve(PlanningCase c) throws CoalGridException {
    Instance in = c.instance();
    Uncertainty u = in.uncertainty();
    if (u == null || u.scenarios().isEmpty()) {
      throw new NotApplicableException(c.name() + " has no hydro scenarios (uncertainty.scenarios); see "
          + "docs/stochastic.md");
    }
    List<HydroScenario> scs = u.scenarios();
    List<Instance> years = ScenarioInstances.all(in);
    SolverSettings ss = coalgrid.settings().solverSettings(in);
    var mode = coalgrid.settings().objective();
    int steps = 3 * scs.size() + 3 + (risk(u) ? 1 + scs.size() : 0);
    int[] done = {0};
    Map<String, FirstStagePlan> ws = new LinkedHashMap<>();
    for (int s = 0; s < scs.size(); s++) {
      HydroScenario one = certain(scs.get(s));
      step(done, steps, "wait-and-see plan of " + one.id());
      ws.put(one.id(), plan(c, TwoStage.solve(in, List.of(one), List.of(years.get(s)), mode, null, null, ss),
          "the wait-and-see plan of scenario " + one.id()));
    }
    step(done, steps, "expected-value plan (mean year)");
    HydroScenario meanYear = new HydroScenario("mean", "mean year", 1, List.of(), 1, 1, 1);
    FirstStagePlan ev = plan(c, TwoStage.solve(in, List.of(meanYear), List.of(ScenarioInstances.mean(in)), mode, null,
        null, ss), "the expected-value plan");
    step(done, steps, "stochastic plan: extensive form of " + scs.size() + " scenarios");
    TwoStage.Solved rp = TwoStage.solve(in, scs, years, mode, null, null, ss);
    FirstStagePlan stochastic = plan(c, rp, "the stochastic plan");
    FirstStagePlan riskAverse = null;
    if (risk(u)) {
      step(done, steps, "risk-averse plan: CVaR at " + u.cvar().alpha());
      riskAverse = plan(c, TwoStage.solve(in, scs, years, mode, u.cvar(), null, ss), "the risk-averse plan");
    }
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    evaluateAll(in, scs, years, StochasticResult.STOCHASTIC, stochastic, outcomes, done, steps);
    if (riskAverse != null) {
      evaluateAll(in, scs, years, StochasticResult.RISK_AVERSE, riskAverse, outcomes, done, steps);
    }
    evaluateAll(in, scs, years, StochasticResult.EXPECTED_VALUE, ev, outcomes, done, steps);
    for (int s = 0; s < scs.size(); s++) {
      step(done, steps, "wait-and-see: " + scs.get(s).id());
      outcomes.add(evaluate(in, scs.get(s), years.get(s), StochasticResult.WAIT_AND_SEE, ws.get(scs.get(s).id())));
    }
    return new StochasticResult(in.meta().name(), scs, stochastic, riskAverse, ev, ws, outcomes, rp.rows(),
        rp.columns(), u.cvar() == null ? null : u.cvar().alpha(), u.cvar() == null ? null : u.cvar().weight(),
        c.scenario().stream().map(AllocationResult.ScenarioEdit::of).toList());
  }

  /**
   * Checks the output set {@code dir} of {@code coalgrid stochastic} or {@code coalgrid montecarlo} (or its
   * stochastic.json or montecarlo.json) against the case with the independent verifier: for a stochastic set
   * ({@link StochasticCheck}) every figure of stochastic.json recomputed from the instance and the scenario solutions
   * of every plan, each solution verified in full; for a Monte Carlo set ({@link MonteCarloCheck}) every statistic
   * recomputed from the draws. Thread-safe.
   *
   * @throws InvalidSolutionException if a file cannot be read or the set is not a result of this case
   */
  public Verification verify(PlanningCase c, Path dir) throws InvalidSolutionException {
    Path summary = Files.isRegularFile(dir) ? dir : Files.isRegularFile(dir.resolve(STOCHASTIC_JSON))
        ? dir.resolve(STOCHASTIC_JSON) : dir.resolve(MONTECARLO_JSON);
    Path root = summary.toAbsolutePath().getParent();
    try {
      if (!Files.isRegularFile(summary)) {
        throw new IOException("no " + STOCHASTIC_JSON + " or " + MONTECARLO_JSON + " in " + dir);
      }
      JsonNode tree = Json.MAPPER.readTree(summary.toFile());
      boolean monteCarlo = summary.getFileName().toString().equals(MONTECARLO_JSON);
      if (!c.scenario().isEmpty()) { // a case read with overrides: checked as it is (as CoalGrid.verify does)
        return new Verification(monteCarlo ? MonteCarloCheck.verify(c.instance(), tree)
            : StochasticCheck.verify(c.instance(), tree, file -> read(root, file)));
      }
      // the --set what-ifs the summary records, applied to the file and checked as solution.json's are
      ScenarioCheck.Recorded recorded = ScenarioCheck.apply(c.tree(), c.source(), tree.get("scenario"));
      if (recorded.instance() == null || !recorded.report().passed()) {
        return new Verification(recorded.report());
      }
      return new Verification(recorded.merged(monteCarlo ? MonteCarloCheck.verify(recorded.instance(), tree)
          : StochasticCheck.verify(recorded.instance(), tree, file -> read(root, file))));
    } catch (IOException e) {
      throw new InvalidSolutionException("cannot read the output set " + dir + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new InvalidSolutionException("cannot read the output set " + dir + ": " + e.getCause().getMessage());
    } catch (MalformedSolutionException e) {
      throw new InvalidSolutionException(summary + " is not a result of " + c.source() + " that can be verified: "
          + e.getMessage());
    }
  }

  /**
   * Whether {@code path} is the output set of {@code stochastic} or {@code montecarlo} (a directory holding
   * stochastic.json or montecarlo.json) or one of those files.
   */
  public static boolean isOutputSet(Path path) {
    for (String name : List.of(STOCHASTIC_JSON, MONTECARLO_JSON)) {
      if (Files.isRegularFile(path.resolve(name)) || (Files.isRegularFile(path) && path.getFileName() != null
          && path.getFileName().toString().equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static final String STOCHASTIC_JSON = "stochastic.json";
  private static final String MONTECARLO_JSON = "montecarlo.json";

  private static JsonNode read(Path root, String file) {
    Path p = root.resolve(file);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
    }
  }

  private static boolean risk(Uncertainty u) {
    return u.cvar() != null && u.cvar().weight() > 0 && u.scenarios().size() > 1;
  }

  private void step(int[] done, int total, String what) {
    coalgrid.progress().step(done[0]++, total, what);
  }

  private void evaluateAll(Instance in, List<HydroScenario> scs, List<Instance> years, String kind,
      FirstStagePlan plan, List<ScenarioOutcome> out, int[] done, int steps) throws CoalGridException {
    for (int s = 0; s < scs.size(); s++) {
      step(done, steps, kind + " plan in " + scs.get(s).id());
      out.add(evaluate(in, scs.get(s), years.get(s), kind, plan));
    }
  }

  /** The scenario {@code s} with probability 1 (a wait-and-see problem). */
  private static HydroScenario certain(HydroScenario s) {
    return new HydroScenario(s.id(), s.name(), 1, s.hydro(), s.demandMultiplier(), s.coalCostMultiplier(),
        s.exportPriceMultiplier());
  }

  private static FirstStagePlan plan(PlanningCase c, TwoStage.Solved s, String what) throws NotApplicableException {
    if (s.plan() == null) {
      throw new NotApplicableException(c.name() + ": " + what + " has no solution (" + s.status()
          + (s.message() == null || s.message().isBlank() ? "" : ": " + s.message()) + "); solve each scenario with "
          + "coalgrid solve to see which one cannot close");
    }
    return s.plan();
  }

  /**
   * Scenario {@code s} solved with {@code plan} fixed, verified: the single-year instance {@code year} with the
   * plan's commitments, its builds and potlines fixed in the model. Thread-safe.
   */
  ScenarioOutcome evaluate(Instance base, HydroScenario s, Instance year, String kind, FirstStagePlan plan)
      throws CoalGridException {
    PlanningCase pc = coalgrid.of(plan.committed(year), WhatIf.none());
    Solution sol = SolvePipeline.solve(pc, coalgrid.settings(), org.coalgrid.Progress.NONE, false,
        ctx -> FirstStageFix.apply(ctx, plan));
    return outcome(base, s, kind, plan, sol);
  }

  static ScenarioOutcome outcome(Instance base, HydroScenario s, String kind, FirstStagePlan plan, Solution sol) {
    AllocationResult r = sol.result();
    if (!sol.hasSolution() || r.kpis() == null) {
      return new ScenarioOutcome(kind, s.id(), s.probability(), sol.status(), Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, null, Map.of(), sol);
    }
    AllocationResult.Kpis k = r.kpis();
    double cost = sol.objectiveCny().getAsDouble() - plan.premiumCny(base);
    Map<String, Double> prices = new LinkedHashMap<>();
    Double mean = null;
    if (sol.pricesCertified() && r.prices() != null && r.prices().electricity() != null) {
      Map<String, Double> hours = new LinkedHashMap<>();
      for (Period p : base.periods()) {
        hours.put(p.id(), p.hours());
      }
      double sum = 0;
      double h = 0;
      for (AllocationResult.RegionPeriodPrice p : r.prices().electricity()) {
        prices.put(p.region() + "/" + p.period(), p.cnyPerMwh());
        if (!base.isExternal(p.region())) {
          double hp = hours.getOrDefault(p.period(), 0.0);
          sum += p.cnyPerMwh() * hp;
          h += hp;
        }
      }
      mean = h > 0 ? sum / h : null;
    }
    return new ScenarioOutcome(kind, s.id(), s.probability(), sol.status(), cost, k.coalToPowerT(),
        k.generationByTypeMwh().getOrDefault("HYDRO", 0.0), k.exportShortfallMwh(), k.unservedMwh(), mean, prices,
        sol);
  }
}
