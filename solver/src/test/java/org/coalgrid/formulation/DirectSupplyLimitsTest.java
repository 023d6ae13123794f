package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Direct supply: d &lt;= plant output, d &lt;= industry load, min &lt;= d &lt;= max; it bypasses the grid. */
public class DirectSupplyLimitsTest {

  /**
   * Plant P (gas, {@code pMw} at 200) in A, where 30 MW of demand sits; a second gas Q (300) in A; industry I in B
   * (43800 t at 10 MWh/t = 50 MW); line A-&gt;B 100 MW with 50 CNY/MWh wheeling; direct supply P-&gt;I up to maxMw.
   */
  public static Instance direct(double pMw, double maxMw) {
    return Fixtures.create().region("A").region("B")
        .otherPlant("P", "A", PlantType.GAS, pMw).fuelCost(200)
        .otherPlant("Q", "A", PlantType.GAS, 300).fuelCost(300)
        .demand("D", "A", 30)
        .line("AB", "A", "B", 100).wheeling(50)
        .industry("I", "B", 43800, 10)
        .directSupply("DS", "P", "I", maxMw, 0, 0).build();
  }

  @Test
  void directSupplyAvoidsWheeling() {
    Solved s = Solved.solve(direct(100, 80)).optimalWithPrices();
    // P makes 80: 30 for A and 50 directly to I; nothing on the line: 80 x 8760 x 200
    near(140.16e6, s.objectiveCny(), "objective");
    near(50 * 8760, s.directSupply("DS").energyMwh());
    near(0, s.line("AB", "year").flowMw());
    near(200, s.power("A", "year"));
    near(50 * 8760, s.result().kpis().directSupplyMwh());
  }

  @Test
  void maximumLimitSendsTheRestOverTheGrid() {
    Solved s = Solved.solve(direct(100, 40)).optimalWithPrices();
    // d = 40, 10 MW over the line: 80 x 8760 x 200 + 10 x 8760 x 50
    near(140.16e6 + 4.38e6, s.objectiveCny(), "objective");
    near(40, s.directSupply("DS").mwByPeriod().get("year"));
    near(10, s.line("AB", "year").flowMw());
    near(250, s.power("B", "year"), "B price = 200 + 50 wheeling");
  }

  @Test
  void cannotSendMoreDirectlyThanThePlantMakes() {
    Solved s = Solved.solve(direct(30, 80)).optimalWithPrices();
    // P 30 MW all direct; Q 50: 30 for A and 20 over the line: 8760 x (30 x 200 + 50 x 300 + 20 x 50)
    near(8760 * 22000.0, s.objectiveCny(), "objective");
    near(30, s.directSupply("DS").mwByPeriod().get("year"));
    near(20, s.line("AB", "year").flowMw());
    // a MW of direct supply without generation behind it would save the 50 CNY/MWh of wheeling
    near(-50, s.dual("ds_plant.P.year"), "ds_plant dual");
  }
}
