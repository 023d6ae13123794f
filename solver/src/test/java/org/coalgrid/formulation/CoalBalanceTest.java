package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Coal balance per region and grade, with arc losses: production + (1 - loss) arrivals - departures - uses &gt;= 0. */
public class CoalBalanceTest {

  /** Mine in A at 300 CNY/t, rail to B at 50 CNY/t losing 2 %, 0.98 Mt needed in B; optional local mine in B. */
  public static Instance twoRegions(boolean localMine) {
    Fixtures f = Fixtures.create().region("A").region("B").grade("steam", 0.7)
        .mine("MA", "A", "steam", 10e6, 300)
        .arc("AB", "A", "B", null, 50).arcLoss(0.02)
        .coalDemand("K", "B", "steam", 0.98e6, null, 0);
    if (localMine) {
      f.mine("MB", "B", "steam", 0.5e6, 340);
    }
    return f.build();
  }

  @Test
  void lossOnTheArcRaisesThePriceAtTheSink() {
    Solved s = Solved.solve(twoRegions(false)).optimalWithPrices();
    // 0.98e6 arrives -> 1e6 sent -> 1e6 mined: 300e6 + 50e6
    near(350e6, s.objectiveCny(), "objective");
    near(300e6, s.term("MINING"));
    near(50e6, s.term("TRANSPORT"));
    near(1e6, s.arc("AB").totalT(), "sent");
    near(0.02e6, s.arc("AB").lossT(), "lost");
    near(300, s.coal("A", "steam"), "price A");
    near(350 / 0.98, s.coal("B", "steam"), "price B = (300 + 50) / 0.98");
  }

  @Test
  void localMineRunsFirstAndImportsSetThePrice() {
    Solved s = Solved.solve(twoRegions(true)).optimalWithPrices();
    // MB 0.5e6 at 340 (< 357.14); 0.48e6 must arrive -> 0.48e6 / 0.98 sent at 350 per tonne sent
    double sent = 0.48e6 / 0.98;
    near(0.5e6 * 340 + sent * 350, s.objectiveCny(), "objective");
    near(sent, s.arc("AB").totalT());
    near(0.5e6, s.mine("MB").outputT());
    near(350 / 0.98, s.coal("B", "steam"), "price B");
    near(340 - 350 / 0.98, s.mine("MB").capacityShadowPriceCnyPerT(), "MB capacity dual");
  }
}
