package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Exports: e h + shortfall &gt;= firm, e &lt;= max; revenue price x e h; shortfall x penalty. */
public class ExportsTest {

  /**
   * Gas in A at {@code fuel}; corridor A-&gt;G of {@code lineMw}; contract: firm 100 MW x 8760 h, max 150 MW, price 300,
   * shortfall penalty {@code penalty} CNY/MWh.
   */
  public static Instance contract(double fuel, double lineMw, double penalty) {
    return Fixtures.create().region("A").external("G")
        .otherPlant("GA", "A", PlantType.GAS, 300).fuelCost(fuel)
        .line("AG", "A", "G", lineMw)
        .export("X", "G", 876000, 150.0, 300, penalty).build();
  }

  @Test
  void profitableExportGoesToItsMaximum() {
    Solved s = Solved.solve(contract(200, 200, 1000)).optimalWithPrices();
    // 150 MW x 8760 x (200 - 300)
    near(-131.4e6, s.objectiveCny(), "objective");
    near(-394.2e6, s.term("EXPORT_REVENUE"));
    near(150 * 8760, s.export("X").deliveredMwh());
    near(0, s.export("X").shortfallMwh());
    near(0, s.export("X").periods().get(0).marginalCostCnyPerMwh(), "firm row slack");
    near(200, s.power("A", "year"));
    near(200, s.power("G", "year"));
  }

  @Test
  void deliversTheFirmPartWhenThePenaltyIsDearer() {
    Solved s = Solved.solve(contract(1200, 200, 1000)).optimalWithPrices();
    // 1200 - 300 = 900 net per MWh < 1000 penalty: deliver the firm 100 MW only
    near(876000 * 900.0, s.objectiveCny(), "objective");
    near(876000, s.export("X").deliveredMwh());
    near(900, s.export("X").periods().get(0).marginalCostCnyPerMwh(), "firm dual");
  }

  @Test
  void paysTheShortfallWhenDeliveringCostsMore() {
    Solved s = Solved.solve(contract(1200, 200, 800)).optimalWithPrices();
    near(876000 * 800.0, s.objectiveCny(), "objective");
    near(876000 * 800.0, s.term("EXPORT_SHORTFALL"));
    near(0, s.export("X").deliveredMwh());
    near(876000, s.export("X").shortfallMwh());
    near(800, s.export("X").periods().get(0).marginalCostCnyPerMwh(), "firm dual = penalty");
  }

  @Test
  void congestedCorridorLeavesAShortfall() {
    Solved s = Solved.solve(contract(200, 60, 1000)).optimalWithPrices();
    // 60 MW delivered, 40 MW short: 60 x 8760 x (200 - 300) + 40 x 8760 x 1000
    near(-52.56e6 + 350.4e6, s.objectiveCny(), "objective");
    near(40 * 8760, s.export("X").shortfallMwh());
    near(1000, s.export("X").periods().get(0).marginalCostCnyPerMwh(), "firm dual");
    // a MW more of corridor: +300 revenue +1000 penalty saved -200 fuel
    near(1100, s.line("AG", "year").congestionRentCnyPerMwh(), "rent");
    near(1300, s.power("G", "year"), "price in the external market");
  }
}
