package org.coalgrid.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped instance reads and validates, solves with the default backend (CLP for LPs, SCIP for
 * MILPs) and default settings to OPTIMAL with checked prices, passes the independent solution verifier, and
 * lands on its golden objective. The golden objective catches any change that moves results: LPs within
 * 1e-6 relative (solver tolerance), MILPs within the default relative MIP gap (1e-4).
 */
class ShippedInstancesTest {

  /** Objective (CNY/yr) measured with {@code coalgrid solve --quiet instances/NAME.json} (default settings). */
  static final Map<String, Double> GOLDEN = Map.ofEntries(
      Map.entry("tutorial.json", -1.4330435559074073E9),
      Map.entry("tutorial-build.json", -2.151289881792384E9),
      Map.entry("guizhou-2005.json", -2.4605234982150235E9),
      Map.entry("guizhou-2010.json", -7.998494609831177E9),
      Map.entry("guizhou-2010-hydro.json", -7.998494609830436E9),
      Map.entry("guizhou-2015.json", 6.115733065095264E9),
      Map.entry("guiyang-2010.json", 5.772442338979885E9),
      Map.entry("yangquan-2010.json", -1.341927611456821E10),
      Map.entry("wuhai-2011.json", 1.3606556076635511E10),
      Map.entry("tutorial-days.json", -1.4246224769995089E9),
      Map.entry("guizhou-2015-days.json", 1.2156472846498968E8));

  static Stream<Arguments> instances() {
    return GOLDEN.keySet().stream().sorted().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void validatesSolvesVerifiesAndKeepsItsGoldenObjective(String file) throws Exception {
    LoadedInstance li = InstanceReader.read(Path.of(Cli.instance(file)));
    Instance in = li.instance();
    Backend backend = Backend.defaultFor(in.hasIntegerDecisions());
    SolverSettings settings = SolverSettings.defaults(backend);
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, settings);
    assertEquals(SolveStatus.OPTIMAL.name(), r.status(), file + ": " + r.statusNote());
    assertTrue(r.prices().available(), file + ": no checked prices: " + r.prices().note());
    double golden = GOLDEN.get(file);
    double tol = (in.hasIntegerDecisions() ? settings.relativeGap() : 1e-6) * Math.abs(golden);
    assertEquals(golden, r.objective().totalCny(), tol, file + ": the objective moved from its golden value "
        + golden + " to " + r.objective().totalCny() + " CNY/yr. If the change to the formulation or the "
        + "instance is intended, record the new value in ShippedInstancesTest.GOLDEN (measure it with "
        + "'./coalgrid solve --quiet instances/" + file + "') and refresh the table and target checks in "
        + "instances/README.md.");
  }

  /**
   * The representative-day tutorial (12 days x 24 h, evening peak and night valley): pumped storage pumps at night
   * and generates at the peak, and earns its arbitrage at the certified prices (issue 10 item 6).
   */
  @Test
  void pumpedStorageWorksTheDailyCycleOfTheRepresentativeDays() throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance("tutorial-days.json"))).instance();
    assertEquals(288, in.periods().size());
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.defaultFor(false)));
    AllocationResult.PlantResult ps = r.plants().stream().filter(p -> p.id().equals("wujiang-ps")).findFirst()
        .orElseThrow();
    assertTrue(ps.generationMwh() > 50_000, "pumped storage generates " + ps.generationMwh() + " MWh/yr");
    assertTrue(ps.arbitrageCny() != null && ps.arbitrageCny() > 0, "arbitrage " + ps.arbitrageCny());
    double pumped = ps.periods().stream().mapToDouble(p -> p.pumpMw() == null ? 0 : p.pumpMw()).sum();
    assertTrue(pumped > 0, "it pumps");
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (AllocationResult.RegionPeriodPrice p : r.prices().electricity()) {
      if (p.region().equals("guiyang")) {
        lo = Math.min(lo, p.cnyPerMwh());
        hi = Math.max(hi, p.cnyPerMwh());
      }
    }
    assertTrue(hi * 0.76 > lo, "prices differ within the day: " + lo + " to " + hi + " CNY/MWh");
    storedEnergyIsPricedPerMwh(r, ps, 5.0);
  }

  /**
   * guizhou-2015-days (the 2015 plan as built, 12 days x 24 h, the Guangdong contract at a time-of-use price): the
   * Wujiang pumped storage pumps in the valley and generates at the evening peak, and earns at certified prices.
   */
  @Test
  void guizhouPumpedStorageArbitragesTheTimeOfUsePrices() throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance("guizhou-2015-days.json"))).instance();
    assertEquals(288, in.periods().size());
    assertTrue(!in.hasIntegerDecisions(), "an LP");
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.defaultFor(false)));
    AllocationResult.PlantResult ps = r.plants().stream().filter(p -> p.id().equals("wujiang-ps")).findFirst()
        .orElseThrow();
    assertTrue(ps.generationMwh() > 100_000, "pumped storage generates " + ps.generationMwh() + " MWh/yr");
    assertTrue(ps.arbitrageCny() != null && ps.arbitrageCny() > 0, "arbitrage " + ps.arbitrageCny());
    storedEnergyIsPricedPerMwh(r, ps, 5.0);
  }

  /**
   * The level row of a representative-day step holds within one day that stands for w days (w up to 31 here): its
   * dual is reported per MWh stored, not w times that. Where the plant generates strictly inside its limits, a MWh
   * taken from store is worth the electricity price less the plant's variable cost (KKT of its generation column),
   * so the level dual must equal price − vom of that step, whatever the day's weight (issue 10).
   */
  private static void storedEnergyIsPricedPerMwh(AllocationResult r, AllocationResult.PlantResult ps, double vom) {
    Map<String, Double> price = new java.util.HashMap<>();
    r.prices().electricity().stream().filter(p -> p.region().equals(ps.region()))
        .forEach(p -> price.put(p.period(), p.cnyPerMwh()));
    int checked = 0;
    for (AllocationResult.PlantPeriod p : ps.periods()) {
      if (p.mw() > 1 && p.mw() < p.availableMw() - 1) {
        Double level = r.prices().rowDuals().get("ps_level." + ps.id() + "." + p.period());
        assertTrue(level != null, "ps_level dual of " + p.period());
        assertEquals(price.get(p.period()) - vom, Math.abs(level), 1e-6 * price.get(p.period()),
            "stored energy at " + p.period() + " (generating " + p.mw() + " MW)");
        checked++;
      }
    }
    assertTrue(checked > 0, "no step generates inside its limits");
  }
}
