package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Candidate builds (MILP): plants and lines; prices from the LP with the integers fixed. */
public class CandidateBuildTest {

  /** Existing gas G 100 MW at 500; candidate N: 50 MW units (up to 4) at 100 CNY/MWh, capex 200000 CNY/MW/yr; 120 MW. */
  public static Instance plantBuild() {
    return Fixtures.create().region("A")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(500)
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(100).plantBuild(50, 4, 200000)
        .demand("D", "A", 120).build();
  }

  /** Gas at 100 in A, at 500 in B; 150 MW in B; line A-&gt;B 50 MW plus up to 2 units of 50 MW at 1e6 CNY/MW/yr. */
  public static Instance lineBuild() {
    return Fixtures.create().region("A").region("B")
        .otherPlant("GA", "A", PlantType.GAS, 300).fuelCost(100)
        .otherPlant("GB", "B", PlantType.GAS, 300).fuelCost(500)
        .line("AB", "A", "B", 50).lineBuild(50, 2, 1e6)
        .demand("D", "B", 150).build();
  }

  @Test
  void plantBuildPicksTheCheapestWholeNumberOfUnits() {
    Solved s = Solved.solve(plantBuild()).optimalWithPrices();
    // b=2: 100 x 8760 x 100 + 20 x 8760 x 500 + 20e6 = 195.2e6
    // b=3: 120 x 8760 x 100 + 30e6 = 135.12e6      b=4: 105.12e6 + 40e6 = 145.12e6  -> b=3
    near(135.12e6, s.objectiveCny(), "objective");
    near(30e6, s.term("CAPEX"));
    assertEquals(3, s.plant("N").builtUnits());
    near(150, s.plant("N").builtMw());
    near(120, s.plant("N", "year").mw());
    // with b fixed at 3 the new plant has room: price 100
    near(100, s.power("A", "year"));
    assertTrue(s.result().prices().source().contains("integers fixed"), s.result().prices().source());
  }

  @Test
  void lineBuildRelievesCongestion() {
    Solved s = Solved.solve(lineBuild()).optimalWithPrices();
    // b=2: 150 x 8760 x 100 + 100e6 = 231.4e6; b=1: 87.6e6 + 219e6 + 50e6; b=0: 43.8e6 + 438e6
    near(231.4e6, s.objectiveCny(), "objective");
    assertEquals(2, s.line("AB").builtUnits());
    near(150, s.line("AB", "year").flowMw());
    near(100, s.power("A", "year"));
    // the line is full with the build fixed: a MW more in B comes from GB
    near(500, s.power("B", "year"));
    near(400, s.line("AB", "year").congestionRentCnyPerMwh());
  }
}
