package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** One test per policy type; each checks the optimum and the policy's shadow price. */
public class PolicyConstraintsTest {

  /** Mine in A at 200 (2 Mt), outside seller X at 400; 1.5 Mt needed in A; production in A capped at 1 Mt. */
  public static Instance productionCap() {
    return Fixtures.create().region("A").external("X").grade("steam", 0.7)
        .mine("MA", "A", "steam", 2e6, 200).mine("MX", "X", "steam", 10e6, 400)
        .arc("XA", "X", "A", null, 0)
        .coalDemand("K", "A", "steam", 1.5e6, null, 0)
        .policy("cap", PolicyType.COAL_PRODUCTION_CAP, 1e6).build();
  }

  /**
   * Mine in A at 210 (3 Mt); 0.5 Mt local demand; an outside buyer in X takes up to 2 Mt at 350 delivered by rail
   * at 50 CNY/t; outbound capped at 1 Mt.
   */
  public static Instance outboundCap() {
    return Fixtures.create().region("A").external("X").grade("steam", 0.7)
        .mine("MA", "A", "steam", 3e6, 210)
        .arc("AX", "A", "X", null, 50)
        .coalDemand("K", "A", "steam", 0.5e6, null, 0)
        .coalDemand("KX", "X", "steam", 0, 2e6, 350)
        .policy("out", PolicyType.COAL_OUTBOUND_CAP, 1e6).build();
  }

  /** Large plant serving 50 MW at 300 gce/kWh; large mine 400, small mine 300 CNY/t; share of large coal >= 0.6. */
  public static Instance largeToLarge() {
    return Fixtures.create().region("A").grade("steam", 0.7)
        .mine("ML", "A", "steam", 10e6, 400).largeMine()
        .mine("MS", "A", "steam", 10e6, 300)
        .coalPlant("P", "A", 100, 300, "steam").largePlant()
        .demand("D", "A", 50)
        .policy("dmbd", PolicyType.LARGE_MINE_TO_LARGE_PLANT, 0.6).build();
  }

  /**
   * Mine in A at 200 (2 Mt). Local buyer: 0.2 Mt firm, up to 1 Mt at 210. Outside buyer in X: up to 2 Mt at 300,
   * rail 50. Local use >= 0.8 x production.
   */
  public static Instance localConversion() {
    return Fixtures.create().region("A").external("X").grade("steam", 0.7)
        .mine("MA", "A", "steam", 2e6, 200)
        .arc("AX", "A", "X", null, 50)
        .coalDemand("KL", "A", "steam", 0.2e6, 1e6, 210)
        .coalDemand("KX", "X", "steam", 0, 2e6, 300)
        .policy("local", PolicyType.LOCAL_CONVERSION, 0.8).build();
  }

  /**
   * Coal plant 100 MW at 300 gce/kWh, steam 0.7 tce/t at 350 CNY/t (150 CNY/MWh), 2.66 t CO2/tce and 1 % S,
   * desulfurisation 90 %; gas 100 MW at 400; 100 MW demand. {@code policy} caps it.
   */
  public static Fixtures coalOrGas() {
    return Fixtures.create().region("A").grade("steam", 0.7, 1.0, 2.66)
        .mine("M", "A", "steam", 10e6, 350)
        .coalPlant("P", "A", 100, 300, "steam").desulfurisation(0.9)
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(400)
        .demand("D", "A", 100);
  }

  /** Half of the coal run: 50 MW x 8760 h = 438000 MWh of coal generation. */
  static final double HALF_MWH = 438000;
  /** t CO2 per MWh of coal: 0.3 tce x 2.66. */
  static final double CO2_PER_MWH = 0.3 * 2.66;
  /** t SO2 per MWh of coal: 0.3 / 0.7 t coal x 2 x 1 % x (1 - 0.9). */
  static final double SO2_PER_MWH = 0.3 / 0.7 * 0.02 * 0.1;
  /** Coal half, gas half: 438000 x (150 + 400). */
  static final double HALF_COST = 438000 * 550.0;

  /**
   * Washed mine: all of its 1 Mt washed, 0.7 clean (needed in full) and 0.2 gangue; gangue plant at 400 gce/kWh and
   * 300 CNY/MWh O&amp;M, gas at 150; 50 MW demand; gangue burned >= 0.5 x gangue produced.
   */
  public static Instance gangue() {
    return Fixtures.create().region("A").grade("raw", 0.5).grade("clean", 0.7).byproductGrade("gangue", 0.25)
        .mine("M", "A", "raw", 1e6, 100).washing(1.0, "clean", 0.7, "gangue", 0.2, 0)
        .coalDemand("K", "A", "clean", 0.7e6, null, 0)
        .ganguePlant("GP", "A", 100, 400, "gangue").vom(300)
        .otherPlant("G", "A", PlantType.GAS, 200).fuelCost(150)
        .demand("D", "A", 50)
        .policy("gangue", PolicyType.GANGUE_UTILISATION, 0.5).build();
  }

  /** Existing 100 MW corridor A-&gt;G; 100 MW units can be built at 50000 CNY/MW/yr; capability >= 250 MW. */
  public static Instance exportCapability() {
    return Fixtures.create().region("A").external("G")
        .otherPlant("GA", "A", PlantType.GAS, 100).fuelCost(100)
        .line("AG", "A", "G", 100).lineBuild(100, 3, 50000)
        .exportCapability("cap", "G", 250).build();
  }

  @Test
  void productionCapBinds() {
    Solved s = Solved.solve(productionCap()).optimalWithPrices();
    // 1e6 x 200 + 0.5e6 x 400
    near(400e6, s.objectiveCny(), "objective");
    near(1e6, s.mine("MA").outputT());
    near(400, s.coal("A", "steam"));
    near(-200, s.policy("cap").shadowPrice(), "a tonne more of cap replaces a 400 import by 200");
    near(1e6, s.policy("cap").activity());
  }

  @Test
  void outboundCapBinds() {
    Solved s = Solved.solve(outboundCap()).optimalWithPrices();
    // 1.5e6 x 210 + 1e6 x 50 - 1e6 x 350
    near(15e6, s.objectiveCny(), "objective");
    near(1e6, s.result().kpis().coalOutboundT());
    near(-90, s.policy("out").shadowPrice(), "350 - 50 - 210");
  }

  @Test
  void largeMineShareBinds() {
    Solved s = Solved.solve(largeToLarge()).optimalWithPrices();
    double coal = 131400 / 0.7; // t for 438000 MWh
    // 60 % at 400, 40 % at 300: 360 per tonne
    near(coal * 360, s.objectiveCny(), "objective");
    near(0.6 * coal, s.tonnes("z.P.steam.L"), "large-mine coal");
    near(0.4 * coal, s.tonnes("z.P.steam.S"), "small-mine coal");
    // rhs +1 t (0.4 zL - 0.6 zS) moves 1 t from small to large: +100
    near(100, s.policy("dmbd").shadowPrice(), "policy dual CNY/t");
    near(0.3 / 0.7 * 360, s.power("A", "year"), "power price");
  }

  @Test
  void localConversionBinds() {
    Solved s = Solved.solve(localConversion()).optimalWithPrices();
    // outbound O <= 0.25 local L; L = 1e6 (max) -> O = 0.25e6, q = 1.25e6
    // 1.25e6 x 200 + 0.25e6 x 50 - 1e6 x 210 - 0.25e6 x 300
    near(-22.5e6, s.objectiveCny(), "objective");
    near(1.25e6, s.mine("MA").outputT());
    near(0.25e6, s.result().kpis().coalOutboundT());
    near(0.8, s.result().kpis().localConversionRate());
    // rhs +1 t: 0.2 L - 0.8 O = 1 with L at its max -> O falls 1.25 t, each worth 300 - 50 - 200
    near(62.5, s.policy("local").shadowPrice(), "policy dual CNY/t");
  }

  @Test
  void co2CapBinds() {
    Solved s = Solved.solve(coalOrGas().policy("co2", PolicyType.CO2_CAP, HALF_MWH * CO2_PER_MWH).build())
        .optimalWithPrices();
    near(HALF_COST, s.objectiveCny(), "objective");
    near(50, s.plant("P", "year").mw());
    near(HALF_MWH * CO2_PER_MWH, s.result().kpis().co2T());
    near(400, s.power("A", "year"));
    near(-250 / CO2_PER_MWH, s.policy("co2").shadowPrice(), "one t CO2 more: 1/0.798 MWh coal instead of gas");
  }

  @Test
  void so2CapBinds() {
    Solved s = Solved.solve(coalOrGas().policy("so2", PolicyType.SO2_CAP, HALF_MWH * SO2_PER_MWH).build())
        .optimalWithPrices();
    near(HALF_COST, s.objectiveCny(), "objective");
    near(HALF_MWH * SO2_PER_MWH, s.result().kpis().so2T());
    near(-250 / SO2_PER_MWH, s.policy("so2").shadowPrice(), "CNY/t SO2");
  }

  @Test
  void exportCapabilityBuildsCorridors() {
    Solved s = Solved.solve(exportCapability()).optimalWithPrices();
    // 100 + 100 b >= 250 -> b = 2: 2 x 100 MW x 50000
    near(10e6, s.objectiveCny(), "objective");
    near(10e6, s.term("CAPEX"));
    assertEquals(2, s.line("AG").builtUnits());
    near(300, s.line("AG", "year").capacityMw());
    // the report includes the existing 100 MW that the model moved into the row bound
    near(300, s.policy("cap").activity(), "capability incl. existing corridor");
    near(250, s.policy("cap").lowerBound(), "limit as written in the instance");
  }

  /**
   * 备用率 15 % on a flat 1,000 MW load (wet and dry halves): firm capacity is C 800 MW, wind 400 MW x 0.05 = 20
   * MW, hydro 300 MW limited by its dry-season water (100 MW average) = 100 MW: 920 MW against 1,150 MW, so 3
   * units of 100 MW of new gas N (100,000 CNY/MW-yr) are built, and not dispatched.
   */
  static Instance reserveMargin(double margin) {
    return Fixtures.create().period("wet", 4380, "wet").period("dry", 4380, "dry").region("A")
        .otherPlant("C", "A", PlantType.GAS, 800).fuelCost(200)
        .otherPlant("W", "A", PlantType.WIND, 400).availability(0.25)
        .hydro("H", "A", 300, Fixtures.map("wet", 300 * 4380.0, "dry", 100 * 4380.0))
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(500).plantBuild(100, 10, 100_000)
        .demand("D", "A", 1000)
        .policy("rm", PolicyType.RESERVE_MARGIN, margin).build();
  }

  @Test
  void reserveMarginBuildsFirmCapacity() {
    Solved s = Solved.solve(reserveMargin(0.15)).optimalWithPrices();
    // energy: wet C 600 MW, dry C 800 MW (wind 100, hydro 300 / 100): 4380 x 1400 x 200; capex 300 MW x 100,000
    near(4380 * 1400 * 200.0 + 30e6, s.objectiveCny(), "objective");
    assertEquals(3, s.plant("N").builtUnits());
    near(0, s.plant("N").generationMwh());
    near(1220, s.policy("rm").activity(), "firm capacity incl. existing plants (MW)");
    near(1150, s.policy("rm").lowerBound(), "(1 + 15 %) x 1,000 MW peak");
  }

  @Test
  void aZeroMarginStillNeedsFirmCapacityForThePeak() {
    // 920 MW firm against a 1,000 MW peak: one unit, although energy never needs it
    Solved s = Solved.solve(reserveMargin(0)).optimalWithPrices();
    near(4380 * 1400 * 200.0 + 10e6, s.objectiveCny(), "objective");
    assertEquals(1, s.plant("N").builtUnits());
  }

  @Test
  void hydroCountsTheAverageOfItsDriestSeason() {
    // without seasons the year is one group: hydro counts its mean, 200 MW: 800 + 20 + 200 = 1,020; 1,150 needs 2
    Instance in = Fixtures.create().period("wet", 4380).period("dry", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 800).fuelCost(200)
        .otherPlant("W", "A", PlantType.WIND, 400).availability(0.25)
        .hydro("H", "A", 300, Fixtures.map("wet", 300 * 4380.0, "dry", 100 * 4380.0))
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(500).plantBuild(100, 10, 100_000)
        .demand("D", "A", 1000)
        .policy("rm", PolicyType.RESERVE_MARGIN, 0.15).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    assertEquals(2, s.plant("N").builtUnits());
  }

  @Test
  void capacityCreditOverridesTheTypeDefault() {
    // wind counted at 0.5: 800 + 200 + 100 = 1,100 MW; 1,150 needs 1 unit
    Instance in = Fixtures.create().period("wet", 4380, "wet").period("dry", 4380, "dry").region("A")
        .otherPlant("C", "A", PlantType.GAS, 800).fuelCost(200)
        .otherPlant("W", "A", PlantType.WIND, 400).availability(0.25).capacityCredit(0.5)
        .hydro("H", "A", 300, Fixtures.map("wet", 300 * 4380.0, "dry", 100 * 4380.0))
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(500).plantBuild(100, 10, 100_000)
        .demand("D", "A", 1000)
        .policy("rm", PolicyType.RESERVE_MARGIN, 0.15).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    assertEquals(1, s.plant("N").builtUnits());
  }

  @Test
  void gangueUtilisationBinds() {
    Solved s = Solved.solve(gangue()).optimalWithPrices();
    // 0.2e6 t gangue made, 0.1e6 t must burn = 25000 tce = 62500 MWh in GP; gas the other 375500 MWh
    near(0.1e6, s.plant("GP").coalT().get("gangue"));
    near(62500, s.plant("GP").generationMwh());
    near(100e6 + 62500 * 300 + 375500 * 150.0, s.objectiveCny(), "objective");
    // a tonne more to burn: 0.25 tce = 0.625 MWh moved from gas (150) to gangue (300)
    near(93.75, s.policy("gangue").shadowPrice(), "policy dual CNY/t");
  }

  @Test
  void genericPolicyOnANamedMetric() {
    Solved s = Solved.solve(coalOrGas().generic("gen", Sense.LE, HALF_MWH, "generation.COAL", 1.0).build())
        .optimalWithPrices();
    near(HALF_COST, s.objectiveCny(), "objective");
    near(-250, s.policy("gen").shadowPrice(), "CNY per MWh of coal generation");
  }

  @Test
  void unservedTotalCountsInternalDemandsOnly() {
    // A: gas G 100 MW at 200 serves D 50 MW; external X has a 10 MW demand nothing can serve (voll 1,000).
    // unserved.total <= 0 holds: X's 87,600 MWh unserved is outside (it made the policy infeasible when the metric
    // counted every demand). Cost (50 x 200 + 10 x 1,000) x 8,760 = 175.2 million CNY.
    Instance in = Fixtures.create().region("A").external("X")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(200)
        .demand("D", "A", 50).demandWithVoll("DX", "X", 10, 1000)
        .generic("no-shedding", Sense.LE, 0, "unserved.total", 1.0).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    near(175.2e6, s.objectiveCny(), "objective");
    near(0, s.policy("no-shedding").activity(), "internal unserved energy (MWh)");
    near(0, s.result().kpis().unservedMwh(), "the KPI counts internal demands only as well");
    near(87_600, s.result().demands().stream().filter(d -> d.id().equals("DX")).findFirst().orElseThrow()
        .unservedMwh(), "X's demand is shed");
  }

  @Test
  void genericPolicyDualIsPerUnitOfTheScaledLimit() {
    // 2 x generation <= 2 x 438000: the row is divided by 2 inside; the dual must still be per unit of the limit
    Solved s = Solved.solve(coalOrGas().generic("gen2", Sense.LE, 2 * HALF_MWH, "generation.COAL", 2.0).build())
        .optimalWithPrices();
    near(HALF_COST, s.objectiveCny(), "objective");
    near(-125, s.policy("gen2").shadowPrice(), "CNY per unit of 2 x MWh");
  }
}
