package org.coalgrid.pathway;

import static org.coalgrid.pathway.PathwayTest.schedule;
import static org.coalgrid.pathway.PathwayTest.solve;
import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.io.schema.Json;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.validate.PathwayRules;
import org.coalgrid.verify.PathwayCheck;
import org.coalgrid.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mine expansions (煤矿扩建) and new potlines (电解槽系列) as endogenous builds of a pathway (issue 11 item 1), computed
 * by hand as {@link PathwayTest} does for plants: money in CNY, δ(y) = 1.1^−(y − 2026) at 10 %, S(y) the salvage
 * share of {@link Discounting}; every year of every solution passes the independent verifier.
 */
class SupplyBuildPathwayTest {

  /**
   * Coal demand K in A (firm); mine M (1e6 t/yr) and a candidate N (capacity 0, one unit of {@code unitT}) both at
   * {@code costN}/200 CNY/t, and an outside mine X at 400 CNY/t ({@code withX}).
   */
  static Instance mines(double mCapacity, double unitT, double costN, boolean withX, double demandT) {
    Fixtures f = Fixtures.create().region("A").grade("steam", 0.7);
    if (mCapacity > 0) {
      f.mine("M", "A", "steam", mCapacity, 200);
    }
    f.mine("N", "A", "steam", 0, costN).mineBuild(unitT, 1, 0);
    if (withX) {
      f.mine("X", "A", "steam", 1e7, 400);
    }
    return f.coalDemand("K", "A", "steam", demandT, null, 0).build();
  }

  /**
   * Demand 1e6 t until 2027, 1.5e6 t from 2028. M (1e6 t/yr) covers it until 2027; from 2028 the 5e5 t more come from
   * X at 400 CNY/t or from N (5e5 t/yr at 200 CNY/t, overnight 500 CNY/(t/yr) = 250e6 CNY, 20 years): N saves 100e6
   * a year against an annuity of 29.4e6, so it opens in 2028 (year 3) and not before (a year early costs its annuity
   * and saves nothing). Investment 250e6·δ(2028)·(1 − S(2028)) = 60,352,211.1; operating 200e6/yr (2026–27),
   * 300e6/yr (2028–30), PV 1,060,050,543.0; total 1,120,402,754.1 (opening in 2027: 1,144,671,271.6; never:
   * 1,286,127,996.7).
   */
  static PathwayFixtures yearThree() {
    PathwayFixtures f = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1)
        .change(2028, "coalDemands.K.firmT", 1.5e6);
    f.mine("N").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 500);
    return f;
  }

  @Test
  void aMineWorthOpeningOnlyFromYearThreeOpensInYearThree() throws Exception {
    LoadedPathway pw = yearThree().read();
    PathwayResult r = solve(pw, PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("N@2028x1"), schedule(r));
    PathwayResult.Build b = r.builds().get(0);
    assertEquals("MINE", b.type());
    near(5e5, b.unitT(), "unit t/yr");
    near(0, b.mw(), "no MW");
    near(250e6, b.overnightCny(), "overnight cost");
    near(60_352_211.10038542, r.termsPvCny().get("INVESTMENT"), "investment PV");
    near(1_120_402_754.0960822, r.objectivePvCny(), "objective");
    // the year results: N's unit in service from 2028, output 5e5 t then
    assertEquals(0, r.years().get(1).result().mines().get(1).builtUnits());
    assertEquals(1, r.years().get(2).result().mines().get(1).builtUnits());
    near(5e5, r.years().get(4).result().mines().get(1).outputT(), "N in 2030");
    near(0, r.years().get(4).result().mines().get(2).outputT(), "X idle in 2030");
    // myopic sees 2028's demand in 2028 and builds the same
    assertEquals(List.of("N@2028x1"), schedule(solve(pw, PathwaySolver.Mode.MYOPIC)));
  }

  /**
   * Mine M (1e6 t/yr) closes in 2028 (retirementYear); demand 1e6 t every year and nothing else to supply it: N (one
   * unit of 1e6 t/yr at the same cost, overnight 300 CNY/(t/yr), 20 years) must open in 2028. Investment 300e6·
   * δ(2028)·(1 − S(2028)) = 72,422,653.3; operating 200e6/yr, PV 833,973,089.3; total 906,395,742.6.
   */
  @Test
  void aMineClosureForcesAMineBuild() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(mines(1e6, 1e6, 200, false, 1e6), 0.1);
    f.mine("M").put("retirementYear", 2028);
    f.mine("N").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 300);
    LoadedPathway pw = f.read();
    near(0, pw.instance(2028).mines().get(0).capacityT(), "M closed in the 2028 instance");
    near(1e6, pw.instance(2027).mines().get(0).capacityT(), "M open in 2027");
    PathwayResult r = solve(pw, PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("N@2028x1"), schedule(r));
    near(906_395_742.590321, r.objectivePvCny(), "objective");
    near(0, r.years().get(2).result().mines().get(0).outputT(), "M produces nothing once closed");
  }

  /**
   * No mine of its own but X (400 CNY/t); N (5e5 t/yr at 100 CNY/t, overnight 1,000 CNY/(t/yr) = 500e6 CNY, 10 years)
   * saves 300 CNY/t on demand of 1, 2, 3, 4, 4.5 × 1e5 t over 2026–30 (30e6 … 135e6 a year). A unit that comes in
   * in y costs, net of salvage, K·a per year of the horizon: a = 0.1 undiscounted (50e6/yr) → opens in 2027 (60e6
   * saved), total 375e6 (2026: 395e6, 2028: 385e6); at 10 % a = 0.162745 (81.4e6/yr) → 2028 (90e6 saved), total PV
   * 365,550,060.9 (2027: 378,254,769.5; 2029: 378,793,714.2).
   */
  @Test
  void discountingMovesTheYearAMineOpensAsComputedByHand() throws Exception {
    for (double rate : new double[] {0, 0.1}) {
      PathwayFixtures f = PathwayFixtures.of(mines(0, 5e5, 100, true, 1e5), rate)
          .change(2027, "coalDemands.K.firmT", 2e5).change(2028, "coalDemands.K.firmT", 3e5)
          .change(2029, "coalDemands.K.firmT", 4e5).change(2030, "coalDemands.K.firmT", 4.5e5);
      f.mine("N").put("lifetimeYears", 10).put("overnightCapexCnyPerT", 1000);
      PathwayResult r = solve(f.read(), PathwaySolver.Mode.FORESIGHT);
      if (rate == 0) {
        assertEquals(List.of("N@2027x1"), schedule(r));
        near(375e6, r.objectivePvCny(), "undiscounted total");
      } else {
        assertEquals(List.of("N@2028x1"), schedule(r));
        near(365_550_060.8693, r.objectivePvCny(), "discounted total");
      }
    }
  }

  /**
   * Aluminium smelter I (1 MWh/t from gas G at 300 CNY/MWh): one potline of 2.5e5 t/yr, plan 2.5e5 t until 2027 and
   * 5e5 t from 2028; a new line costs 10,000 CNY/(t/yr) overnight (2.5e9 CNY), 20 years: built in 2028, when the plan
   * grows. Investment 2.5e9·δ(2028)·(1 − S(2028)) = 603,522,111.0; power 75e6/yr (2026–27), 150e6/yr (2028–30), PV
   * 482,297,998.8; total 1,085,820,109.8.
   */
  static PathwayFixtures potlines() {
    Instance base = Fixtures.create().region("A")
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(300)
        .industry("I", "A", 1e6, 1).planned(2.5e5).potlines(1, 2.5e5, 0, 2, 0).build();
    PathwayFixtures f = PathwayFixtures.of(base, 0.1).change(2028, "industries.I.plannedOutputT", 5e5);
    f.industry("I").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 10_000);
    return f;
  }

  @Test
  void aPotlineIsBuiltWhenTheAluminiumPlanGrows() throws Exception {
    PathwayResult r = solve(potlines().read(), PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("I@2028x1"), schedule(r));
    PathwayResult.Build b = r.builds().get(0);
    assertEquals("POTLINE", b.type());
    near(2.5e5, b.unitT(), "line t/yr");
    near(2.5e9, b.overnightCny(), "overnight cost");
    near(1_085_820_109.7744298, r.objectivePvCny(), "objective");
    assertEquals(2, r.years().get(2).result().industries().get(0).potlinesRunning());
    assertEquals(1, r.years().get(4).result().industries().get(0).potlinesBuilt());
  }

  @Test
  void theVerifierCatchesTamperedMineAndPotlineBuilds() throws Exception {
    LoadedPathway pw = yearThree().read();
    PathwayResult r = PathwaySolver.solve(pw, PathwaySolver.Mode.FORESIGHT, ObjectiveMode.COST, PathwayTest.MILP, "t");
    JsonNode tree = Json.MAPPER.valueToTree(r);
    VerificationReport ok = PathwayCheck.verify(pw, tree);
    assertTrue(ok.passed(), ok.format());
    // the build moved a year earlier: the years' units in service no longer carry it
    ObjectNode moved = tree.deepCopy();
    ((ObjectNode) moved.get("builds").get(0)).put("year", 2027);
    assertTrue(PathwayCheck.verify(pw, moved).failed("carry-over"));
    // a year's solution drops the unit (and the output it allows): carry-over and the year's own check
    ObjectNode dropped = tree.deepCopy();
    ((ObjectNode) dropped.get("years").get(3).get("result").get("mines").get(1)).put("builtUnits", 0);
    VerificationReport d = PathwayCheck.verify(pw, dropped);
    assertTrue(d.failed("carry-over"), d.format());
    // the unit's size or its cost
    ObjectNode size = tree.deepCopy();
    ((ObjectNode) size.get("builds").get(0)).put("unitT", 4e5);
    assertTrue(PathwayCheck.verify(pw, size).failed("builds"));
    ObjectNode cost = tree.deepCopy();
    ((ObjectNode) cost.get("builds").get(0)).put("overnightCny", 1e6);
    assertTrue(PathwayCheck.verify(pw, cost).failed("investment"));
    // a mine build passed off as a plant's
    ObjectNode type = tree.deepCopy();
    ((ObjectNode) type.get("builds").get(0)).put("type", "COAL");
    assertTrue(PathwayCheck.verify(pw, type).failed("builds"));

    LoadedPathway pl = potlines().read();
    JsonNode ptree = Json.MAPPER.valueToTree(PathwaySolver.solve(pl, PathwaySolver.Mode.FORESIGHT,
        ObjectiveMode.COST, PathwayTest.MILP, "t"));
    assertTrue(PathwayCheck.verify(pl, ptree).passed());
    ObjectNode lines = ptree.deepCopy();
    ((ObjectNode) lines.get("years").get(4).get("result").get("industries").get(0)).put("potlinesBuilt", 2);
    assertTrue(PathwayCheck.verify(pl, lines).failed("carry-over"));
  }

  /**
   * The overnight-cost note counts the builds of mines and potlines that carry both an overnight cost and an annualised
   * capexCnyPerTYr, as it counts plants and lines with capexCnyPerMwYr, and names the annualised field(s) that occur.
   * It counted only plants and lines: a pathway whose mine and potline builds carried both said nothing.
   */
  @Test
  void theOvernightCostNoteCountsMineAndPotlineBuilds() throws Exception {
    Instance base = Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 200).mine("N", "A", "steam", 0, 200).mineBuild(5e5, 2, 30)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(300)
        .otherPlant("P", "A", PlantType.GAS, 0).fuelCost(300).plantBuild(50, 2, 100_000)
        .industry("I", "A", 1e6, 1).planned(2.5e5).potlines(1, 2.5e5, 0, 2, 100)
        .coalDemand("K", "A", "steam", 1e6, null, 0).build();
    PathwayFixtures supply = PathwayFixtures.of(base, 0.1);
    supply.mine("N").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 300);
    supply.industry("I").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 900);
    LoadedPathway pw = supply.read();
    assertEquals("2 candidate builds carry an overnight cost and an annualised capexCnyPerTYr: the pathway pays the "
        + "overnight cost once and values what is left after 2030 (the annualised one is not used; docs/pathway.md)",
        PathwayRules.overnightNote(pw.base().instance(), pw.pathway()));
    supply.plant("P").put("lifetimeYears", 30).put("overnightCapexCnyPerMw", 1_000_000);
    LoadedPathway all = supply.read();
    assertTrue(PathwayRules.overnightNote(all.base().instance(), all.pathway()).startsWith("3 candidate builds carry "
        + "an overnight cost and an annualised capexCnyPerMwYr or capexCnyPerTYr: "),
        PathwayRules.overnightNote(all.base().instance(), all.pathway()));
  }

  private static List<String> problems(PathwayFixtures f) {
    InstanceException e = assertThrows(InstanceException.class, f::read);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void badMineAndPotlineLivesAreNamedByTheirJsonPath() {
    PathwayFixtures unknown = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1);
    unknown.mine("Q").put("retirementYear", 2028);
    assertTrue(problems(unknown).get(0).startsWith("$.pathway.mines[0].id: no mine with id Q"),
        problems(unknown).toString());
    PathwayFixtures noLife = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1);
    noLife.mine("N").put("overnightCapexCnyPerT", 500);
    assertTrue(problems(noLife).get(0).startsWith("$.pathway.mines[0].lifetimeYears: "), problems(noLife).toString());
    PathwayFixtures noBuild = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1);
    noBuild.mine("M").put("overnightCapexCnyPerT", 500).put("lifetimeYears", 20);
    assertTrue(problems(noBuild).get(0).startsWith("$.pathway.mines[0].overnightCapexCnyPerT: "),
        problems(noBuild).toString());
    PathwayFixtures perMw = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1);
    perMw.mine("N").put("overnightCapexCnyPerMw", 500).put("lifetimeYears", 20);
    assertTrue(problems(perMw).get(0).startsWith("$.pathway.mines[0].overnightCapexCnyPerMw"),
        problems(perMw).toString());
    PathwayFixtures noPotlines = PathwayFixtures.of(mines(1e6, 5e5, 200, true, 1e6), 0.1);
    noPotlines.industry("M").put("retirementYear", 2028);
    assertTrue(problems(noPotlines).get(0).startsWith("$.pathway.industries[0].id: "),
        problems(noPotlines).toString());
  }

  /**
   * A pathway with a mine build, a potline build (an object inside an object: dotted columns
   * {@code potlines.build.maxUnits}) and mine and industry lives goes to a CSV folder and back unchanged.
   */
  @Test
  void csvFolderRoundTripKeepsMineAndPotlineBuildsAndLives(@TempDir Path dir) throws Exception {
    Instance base = Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 200).minOutput(1e5).mineBuild(5e5, 2, 30)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(300)
        .industry("I", "A", 1e6, 1).planned(2.5e5)
        .coalDemand("K", "A", "steam", 1e6, null, 0).build();
    PathwayFixtures f = PathwayFixtures.of(base, 0.1);
    f.mine("M").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 500).put("retirementYear", 2029);
    f.industry("I").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 10_000).put("earliestYear", 2027);
    JsonNode original = Json.MAPPER.readTree(f.json());
    Path folder = Files.createDirectories(dir.resolve("f"));
    for (var t : org.coalgrid.io.CsvFolderWriter.tables(original).entrySet()) {
      Files.writeString(folder.resolve(t.getKey()), t.getValue());
    }
    JsonNode back = org.coalgrid.io.InstanceReader.parseTree(folder);
    // numbers by value (20000 and 20000.0), everything else by JSON equality
    java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
        ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
    assertTrue(original.equals(numeric, back), back.toPrettyString());
    assertTrue(Files.exists(folder.resolve("pathway-mines.csv"))
        && Files.exists(folder.resolve("pathway-industries.csv")));

    // a potline build, an object inside an object (industries[k].potlines.build), goes there and back too
    Instance withPotlines = Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(300)
        .industry("I", "A", 1e6, 1).planned(2.5e5).potlines(1, 2.5e5, 1e6, 2, 100)
        .coalDemand("K", "A", "steam", 1e6, null, 0).build();
    PathwayFixtures p = PathwayFixtures.of(withPotlines, 0.1);
    p.industry("I").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 10_000);
    JsonNode tree = Json.MAPPER.readTree(p.json());
    Path potlines = Files.createDirectories(dir.resolve("p"));
    for (var t : org.coalgrid.io.CsvFolderWriter.tables(tree).entrySet()) {
      Files.writeString(potlines.resolve(t.getKey()), t.getValue());
    }
    JsonNode again = org.coalgrid.io.InstanceReader.parseTree(potlines);
    assertTrue(tree.equals(numeric, again), again.toPrettyString());
    assertEquals(2, again.at("/industries/0/potlines/build/maxUnits").asInt());
  }

  @Test
  void theCommandPrintsMineAndPotlineBuildsInPlannersUnits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mines.json");
    Files.writeString(file, yearThree().json());
    Path out = dir.resolve("out");
    Cli c = Cli.run("pathway", file.toString(), "--out", out.toString());
    assertEquals(0, c.exitCode(), c.err() + c.out());
    assertTrue(c.out().contains("2028  N") && c.out().contains("1 × 50.0 万吨/年 = 50.0 万吨/年 raw coal"), c.out());
    List<String[]> builds = Cli.csv(out.resolve("pathway-builds.csv"));
    assertEquals(List.of("2028", "mine", "N"), java.util.Arrays.asList(builds.get(1)).subList(0, 3));
    assertEquals("500000", builds.get(1)[12]);
    // the year's solution.json verifies against the year instance with the single-year verifier too
    JsonNode y2029 = Json.MAPPER.readTree(out.resolve("years/2029/solution.json").toFile());
    assertEquals(1, y2029.get("mines").get(1).get("builtUnits").asInt());
    assertNull(y2029.get("mines").get(0).get("builtUnits"));
  }
}
