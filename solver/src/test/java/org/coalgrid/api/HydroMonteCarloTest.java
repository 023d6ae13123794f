package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coalgrid.output.AtomicOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monte Carlo over the two-year case of {@link StochasticPlannerTest}, with a log-normal spread of its one basin. */
class HydroMonteCarloTest {
  static final String MC = ", \"basins\": [{\"id\": \"river\", \"plants\": [\"hydro\"]}], "
      + "\"monteCarlo\": {\"basins\": [{\"basin\": \"river\", \"sdLog\": 0.5}]}";

  @Test
  void oneAndTwoWorkersWriteTheSameBytes(@TempDir Path tmp) throws Exception {
    PlanningCase c = StochasticPlannerTest.twoYears(MC);
    MonteCarloResult one = HydroMonteCarlo.of(CoalGrid.create()).run(c, 12, 42L, 1);
    MonteCarloResult two = HydroMonteCarlo.of(CoalGrid.create()).run(c, 12, 42L, 2);
    for (var r : List.of(Map.entry("one", one), Map.entry("two", two))) {
      try (AtomicOutput files = AtomicOutput.directory(tmp.resolve(r.getKey()), "montecarlo", List.of(), "test")) {
        MonteCarloReport.write(r.getValue(), files);
        files.commit();
      }
    }
    for (String f : List.of("montecarlo.json", "samples.csv", "statistics.csv")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two")
          .resolve(f)), f);
    }
    assertEquals(MonteCarloReport.summary(one), MonteCarloReport.summary(two));
  }

  @Test
  void everyDrawIsSolvedWithTheStochasticPlanFixed() throws Exception {
    MonteCarloResult r = HydroMonteCarlo.of(CoalGrid.create()).run(StochasticPlannerTest.twoYears(MC), 10, 3L, 2);
    assertEquals(StochasticResult.STOCHASTIC, r.planKind());
    assertEquals(Map.of("coal", 0, "peaker", 2), r.plan().plantBuilds());
    assertEquals(0, r.unsolved());
    for (int i = 0; i < 10; i++) {
      ScenarioOutcome o = r.outcomes().get(i);
      double m = r.multipliers().get(i)[0];
      // hydro energy 200 MW x m, at most its 300 MW; the rest up to 300 MW of load from 2 peakers at 400 CNY/MWh
      double hydroMw = Math.min(300, 200 * m);
      double peakerMw = Math.min(200, 300 - hydroMw);
      double unservedMw = 300 - hydroMw - peakerMw;
      assertEquals(hydroMw * 8760, o.hydroMwh(), 1e-3);
      assertEquals(unservedMw * 8760, o.unservedMwh(), 1e-3);
      assertEquals(40e6 + peakerMw * 8760 * 400 + unservedMw * 8760 * 10000, o.costCny(), 1.0);
      assertTrue(o.solution().verification().orElseThrow().passed());
    }
    MonteCarloResult.KpiStatistics cost = r.statistics("cost");
    assertEquals(10, cost.n());
    double mean = r.outcomes().stream().mapToDouble(ScenarioOutcome::costCny).average().orElseThrow();
    assertEquals(mean, cost.mean(), 1e-6 * Math.abs(mean));
    assertTrue(cost.p5() <= cost.p50() && cost.p50() <= cost.p95());
    assertTrue(cost.ciLow() < cost.mean() && cost.mean() < cost.ciHigh());
  }

  @Test
  void anInstanceWithoutADistributionIsNotApplicable() throws Exception {
    assertThrows(NotApplicableException.class, () -> HydroMonteCarlo.of(CoalGrid.create())
        .run(StochasticPlannerTest.twoYears(""), 5, 1L, 1));
  }
}
