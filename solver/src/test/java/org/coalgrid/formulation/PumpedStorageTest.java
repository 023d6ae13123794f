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

/** Pumped storage: lvl_t = lvl_t-1 + eff pump h - x h, cyclic; pumping is a load. */
public class PumpedStorageTest {

  /**
   * Off-peak and peak halves. Cheap C 200 MW at 200, peaker G 300 MW at 600 CNY/MWh; demand 100 off, 250 peak.
   * Pumped storage 50 MW (pump 50 MW), efficiency 0.75, storage {@code storageMwh}.
   */
  public static Instance arbitrage(double storageMwh) {
    return Fixtures.create().period("off", 4380).period("peak", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 200).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .pumpedStorage("PS", "A", 50, storageMwh, 0.75)
        .demand("D", "A", map("off", 100, "peak", 250)).build();
  }

  @Test
  void pumpsOffPeakAtFullPumpCapacity() {
    Solved s = Solved.solve(arbitrage(1e6)).optimalWithPrices();
    // pump 50 MW off-peak (C 150), give back 0.75 x 50 = 37.5 MW at peak (C 200, G 12.5)
    // 4380 x (150 x 200 + 200 x 200 + 12.5 x 600)
    near(4380 * 77500.0, s.objectiveCny(), "objective");
    near(50, s.plant("PS", "off").pumpMw());
    near(37.5, s.plant("PS", "peak").mw());
    near(12.5, s.plant("G", "peak").mw());
    near(200, s.power("A", "off"));
    near(600, s.power("A", "peak"));
  }

  @Test
  void storageSizeLimitsTheCycle() {
    Solved s = Solved.solve(arbitrage(4380 * 15.0)).optimalWithPrices();
    // 0.75 x pump x 4380 <= 65700 -> pump 20 MW, generate 15 MW; 4380 x (120 x 200 + 200 x 200 + 35 x 600)
    near(4380 * 85000.0, s.objectiveCny(), "objective");
    near(20, s.plant("PS", "off").pumpMw());
    near(15, s.plant("PS", "peak").mw());
    near(65700, s.plant("PS", "off").levelMwh(), "full after pumping");
    near(200, s.power("A", "off"));
    near(600, s.power("A", "peak"));
  }

  /**
   * The same system as {@link #arbitrage} on one representative day of two 12-hour steps standing for the 365
   * days of the year (h = 365 x 12 = 4380 h per step, as the blocks): the storage cycles within the day, so its
   * level moves by δ = 12 h per step, not by the 4380 h the step stands for.
   */
  @Test
  void dayCyclicStorageMovesEnergyWithinTheDay() {
    Instance in = Fixtures.create().time(TimeBuilder.representativeDays().stepHours(12)
            .day(new DayBuilder("day").weight(365).month(1))).region("A")
        .otherPlant("C", "A", PlantType.GAS, 200).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .pumpedStorage("PS", "A", 50, 180, 0.75)
        .demand("D", "A", map("day-h00", 100, "day-h12", 250)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    // 0.75 x pump x 12 h <= 180 MWh -> pump 20 MW, generate 15 MW: the blocks' case with 365 x less storage
    near(4380 * 85000.0, s.objectiveCny(), "objective");
    near(20, s.plant("PS", "day-h00").pumpMw());
    near(15, s.plant("PS", "day-h12").mw());
    near(180, s.plant("PS", "day-h00").levelMwh(), "full after pumping");
    near(0, s.plant("PS", "day-h12").levelMwh(), "empty after generating: back to the start of the day");
    near(15 * 4380, s.plant("PS").generationMwh(), "generation counts the hours of the year each step stands for");
    // earns 600 CNY/MWh on 15 MW and pays 200 on 20 MW, 4,380 h each: 4380 x (9,000 - 4,000)
    near(4380 * 5000.0, s.plant("PS").arbitrageCny(), "arbitrage value (CNY/yr)");
  }

  /**
   * Two representative days of one 24-hour step: "cheap" (demand 100 MW) stands for the first 182 days of the
   * year, "dear" (250 MW) for the last 183. Cycling within a day the storage can do nothing; carried between
   * days (inter-day) it pumps in the cheap days and generates in the dear ones, limited by its size.
   */
  static Instance seasons(boolean interDay, double storageMwh) {
    Fixtures f = Fixtures.create().time(TimeBuilder.representativeDays().stepHours(24)
            .day(new DayBuilder("cheap").weight(182).month(1)).day(new DayBuilder("dear").weight(183).month(7)))
        .region("A")
        .otherPlant("C", "A", PlantType.GAS, 200).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600);
    f = interDay ? f.interDayStorage("PS", "A", PlantType.PUMPED_STORAGE, 50, storageMwh, 0.75)
        : f.pumpedStorage("PS", "A", 50, storageMwh, 0.75);
    return f.demand("D", "A", map("cheap-h00", 100, "dear-h00", 250)).build();
  }

  @Test
  void dayCyclicStorageCannotCarryEnergyBetweenDays() {
    Solved s = Solved.solve(seasons(false, 1e7)).optimalWithPrices();
    // 4368 h x 100 MW x 200 + 4392 h x (200 x 200 + 50 x 600)
    near(394_800_000, s.objectiveCny(), "objective");
    near(0, s.plant("PS").generationMwh());
  }

  @Test
  void interDayStorageCarriesEnergyFromCheapToDearDays() {
    Solved s = Solved.solve(seasons(true, 1e7)).optimalWithPrices();
    // pump 50 MW every cheap day: 0.75 x 50 x 4368 = 163,800 MWh out over the 4392 dear hours (37.295 MW)
    // 4368 x 150 x 200 + 4392 x 200 x 200 + (4392 x 50 - 163,800) x 600 = 131.04 + 175.68 + 33.48 million CNY
    near(340_200_000, s.objectiveCny(), "objective");
    near(50, s.plant("PS", "cheap-h00").pumpMw());
    near(163_800 / 4392.0, s.plant("PS", "dear-h00").mw());
    near(163_800, s.plant("PS").generationMwh());
    near(0.75 * 50 * 24, s.col("dsoc.PS.cheap") * 1000, "net change of a cheap day (MWh)");
  }

  @Test
  void interDayStorageIsLimitedBySizeOverTheSeason() {
    Solved s = Solved.solve(seasons(true, 9000)).optimalWithPrices();
    // the energy carried over the 182 cheap days is at most the storage, 9,000 MWh: pumping 12,000 MWh at 200
    // replaces 9,000 MWh of the peaker at 600: 394.8 million - 5.4 + 2.4
    near(391_800_000, s.objectiveCny(), "objective");
    near(9000, s.plant("PS").generationMwh());
    near(9000 / (0.75 * 4368), s.plant("PS", "cheap-h00").pumpMw());
  }
}
