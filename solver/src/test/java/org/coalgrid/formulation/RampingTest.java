package org.coalgrid.formulation;

import static org.coalgrid.testing.Fixtures.map;
import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Ramping: |x[t] − x[prev(t)]| ≤ ramp·δ[t] on the chronological steps of a day (cyclic within the day). */
class RampingTest {

  /**
   * One representative day of four 6-hour steps standing for the year (h = 2,190 h per step); demand 100, 100,
   * 300, 100 MW; base plant C 300 MW at 200 CNY/MWh ramping at most {@code ramp} MW/h, peaker G at 600.
   */
  static Instance day(Double ramp) {
    Fixtures f = Fixtures.create().time(TimeBuilder.representativeDays().stepHours(6)
            .day(new DayBuilder("d").weight(365).month(1))).region("A")
        .otherPlant("C", "A", PlantType.GAS, 300).fuelCost(200);
    if (ramp != null) {
      f = f.ramp(ramp);
    }
    return f.otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .demand("D", "A", map("d-h00", 100, "d-h06", 100, "d-h12", 300, "d-h18", 100)).build();
  }

  @Test
  void withoutALimitTheBasePlantFollowsTheLoad() {
    Solved s = Solved.solve(day(null)).optimalWithPrices();
    near(2190 * 600 * 200.0, s.objectiveCny(), "objective");
    assertTrue(s.outcome().model().lp().row("ramp_up.C.d-h12") < 0, "no ramp rows without rampMwPerHour");
  }

  @Test
  void theBasePlantRampsAtMostItsLimitPerStepAndThePeakerFillsTheRest() {
    Solved s = Solved.solve(day(10.0)).optimalWithPrices();
    // 10 MW/h x 6 h: C rises 100 -> 160 MW at h12, G makes the other 140 MW
    // 2,190 h x (3 x 100 x 200 + 160 x 200 + 140 x 600)
    near(2190 * 176_000.0, s.objectiveCny(), "objective");
    near(160, s.plant("C", "d-h12").mw());
    near(140, s.plant("G", "d-h12").mw());
    // one more MW of ramp up into h12 and down out of it saves 2,190 h x (600 - 200) CNY/MWh in the year (both
    // rows bind; the solver may give the value to either)
    near(-2190 * 400.0, s.dual("ramp_up.C.d-h12") + s.dual("ramp_down.C.d-h18"),
        "value of one more MW of ramp (CNY/MW per year)");
  }

  @Test
  void rampingIsCyclicWithinTheDay() {
    // the peak in the first step of the day follows the day's last step (100 MW): C reaches 160 MW there too
    Instance in = Fixtures.create().time(TimeBuilder.representativeDays().stepHours(6)
            .day(new DayBuilder("d").weight(365).month(1))).region("A")
        .otherPlant("C", "A", PlantType.GAS, 300).fuelCost(200).ramp(10)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .demand("D", "A", map("d-h00", 300, "d-h06", 100, "d-h12", 100, "d-h18", 100)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    near(160, s.plant("C", "d-h00").mw());
    near(2190 * 176_000.0, s.objectiveCny(), "objective");
  }

  @Test
  void blocksHaveNoRampRows() {
    Instance in = Fixtures.create().period("off", 4380).period("peak", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 300).fuelCost(200).ramp(1)
        .demand("D", "A", map("off", 100, "peak", 300)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    assertEquals(-1, s.outcome().model().lp().row("ramp_up.C.peak"), "periods are not consecutive hours");
    near(300, s.plant("C", "peak").mw());
  }
}
