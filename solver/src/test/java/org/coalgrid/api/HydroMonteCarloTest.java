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

  /**
   * samples.csv and statistics.csv show a quantity's solver residual below zero as 0, as scenarios.csv does: CLP leaves
   * guizhou-2010-hydro's second draw of seed 1 with −1.4e-9 MWh unserved, which the tables printed as
   * "-0.000000001403487104" (and the unserved KPI's mean, P5 and interval below zero). montecarlo.json keeps the
   * solver's figure, from which verify recomputes the statistics.
   */
  @Test
  void theTablesShowASolverResidualBelowZeroAsZero(@TempDir Path tmp) throws Exception {
    CoalGrid coalgrid = CoalGrid.create();
    PlanningCase c = coalgrid.load(Path.of(org.coalgrid.cli.Cli.instance("guizhou-2010-hydro.json")));
    MonteCarloResult r = HydroMonteCarlo.of(coalgrid).run(c, 2, 1L, 1);
    try (AtomicOutput files = AtomicOutput.directory(tmp, "montecarlo", List.of(), "test")) {
      MonteCarloReport.write(r, files);
      files.commit();
    }
    assertTrue(r.outcomes().stream().anyMatch(o -> o.unservedMwh() < 0), "the case has a residual below zero");
    assertTrue(Files.readString(tmp.resolve("montecarlo.json")).contains("\"unservedMwh\" : -"),
        "montecarlo.json keeps the solver's figure");
    List<String> samples = Files.readAllLines(tmp.resolve("samples.csv"));
    List<String> head = List.of(samples.get(0).split(","));
    for (String line : samples.subList(1, samples.size())) {
      String[] cell = line.split(",");
      for (String q : List.of("coalToPowerT", "hydroMwh", "exportShortfallMwh", "unservedMwh")) {
        assertTrue(!cell[head.indexOf(q)].startsWith("-"), q + ": " + line);
      }
    }
    // a quantity KPI's statistics: no residual below zero (an interval bound far below zero is a real figure: with
    // n = 2 the interval of the mean is wide)
    List<String> stats = Files.readAllLines(tmp.resolve("statistics.csv"));
    for (String line : stats.subList(1, stats.size())) {
      String[] cell = line.split(",");
      if (cell[1].equals("t/yr") || cell[1].equals("MWh/yr")) {
        for (int k = 3; k < cell.length; k++) {
          double v = Double.parseDouble(cell[k]);
          assertTrue(!(v < 0 && v >= -org.coalgrid.words.Fmt.RESIDUAL), line);
        }
      }
    }
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
