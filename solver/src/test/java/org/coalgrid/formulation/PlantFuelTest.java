package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Plant fuel: sum_g tce[g] z[p,g] = sum_t x h heatRate / 1000 (tce), row fuel.&lt;p&gt;, dual CNY/tce. */
public class PlantFuelTest {

  /**
   * A 100 MW coal plant at 300 gce/kWh and 20 CNY/MWh O&amp;M serving 50 MW; steam coal (0.7 tce/t) at 350 CNY/t =
   * 500 CNY/tce; optionally lignite (0.4 tce/t) at 180 CNY/t = 450 CNY/tce, 0.1 Mt available.
   */
  public static Instance coalPlant(boolean lignite) {
    Fixtures f = Fixtures.create().region("A").grade("steam", 0.7).grade("lignite", 0.4)
        .mine("MS", "A", "steam", 10e6, 350)
        .mine("ML", "A", "lignite", lignite ? 0.1e6 : 0, 180)
        .coalPlant("P", "A", 100, 300, "steam", "lignite").vom(20)
        .demand("D", "A", 50);
    return f.build();
  }

  @Test
  void heatRateTurnsMwhIntoTonnes() {
    Solved s = Solved.solve(coalPlant(false)).optimalWithPrices();
    // 50 MW x 8760 h = 438000 MWh; x 0.3 tce/MWh = 131400 tce = 187714.29 t steam
    double tce = 438000 * 0.3;
    near(131400, tce);
    near(tce, s.plant("P").fuelTce(), "fuel tce");
    near(tce / 0.7, s.plant("P").coalT().get("steam"), "steam t");
    near(438000, s.plant("P").generationMwh());
    // coal 131400 x 500 = 65.7e6, O&M 438000 x 20 = 8.76e6
    near(65.7e6, s.term("MINING"));
    near(8.76e6, s.term("GENERATION"));
    near(74.46e6, s.objectiveCny(), "objective");
    // price: 0.3 tce x 500 CNY/tce + 20 = 170 CNY/MWh; fuel value 500 CNY/tce
    near(170, s.power("A", "year"), "power price");
    near(500, s.dual("fuel.P"), "fuel dual CNY/tce");
    near(350, s.coal("A", "steam"));
  }

  @Test
  void cheaperPerTceGradeIsUsedFirst() {
    Solved s = Solved.solve(coalPlant(true)).optimalWithPrices();
    // lignite 0.1e6 t = 40000 tce at 450/tce (18e6); the other 91400 tce steam at 500/tce (45.7e6)
    near(0.1e6, s.plant("P").coalT().get("lignite"));
    near(91400 / 0.7, s.plant("P").coalT().get("steam"));
    near(18e6 + 45.7e6 + 8.76e6, s.objectiveCny(), "objective");
    near(170, s.power("A", "year"), "steam is marginal");
    // one more tonne of lignite (0.4 tce) saves 0.4 x (500 - 450)
    near(-20, s.mine("ML").capacityShadowPriceCnyPerT(), "lignite mine dual");
    near(0.4 * 500, s.coal("A", "lignite"), "lignite price = its tce at the steam value");
  }
}
