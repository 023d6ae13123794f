package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Washing: wc = ws * cleanYield * q, wb = ws * byproductYield * q; (1 - ws) q stays raw. */
public class WashingTest {

  /**
   * Mine M: raw coal at 200 CNY/t, 60 % washed at 50 CNY per washed tonne, clean yield 0.7, gangue yield 0.2.
   * Per raw tonne: 0.4 t raw, 0.42 t clean, 0.12 t gangue; cost 200 + 0.6 x 50 = 230 CNY.
   */
  public static Instance washedMine(double rawFirmT, double cleanFirmT) {
    Fixtures f = Fixtures.create().region("A").grade("raw", 0.5).grade("clean", 0.75).byproductGrade("gangue", 0.3)
        .mine("M", "A", "raw", 1e6, 200).washing(0.6, "clean", 0.7, "gangue", 0.2, 50)
        .coalDemand("KC", "A", "clean", cleanFirmT, null, 0);
    if (rawFirmT > 0) {
      f.coalDemand("KR", "A", "raw", rawFirmT, null, 0);
    }
    return f.build();
  }

  @Test
  void cleanCoalDemandSetsOutput() {
    Solved s = Solved.solve(washedMine(0, 0.21e6)).optimalWithPrices();
    // q = 0.21e6 / 0.42 = 0.5e6 t raw; cost 0.5e6 x 230 = 115e6
    near(115e6, s.objectiveCny(), "objective");
    near(115e6, s.term("MINING"), "mining and washing term");
    near(0.5e6, s.mine("M").outputT());
    near(0.21e6, s.mine("M").washedCleanT());
    near(0.06e6, s.mine("M").washedByproductT());
    // a tonne of clean coal needs 1/0.42 raw tonnes: 230 / 0.42 CNY/t; raw and gangue are in surplus
    near(230 / 0.42, s.coal("A", "clean"), "clean price");
    near(0, s.coal("A", "raw"), "raw price");
    near(0, s.coal("A", "gangue"), "gangue price");
  }

  @Test
  void rawCoalDemandBindsWhenItNeedsMore() {
    Solved s = Solved.solve(washedMine(0.3e6, 0.21e6)).optimalWithPrices();
    // raw: 0.4 q >= 0.3e6 -> q = 0.75e6 (clean needs only 0.5e6); cost 0.75e6 x 230
    near(172.5e6, s.objectiveCny(), "objective");
    near(0.75e6, s.mine("M").outputT());
    near(0.315e6, s.mine("M").washedCleanT());
    near(230 / 0.4, s.coal("A", "raw"), "raw price");
    near(0, s.coal("A", "clean"), "clean price (surplus)");
  }
}
