package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coalgrid check-targets} on purpose-built cases in test resources ({@code targets/}: every status,
 * pair conflicts, a three-way conflict found by the deletion filter) and on guizhou-2010's 10 GW export
 * target with 8 GW of named corridors.
 */
class CheckTargetsCliTest {
  @TempDir
  Path tmp;

  static String resource(String name) {
    return Path.of("src/test/resources/targets", name).toAbsolutePath().toString();
  }

  /** status by target id, and the JSON report, from a run with --out FILE.json. */
  private JsonNode checkJson(String instance) throws Exception {
    Path out = tmp.resolve("check.json");
    Cli r = Cli.run("check-targets", instance, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    return Json.MAPPER.readTree(out.toFile());
  }

  private static Map<String, JsonNode> byId(JsonNode report) {
    Map<String, JsonNode> m = new HashMap<>();
    report.get("targets").forEach(t -> m.put(t.get("id").asText(), t));
    return m;
  }

  private static List<List<String>> conflicts(JsonNode report) {
    return java.util.stream.StreamSupport.stream(report.get("conflicts").spliterator(), false)
        .map(c -> java.util.stream.StreamSupport.stream(c.get("targetIds").spliterator(), false)
            .map(JsonNode::asText).toList())
        .toList();
  }

  @Test
  void everyStatusWithItsGapAndExtraCost() throws Exception {
    JsonNode rep = checkJson(resource("conflict.json"));
    Map<String, JsonNode> t = byId(rep);
    assertEquals("MET", t.get("generation").get("status").asText());
    assertEquals("MET", t.get("coal-cap").get("status").asText());
    assertEquals("MISSED", t.get("more-coal").get("status").asText());
    // this test file cites no sources: the inputs that hold these two back are unsourced, so INSTANCE
    assertEquals("INFEASIBLE_INSTANCE", t.get("too-much-coal").get("status").asText());
    assertEquals(10e6, t.get("too-much-coal").get("reach").asDouble(), 1e-3, "the mine's 10 Mt");
    assertEquals("INFEASIBLE_INSTANCE", t.get("capacity").get("status").asText());
    assertEquals(1200, t.get("capacity").get("arithmetic").get("result").asDouble(), 1e-9);
    assertEquals("plants.p1.capacityMw", t.get("capacity").get("limits").get(0).get("path").asText());
    assertEquals("MISSED", t.get("heat-rate").get("status").asText());

    // base plan: 600 MW x 8760 h x 305 gce/kWh / 0.71 tce/t of coal
    double coal = 600 * 8760 * 305 / 0.71 / 1000;
    JsonNode more = t.get("more-coal");
    assertEquals(coal, more.get("achieved").asDouble(), 1e-6 * coal);
    assertEquals(coal - 8e6, more.get("gap").asDouble(), 1e-6 * coal);
    // forcing 8 Mt costs only the mining of the extra tonnes (420 CNY/t; unused coal may stay at the mine)
    assertEquals((8e6 - coal) * 420, more.get("extraCostCny").asDouble(), 1e-6 * 8e6 * 420);
    // 300 gce/kWh is below the only plant's 305: met only by not generating, i.e. all load unserved
    assertEquals(600 * 8760, t.get("heat-rate").get("unservedIncreaseMwh").asDouble(), 1e-3);
    assertEquals(305, t.get("heat-rate").get("achieved").asDouble(), 1e-9);

    // the plan's own numbers first (two bands on coal.produced that do not overlap), then the pair found by re-solves
    assertEquals(List.of(List.of("more-coal", "coal-cap"), List.of("too-much-coal", "coal-cap"),
        List.of("generation", "heat-rate")), conflicts(rep));
    assertEquals("PLAN", rep.get("conflicts").get(0).get("kind").asText());
    assertEquals("INSTANCE", rep.get("conflicts").get(2).get("kind").asText());
    assertEquals("INFEASIBLE", rep.get("joint").get("status").asText());
  }

  @Test
  void consoleNamesStatusesAndConflicts() {
    Cli r = Cli.run("check-targets", resource("conflict.json"));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("MISSED                more-coal: Coal output 煤炭产量"), r.out());
    assertTrue(r.out().contains("target >= 8.00 Mt (800 万吨); achieved 2.26 Mt (226 万吨)"), r.out());
    assertTrue(r.out().contains("Summary: 2 met, 0 met by data, 2 missed, 0 infeasible by the plan, 2 infeasible by "
        + "the instance of 6 targets"), r.out());
    assertTrue(r.out().contains("PLAN: targets more-coal and coal-cap cannot both hold, whatever the instance"),
        r.out());
    assertTrue(r.out().contains("more-coal at least 8.00 Mt = 8.00 Mt > 5.00 Mt (coal-cap at most)"), r.out());
  }

  @Test
  void threeTargetsThatOnlyConflictTogether() throws Exception {
    JsonNode rep = checkJson(resource("three-way.json"));
    Map<String, JsonNode> t = byId(rep);
    assertEquals("MET", t.get("m1-output").get("status").asText());
    assertEquals("MISSED", t.get("m2-output").get("status").asText());
    assertEquals("MET", t.get("coal-cap").get("status").asText());
    // the two mines' outputs are parts of coal.produced: 2 + 2 Mt > 3 Mt is the plan's own arithmetic
    assertEquals(List.of(List.of("m1-output", "m2-output", "coal-cap")), conflicts(rep));
    assertEquals("arithmetic", rep.get("conflicts").get(0).get("method").asText());
    assertEquals("PLAN", rep.get("conflicts").get(0).get("kind").asText());
  }

  @Test
  void guizhou2010ExportCapabilityTargetCannotBeMetWithTheNamedCorridors() throws Exception {
    JsonNode rep = checkJson(Cli.instance("guizhou-2010.json"));
    JsonNode exp = byId(rep).get("export-capability");
    assertEquals("INFEASIBLE_PLAN", exp.get("status").asText());
    assertEquals(8_000, exp.get("arithmetic").get("result").asDouble(), 1e-9);
    assertEquals(5, exp.get("arithmetic").get("terms").size(), "the five named corridors");
    assertEquals(10_000, exp.get("value").asDouble());
    assertEquals(8_000, exp.get("achieved").asDouble(), 1e-9);
    assertEquals(-20.0, exp.get("gapPercent").asDouble(), 1e-9);
    // the washed-coal target (20 Mt) cannot be met together with a 40 % washing ratio of >= 150 Mt
    assertTrue(conflicts(rep).contains(List.of("coal-output", "washing-ratio", "washed-coal")), rep.toString());
    assertTrue(conflicts(rep).contains(List.of("washing-ratio", "washed-coal")), rep.toString());
  }

  @Test
  void csvOutputHasOneRowPerTargetAndConflict() throws Exception {
    Path out = tmp.resolve("targets.csv");
    Cli r = Cli.run("check-targets", resource("conflict.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).startsWith("kind,id,name,metric,sense,value"), lines.get(0));
    assertEquals(6, lines.stream().filter(l -> l.startsWith("target,")).count());
    assertEquals(3, lines.stream().filter(l -> l.startsWith("conflict,")).count());
  }

  @Test
  void badOutputFileAndBadInstanceExitTwoWithoutOutput() throws Exception {
    Path out = tmp.resolve("targets.txt");
    Cli r = Cli.run("check-targets", resource("conflict.json"), "--out", out.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--out must name a .csv, .json or .md file"), r.err());
    assertFalse(Files.exists(out));

    Path bad = Path.of("src/test/resources/bad/target-metric.json").toAbsolutePath();
    Path json = tmp.resolve("x.json");
    r = Cli.run("check-targets", bad.toString(), "--out", json.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("$.targets[0].metric: target \"washing\": unknown metric \"coal.washedShar\""),
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(json));
  }
}
