package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.io.schema.Json;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
import org.junit.jupiter.api.Test;

/**
 * Candidate builds of mines (扩建, {@code mines[].build}) and potlines (新建电解槽系列, {@code potlines.build}) in a
 * single year, computed by hand; every solution also passes the independent verifier (and its row-by-row mirror).
 */
public class SupplyBuildTest {

  /**
   * Mine M (1e6 t/yr at 200 CNY/t, at least 5e5 t) may add up to 4 units of 5e5 t/yr at 30 CNY/(t/yr)/yr; mine Y
   * (1e7 t/yr) costs 260 CNY/t; 2.2e6 t of firm coal demand in A.
   */
  public static Instance mineBuild() {
    return Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 200).minOutput(5e5).mineBuild(5e5, 4, 30)
        .mine("Y", "A", "steam", 1e7, 260)
        .coalDemand("K", "A", "steam", 2.2e6, null, 0).build();
  }

  /**
   * Industry I (capacity 1e6 t/yr, 1 MWh/t from gas G at 300 CNY/MWh): one potline of 2.5e5 t/yr running at 1e6
   * CNY/yr, up to 3 more at 100 CNY/(t/yr)/yr (2.5e7 CNY a line and year).
   */
  public static Instance potlineBuild(double plannedT, double valueAdded) {
    return Fixtures.create().region("A")
        .otherPlant("G", "A", PlantType.GAS, 200).fuelCost(300)
        .industry("I", "A", 1e6, 1).planned(plannedT).valueAdded(valueAdded).potlines(1, 2.5e5, 1e6, 3, 100)
        .build();
  }

  /**
   * 0 units: 200·1e6 + 260·1.2e6 = 512e6; 1: 300e6 + 182e6 + 15e6 = 497e6; 2: 400e6 + 52e6 + 30e6 = 482e6;
   * 3: 440e6 + 45e6 = 485e6. Two units, 482e6 CNY. With them fixed, Y is the marginal mine: coal at A 260 CNY/t,
   * and M's capacity (2e6 t with the build) is worth 60 CNY/t.
   */
  @Test
  void aMineIsExpandedByTheCheapestWholeNumberOfUnits() {
    Solved s = Solved.solve(mineBuild()).optimalWithPrices();
    near(482e6, s.objectiveCny(), "objective");
    near(30e6, s.term("CAPEX"), "capex");
    near(452e6, s.term("MINING"), "mining");
    assertEquals(2, s.mine("M").builtUnits());
    near(1e6, s.mine("M").builtT(), "built t/yr");
    near(2e6, s.mine("M").capacityT(), "capacity incl. built");
    near(2e6, s.mine("M").outputT(), "M at its expanded capacity");
    near(260, s.coal("A", "steam"), "coal price");
    near(60, Math.abs(s.mine("M").capacityShadowPriceCnyPerT()), "value of M's capacity");
    assertNull(s.mine("Y").builtUnits(), "no build, nothing written");
  }

  /** Cost mode: 6e5 t planned needs 3 lines of 2.5e5: 2 built. 180e6 power + 3e6 running + 50e6 capex. */
  @Test
  void potlinesAreBuiltToMeetThePlannedOutput() {
    Solved s = Solved.solve(potlineBuild(6e5, 0)).optimalWithPrices();
    near(233e6, s.objectiveCny(), "objective");
    near(50e6, s.term("CAPEX"), "capex");
    near(3e6, s.term("POTLINE_FIXED"), "running lines");
    assertEquals(2, s.industry("I").potlinesBuilt());
    assertEquals(3, s.industry("I").potlinesRunning());
  }

  /**
   * Welfare mode: a tonne earns V − 300 (power) − 4 (running a line) − 100 (capex of a new line). At V = 500 every
   * line pays: 3 built, 1e6 t (the capacity), 300e6 + 4e6 + 75e6 − 500e6 = −121e6. At V = 350 a new line loses
   * 54 CNY/t: none built, the existing line runs, 75e6 + 1e6 − 87.5e6 = −11.5e6.
   */
  @Test
  void potlinesAreBuiltWhenTheValueOfTheProductGrows() {
    Solved high = Solved.solve(potlineBuild(2.5e5, 500), ObjectiveMode.WELFARE).optimalWithPrices();
    assertEquals(3, high.industry("I").potlinesBuilt());
    near(1e6, high.industry("I").outputT(), "at capacity");
    near(-121e6, high.objectiveCny(), "objective at 500 CNY/t");
    Solved low = Solved.solve(potlineBuild(2.5e5, 350), ObjectiveMode.WELFARE).optimalWithPrices();
    assertEquals(0, low.industry("I").potlinesBuilt());
    near(2.5e5, low.industry("I").outputT(), "one line");
    near(-11.5e6, low.objectiveCny(), "objective at 350 CNY/t");
  }

  @Test
  void aTamperedBuiltCountIsCaughtByTheVerifier() {
    Instance in = mineBuild();
    Solved s = Solved.solve(in).optimalWithPrices();
    ObjectNode tree = Json.MAPPER.valueToTree(s.result());
    VerificationReport ok = SolutionVerifier.verify(in, tree);
    assertTrue(ok.passed(), ok.format());
    // one unit fewer claimed: the output no longer fits the capacity, the capex no longer adds up
    ObjectNode fewer = tree.deepCopy();
    ((ObjectNode) fewer.get("mines").get(0)).put("builtUnits", 1);
    assertFalse(SolutionVerifier.verify(in, fewer).passed());
    // a unit more than the site holds
    ObjectNode more = tree.deepCopy();
    ((ObjectNode) more.get("mines").get(0)).put("builtUnits", 5);
    assertTrue(SolutionVerifier.verify(in, more).failed("builds"), SolutionVerifier.verify(in, more).format());
    // units claimed at a mine without a build
    ObjectNode phantom = tree.deepCopy();
    ((ObjectNode) phantom.get("mines").get(1)).put("builtUnits", 1);
    assertTrue(SolutionVerifier.verify(in, phantom).failed("builds"));

    Instance pin = potlineBuild(6e5, 0);
    ObjectNode p = Json.MAPPER.valueToTree(Solved.solve(pin).result());
    assertTrue(SolutionVerifier.verify(pin, p).passed());
    ObjectNode lines = p.deepCopy();
    ((ObjectNode) lines.get("industries").get(0)).put("potlinesBuilt", 1);
    assertFalse(SolutionVerifier.verify(pin, lines).passed());
  }

  private static List<String> problems(ObjectNode tree) {
    try {
      InstanceReader.read(tree, "fixture");
      return List.of();
    } catch (InstanceException e) {
      return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }
  }

  @Test
  void badBuildInputIsNamedByItsJsonPath() {
    ObjectNode tree = InstanceWriter.toTree(mineBuild());
    ((ObjectNode) tree.get("mines").get(0).get("build")).put("unitT", 0);
    assertTrue(problems(tree).stream().anyMatch(p -> p.startsWith("$.mines[0].build.unitT")), problems(tree)
        .toString());
    ObjectNode units = InstanceWriter.toTree(mineBuild());
    ((ObjectNode) units.get("mines").get(0).get("build")).put("maxUnits", 1.5);
    assertTrue(problems(units).stream().anyMatch(p -> p.startsWith("$.mines[0].build.maxUnits")), problems(units)
        .toString());
    ObjectNode capex = InstanceWriter.toTree(potlineBuild(6e5, 0));
    ((ObjectNode) capex.get("industries").get(0).get("potlines").get("build")).put("capexCnyPerTYr", -1);
    assertTrue(problems(capex).stream().anyMatch(p -> p.startsWith("$.industries[0].potlines.build.capexCnyPerTYr")),
        problems(capex).toString());
    ObjectNode unknown = InstanceWriter.toTree(mineBuild());
    ((ObjectNode) unknown.get("mines").get(0).get("build")).put("unitMw", 5);
    assertTrue(problems(unknown).stream().anyMatch(p -> p.startsWith("$.mines[0].build.unitMw")),
        problems(unknown).toString());
    // the written instance reads back equal (the new fields round-trip)
    assertTrue(problems(InstanceWriter.toTree(mineBuild())).isEmpty());
  }
}
