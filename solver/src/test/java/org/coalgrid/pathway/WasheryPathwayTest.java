package org.coalgrid.pathway;

import static org.coalgrid.pathway.PathwayTest.schedule;
import static org.coalgrid.pathway.PathwayTest.solve;
import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Sense;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.io.schema.Json;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.verify.PathwayCheck;
import org.coalgrid.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Washeries 洗煤厂 as endogenous builds of a pathway (issue 11 item 1, washing plants), computed by hand as
 * {@link SupplyBuildPathwayTest} does for mines: money in CNY, δ(y) = 1.1^−(y − 2026) at 10 %, S(y) the salvage share
 * of {@link Discounting}; every year of every solution passes the independent verifier.
 *
 * <p>The year model is {@code formulation.WasheryBuildTest}'s: mine M (2e6 t/yr raw at 200 CNY/t) may wash up to half
 * its output at 20 CNY/t, 0.8 t clean per t; firm demand in A of 1e6 t raw and {@code cleanT} t clean, which can also
 * come from X outside at {@code cleanPrice} CNY/t.
 */
class WasheryPathwayTest {

  static Fixtures year(Double washeryT, int maxUnits, double unitT, double cleanPrice, double cleanT) {
    Fixtures f = Fixtures.create().region("A").external("E").grade("raw", 0.7).grade("clean", 0.8)
        .mine("M", "A", "raw", 2e6, 200).washing(0.5, "clean", 0.8, null, 0, 20).washery(washeryT)
        .washeryBuild(unitT, maxUnits, 0);
    return f.mine("X", "E", "clean", 1e7, cleanPrice).arc("EA", "E", "A", null, 0)
        .coalDemand("KR", "A", "raw", 1e6, null, 0).coalDemand("KC", "A", "clean", cleanT, null, 0);
  }

  /**
   * 原煤入选比例 ≥ 40 % from 2028 (GENERIC coal.washed − 0.4·coal.produced ≥ limit, limit −2e6 t until then: never
   * binding): M has no washery; units of 2.5e5 t/yr at 300 CNY/(t/yr) overnight, 20 years, a year's lag. Washing
   * saves 20 CNY per raw t (while clean coal is wanted) against an annuity of 35.2 CNY per t/yr: not built for itself.
   * From 2028 ww ≥ 4e5/0.6 = 666,667 t needs 3 units (WasheryBuildTest), in service in 2028, paid in 2027: 225e6 CNY,
   * PV net of salvage 225e6·(δ(2027) − δ(2028)·S(2028)) = 72,912,031.3; operating 332e6/yr (2026–27),
   * 346,666,666.7/yr (2028–30); total 1,490,465,386.0 (in service in 2027 instead: 1,504,166,555.9).
   */
  static PathwayFixtures targetFromYearThree() {
    PathwayFixtures f = PathwayFixtures.of(year(null, 4, 2.5e5, 300, 4.4e5)
        .generic("wash-40", Sense.GE, -2e6, "coal.washed", 1, "coal.produced", -0.4).build(), 0.1)
        .change(2028, "policies.wash-40.limit", 0);
    f.washery("M").put("lifetimeYears", 20).put("overnightCapexCnyPerT", 300).put("buildLagYears", 1);
    return f;
  }

  @Test
  void aWashingTargetFromYearThreeBuildsTheWasheryInYearThree() throws Exception {
    LoadedPathway pw = targetFromYearThree().read();
    PathwayResult r = solve(pw, PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("M@2028x3"), schedule(r));
    PathwayResult.Build b = r.builds().get(0);
    assertEquals("WASHERY", b.type());
    assertEquals(2027, b.paidYear());
    near(2.5e5, b.unitT(), "unit t/yr");
    near(7.5e5, b.t(), "built t/yr");
    near(0, b.mw(), "no MW");
    near(225e6, b.overnightCny(), "overnight cost");
    near(72_912_031.3126609, r.termsPvCny().get("INVESTMENT"), "investment PV");
    near(1_490_465_386.0470827, r.objectivePvCny(), "objective");
    var w2027 = r.years().get(1).result().mines().get(0).washery();
    assertEquals(0, w2027.builtUnits());
    near(0, w2027.washedT(), "nothing washed without a washery");
    var w2029 = r.years().get(3).result().mines().get(0).washery();
    assertEquals(3, w2029.builtUnits());
    near(7.5e5, w2029.capacityT(), "capacity carried over");
    near(1e6 / 0.6 - 1e6, w2029.washedT(), "washed at the target");
    // myopic sees the target in 2028 and builds then too
    assertEquals(List.of("M@2028x3"), schedule(solve(pw, PathwaySolver.Mode.MYOPIC)));
  }

  /**
   * The target holds every year; M's washery (1e6 t/yr) retires in 2028: 3 units (300 CNY/(t/yr), 20 years, no lag)
   * come in in 2028. Investment 225e6·δ(2028)·(1 − S(2028)) = 54,316,990.0; operating 346,666,666.7/yr; total
   * 1,499,870,344.7.
   */
  @Test
  void aWasheryRetirementForcesABuild() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(year(1e6, 4, 2.5e5, 300, 4.4e5)
        .generic("wash-40", Sense.GE, 0, "coal.washed", 1, "coal.produced", -0.4).build(), 0.1);
    f.washery("M").put("retirementYear", 2028).put("lifetimeYears", 20).put("overnightCapexCnyPerT", 300);
    LoadedPathway pw = f.read();
    near(1e6, pw.instance(2027).mines().get(0).washing().capacityT(), "in service in 2027");
    near(0, pw.instance(2028).mines().get(0).washing().capacityT(), "retired in 2028");
    PathwayResult r = solve(pw, PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("M@2028x3"), schedule(r));
    near(54_316_989.99034684, r.termsPvCny().get("INVESTMENT"), "investment PV");
    near(1_499_870_344.7247686, r.objectivePvCny(), "objective");
  }

  /**
   * One unit of 5e5 t/yr (overnight 1,000 CNY/(t/yr) = 500e6 CNY, 10 years); clean coal from X at 650 CNY/t, so a raw
   * tonne washed saves 0.8·650 − 220 = 300 CNY; clean demand 0.8 × 1, 2, 3, 4, 4.5 × 1e5 t over 2026–30 (savings
   * 30e6 … 135e6 a year, as SupplyBuildPathwayTest's mine). Undiscounted a unit costs 50e6 a year of the horizon: in
   * service from 2027, total 1,549e6 (2026: 1,569e6; 2028: 1,559e6); at 10 %, 81.4e6: from 2028, total PV
   * 1,336,039,235.1 (2027: 1,348,743,943.7; 2029: 1,349,282,888.4).
   */
  @Test
  void discountingMovesTheYearAWasheryIsBuiltAsComputedByHand() throws Exception {
    for (double rate : new double[] {0, 0.1}) {
      PathwayFixtures f = PathwayFixtures.of(year(null, 1, 5e5, 650, 8e4).build(), rate)
          .change(2027, "coalDemands.KC.firmT", 1.6e5).change(2028, "coalDemands.KC.firmT", 2.4e5)
          .change(2029, "coalDemands.KC.firmT", 3.2e5).change(2030, "coalDemands.KC.firmT", 3.6e5);
      f.washery("M").put("lifetimeYears", 10).put("overnightCapexCnyPerT", 1000);
      PathwayResult r = solve(f.read(), PathwaySolver.Mode.FORESIGHT);
      if (rate == 0) {
        assertEquals(List.of("M@2027x1"), schedule(r));
        near(1_549e6, r.objectivePvCny(), "undiscounted total");
      } else {
        assertEquals(List.of("M@2028x1"), schedule(r));
        near(1_336_039_235.1059952, r.objectivePvCny(), "discounted total");
      }
    }
  }

  /** A pathway.changes entry moves a washery's capacity from a year on. */
  @Test
  void aChangeMovesTheWasheryCapacity() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(year(1e6, 4, 2.5e5, 300, 4.4e5).build(), 0.1)
        .change(2029, "mines.M.washing.capacityT", 2e5);
    LoadedPathway pw = f.read();
    near(1e6, pw.instance(2028).mines().get(0).washing().capacityT(), "before");
    near(2e5, pw.instance(2029).mines().get(0).washing().capacityT(), "from 2029");
  }

  @Test
  void theVerifierCatchesTamperedWasheryBuilds() throws Exception {
    LoadedPathway pw = targetFromYearThree().read();
    PathwayResult r = PathwaySolver.solve(pw, PathwaySolver.Mode.FORESIGHT, ObjectiveMode.COST, PathwayTest.MILP, "t");
    JsonNode tree = Json.MAPPER.valueToTree(r);
    VerificationReport ok = PathwayCheck.verify(pw, tree);
    assertTrue(ok.passed(), ok.format());
    // the build a year earlier: the years' units in service no longer carry it
    ObjectNode moved = tree.deepCopy();
    ((ObjectNode) moved.get("builds").get(0)).put("year", 2027);
    assertTrue(PathwayCheck.verify(pw, moved).failed("carry-over"));
    // a year's solution drops a unit: carry-over, and the year's washery check
    ObjectNode dropped = tree.deepCopy();
    washery(dropped, 4).put("builtUnits", 2);
    VerificationReport d = PathwayCheck.verify(pw, dropped);
    assertTrue(d.failed("carry-over"), d.format());
    // its size, its cost, its kind
    ObjectNode size = tree.deepCopy();
    ((ObjectNode) size.get("builds").get(0)).put("unitT", 2e5);
    assertTrue(PathwayCheck.verify(pw, size).failed("builds"));
    ObjectNode cost = tree.deepCopy();
    ((ObjectNode) cost.get("builds").get(0)).put("overnightCny", 1e6);
    assertTrue(PathwayCheck.verify(pw, cost).failed("investment"));
    ObjectNode type = tree.deepCopy();
    ((ObjectNode) type.get("builds").get(0)).put("type", "MINE");
    assertTrue(PathwayCheck.verify(pw, type).failed("builds"));
    // more washed in a year than the washery holds
    ObjectNode washed = tree.deepCopy();
    washery(washed, 4).put("washedT", 8e5);
    assertTrue(!PathwayCheck.verify(pw, washed).passed());
  }

  private static ObjectNode washery(JsonNode tree, int year) {
    return (ObjectNode) tree.get("years").get(year).get("result").get("mines").get(0).get("washery");
  }

  private static List<String> problems(PathwayFixtures f) {
    InstanceException e = assertThrows(InstanceException.class, f::read);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void badWasheryLivesAreNamedByTheirJsonPath() {
    PathwayFixtures unknown = PathwayFixtures.of(year(1e6, 4, 2.5e5, 300, 4.4e5).build(), 0.1);
    unknown.washery("X").put("retirementYear", 2028);
    assertTrue(problems(unknown).get(0).startsWith("$.pathway.washeries[0].id: no mine with a washery"),
        problems(unknown).toString());
    PathwayFixtures noLife = PathwayFixtures.of(year(1e6, 4, 2.5e5, 300, 4.4e5).build(), 0.1);
    noLife.washery("M").put("overnightCapexCnyPerT", 300);
    assertTrue(problems(noLife).get(0).startsWith("$.pathway.washeries[0].lifetimeYears: "),
        problems(noLife).toString());
    PathwayFixtures perMw = PathwayFixtures.of(year(1e6, 4, 2.5e5, 300, 4.4e5).build(), 0.1);
    perMw.washery("M").put("overnightCapexCnyPerMw", 300).put("lifetimeYears", 20);
    assertTrue(problems(perMw).get(0).startsWith("$.pathway.washeries[0].overnightCapexCnyPerMw"),
        problems(perMw).toString());
    PathwayFixtures noBuild = PathwayFixtures.of(Fixtures.create().region("A").grade("raw", 0.7)
        .grade("clean", 0.8).mine("M", "A", "raw", 2e6, 200).washing(0.5, "clean", 0.8, null, 0, 20).washery(1e6)
        .coalDemand("KR", "A", "raw", 1e6, null, 0).build(), 0.1);
    noBuild.washery("M").put("lifetimeYears", 20);
    assertTrue(problems(noBuild).get(0).startsWith("$.pathway.washeries[0].lifetimeYears: "),
        problems(noBuild).toString());
  }

  /**
   * A pathway with a washery build and its life goes to a CSV folder (washing.build.* columns of mines.csv,
   * pathway-washeries.csv) and back unchanged.
   */
  @Test
  void csvFolderRoundTripKeepsWasheryBuildsAndLives(@TempDir Path dir) throws Exception {
    PathwayFixtures f = targetFromYearThree();
    ((ObjectNode) f.pathway().withArray("washeries").get(0)).put("earliestYear", 2028);
    JsonNode original = Json.MAPPER.readTree(f.json());
    Path folder = Files.createDirectories(dir.resolve("f"));
    for (var t : org.coalgrid.io.CsvFolderWriter.tables(original).entrySet()) {
      Files.writeString(folder.resolve(t.getKey()), t.getValue());
    }
    JsonNode back = org.coalgrid.io.InstanceReader.parseTree(folder);
    java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
        ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
    assertTrue(original.equals(numeric, back), back.toPrettyString());
    assertTrue(Files.exists(folder.resolve("pathway-washeries.csv")));
    assertTrue(Files.readString(folder.resolve("mines.csv")).contains("washing.build.maxUnits"));
  }

  @Test
  void theCommandPrintsWasheryBuildsInPlannersUnits(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("washery.json");
    Files.writeString(file, targetFromYearThree().json());
    Path out = dir.resolve("out");
    Cli c = Cli.run("pathway", file.toString(), "--out", out.toString());
    assertEquals(0, c.exitCode(), c.err() + c.out());
    assertTrue(c.out().contains("2028  M") && c.out().contains("3 × 25.0 万吨/年 = 75.0 万吨/年 washery 洗煤厂"),
        c.out());
    List<String[]> builds = Cli.csv(out.resolve("pathway-builds.csv"));
    assertEquals(List.of("2028", "washery", "M"), java.util.Arrays.asList(builds.get(1)).subList(0, 3));
    assertEquals("750000", builds.get(1)[13]);
    Cli v = Cli.run("verify", file.toString(), out.toString());
    assertEquals(0, v.exitCode(), v.err() + v.out());
  }
}
