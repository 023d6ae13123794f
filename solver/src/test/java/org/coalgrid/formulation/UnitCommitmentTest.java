package org.coalgrid.formulation;

import static org.coalgrid.testing.Fixtures.map;
import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.coalgrid.validate.InstanceValidator;
import org.junit.jupiter.api.Test;

/**
 * Unit commitment over time (§4.18), hand-computed. One representative day of four 6-hour steps standing for the
 * year (w = 365, h = 2,190 h per step). C: one committed unit of 100 MW, minimum load 50 %, 200 CNY/MWh; W: wind
 * of 60 MW blowing only where given, free; G: a 600-CNY/MWh peaker of 300 MW. A step's C output costs 2,190 h ×
 * 200 CNY/MWh = 438,000 CNY per MW in the year.
 */
public class UnitCommitmentTest {

  private static final String[] STEPS = {"d-h00", "d-h06", "d-h12", "d-h18"};

  static Instance day(double startCost, Double upHours, Double downHours, double[] demandMw, double[] windShare) {
    Fixtures f = Fixtures.create().time(TimeBuilder.representativeDays().stepHours(6)
            .day(new DayBuilder("d").weight(365).month(1))).region("A")
        .otherPlant("C", "A", PlantType.GAS, 100).fuelCost(200).commitment(100, 0.5).startupCost(startCost)
        .minUpDown(upHours, downHours)
        .otherPlant("W", "A", PlantType.WIND, 60).availability(0);
    for (int k = 0; k < STEPS.length; k++) {
      if (windShare[k] > 0) {
        f.availability(STEPS[k], windShare[k]);
      }
    }
    f.otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600);
    return f.demand("D", "A", map(STEPS[0], demandMw[0], STEPS[1], demandMw[1], STEPS[2], demandMw[2], STEPS[3],
        demandMw[3])).build();
  }

  /** Demand 100, 100, 60, 100 MW; the wind makes 60 MW in the dip (h12) only. */
  public static Instance dip(double startCost) {
    return day(startCost, null, null, new double[] {100, 100, 60, 100}, new double[] {0, 0, 1, 0});
  }

  @Test
  void aStartUpCostKeepsTheUnitOnThroughADip() {
    // on through the dip at its minimum load 50 MW (wind curtailed to 10): 438,000 x (3 x 100 + 50) = 153.3 million;
    // off in the dip would save 438,000 x 50 = 21.9 million but start the unit 365 times a year at 100,000 CNY
    Solved s = Solved.solve(dip(100_000)).optimalWithPrices();
    near(153_300_000, s.objectiveCny(), "objective");
    assertEquals(1, s.plant("C", "d-h12").onlineUnits(), "the unit stays on");
    near(50, s.plant("C", "d-h12").mw(), "at its minimum load");
    near(0, s.plant("C").startUps().starts(), "no starts");
    near(0, s.term("STARTUP"), "no start-up cost paid");
  }

  @Test
  void aCheapStartLetsTheUnitStopInTheDip() {
    // 438,000 x 300 = 131.4 million of generation + 365 starts x 20,000 CNY = 7.3 million: 138.7 million < 153.3
    Solved s = Solved.solve(dip(20_000)).optimalWithPrices();
    near(138_700_000, s.objectiveCny(), "objective");
    assertEquals(0, s.plant("C", "d-h12").onlineUnits(), "the unit stops in the dip");
    assertEquals(1, s.plant("C", "d-h12").stoppedUnits(), "stopped at the start of the dip");
    assertEquals(1, s.plant("C", "d-h18").startedUnits(), "started again after it");
    near(365, s.plant("C").startUps().starts(), "one start a day, 365 a year");
    near(36_500, s.plant("C").startUps().startedMw(), "MW started per year");
    near(7_300_000, s.plant("C").startUps().costCny(), "start-up cost per year");
    near(7_300_000, s.term("STARTUP"), "the objective's STARTUP term");
  }

  @Test
  void aMinimumUpTimeForcesTheUnitOn() {
    // demand 60, 100, 60, 60 MW, wind 60 MW but in h06: C is needed in h06 only (438,000 x 100 = 43.8 million);
    // started there with 12 h of minimum up time it stays on in h12 at 50 MW: + 21.9 million = 65.7 million
    double[] demand = {60, 100, 60, 60};
    double[] wind = {1, 0, 1, 1};
    Solved free = Solved.solve(day(0, null, null, demand, wind)).optimalWithPrices();
    near(43_800_000, free.objectiveCny(), "objective without a minimum up time");
    assertEquals(0, free.plant("C", "d-h12").onlineUnits());
    Solved s = Solved.solve(day(0, 12.0, null, demand, wind)).optimalWithPrices();
    near(65_700_000, s.objectiveCny(), "objective with 12 h minimum up time");
    assertEquals(1, s.plant("C", "d-h12").onlineUnits(), "still on 6 h after its start");
    near(50, s.plant("C", "d-h12").mw());
    assertEquals(0, s.plant("C", "d-h18").onlineUnits(), "off again after 12 h");
    assertTrue(s.outcome().model().lp().row("min_up.C.d-h12") >= 0);
  }

  @Test
  void aMinimumDownTimeKeepsTheUnitOnThroughShortDips() {
    // demand 100, 60, 100, 60 MW, wind 60 MW in the dips: free to stop, C runs the peaks only (87.6 million);
    // with 12 h of minimum down time a stop in a dip keeps it off in the next peak (G at 600 CNY/MWh), so it
    // stays on through both dips at 50 MW: 438,000 x (2 x 100 + 2 x 50) = 131.4 million
    double[] demand = {100, 60, 100, 60};
    double[] wind = {0, 1, 0, 1};
    near(87_600_000, Solved.solve(day(0, null, null, demand, wind)).optimalWithPrices().objectiveCny(), "free");
    Solved s = Solved.solve(day(0, null, 12.0, demand, wind)).optimalWithPrices();
    near(131_400_000, s.objectiveCny(), "objective with 12 h minimum down time");
    for (String step : STEPS) {
      assertEquals(1, s.plant("C", step).onlineUnits(), step);
    }
  }

  @Test
  void theWindowCoversTheStepsStartedLessThanTheTimeBefore() {
    var chrono = dip(0).chronology();
    assertEquals(List.of(2, 1), UnitCommitment.window(chrono, 2, 12), "12 h of 6-h steps: this step and one");
    assertEquals(List.of(0, 3), UnitCommitment.window(chrono, 0, 7), "cyclic within the day");
    assertEquals(List.of(1, 0, 3, 2), UnitCommitment.window(chrono, 1, 48), "at most the whole day");
    assertEquals(List.of(), UnitCommitment.window(chrono, 1, 0));
  }

  @Test
  void blocksHaveNoStartUpRowsAndTheValidatorSaysSo() {
    Instance in = Fixtures.create().period("off", 4380).period("peak", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 100).fuelCost(200).commitment(100, 0.5).startupCost(1000)
        .demand("D", "A", map("off", 60, "peak", 100)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    assertEquals(-1, s.outcome().model().lp().row("startup.C.peak"), "periods are not consecutive hours");
    assertNull(s.plant("C").startUps());
    List<String> problems = InstanceValidator.validate(in).stream().map(Problem::format).toList();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.plants[0].startupCostCny:")
        && p.contains("chronological steps only")), problems.toString());
  }

  @Test
  void dynamicsWithoutCommitmentAreAnError() {
    Instance in = Fixtures.create().region("A").otherPlant("C", "A", PlantType.GAS, 100).fuelCost(200)
        .minUpDown(4.0, 8.0).demand("D", "A", 50).build();
    List<String> problems = InstanceValidator.validate(in).stream().map(Problem::format).toList();
    assertEquals(List.of(
        "$.plants[0].minUpHours: plant \"C\" has minUpHours but no commitment: start-ups and minimum up and down"
            + " times count units online; set commitment: true with unitMw"), problems);
  }
}
