package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Heat balance: CHP heat (heatRatio x MWh) &gt;= industry heat (GJ/t x t); price CNY/GJ. */
public class HeatBalanceTest {

  /**
   * CHP 100 MW at 300 gce/kWh with 2 GJ/MWh of heat costing 40 kgce/GJ (380 kgce/MWh in all); steam coal at 350
   * CNY/t (500 CNY/tce) so CHP costs 190 CNY/MWh; gas 200 MW at 100; demand 120 MW; an industry needing 10 GJ/t
   * for 87600 t/yr.
   */
  public static Instance chp() {
    return Fixtures.create().region("A").grade("steam", 0.7).mine("M", "A", "steam", 10e6, 350)
        .chpPlant("CHP", "A", 100, 300, 2, 40, "steam")
        .otherPlant("G", "A", PlantType.GAS, 200).fuelCost(100)
        .demand("D", "A", 120)
        .industry("I", "A", 87600, 0).heat(10).build();
  }

  @Test
  void heatDemandForcesTheChpToRun() {
    Solved s = Solved.solve(chp()).optimalWithPrices();
    // 876000 GJ / 2 GJ/MWh = 438000 MWh = 50 MW of CHP; gas 70 MW
    near(50, s.plant("CHP", "year").mw());
    near(70, s.plant("G", "year").mw());
    // CHP fuel 438000 x 0.38 = 166440 tce x 500 = 83.22e6; gas 70 x 8760 x 100 = 61.32e6
    near(166440, s.plant("CHP").fuelTce());
    near(166440 / 0.7, s.plant("CHP").coalT().get("steam"));
    near(144.54e6, s.objectiveCny(), "objective");
    near(100, s.power("A", "year"), "gas is marginal for power");
    // a GJ more: 0.5 MWh more CHP (95 CNY) displacing 0.5 MWh gas (50 CNY)
    near(45, s.heat("A", "year"), "heat price CNY/GJ");
    near(450, s.industry("I").marginalCostCnyPerT(), "10 GJ x 45");
    near(876000, s.industry("I").heatGj());
  }
}
