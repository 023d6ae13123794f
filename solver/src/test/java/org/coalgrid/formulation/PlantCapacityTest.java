package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/**
 * Plant capacity: x ≤ avail·(capacity + unit·b); with commitment also minLoad·unit·o ≤ x ≤ avail·unit·o,
 * o ≤ ⌈capacity/unit⌉ + b.
 */
public class PlantCapacityTest {

  /** Cheap gas G1 100 MW at 200, dear G2 200 MW at 500 CNY/MWh, 150 MW demand; G1 availability in "dry". */
  public static Instance meritOrder(double g1Avail, boolean twoPeriods, double g1DryAvail) {
    Fixtures f = Fixtures.create();
    if (twoPeriods) {
      f.period("wet", 4380).period("dry", 4380);
    }
    f.region("A")
        .otherPlant("G1", "A", PlantType.GAS, 100).fuelCost(200).availability(g1Avail);
    if (twoPeriods) {
      f.availability("dry", g1DryAvail);
    }
    return f.otherPlant("G2", "A", PlantType.GAS, 200).fuelCost(500)
        .demand("D", "A", 150).build();
  }

  /** G2 in units of 100 MW (2 units) with a 60 % minimum load when on. */
  public static Instance commitment() {
    return Fixtures.create().region("A")
        .otherPlant("G1", "A", PlantType.GAS, 100).fuelCost(200)
        .otherPlant("G2", "A", PlantType.GAS, 200).fuelCost(500).commitment(100, 0.6)
        .demand("D", "A", 150).build();
  }

  /**
   * The tutorial's Pannan case: cheap C of 2,400 MW at 90 % availability, committed in units of
   * {@code unitMw}, fuel 200 CNY/MWh; dear G2 2,000 MW at 500; 3,000 MW demand.
   */
  static Instance committedPartUnits(double unitMw) {
    return Fixtures.create().region("A")
        .otherPlant("C", "A", PlantType.GAS, 2400).fuelCost(200).availability(0.9).commitment(unitMw, 0)
        .otherPlant("G2", "A", PlantType.GAS, 2000).fuelCost(500)
        .demand("D", "A", 3000).build();
  }

  @Test
  void commitmentNeverRunsAPlantAboveItsRating() {
    // 4 units of 650 MW online would allow 0.9 x 4 x 650 = 2,340 MW, but only 0.9 x 2,400 = 2,160 MW is available:
    // C 2,160, G2 840 -> (2,160 x 200 + 840 x 500) x 8,760 = 7,463.52 million CNY (was 2,340 MW, failing the verifier)
    Solved s = Solved.solve(committedPartUnits(650)).optimalWithPrices();
    near(7_463.52e6, s.objectiveCny(), "objective");
    near(2160, s.plant("C", "year").mw(), "C at its available capacity");
    near(840, s.plant("G2", "year").mw());
    assertEquals(4.0, s.col("o.C.year"), 1e-9, "2,160 MW needs 4 units of 0.9 x 650 = 585 MW");
    near(300, s.plant("C", "year").rentCnyPerMwh(), "scarcity rent of the capacity row, 500 - 200");
    near(500, s.power("A", "year"));
  }

  @Test
  void aPartUnitCountsSoThePlantReachesItsRating() {
    // 2,400 / 700 = 3.43 units: ⌈⌉ = 4 units allow 0.9 x 4 x 700 = 2,520 MW, so C still reaches 2,160 MW (rounding
    // to 3 units would have capped it at 0.9 x 2,100 = 1,890 MW); same plan and objective as above
    Solved s = Solved.solve(committedPartUnits(700)).optimalWithPrices();
    near(7_463.52e6, s.objectiveCny(), "objective");
    near(2160, s.plant("C", "year").mw());
    assertEquals(4.0, s.col("o.C.year"), 1e-9);
    assertEquals(4, PlantCapacity.existingUnits(committedPartUnits(700).plants().get(0)));
    assertEquals(4, PlantCapacity.existingUnits(committedPartUnits(600).plants().get(0)), "2,400 / 600 is 4, not 5");
  }

  @Test
  void cheapPlantAtCapacityEarnsARent() {
    Solved s = Solved.solve(meritOrder(1.0, false, 1.0)).optimalWithPrices();
    // (100 x 200 + 50 x 500) x 8760
    near(394.2e6, s.objectiveCny(), "objective");
    near(100, s.plant("G1", "year").mw());
    near(50, s.plant("G2", "year").mw());
    near(500, s.power("A", "year"));
    near(300, s.plant("G1", "year").rentCnyPerMwh(), "G1 scarcity rent");
    near(0, s.plant("G2", "year").rentCnyPerMwh());
  }

  @Test
  void availabilityScalesCapacity() {
    Solved s = Solved.solve(meritOrder(0.8, false, 0.8)).optimalWithPrices();
    // G1 80 MW, G2 70 MW: (80 x 200 + 70 x 500) x 8760
    near(446.76e6, s.objectiveCny(), "objective");
    near(80, s.plant("G1", "year").mw());
    near(80, s.plant("G1", "year").availableMw());
    near(300, s.plant("G1", "year").rentCnyPerMwh());
  }

  @Test
  void availabilityByPeriod() {
    Solved s = Solved.solve(meritOrder(1.0, true, 0.5)).optimalWithPrices();
    // wet: 100 + 50; dry: 50 + 100 -> 4380 x (45000 + 60000)
    near(459.9e6, s.objectiveCny(), "objective");
    near(50, s.plant("G1", "dry").mw());
    near(100, s.plant("G2", "dry").mw());
    near(500, s.power("A", "wet"));
    near(500, s.power("A", "dry"));
  }

  @Test
  void commitmentMinimumLoadIsAMilp() {
    Solved s = Solved.solve(commitment()).optimalWithPrices();
    // one G2 unit on must run >= 60 MW: G1 90 + G2 60 = (90 x 200 + 60 x 500) x 8760
    near(420.48e6, s.objectiveCny(), "objective");
    near(90, s.plant("G1", "year").mw());
    near(60, s.plant("G2", "year").mw());
    assertEquals(1.0, s.col("o.G2.year"), 1e-9);
    // with the unit fixed on, the next MW comes from G1 (200); one more MW of minimum load costs 500 - 200
    near(200, s.power("A", "year"), "price from the fixed LP");
    near(300, s.dual("pmin.G2.year"), "minimum-load dual CNY/MWh");
  }
}
