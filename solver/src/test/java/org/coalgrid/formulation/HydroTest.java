package org.coalgrid.formulation;

import static org.coalgrid.testing.Fixtures.map;
import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Hydro: energy-limited x h &lt;= E per period, or a cyclic reservoir with spill. Water value in CNY/MWh. */
public class HydroTest {

  /** 200 MW hydro with 120 MW (wet) and 50 MW (dry) worth of energy; gas at 400; 150 MW demand. */
  public static Instance energyLimited() {
    return Fixtures.create().period("wet", 4380).period("dry", 4380).region("A")
        .hydro("H", "A", 200, map("wet", 4380 * 120.0, "dry", 4380 * 50.0))
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(400)
        .demand("D", "A", 150).build();
  }

  /**
   * Reservoir 200 MW, storage 87600 MWh (20 MW over the dry half), inflow 150 MW (wet) and 30 MW (dry);
   * demand 100 MW wet, 200 MW dry; gas at 400.
   */
  public static Instance reservoir() {
    return Fixtures.create().period("wet", 4380).period("dry", 4380).region("A")
        .reservoir("R", "A", 200, 4380 * 20.0, map("wet", 4380 * 150.0, "dry", 4380 * 30.0), 0)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(400)
        .demand("D", "A", map("wet", 100, "dry", 200)).build();
  }

  @Test
  void energyLimitBindsAndGetsTheWaterValue() {
    Solved s = Solved.solve(energyLimited()).optimalWithPrices();
    // hydro 120 / 50 MW, gas 30 / 100 MW: 400 x 130 x 4380
    near(227.76e6, s.objectiveCny(), "objective");
    near(120, s.plant("H", "wet").mw());
    near(50, s.plant("H", "dry").mw());
    near(400, s.power("A", "wet"));
    near(400, s.power("A", "dry"));
    // one more MWh of water displaces a gas MWh
    near(-400, s.dual("hydro_energy.H.wet"), "water value wet");
    near(-400, s.dual("hydro_energy.H.dry"), "water value dry");
    near(0, s.plant("H", "wet").rentCnyPerMwh(), "capacity not binding");
  }

  @Test
  void reservoirStoresUpToItsSizeAndSpillsTheRest() {
    Solved s = Solved.solve(reservoir()).optimalWithPrices();
    // wet: hydro 100 MW, store 87600 MWh, spill 657000 - 438000 - 87600 = 131400 MWh; dry: 30 + 20 = 50 MW hydro,
    // gas 150 MW: 150 x 4380 x 400
    near(262.8e6, s.objectiveCny(), "objective");
    near(100, s.plant("R", "wet").mw());
    near(50, s.plant("R", "dry").mw());
    near(87600, s.plant("R", "wet").levelMwh(), "level end of wet");
    near(0, s.plant("R", "dry").levelMwh(), "level end of dry");
    near(131400, s.plant("R", "wet").spillMwh(), "spill");
    // water is spilled in wet (price 0); in dry gas is marginal
    near(0, s.power("A", "wet"), "wet price");
    near(400, s.power("A", "dry"), "dry price");
    near(0, s.dual("hydro_level.R.wet"), "wet inflow value");
    near(-400, s.dual("hydro_level.R.dry"), "dry inflow value");
  }

  /**
   * Must-flow reservoir: inflow 150 MW all year, no storage, minimum release 150 MW, but demand only 100 MW.
   * Feasible only because spilled water counts as release: generate 100 MW, spill 50 MW x 8760 h.
   */
  @Test
  void minimumReleaseCanBeMetBySpilling() {
    Instance in = Fixtures.create().region("A")
        .reservoir("R", "A", 200, 0, map("year", 8760 * 150.0), 150)
        .demand("D", "A", 100).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    near(0, s.objectiveCny(), "objective");
    near(100, s.plant("R", "year").mw());
    near(50 * 8760, s.plant("R", "year").spillMwh(), "spill");
  }

  /**
   * A reservoir with representative days keeps a level per month and moves water freely between the hours of
   * each day. Days "dry" (January, 182 days) and "wet" (July, 183 days) of a night and a day step (12 h);
   * demand 50 MW at night, 150 MW by day; cheap C 100 MW at 200, peaker G at 600; reservoir 100 MW whose whole
   * inflow, 219,000 MWh, comes in July: exactly the peaker's energy (50 MW over the 4,380 day hours).
   */
  static Instance reservoirDays(double storageMwh) {
    return Fixtures.create().time(TimeBuilder.representativeDays().stepHours(12)
            .day(new DayBuilder("dry").weight(182).month(1)).day(new DayBuilder("wet").weight(183).month(7)))
        .region("A")
        .reservoir("R", "A", 100, storageMwh, map("wet-h00", 109_500, "wet-h12", 109_500), 0)
        .otherPlant("C", "A", PlantType.GAS, 100).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .demand("D", "A", map("dry-h00", 50, "dry-h12", 150, "wet-h00", 50, "wet-h12", 150)).build();
  }

  @Test
  void reservoirWithDaysCarriesWaterBetweenMonthsAndIntoThePeakHours() {
    Solved s = Solved.solve(reservoirDays(200_000)).optimalWithPrices();
    // all water replaces the peaker by day: C carries the rest, 876,000 - 219,000 MWh at 200 CNY/MWh
    near(131_400_000, s.objectiveCny(), "objective");
    near(0, s.plant("G", "dry-h12").mw());
    near(50, s.plant("R", "dry-h12").mw(), "dry-season peak served by water carried from July");
    near(0, s.plant("R", "dry-h00").mw(), "no water at night");
    near(109_200, s.plant("R").stageLevelsMwh().get("m07") - s.plant("R").stageLevelsMwh().get("m01"),
        "July ends with the dry season's water more than January");
  }

  @Test
  void reservoirWithDaysIsLimitedByItsStorageBetweenMonths() {
    Solved s = Solved.solve(reservoirDays(50_000)).optimalWithPrices();
    // only 50,000 MWh reach January; the peaker makes the other 59,200 MWh of the dry days' peak; July's water
    // beyond its own peak (59,200 MWh) replaces C: G 59,200 x 600 + C (876,000 - 219,000 - 59,200) x 200
    near(155_080_000, s.objectiveCny(), "objective");
    near(50_000, s.plant("R").stageLevelsMwh().get("m07"), "full at the end of July");
    near(0, s.plant("R").stageLevelsMwh().get("m01"), "empty at the end of January");
    near(50_000 / 2184.0, s.plant("R", "dry-h12").mw());
  }
}
