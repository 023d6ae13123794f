package org.coalgrid.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.PotlinesBuilder;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.ExplainCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One hand-built infeasible instance per relaxable kind; each asserts which relaxation the repair reports and its
 * size, computed by hand in the comment. One period of 8,760 h throughout.
 */
class ElasticRepairTest {
  private static final RepairSettings DEFAULTS = RepairSettings.defaults();

  /** A 100 MW plant cannot feed a smelter planned at 100,000 t x 10 MWh/t = 114.155 MW. */
  private static ExplainCases smelterShort(boolean potlines) {
    ExplainCases c = new ExplainCases("smelter-short");
    c.mine("m1", "a", 5e6, 0, 100);
    c.coalPlant("p1", "a", 100, 10);
    var ind = c.industry("s1", "a", 100_000, 10);
    if (potlines) {
      ind.potlines(new PotlinesBuilder().count(2).sizeT(60_000));
    }
    return c;
  }

  @Test
  void industryOutputBelowPlan() {
    // 100 MW x 8,760 h / 10 MWh/t = 87,600 t can be made: 12,400 t below the plan of 100,000 t
    RepairResult r = repair(smelterShort(false).instance(), DEFAULTS, Backend.GLOP);
    assertOnly(r, "industry", "s1", "below", 12_400, "t/yr");
  }

  @Test
  void plantCapacityWhenMarkedRelaxable() {
    // 1,000,000 MWh / 8,760 h = 114.155 MW needed: +14.155 MW
    RepairResult r = repair(smelterShort(false).instance(), only(RelaxKind.PLANT_CAPACITY), Backend.GLOP);
    assertOnly(r, "plant_capacity", "p1", "above", 1e6 / 8760 - 100, "MW");
    assertEquals(1e6 - 876_000, r.relaxations().get(0).energyMwh(), 1e-5 * 124_000);
  }

  @Test
  void coalDemandShort() {
    ExplainCases c = new ExplainCases("coal-short");
    c.mine("m1", "a", 1.5e6, 0, 100);
    c.coalDemand("cd1", "a", 2e6);
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "coal_demand", "cd1", "below", 500_000, "t/yr");
    // the same gap closed by mine capacity when only that may be relaxed
    assertOnly(repair(c.instance(), only(RelaxKind.MINE_CAPACITY), Backend.GLOP), "mine_capacity", "m1", "above",
        500_000, "t/yr");
  }

  @Test
  void mineMinimumAgainstProductionCapFollowsTheWeights() {
    ExplainCases c = new ExplainCases("mine-min");
    c.mine("m1", "a", 3e6, 2e6, 100);
    c.policy("cap", PolicyType.COAL_PRODUCTION_CAP, 1e6);
    // 1 Mt apart: mine_min weighs 100 CNY/t, policy 1,000 CNY/t -> the minimum output gives way
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "mine_min", "m1", "below", 1e6, "t/yr");
    // weigh the minimum output above the policy and the policy gives way instead
    assertOnly(repair(c.instance(), DEFAULTS.withWeight(RelaxKind.MINE_MIN, 5_000), Backend.GLOP), "policy", "cap",
        "above", 1e6, "t/yr");
  }

  @Test
  void exportCapabilityPolicyFloorLowered() {
    ExplainCases c = new ExplainCases("export-capability");
    c.gasPlant("g1", "a", 500, 300);
    c.line("hvdc", "a", "gd", 1000);
    c.policy("cap-gd", PolicyType.EXPORT_CAPABILITY, 1500).region("gd");
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "policy", "cap-gd", "below", 500, "MW");
  }

  @Test
  void hydroMinimumReleaseLowered() {
    // inflow 876,000 MWh = 100 MW on average; the minimum release of 200 MW (1,752,000 MWh, spill counted)
    // cannot hold: lowered by 876,000 MWh
    ExplainCases c = new ExplainCases("hydro-minrel");
    c.reservoirHydro("h1", "a", 300, 876_000, 200);
    c.gasPlant("g1", "a", 500, 300);
    c.demand("d1", "a", 300);
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "hydro", "h1", "below", 876_000, "MWh");
  }

  @Test
  void lineCapacityOrIndustry() {
    // smelter in b needs 114.155 MW over a 100 MW line: 12,400 t below plan, or the line +14.155 MW
    ExplainCases c = new ExplainCases("line");
    c.gasPlant("g1", "a", 1000, 300);
    c.line("ab", "a", "b", 100);
    c.industry("s1", "b", 100_000, 10);
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "industry", "s1", "below", 12_400, "t/yr");
    assertOnly(repair(c.instance(), only(RelaxKind.LINE_CAPACITY), Backend.GLOP), "line_capacity", "ab", "above",
        1e6 / 8760 - 100, "MW");
  }

  @Test
  void arcCapacityOrCoalDemand() {
    ExplainCases c = new ExplainCases("arc");
    c.mine("m1", "a", 3e6, 0, 100);
    c.arc("ab", "a", "b", 600_000);
    c.coalDemand("cd1", "b", 1e6);
    assertOnly(repair(c.instance(), DEFAULTS, Backend.GLOP), "coal_demand", "cd1", "below", 400_000, "t/yr");
    assertOnly(repair(c.instance(), only(RelaxKind.ARC_CAPACITY), Backend.GLOP), "arc_capacity", "ab", "above",
        400_000, "t/yr");
  }

  /** 100 MW of gas, 50 MW of load and a smelter of 114.155 MW. */
  private static ExplainCases loadAndSmelter() {
    ExplainCases c = new ExplainCases("demand");
    c.gasPlant("g1", "a", 100, 300);
    c.demand("d1", "a", 50);
    c.industry("s1", "a", 100_000, 10);
    return c;
  }

  @Test
  void demandCountsAsARelaxationWithItsWeight() {
    Instance in = loadAndSmelter().instance();
    // default: shedding load weighs 10,000 CNY/MWh, so the repaired plan serves all 50 MW and the smelter gives
    // way by (114.155 - 50) MW x 8,760 h / 10 = 56,200 t
    assertOnly(repair(in, DEFAULTS, Backend.GLOP), "industry", "s1", "below", 56_200, "t/yr");
    // shedding at 1 CNY/MWh: all 50 MW shed (438,000 MWh) and the smelter short by only 12,400 t
    RepairResult r = repair(in, DEFAULTS.withWeight(RelaxKind.DEMAND, 1), Backend.GLOP);
    assertEquals(2, r.relaxations().size(), r.toString());
    assertRelaxation(find(r, "industry"), "s1", "below", 12_400, "t/yr");
    Relaxation d = find(r, "demand");
    assertRelaxation(d, "d1", "below", 50, "MW");
    assertEquals(438_000, d.energyMwh(), 1e-5 * 438_000);
    assertTrue(d.text().contains("left unserved"), d.text());
  }

  @Test
  void demandGivenAsAnnualEnergyIsFixedByItsAnnualMwh() {
    // as demandCountsAsARelaxationWithItsWeight, the load given as 438,000 MWh/yr (50 MW over 8,760 h): shedding it
    // all names $.demands[0].annualMwh 438000 -> 0 MWh/yr
    ExplainCases c = new ExplainCases("demand-annual");
    c.gasPlant("g1", "a", 100, 300);
    c.builder().add(new DemandBuilder("d1").region("a").annualMwh(438_000));
    c.industry("s1", "a", 100_000, 10);
    RepairResult r = repair(c.instance(), DEFAULTS.withWeight(RelaxKind.DEMAND, 1), Backend.GLOP);
    Relaxation d = find(r, "demand");
    assertRelaxation(d, "d1", "below", 50, "MW");
    assertEquals(List.of(new Relaxation.Fix("$.demands[0].annualMwh", 438_000, 0, "MWh/yr")), d.fixes());
    assertTrue(d.text().contains("[change $.demands[0].annualMwh 438000 → 0 MWh/yr]"), d.text());
  }

  @Test
  void aSharePolicyIsFixedByItsShareNotByTonnes() {
    // 就地转化率 0.9: local use (cd1, at most 1 Mt) >= 0.9 x production (cd1 + cd2 = 2 Mt): 0.8 Mt short. The
    // limit that closes is the share 1 Mt / 2 Mt = 0.5, not 0.9 - 800,000
    ExplainCases c = new ExplainCases("local-conversion");
    c.mine("m1", "a", 3e6, 0, 100);
    c.coalDemand("cd1", "a", 1e6);
    c.arc("out", "a", "gd", 5e6);
    c.coalDemand("cd2", "gd", 1e6);
    c.policy("local", PolicyType.LOCAL_CONVERSION, 0.9);
    RepairResult r = repair(c.instance(), only(RelaxKind.POLICY), Backend.GLOP);
    assertOnly(r, "policy", "local", "below", 800_000, "t/yr");
    Relaxation.Fix f = r.relaxations().get(0).fixes().get(0);
    assertEquals("$.policies[0].limit", f.path());
    assertEquals("share", f.unit());
    assertEquals(0.5, f.needed(), 1e-6);
  }

  @Test
  void aReserveMarginIsFixedByTheMargin() {
    // 备用率 50 %: firm 100 MW of gas >= 1.5 x 90 MW of load fails by 35 MW; the margin that closes is
    // 100 / 90 - 1 = 0.111111 (rounded down, a floor)
    ExplainCases c = new ExplainCases("reserve");
    c.gasPlant("g1", "a", 100, 300);
    c.demand("d1", "a", 90);
    c.policy("reserve", PolicyType.RESERVE_MARGIN, 0.5);
    RepairResult r = repair(c.instance(), only(RelaxKind.POLICY), Backend.GLOP);
    assertOnly(r, "policy", "reserve", "below", 35, "MW");
    Relaxation.Fix f = r.relaxations().get(0).fixes().get(0);
    assertEquals(new Relaxation.Fix("$.policies[0].limit", 0.5, 0.111111, "share"), f);
  }

  @Test
  void exportContractShortfallCountsWithItsWeight() {
    ExplainCases c = new ExplainCases("export");
    c.gasPlant("g1", "a", 100, 300);
    c.line("hvdc", "a", "gd", 1000);
    c.export("gd-contract", 438_000, 0);
    c.industry("s1", "a", 100_000, 10);
    Instance in = c.instance();
    // default: short 438,000 MWh x 1,000 + 12,400 t x 1,000 > 56,200 t x 1,000: the contract is met in full
    assertOnly(repair(in, DEFAULTS, Backend.GLOP), "industry", "s1", "below", 56_200, "t/yr");
    RepairResult r = repair(in, DEFAULTS.withWeight(RelaxKind.EXPORT_CONTRACT, 10), Backend.GLOP);
    assertRelaxation(find(r, "export_contract"), "gd-contract", "below", 438_000, "MWh");
    assertRelaxation(find(r, "industry"), "s1", "below", 12_400, "t/yr");
    assertTrue(find(r, "export_contract").text().startsWith("export contract Contract gd-contract (to Guangdong) "
        + "short by 0.44 TWh"), find(r, "export_contract").text());
  }

  @Test
  void notRepairableWhenNothingThatHelpsMayBeRelaxed() {
    ExplainCases c = new ExplainCases("mine-min");
    c.mine("m1", "a", 3e6, 2e6, 100);
    c.policy("cap", PolicyType.COAL_PRODUCTION_CAP, 1e6);
    RepairResult r = repair(c.instance(), only(RelaxKind.DEMAND), Backend.GLOP);
    assertEquals("NOT_REPAIRABLE", r.status());
    assertTrue(r.note().contains("allow more kinds with --relax"), r.note());
  }

  @Test
  void alternativesDoWithoutEachKindUsed() {
    ExplainCases c = new ExplainCases("mine-min");
    c.mine("m1", "a", 3e6, 2e6, 100);
    c.policy("cap", PolicyType.COAL_PRODUCTION_CAP, 1e6);
    RepairResult r = repair(c.instance(), DEFAULTS, Backend.GLOP);
    assertEquals(1, r.alternatives().size());
    RepairResult.Alternative alt = r.alternatives().get(0);
    assertEquals("mine_min", alt.without());
    assertRelaxation(alt.relaxations().get(0), "cap", "above", 1e6, "t/yr");
  }

  /** The same infeasible LP repaired by every LP-capable backend gives the same relaxations and sizes. */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"GLOP", "CLP", "HIGHS", "SCIP", "CBC"})
  void everyBackendGivesTheSameRepair(Backend b) {
    assertOnly(repair(smelterShort(false).instance(), DEFAULTS, b), "industry", "s1", "below", 12_400, "t/yr");
    RepairResult r = repair(loadAndSmelter().instance(), DEFAULTS.withWeight(RelaxKind.DEMAND, 1), b);
    assertEquals(2, r.relaxations().size(), r.toString());
    assertRelaxation(find(r, "industry"), "s1", "below", 12_400, "t/yr");
    assertRelaxation(find(r, "demand"), "d1", "below", 50, "MW");
  }

  /** An infeasible MILP (integer potlines) is repaired on the MILP itself by each MILP backend. */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"HIGHS", "SCIP", "CBC"})
  void milpRepairedWithTheMilpBackend(Backend b) {
    Instance in = smelterShort(true).instance();
    assertTrue(in.hasIntegerDecisions());
    assertOnly(repair(in, DEFAULTS, b), "industry", "s1", "below", 12_400, "t/yr");
  }

  // ---- helpers

  private static RepairSettings only(RelaxKind k) {
    return DEFAULTS.withRelaxable(EnumSet.of(k));
  }

  /** Checks the instance is infeasible as given, then repairs it with backend b. */
  static RepairResult repair(Instance in, RepairSettings rs, Backend b) {
    SolverSettings s = SolverSettings.defaults(b);
    ModelContext ctx = Formulation.build(in, ObjectiveMode.COST);
    assertEquals(SolveStatus.INFEASIBLE, AllocationSolver.solve(ctx, s, 0).raw().status(), "case must be infeasible");
    RepairResult r = ElasticRepair.run(ctx, rs, s);
    if (r.repaired()) {
      fixesClose(in, r, s);
    }
    return r;
  }

  /**
   * The fields each relaxation names, set to the values it gives, close the plan: the instance so changed solves
   * (every relaxation here lands on fields of the instance), and each fix moves its field the way of its kind.
   */
  private static void fixesClose(Instance in, RepairResult r, SolverSettings s) {
    ObjectNode tree = InstanceWriter.toTree(in);
    for (Relaxation x : r.relaxations()) {
      assertFalse(x.fixes().isEmpty(), "a relaxation with no field to change: " + x);
      for (Relaxation.Fix f : x.fixes()) {
        assertTrue(x.text().contains(f.path()), x.text());
        assertEquals(x.direction().equals("above"), f.needed() > f.now(), f.toString());
        set(tree, f.path(), f.needed());
      }
    }
    Instance fixed;
    try {
      fixed = InstanceReader.bind(tree, "fixed");
    } catch (InstanceException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
    SolveStatus st = AllocationSolver.solve(Formulation.build(fixed, ObjectiveMode.COST), s, 0).raw().status();
    assertEquals(SolveStatus.OPTIMAL, st, "with the fixes of " + r.relaxations());
  }

  /** Sets the number at {@code $.list[i].field(.key)*}. */
  private static void set(ObjectNode tree, String path, double value) {
    JsonNode node = tree;
    String[] parts = path.substring(2).split("\\.");
    for (int k = 0; k < parts.length - 1; k++) {
      node = step(node, parts[k]);
    }
    String last = parts[parts.length - 1];
    assertTrue(node instanceof ObjectNode && node.has(last), path + " in " + node);
    ((ObjectNode) node).put(last, value);
  }

  private static JsonNode step(JsonNode node, String part) {
    int b = part.indexOf('[');
    if (b < 0) {
      return node.get(part);
    }
    return node.get(part.substring(0, b)).get(Integer.parseInt(part.substring(b + 1, part.length() - 1)));
  }

  private static Relaxation find(RepairResult r, String kind) {
    List<Relaxation> xs = r.relaxations().stream().filter(x -> x.kind().equals(kind)).toList();
    assertEquals(1, xs.size(), kind + " in " + r);
    return xs.get(0);
  }

  private static void assertOnly(RepairResult r, String kind, String entity, String direction, double amount,
      String unit) {
    assertEquals("REPAIRED", r.status(), r.note());
    assertEquals(1, r.relaxations().size(), r.relaxations().toString());
    Relaxation x = r.relaxations().get(0);
    assertEquals(kind, x.kind());
    assertRelaxation(x, entity, direction, amount, unit);
  }

  private static void assertRelaxation(Relaxation x, String entity, String direction, double amount, String unit) {
    assertEquals(entity, x.entity(), x.toString());
    assertEquals(direction, x.direction(), x.toString());
    assertEquals(unit, x.unit(), x.toString());
    assertEquals(amount, x.amount(), 1e-5 * Math.max(1, amount), x.toString());
  }
}
