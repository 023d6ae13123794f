package org.coalgrid.formulation;

import static org.coalgrid.testing.Fixtures.map;
import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Power balance per region and period; unserved load at VoLL; industry load elec x s / h. */
public class PowerBalanceTest {

  /** 100 MW of gas at 300 and a 120 MW demand: 20 MW unserved at VoLL ({@code voll} null = instance 10000). */
  public static Instance shortOfCapacity(Double voll) {
    Fixtures f = Fixtures.create().region("A").otherPlant("G", "A", PlantType.GAS, 100).fuelCost(300);
    if (voll == null) {
      f.demand("D", "A", 120);
    } else {
      f.demandWithVoll("D", "A", 120, voll);
    }
    return f.build();
  }

  /** Gas 200 MW at 300; 50 MW demand and an industry of 87600 t/yr at 10 MWh/t (100 MW flat). */
  public static Instance industryLoad() {
    return Fixtures.create().region("A").otherPlant("G", "A", PlantType.GAS, 200).fuelCost(300)
        .demand("D", "A", 50).industry("I", "A", 87600, 10).build();
  }

  @Test
  void unservedLoadAtTheDefaultVoll() {
    Solved s = Solved.solve(shortOfCapacity(null)).optimalWithPrices();
    // 100 x 8760 x 300 + 20 x 8760 x 10000
    near(262.8e6, s.term("GENERATION"));
    near(1752e6, s.term("UNSERVED"));
    near(2014.8e6, s.objectiveCny(), "objective");
    near(175200, s.demand("D").unservedMwh());
    near(10000, s.power("A", "year"), "price = VoLL");
  }

  @Test
  void demandSpecificVoll() {
    Solved s = Solved.solve(shortOfCapacity(5000.0)).optimalWithPrices();
    near(262.8e6 + 876e6, s.objectiveCny(), "objective");
    near(5000, s.power("A", "year"));
  }

  @Test
  void industryLoadIsElectricityTimesOutputOverHours() {
    Solved s = Solved.solve(industryLoad()).optimalWithPrices();
    // 87600 t x 10 MWh/t / 8760 h = 100 MW; gas 150 MW x 8760 x 300
    near(100, s.industry("I").periods().get(0).loadMw());
    near(876000, s.industry("I").electricityMwh());
    near(150, s.plant("G", "year").mw());
    near(394.2e6, s.objectiveCny(), "objective");
    near(300, s.power("A", "year"));
    // a tonne more needs 10 MWh at 300
    near(3000, s.industry("I").marginalCostCnyPerT(), "industry marginal cost");
  }

  @Test
  void eachPeriodBalancesOnItsOwn() {
    Instance in = Fixtures.create().period("p1", 4380).period("p2", 4380).region("A")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(300)
        .demand("D", "A", map("p1", 80, "p2", 110)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    // p1: 80 MW gas; p2: 100 MW gas + 10 MW unserved
    near(4380 * (180 * 300.0 + 10 * 10000), s.objectiveCny(), "objective");
    near(300, s.power("A", "p1"));
    near(10000, s.power("A", "p2"));
  }
}
