package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Coal demands: firm part a row coal_demand.k (&gt;= firm), optional sales up to max at a price (revenue). */
public class CoalDemandsTest {

  /** Mine at 300 CNY/t; a buyer must get 0.5 Mt and takes up to 1.5 Mt at {@code price}. */
  public static Instance buyer(double price) {
    return Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 2e6, 300)
        .coalDemand("K", "A", "steam", 0.5e6, 1.5e6, price)
        .build();
  }

  @Test
  void profitableSalesGoToTheMaximum() {
    Solved s = Solved.solve(buyer(350)).optimalWithPrices();
    // 1.5e6 x (300 - 350)
    near(-75e6, s.objectiveCny(), "objective");
    near(-525e6, s.term("COAL_SALES"));
    near(1.5e6, s.coalDemand("K").servedT());
    near(300, s.coal("A", "steam"), "coal price = mine cost");
    near(0, s.dual("coal_demand.K"), "firm row slack");
  }

  @Test
  void unprofitableSalesStopAtTheFirmPart() {
    Solved s = Solved.solve(buyer(250)).optimalWithPrices();
    // 0.5e6 x (300 - 250)
    near(25e6, s.objectiveCny(), "objective");
    near(0.5e6, s.coalDemand("K").servedT());
    // one more firm tonne costs 300 and earns 250
    near(50, s.dual("coal_demand.K"), "firm dual");
  }
}
