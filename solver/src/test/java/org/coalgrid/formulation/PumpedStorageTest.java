package org.coalgrid.formulation;

import static org.coalgrid.testing.Fixtures.map;
import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Pumped storage: lvl_t = lvl_t-1 + eff pump h - x h, cyclic; pumping is a load. */
public class PumpedStorageTest {

  /**
   * Off-peak and peak halves. Cheap C 200 MW at 200, peaker G 300 MW at 600 CNY/MWh; demand 100 off, 250 peak.
   * Pumped storage 50 MW (pump 50 MW), efficiency 0.75, storage {@code storageMwh}.
   */
  public static Instance arbitrage(double storageMwh) {
    return Fixtures.create().period("off", 4380).period("peak", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 200).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .pumpedStorage("PS", "A", 50, storageMwh, 0.75)
        .demand("D", "A", map("off", 100, "peak", 250)).build();
  }

  @Test
  void pumpsOffPeakAtFullPumpCapacity() {
    Solved s = Solved.solve(arbitrage(1e6)).optimalWithPrices();
    // pump 50 MW off-peak (C 150), give back 0.75 x 50 = 37.5 MW at peak (C 200, G 12.5)
    // 4380 x (150 x 200 + 200 x 200 + 12.5 x 600)
    near(4380 * 77500.0, s.objectiveCny(), "objective");
    near(50, s.plant("PS", "off").pumpMw());
    near(37.5, s.plant("PS", "peak").mw());
    near(12.5, s.plant("G", "peak").mw());
    near(200, s.power("A", "off"));
    near(600, s.power("A", "peak"));
  }

  @Test
  void storageSizeLimitsTheCycle() {
    Solved s = Solved.solve(arbitrage(4380 * 15.0)).optimalWithPrices();
    // 0.75 x pump x 4380 <= 65700 -> pump 20 MW, generate 15 MW; 4380 x (120 x 200 + 200 x 200 + 35 x 600)
    near(4380 * 85000.0, s.objectiveCny(), "objective");
    near(20, s.plant("PS", "off").pumpMw());
    near(15, s.plant("PS", "peak").mw());
    near(65700, s.plant("PS", "off").levelMwh(), "full after pumping");
    near(200, s.power("A", "off"));
    near(600, s.power("A", "peak"));
  }
}
