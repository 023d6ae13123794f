package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.domain.Instance;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Line capacity f (+ fr) &lt;= capacity; losses on arrival; wheeling per MWh sent; rent = -dual (CNY/MWh). */
public class LineCapacityTest {

  /** Cheap gas in A (100), dear in B (500), 150 MW demand in B; line A-&gt;B with capacity, loss, wheeling 10. */
  public static Instance corridor(double capMw, double loss) {
    return Fixtures.create().region("A").region("B")
        .otherPlant("GA", "A", PlantType.GAS, 200).fuelCost(100)
        .otherPlant("GB", "B", PlantType.GAS, 200).fuelCost(500)
        .line("AB", "A", "B", capMw).lineLoss(loss).wheeling(10)
        .demand("D", "B", 150).build();
  }

  /**
   * Two halves. A's cheap plant (100) runs only in p1, B's only in p2; both have dear plants (500); 100 MW demand
   * in each region; one bidirectional 50 MW line with 10 % loss.
   */
  public static Instance bidirectional() {
    return Fixtures.create().period("p1", 4380).period("p2", 4380).region("A").region("B")
        .otherPlant("CA", "A", PlantType.GAS, 200).fuelCost(100).availability("p2", 0)
        .otherPlant("CB", "B", PlantType.GAS, 200).fuelCost(100).availability("p1", 0)
        .otherPlant("EA", "A", PlantType.GAS, 300).fuelCost(500)
        .otherPlant("EB", "B", PlantType.GAS, 300).fuelCost(500)
        .line("L", "A", "B", 50).bidirectional().lineLoss(0.1)
        .demand("DA", "A", 100).demand("DB", "B", 100).build();
  }

  @Test
  void congestedLineWithLossAndWheeling() {
    Solved s = Solved.solve(corridor(100, 0.05)).optimalWithPrices();
    // 100 MW sent, 95 arrive, GB 55: 8760 x (100 x 100 + 100 x 10 + 55 x 500)
    near(337.26e6, s.objectiveCny(), "objective");
    near(8.76e6, s.term("WHEELING"));
    near(100, s.line("AB", "year").flowMw());
    near(55, s.plant("GB", "year").mw());
    near(43800, s.line("AB").lossMwh(), "5 % of 876000 MWh sent");
    near(100, s.power("A", "year"));
    near(500, s.power("B", "year"));
    // one more MW: 0.95 x 500 saved in B, 100 + 10 spent in A
    near(365, s.line("AB", "year").congestionRentCnyPerMwh(), "rent");
  }

  @Test
  void uncongestedLinePassesThePriceOnWithLoss() {
    Solved s = Solved.solve(corridor(200, 0.04)).optimalWithPrices();
    // 150 MW must arrive: 156.25 sent at 100 + 10
    near(156.25, s.line("AB", "year").flowMw());
    near(8760 * 156.25 * 110, s.objectiveCny(), "objective");
    near(110 / 0.96, s.power("B", "year"), "B price = (100 + 10) / 0.96");
    near(0, s.line("AB", "year").congestionRentCnyPerMwh());
  }

  @Test
  void bidirectionalLineCarriesEachWayWithLosses() {
    Solved s = Solved.solve(bidirectional()).optimalWithPrices();
    // p1: CA 150 (50 to B, 45 arrive), EB 55; p2 mirrored: 2 x 4380 x (150 x 100 + 55 x 500)
    near(2 * 4380 * 42500.0, s.objectiveCny(), "objective");
    near(50, s.line("L", "p1").flowMw());
    near(0, s.line("L", "p1").reverseMw());
    near(0, s.line("L", "p2").flowMw());
    near(50, s.line("L", "p2").reverseMw());
    near(55, s.plant("EB", "p1").mw());
    near(55, s.plant("EA", "p2").mw());
    near(100, s.power("A", "p1"));
    near(500, s.power("B", "p1"));
    near(500, s.power("A", "p2"));
    near(100, s.power("B", "p2"));
    // 0.9 x 500 - 100 either way
    near(350, s.line("L", "p1").congestionRentCnyPerMwh());
    near(350, s.line("L", "p2").congestionRentCnyPerMwh());
  }

  @Test
  void bothDirectionsShareOneCapacityRow() {
    // the optimum never sends both ways at once, so check the row itself: f + fr <= 50 in one row
    ModelContext ctx = Formulation.build(bidirectional(), ObjectiveMode.COST);
    LinearProgram lp = ctx.lp();
    int r = lp.row("line.L.p1");
    assertEquals(50, lp.rowUpper(r));
    assertEquals(2, lp.rowStart(r + 1) - lp.rowStart(r), "two terms");
    for (int k = lp.rowStart(r); k < lp.rowStart(r + 1); k++) {
      String col = lp.columnName(lp.nonzeroColumns()[k]);
      assertTrue(col.equals("f.L.p1") || col.equals("fr.L.p1"), col);
      assertEquals(1.0, lp.nonzeroValues()[k]);
    }
  }
}
