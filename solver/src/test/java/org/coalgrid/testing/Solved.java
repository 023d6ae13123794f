package org.coalgrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.Units;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;

/**
 * One solved fixture: the outcome and its {@link AllocationResult}, with look-ups by id in domain units and
 * assertions with a relative tolerance. Solves with GLOP (LP) or HiGHS (MILP, prices from GLOP) unless told,
 * and runs the independent {@link org.coalgrid.verify.SolutionVerifier} on every solution.
 */
public record Solved(SolveOutcome outcome, AllocationResult result) {
  /** Relative tolerance of the exact-number assertions. */
  public static final double REL = 1e-6;

  public static Solved solve(Instance in) {
    return solve(in, ObjectiveMode.COST);
  }

  public static Solved solve(Instance in, ObjectiveMode mode) {
    return solve(in, mode, in.hasIntegerDecisions() ? Backend.HIGHS : Backend.GLOP);
  }

  public static Solved solve(Instance in, ObjectiveMode mode, Backend backend) {
    SolverSettings s = new SolverSettings(backend, 60, 1, 1e-9, Backend.GLOP, false);
    SolveOutcome out = AllocationSolver.solve(in, mode, s);
    AllocationResult result = ResultBuilder.build(out, "fixture");
    if (result.objective() != null) {
      Verified.verify(in, result); // every solved fixture also passes the independent checker
    }
    return new Solved(out, result);
  }

  /** Asserts optimality and that checked prices exist. */
  public Solved optimalWithPrices() {
    assertEquals(SolveStatus.OPTIMAL, outcome.raw().status(), outcome.raw().message());
    assertTrue(outcome.prices().available(), "no prices: " + outcome.prices().note());
    return this;
  }

  public double objectiveCny() {
    return result.objective().totalCny();
  }

  /** An objective term (CNY/yr), 0 when absent. */
  public double term(String name) {
    return result.objective().termsCny().getOrDefault(name, 0.0);
  }

  public AllocationResult.MineResult mine(String id) {
    return result.mines().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.ArcResult arc(String id) {
    return result.coalArcs().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.PlantResult plant(String id) {
    return result.plants().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.PlantPeriod plant(String id, String period) {
    return plant(id).periods().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
  }

  public AllocationResult.LineResult line(String id) {
    return result.lines().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.LinePeriod line(String id, String period) {
    return line(id).periods().stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
  }

  public AllocationResult.IndustryResult industry(String id) {
    return result.industries().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.DemandResult demand(String id) {
    return result.demands().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.ExportResult export(String id) {
    return result.exports().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.CoalDemandResult coalDemand(String id) {
    return result.coalDemands().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.PolicyResult policy(String id) {
    return result.policies().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public AllocationResult.DirectSupplyResult directSupply(String id) {
    return result.directSupplies().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  /** Electricity price (CNY/MWh) of a region and period. */
  public double power(String region, String period) {
    return result.prices().electricity().stream()
        .filter(p -> p.region().equals(region) && p.period().equals(period)).findFirst().orElseThrow(
            () -> new AssertionError("no electricity price for " + region + "/" + period)).cnyPerMwh();
  }

  /** Coal price (CNY/t) of a region and grade (origin class ANY, or the given class name). */
  public double coal(String region, String grade) {
    return result.prices().coal().stream().filter(p -> p.region().equals(region) && p.grade().equals(grade))
        .findFirst().orElseThrow(() -> new AssertionError("no coal price for " + region + "/" + grade)).cnyPerT();
  }

  /** Heat price (CNY/GJ). */
  public double heat(String region, String period) {
    return result.prices().heatCnyPerGj().stream()
        .filter(p -> p.region().equals(region) && p.period().equals(period)).findFirst().orElseThrow().cnyPerMwh();
  }

  /** Dual of any named row in its domain unit (row info's dualToDomain); 0 for rows not binding. */
  public double dual(String row) {
    LinearProgram lp = outcome.model().lp();
    int r = lp.row(row);
    if (r < 0) {
      throw new AssertionError("no row " + row);
    }
    return outcome.prices().duals()[r] * lp.rowInfo(r).dualToDomain();
  }

  /** Value of a named column in model units (kt, MW, GWh, counts). */
  public double col(String name) {
    LinearProgram lp = outcome.model().lp();
    int j = lp.column(name);
    if (j < 0) {
      throw new AssertionError("no column " + name);
    }
    return outcome.raw().x()[j];
  }

  /** Value of a named coal column in t. */
  public double tonnes(String name) {
    return col(name) * Units.T_PER_UNIT;
  }

  /** assertEquals with a relative tolerance (absolute 1e-6 near zero). */
  public static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.max(1e-6, Math.abs(expected) * REL), what);
  }

  public static void near(double expected, double actual) {
    near(expected, actual, null);
  }
}
