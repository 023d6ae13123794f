package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.formulation.ExportsTest;
import org.coalgrid.formulation.LineCapacityTest;
import org.coalgrid.formulation.MineBoundsTest;
import org.coalgrid.formulation.PolicyConstraintsTest;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/**
 * Reported prices against finite differences: re-solve with a cap moved by a small step and compare
 * (cost change) / step with the shadow price. Steps are small enough to stay in the same basis.
 */
class FiniteDifferencePriceTest {

  private static void agree(double reported, double base, double moved, double step, String what) {
    double fd = (moved - base) / step;
    assertEquals(reported, fd, 1e-6 * Math.max(1.0, Math.abs(reported)), what + ": reported " + reported
        + ", finite difference " + fd);
  }

  @Test
  void mineCapacity() {
    Solved a = Solved.solve(MineBoundsTest.twoMines(1e6, 0)).optimalWithPrices();
    Solved b = Solved.solve(MineBoundsTest.twoMines(1e6 + 1000, 0)).optimalWithPrices();
    agree(a.mine("M1").capacityShadowPriceCnyPerT(), a.objectiveCny(), b.objectiveCny(), 1000, "mine CNY/t");
  }

  @Test
  void lineCapacityRent() {
    Solved a = Solved.solve(LineCapacityTest.corridor(100, 0.05)).optimalWithPrices();
    Solved b = Solved.solve(LineCapacityTest.corridor(101, 0.05)).optimalWithPrices();
    // rent = -dual in CNY/MWh; one MW more for 8760 h
    agree(-a.line("AB", "year").congestionRentCnyPerMwh(), a.objectiveCny(), b.objectiveCny(), 8760, "line");
  }

  @Test
  void co2Cap() {
    double cap = 438000 * 0.798;
    Solved a = Solved.solve(PolicyConstraintsTest.coalOrGas().policy("co2", PolicyType.CO2_CAP, cap).build())
        .optimalWithPrices();
    Solved b = Solved.solve(PolicyConstraintsTest.coalOrGas().policy("co2", PolicyType.CO2_CAP, cap + 100).build())
        .optimalWithPrices();
    agree(a.policy("co2").shadowPrice(), a.objectiveCny(), b.objectiveCny(), 100, "CO2 CNY/t");
  }

  @Test
  void electricityPrice() {
    Solved a = Solved.solve(demandCase(150)).optimalWithPrices();
    Solved b = Solved.solve(demandCase(151)).optimalWithPrices();
    agree(a.power("B", "year"), a.objectiveCny(), b.objectiveCny(), 8760, "electricity CNY/MWh");
  }

  @Test
  void exportContractWhollyShort() {
    // the case of the shortfall-bound bug: every MWh is short, one more firm MWh costs the penalty (800)
    Solved a = Solved.solve(ExportsTest.contract(1200, 200, 800)).optimalWithPrices();
    Solved b = Solved.solve(Fixtures.create().region("A").external("G")
        .otherPlant("GA", "A", PlantType.GAS, 300).fuelCost(1200).line("AG", "A", "G", 200)
        .export("X", "G", 876000 + 8760, 150.0, 300, 800).build()).optimalWithPrices();
    agree(a.export("X").periods().get(0).marginalCostCnyPerMwh(), a.objectiveCny(), b.objectiveCny(), 8760,
        "export firm CNY/MWh");
  }

  private static org.coalgrid.domain.Instance demandCase(double mw) {
    return Fixtures.create().region("A").region("B")
        .otherPlant("GA", "A", PlantType.GAS, 200).fuelCost(100)
        .otherPlant("GB", "B", PlantType.GAS, 200).fuelCost(500)
        .line("AB", "A", "B", 100).lineLoss(0.05).wheeling(10)
        .demand("D", "B", mw).build();
  }
}
