package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Sense;
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
 * Washeries 洗煤厂 as capacities and candidate builds ({@code mines[].washing.capacityT}, {@code .build}) in a single
 * year, computed by hand; every solution also passes the independent verifier (and its row-by-row mirror).
 */
public class WasheryBuildTest {

  /**
   * Mine M in A (2e6 t/yr of raw coal at 200 CNY/t) may wash up to half its output (ws 0.5) at 20 CNY/t washed,
   * 0.8 t of clean coal per t; its washery has {@code capacityT} t/yr and may add up to 4 units of 2.5e5 t/yr at
   * {@code capex} CNY/(t/yr)/yr. Firm demand in A: 1e6 t of raw coal and 4.4e5 t of clean coal; clean coal can also
   * come from outside (X in the external region E, 300 CNY/t, free rail to A). A raw tonne washed gives 0.8·300 =
   * 240 CNY of clean coal for 200 + 20 = 220 CNY: washing saves 20 CNY per raw tonne, against capex a year.
   */
  public static Instance washery(Double capacityT, double capex, boolean build) {
    return fixture(capacityT, capex, build).build();
  }

  static Fixtures fixture(Double capacityT, double capex, boolean build) {
    Fixtures f = Fixtures.create().region("A").external("E").grade("raw", 0.7).grade("clean", 0.8)
        .mine("M", "A", "raw", 2e6, 200).washing(0.5, "clean", 0.8, null, 0, 20).washery(capacityT);
    if (build) {
      f.washeryBuild(2.5e5, 4, capex);
    }
    return f.mine("X", "E", "clean", 1e7, 300).arc("EA", "E", "A", null, 0)
        .coalDemand("KR", "A", "raw", 1e6, null, 0).coalDemand("KC", "A", "clean", 4.4e5, null, 0);
  }

  /**
   * capex 10: a unit saves 2.5e5·(20 − 10) = 2.5e6 a year while its clean coal is wanted (5.5e5 raw t would cover
   * the 4.4e5 t): 0 units 200e6 + 132e6 = 332e6; 1: 250e6 + 5e6 + 2.5e6 + 72e6 = 329.5e6; 2: 300e6 + 10e6 + 5e6 +
   * 12e6 = 327e6; 3: 310e6 + 11e6 + 7.5e6 = 328.5e6. Two units, 327e6 (MINING 322e6 incl. X, CAPEX 5e6). With them
   * fixed X is the marginal clean coal (300 CNY/t), M the raw (200 CNY/t), and a t/yr more washery capacity is
   * worth 0.8·300 − 220 = 20 CNY/t. capex 30: a unit loses 2.5e6: none built, nothing washed, 332e6.
   */
  @Test
  void aWasheryIsBuiltWhenCleanCoalIsWorthMoreThanWashingAndCapex() {
    Solved s = Solved.solve(washery(null, 10, true)).optimalWithPrices();
    near(327e6, s.objectiveCny(), "objective");
    near(5e6, s.term("CAPEX"), "capex");
    near(322e6, s.term("MINING"), "mining incl. washing and X");
    var w = s.mine("M").washery();
    assertEquals(2, w.builtUnits());
    near(5e5, w.builtT(), "built t/yr");
    near(5e5, w.capacityT(), "capacity incl. built");
    near(5e5, w.washedT(), "washed at capacity");
    near(1.5e6, s.mine("M").outputT(), "raw output");
    near(4e5, s.mine("M").washedCleanT(), "clean coal");
    near(300, s.coal("A", "clean"), "clean coal price");
    near(200, s.coal("A", "raw"), "raw coal price");
    near(20, Math.abs(w.capacityShadowPriceCnyPerT()), "value of washery capacity");
    assertNull(s.mine("X").washery(), "no washery, nothing written");
    assertTrue(s.result().binding().stream().anyMatch(b -> b.row().equals("wash_cap.M")),
        "the washery capacity is a binding cap");
    String words = org.coalgrid.explain.Explainer.explain(s.result(), washery(null, 10, true), "", null).findings()
        .stream().filter(f -> f.kind().equals("wash_cap")).findFirst().orElseThrow().text();
    assertTrue(words.startsWith("The washery 洗煤厂 of mine M") && words.contains("洗煤厂能力")
        && words.contains("20.0 million CNY"), words);

    Solved dear = Solved.solve(washery(null, 30, true)).optimalWithPrices();
    near(332e6, dear.objectiveCny(), "objective without a build");
    assertEquals(0, dear.mine("M").washery().builtUnits());
    near(0, dear.mine("M").washery().washedT(), "nothing washed");
    near(0, dear.term("CAPEX"), "no capex");
    String none = org.coalgrid.explain.Explainer.explain(dear.result(), washery(null, 30, true), "", null).findings()
        .stream().filter(f -> f.kind().equals("wash_cap")).findFirst().orElseThrow().text();
    assertTrue(none.startsWith("Mine M (A) has no washery 洗煤厂 capacity (none built)"), none);
  }

  /**
   * An existing washery of 3e5 t/yr and no build: it washes 3e5 (2.4e5 t clean), X the other 2e5 t: 260e6 + 6e6 +
   * 60e6 = 326e6. The share binds before the capacity once capacity ≥ 0.5·q: with 1e7 t/yr M washes 5.5e5 t
   * (q 1.55e6, ws·q = 7.75e5): 310e6 + 11e6 = 321e6.
   */
  @Test
  void anExistingWasheryWashesUpToItsCapacity() {
    Solved s = Solved.solve(washery(3e5, 0, false)).optimalWithPrices();
    near(326e6, s.objectiveCny(), "objective");
    near(3e5, s.mine("M").washery().washedT(), "washed");
    assertNull(s.mine("M").washery().builtUnits());
    Solved big = Solved.solve(washery(1e7, 0, false)).optimalWithPrices();
    near(321e6, big.objectiveCny(), "objective");
    near(5.5e5, big.mine("M").washery().washedT(), "washed for the clean demand only");
  }

  /**
   * A share of 0.3 with a washery of 1e7 t/yr: the share binds. M must give 1e6 t unwashed, so ww ≤ 0.3·(1e6 + ww),
   * ww = 428,571.4, q = 1,428,571.4 (one more tonne washed would need 3.3 t more raw coal: 206 CNY for 72 CNY of
   * clean coal); X the other 97,142.9 t clean: 285,714,285.7 + 8,571,428.6 + 29,142,857.1 = 323,428,571.4. A tonne
   * more washable (ww ≤ 0.3·q + 1) lets 1/0.7 t more be mined and washed, each saving 240 − 220 = 20 CNY: it is worth
   * 20/0.7 = 28.6 CNY (wash_share), worded for a planner.
   */
  @Test
  void theWashedShareCapsWhatTheWasheryTakes() throws Exception {
    ObjectNode tree = InstanceWriter.toTree(washery(1e7, 0, false));
    washing(tree).put("washedShare", 0.3);
    Instance in = InstanceReader.read(tree, "share").instance();
    Solved s = Solved.solve(in).optimalWithPrices();
    near(323_428_571.43, s.objectiveCny(), "objective");
    near(0.3e6 / 0.7, s.mine("M").washery().washedT(), "washed at the share");
    String words = org.coalgrid.explain.Explainer.explain(s.result(), in, "", null).findings().stream()
        .filter(f -> f.kind().equals("wash_share")).findFirst().orElseThrow().text();
    assertTrue(words.startsWith("Mine M (A) washes the most of its raw coal it may") && words.contains("28.6 million"),
        words);
  }

  /**
   * 原煤入选比例 ≥ 40 % (C-G09) as GENERIC coal.washed − 0.4·coal.produced ≥ 0 with capex 30 (no build pays on its
   * own): M must serve 1e6 t raw unwashed, so q ≥ 1e6 + ww and ww ≥ 0.4·q give ww ≥ 4e5/0.6 = 666,667 t: 3 units
   * (7.5e5 t/yr; 2 hold 5e5). ww = 666,666.7, q = 1,666,666.7: 333,333,333 + 13,333,333 + 22.5e6 = 369,166,667.
   */
  @Test
  void aWashedShareTargetForcesTheUnitsComputedByHand() {
    Instance in = fixture(null, 30, true)
        .generic("wash-40", Sense.GE, 0, "coal.washed", 1, "coal.produced", -0.4).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    assertEquals(3, s.mine("M").washery().builtUnits());
    near(1e6 / 0.6 - 1e6, s.mine("M").washery().washedT(), "washed");
    near(1e6 / 0.6, s.mine("M").outputT(), "raw output");
    near(22.5e6, s.term("CAPEX"), "capex");
    near(369_166_666.7, s.objectiveCny(), "objective");
  }

  @Test
  void tamperedWasheryFiguresAreCaughtByTheVerifier() {
    Instance in = washery(null, 10, true);
    Solved s = Solved.solve(in).optimalWithPrices();
    ObjectNode tree = Json.MAPPER.valueToTree(s.result());
    VerificationReport ok = SolutionVerifier.verify(in, tree);
    assertTrue(ok.passed(), ok.format());
    // one unit fewer claimed: the tonnes washed no longer fit, the capex no longer adds up
    ObjectNode fewer = tree.deepCopy();
    washery(fewer).put("builtUnits", 1);
    assertTrue(SolutionVerifier.verify(in, fewer).failed("washery"), SolutionVerifier.verify(in, fewer).format());
    ObjectNode more = tree.deepCopy();
    washery(more).put("builtUnits", 5);
    assertTrue(SolutionVerifier.verify(in, more).failed("washery builds"));
    // more washed than claimed, the clean coal unchanged
    ObjectNode washed = tree.deepCopy();
    washery(washed).put("washedT", 4e5);
    assertFalse(SolutionVerifier.verify(in, washed).passed());
    ObjectNode cap = tree.deepCopy();
    washery(cap).put("capacityT", 7.5e5);
    assertTrue(SolutionVerifier.verify(in, cap).failed("washery"));
    // the washery dropped: a malformed solution
    ObjectNode gone = tree.deepCopy();
    ((ObjectNode) gone.get("mines").get(0)).remove("washery");
    assertThrows(org.coalgrid.verify.MalformedSolutionException.class, () -> SolutionVerifier.verify(in, gone));
    // a washery claimed at a mine without one
    ObjectNode phantom = tree.deepCopy();
    ((ObjectNode) phantom.get("mines").get(1)).set("washery", washery(tree.deepCopy()));
    assertFalse(SolutionVerifier.verify(in, phantom).passed());
  }

  private static ObjectNode washery(ObjectNode tree) {
    return (ObjectNode) tree.get("mines").get(0).get("washery");
  }

  private static List<String> problems(JsonNode tree) {
    try {
      InstanceReader.read(tree, "fixture");
      return List.of();
    } catch (InstanceException e) {
      return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }
  }

  private static ObjectNode washing(ObjectNode tree) {
    return (ObjectNode) tree.get("mines").get(0).get("washing");
  }

  @Test
  void badWasheryInputIsNamedByItsJsonPath() throws Exception {
    ObjectNode neg = InstanceWriter.toTree(washery(3e5, 10, true));
    washing(neg).put("capacityT", -1);
    assertTrue(problems(neg).stream().anyMatch(p -> p.startsWith("$.mines[0].washing.capacityT")),
        problems(neg).toString());
    ObjectNode unit = InstanceWriter.toTree(washery(null, 10, true));
    ((ObjectNode) washing(unit).get("build")).put("unitT", 0);
    assertTrue(problems(unit).stream().anyMatch(p -> p.startsWith("$.mines[0].washing.build.unitT")),
        problems(unit).toString());
    ObjectNode units = InstanceWriter.toTree(washery(null, 10, true));
    ((ObjectNode) washing(units).get("build")).put("maxUnits", 0);
    assertTrue(problems(units).stream().anyMatch(p -> p.startsWith("$.mines[0].washing.build.maxUnits")),
        problems(units).toString());
    ObjectNode share = InstanceWriter.toTree(washery(null, 10, true));
    washing(share).put("washedShare", 0);
    assertTrue(problems(share).stream().anyMatch(p -> p.startsWith("$.mines[0].washing.build")),
        problems(share).toString());
    ObjectNode unknown = InstanceWriter.toTree(washery(null, 10, true));
    ((ObjectNode) washing(unknown).get("build")).put("unitMw", 5);
    assertTrue(problems(unknown).stream().anyMatch(p -> p.startsWith("$.mines[0].washing.build.unitMw")),
        problems(unknown).toString());
    // with an uncertainty section a washery build (or capacity) is refused, by its JSON path
    for (String washery : new String[] {"\"build\": {\"unitT\": 1e6, \"maxUnits\": 1, \"capexCnyPerTYr\": 1}",
        "\"capacityT\": 1e6"}) {
      String text = org.coalgrid.api.StochasticPlannerTest.TWO_YEARS.replace("CVAR", "").replace(
          "\"capacityT\": 1e8, \"costCnyPerT\": 0}", "\"capacityT\": 1e8, \"costCnyPerT\": 0, \"washing\": "
              + "{\"washedShare\": 0.5, \"cleanGrade\": \"g\", \"cleanYield\": 0.8, " + washery + "}}");
      List<String> refused = problems(Json.MAPPER.readTree(text));
      String path = washery.contains("build") ? "$.mines[0].washing.build" : "$.mines[0].washing.capacityT";
      assertTrue(refused.stream().anyMatch(p -> p.startsWith(path + ": a washery")), refused.toString());
    }
    // the written instance reads back (the new fields round-trip)
    assertTrue(problems(InstanceWriter.toTree(washery(3e5, 10, true))).isEmpty());
  }

  /**
   * The CSV folder form holds washing.capacityT and washing.build (dotted columns washing.build.unitT, ...): JSON →
   * folder → JSON gives the same instance, and the folder solves to the same plan (2 units, 327e6).
   */
  @Test
  void csvFoldersRoundTripTheWasheryAndSolveTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    JsonNode original = InstanceWriter.toTree(fixture(3e5, 10, true).build());
    java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("f"));
    var tables = org.coalgrid.io.CsvFolderWriter.tables(original);
    assertTrue(tables.get("mines.csv").contains("washing.capacityT")
        && tables.get("mines.csv").contains("washing.build.unitT"), tables.get("mines.csv"));
    for (var t : tables.entrySet()) {
      java.nio.file.Files.writeString(folder.resolve(t.getKey()), t.getValue());
    }
    JsonNode back = InstanceReader.parseTree(folder);
    java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
        ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
    assertTrue(original.equals(numeric, back), back.toPrettyString());
    Instance fromFolder = InstanceReader.read(folder).instance();
    Solved s = Solved.solve(fromFolder).optimalWithPrices();
    Solved j = Solved.solve(fixture(3e5, 10, true).build()).optimalWithPrices();
    near(j.objectiveCny(), s.objectiveCny(), "same objective from the folder");
    assertEquals(j.mine("M").washery().builtUnits(), s.mine("M").washery().builtUnits());
  }
}
