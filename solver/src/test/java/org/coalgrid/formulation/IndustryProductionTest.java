package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Industry production: fixed in cost mode, between bounds in welfare mode; FLAT/FREE; coal feed; potlines. */
public class IndustryProductionTest {

  /** Gas 200 MW at 300; industry 87600 t/yr capacity, planned 43800, minimum 20000, 10 MWh/t, value added VA. */
  public static Instance smelter(double valueAdded) {
    return Fixtures.create().region("A").otherPlant("G", "A", PlantType.GAS, 200).fuelCost(300)
        .industry("I", "A", 87600, 10).planned(43800).minOutputIndustry(20000).valueAdded(valueAdded).build();
  }

  /**
   * Two halves; cheap C 100 MW at 100, dear E 200 MW at 500; demand 0 then 100 MW; industry planned 65700 t
   * (75 MW average) of 87600 t capacity at 10 MWh/t, FLAT or FREE.
   */
  public static Instance profile(boolean free) {
    Fixtures f = Fixtures.create().period("p1", 4380).period("p2", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 100).fuelCost(100)
        .otherPlant("E", "A", PlantType.GAS, 200).fuelCost(500)
        .demand("D", "A", Fixtures.map("p1", 0, "p2", 100))
        .industry("I", "A", 87600, 10).planned(65700);
    if (free) {
      f.freeProfile();
    }
    return f.build();
  }

  /**
   * Welfare mode. Gas 250 MW at 150; aluminium 3 potlines of 100000 t, 30e6 CNY/yr each when running, 10 MWh/t,
   * value added 3000 CNY/t.
   */
  public static Instance potlines() {
    return Fixtures.create().region("A").otherPlant("G", "A", PlantType.GAS, 250).fuelCost(150)
        .industry("ALU", "A", 300000, 10).valueAdded(3000).potlines(3, 100000, 30e6).build();
  }

  @Test
  void costModeMakesThePlannedOutput() {
    Solved s = Solved.solve(smelter(5000)).optimalWithPrices();
    // 43800 t x 10 MWh = 438000 MWh = 50 MW at 300
    near(131.4e6, s.objectiveCny(), "objective");
    near(43800, s.industry("I").outputT());
    near(3000, s.industry("I").marginalCostCnyPerT(), "10 MWh x 300");
  }

  @Test
  void welfareModeRunsAtCapacityWhenValueAddedExceedsCost() {
    Solved s = Solved.solve(smelter(5000), ObjectiveMode.WELFARE).optimalWithPrices();
    // 87600 t: 876000 MWh x 300 - 87600 x 5000 = 262.8e6 - 438e6
    near(-175.2e6, s.objectiveCny(), "objective");
    near(-438e6, s.term("VALUE_ADDED"));
    near(87600, s.industry("I").outputT());
    near(3000 - 5000, s.industry("I").marginalCostCnyPerT(), "capacity dual");
  }

  @Test
  void welfareModeStopsAtTheMinimumWhenValueAddedIsBelowCost() {
    Solved s = Solved.solve(smelter(2000), ObjectiveMode.WELFARE).optimalWithPrices();
    // 20000 t x (3000 - 2000)
    near(20e6, s.objectiveCny(), "objective");
    near(20000, s.industry("I").outputT());
    near(1000, s.industry("I").marginalCostCnyPerT(), "minimum-output dual");
  }

  @Test
  void flatProfileRunsEvenly() {
    Solved s = Solved.solve(profile(false)).optimalWithPrices();
    // 75 MW each half: p1 C 75; p2 C 100 + E 75 -> 4380 x (7500 + 10000 + 37500)
    near(4380 * 55000.0, s.objectiveCny(), "objective");
    near(32850, s.industry("I").periods().get(0).outputT(), "half the output in p1");
    near(75, s.industry("I").periods().get(1).loadMw());
    near(100, s.power("A", "p1"));
    near(500, s.power("A", "p2"));
    // a tonne more: 5 MWh in each half at 100 and 500
    near(3000, s.industry("I").marginalCostCnyPerT());
  }

  /**
   * The flat case cut into 48 periods of 182.5 h (24 like p1, then 24 like p2): beyond 24 periods the FLAT rows
   * use the annual-output column sa, two terms each and linear in the periods, with the same results and duals.
   */
  @Test
  void flatProfileBeyond24PeriodsIsLinearWithTheSameResults() {
    Fixtures f = Fixtures.create();
    java.util.Map<String, Double> demand = new java.util.LinkedHashMap<>();
    for (int t = 0; t < 48; t++) {
      f.period("t" + t, 182.5);
      demand.put("t" + t, t < 24 ? 0.0 : 100.0);
    }
    Instance in = f.region("A").otherPlant("C", "A", PlantType.GAS, 100).fuelCost(100)
        .otherPlant("E", "A", PlantType.GAS, 200).fuelCost(500)
        .demand("D", "A", demand).industry("I", "A", 87600, 10).planned(65700).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    near(4380 * 55000.0, s.objectiveCny(), "objective");
    near(75, s.industry("I").periods().get(47).loadMw());
    near(3000, s.industry("I").marginalCostCnyPerT());
    var lp = s.outcome().model().lp();
    org.junit.jupiter.api.Assertions.assertTrue(lp.row("ind_sum.I") >= 0, "annual output row");
    org.junit.jupiter.api.Assertions.assertTrue(lp.column("sa.I") >= 0, "annual output column");
    // 47 FLAT rows of 2 terms and the sum row of 49 terms, where the dense form has 47 rows of 48 terms
    var ctx = Formulation.build(in, ObjectiveMode.COST);
    int flat = 0;
    for (int r = 0; r < ctx.lp().numRows(); r++) {
      String name = ctx.lp().rowName(r);
      if (name.startsWith("ind_flat.") || name.startsWith("ind_sum.")) {
        flat++;
      }
    }
    assertEquals(48, flat, "47 FLAT rows and the sum row");
  }

  @Test
  void freeProfileShiftsLoadToTheCheapPeriodUpToTheCapacityRate() {
    Solved s = Solved.solve(profile(true)).optimalWithPrices();
    // p1 at its 100 MW rate (43800 t), p2 the other 50 MW: 4380 x (10000 + 10000 + 50 x 500)
    near(4380 * 45000.0, s.objectiveCny(), "objective");
    near(43800, s.industry("I").periods().get(0).outputT());
    near(21900, s.industry("I").periods().get(1).outputT());
    near(5000, s.industry("I").marginalCostCnyPerT(), "the next tonne is made in p2 at 500");
  }

  @Test
  void coalFeedIsATonnagePerTonneOfProduct() {
    Instance in = Fixtures.create().region("A").grade("steam", 0.7).mine("M", "A", "steam", 1e6, 300)
        .industry("CHEM", "A", 10000, 0).coalFeed("steam", 1.2).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    // 10000 t x 1.2 = 12000 t coal at 300
    near(3.6e6, s.objectiveCny(), "objective");
    near(12000, s.industry("CHEM").coalT().get("steam"));
    near(12000, s.result().kpis().coalToIndustryT());
    near(360, s.industry("CHEM").marginalCostCnyPerT(), "1.2 x 300");
    near(300, s.dual("ind_feed.CHEM.steam"), "feed row dual = coal price");
  }

  @Test
  void potlinesAreWholeLines() {
    Solved s = Solved.solve(potlines(), ObjectiveMode.WELFARE).optimalWithPrices();
    // gas limits output to 250 MW x 8760 / 10 = 219000 t. Margin 3000 - 10 x 150 = 1500 CNY/t.
    // n=2: 200000 x 1500 - 60e6 = 240e6; n=3: 219000 x 1500 - 90e6 = 238.5e6 -> n=2 (LP relaxation: 262.8e6)
    near(-240e6, s.objectiveCny(), "objective");
    near(60e6, s.term("POTLINE_FIXED"));
    assertEquals(2, s.industry("ALU").potlinesRunning());
    near(200000, s.industry("ALU").outputT());
    // prices with n fixed at 2: gas has room, so 150 CNY/MWh; a tonne more of line capacity is worth 1500
    near(150, s.power("A", "year"));
    near(-1500, s.dual("ind_potlines.ALU"), "potline capacity dual CNY/t");
  }
}
