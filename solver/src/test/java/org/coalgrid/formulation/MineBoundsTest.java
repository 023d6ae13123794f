package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Mine bounds: minOutput &lt;= q &lt;= capacity, row mine.&lt;m&gt;, dual in CNY/t. */
public class MineBoundsTest {

  /** Two mines in A, 1.5 Mt of coal demand: the cheap one runs at capacity, the dear one sets the price. */
  public static Instance twoMines(double cheapCapT, double dearMinT) {
    return Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M1", "A", "steam", cheapCapT, 300)
        .mine("M2", "A", "steam", 2e6, 400).minOutput(dearMinT)
        .coalDemand("K", "A", "steam", 1.5e6, null, 0)
        .build();
  }

  @Test
  void capacityBindsOnTheCheapMine() {
    Solved s = Solved.solve(twoMines(1e6, 0)).optimalWithPrices();
    // M1 1.0 Mt x 300 + M2 0.5 Mt x 400 = 300e6 + 200e6
    near(500e6, s.objectiveCny(), "objective");
    near(1e6, s.mine("M1").outputT());
    near(0.5e6, s.mine("M2").outputT());
    // coal price = marginal mine M2 = 400 CNY/t; one more tonne of M1 capacity saves 400 - 300
    near(400, s.coal("A", "steam"), "coal price");
    near(-100, s.mine("M1").capacityShadowPriceCnyPerT(), "M1 capacity dual");
    near(0, s.mine("M2").capacityShadowPriceCnyPerT(), "M2 capacity dual");
  }

  @Test
  void minimumOutputForcesTheDearMine() {
    Solved s = Solved.solve(twoMines(1e6, 0.8e6)).optimalWithPrices();
    // M2 must give 0.8 Mt (320e6); M1 the other 0.7 Mt (210e6)
    near(530e6, s.objectiveCny(), "objective");
    near(0.7e6, s.mine("M1").outputT());
    near(0.8e6, s.mine("M2").outputT());
    // the marginal tonne now comes from M1: price 300; one more tonne of minimum output costs 400 - 300
    near(300, s.coal("A", "steam"), "coal price");
    near(100, s.mine("M2").capacityShadowPriceCnyPerT(), "M2 minimum-output dual");
    near(0, s.mine("M1").capacityShadowPriceCnyPerT(), "M1 dual");
  }
}
