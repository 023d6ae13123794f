package org.coalgrid.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.formulation.ArcCapacityTest;
import org.coalgrid.formulation.CandidateBuildTest;
import org.coalgrid.formulation.CoalBalanceTest;
import org.coalgrid.formulation.DirectSupplyLimitsTest;
import org.coalgrid.formulation.ExportsTest;
import org.coalgrid.formulation.HeatBalanceTest;
import org.coalgrid.formulation.HydroTest;
import org.coalgrid.formulation.IndustryProductionTest;
import org.coalgrid.formulation.LineCapacityTest;
import org.coalgrid.formulation.MineBoundsTest;
import org.coalgrid.formulation.ObjectiveTest;
import org.coalgrid.formulation.PlantCapacityTest;
import org.coalgrid.formulation.PlantFuelTest;
import org.coalgrid.formulation.PolicyConstraintsTest;
import org.coalgrid.formulation.PumpedStorageTest;
import org.coalgrid.formulation.WashingTest;

/** The small instances of the family tests, by name, for cross-checks (cost mode). */
public final class SmallCases {
  private SmallCases() {}

  /** LP instances (no integer decisions). */
  public static Map<String, Supplier<Instance>> lps() {
    Map<String, Supplier<Instance>> m = new LinkedHashMap<>();
    m.put("mine-bounds", () -> MineBoundsTest.twoMines(1e6, 0.8e6));
    m.put("washing", () -> WashingTest.washedMine(0.3e6, 0.21e6));
    m.put("coal-balance", () -> CoalBalanceTest.twoRegions(true));
    m.put("arc-capacity", () -> ArcCapacityTest.congestedRail(0.6e6));
    m.put("plant-fuel", () -> PlantFuelTest.coalPlant(true));
    m.put("plant-capacity", () -> PlantCapacityTest.meritOrder(1.0, true, 0.5));
    m.put("hydro-energy", HydroTest::energyLimited);
    m.put("hydro-reservoir", HydroTest::reservoir);
    m.put("pumped-storage", () -> PumpedStorageTest.arbitrage(4380 * 15.0));
    m.put("line-bidirectional", LineCapacityTest::bidirectional);
    m.put("exports-congested", () -> ExportsTest.contract(200, 60, 1000));
    m.put("industry-free", () -> IndustryProductionTest.profile(true));
    m.put("heat", HeatBalanceTest::chp);
    m.put("direct-supply", () -> DirectSupplyLimitsTest.direct(30, 80));
    m.put("large-to-large", PolicyConstraintsTest::largeToLarge);
    m.put("local-conversion", PolicyConstraintsTest::localConversion);
    m.put("co2-cap", () -> PolicyConstraintsTest.coalOrGas()
        .policy("co2", PolicyType.CO2_CAP, 438000 * 0.798).build());
    m.put("gangue", PolicyConstraintsTest::gangue);
    m.put("all-terms", ObjectiveTest::allTerms);
    return m;
  }

  /** MILP instances. */
  public static Map<String, Supplier<Instance>> milps() {
    Map<String, Supplier<Instance>> m = new LinkedHashMap<>();
    m.put("plant-build", CandidateBuildTest::plantBuild);
    m.put("line-build", CandidateBuildTest::lineBuild);
    m.put("commitment", PlantCapacityTest::commitment);
    m.put("export-capability", PolicyConstraintsTest::exportCapability);
    return m;
  }
}
