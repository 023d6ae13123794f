package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.io.schema.Json;
import org.junit.jupiter.api.Test;

class InstanceReaderTest {

  private static final Path MINIMAL = Resources.dir("good").resolve("minimal.json");

  @Test
  void minimalReadsWithoutProblemsAndFillsDefaults() throws Exception {
    LoadedInstance loaded = InstanceReader.read(MINIMAL);
    assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    Instance in = loaded.instance();
    assertEquals(2, in.regions().size());
    assertEquals(8760, in.totalHours());
    assertEquals("CNY", in.meta().currency());
    assertEquals(8760, in.meta().hoursInYear());
    assertEquals(10000, in.meta().vollCnyPerMwh());
    assertEquals(2.66, in.coalGrades().get(0).co2TPerTce());
    Plant p = in.plants().get(0);
    assertEquals(PlantType.COAL, p.type());
    assertEquals(1.0, p.availability());
    assertEquals(List.of("steam"), p.grades());
    assertNull(p.build());
    assertEquals(600.0, in.demands().get(0).mw());
    assertTrue(in.lines().isEmpty());
  }

  @Test
  void sourcedNumbersUnwrapIntoProvenance() throws Exception {
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(MINIMAL);
    ObjectNode plant = (ObjectNode) tree.get("plants").get(0);
    plant.set("capacityMw", Json.MAPPER.readTree(
        "{\"value\": 1200, \"source\": \"seed-1\", \"note\": \"two 600 MW units\"}"));
    plant.set("heatRateGcePerKwh", Json.MAPPER.readTree(
        "{\"value\": 305, \"source\": {\"title\": \"CEC yearbook\", \"external\": true}}"));
    plant.put("source", "field visit 2024");
    ObjectNode mine = (ObjectNode) tree.get("mines").get(0);
    mine.set("costCnyPerT", Json.MAPPER.readTree("{\"value\": 420, \"note\": \"pit-head\"}"));

    LoadedInstance loaded = InstanceReader.read(tree, "test");
    assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    assertEquals(1200.0, loaded.instance().plants().get(0).capacityMw());
    assertEquals(420.0, loaded.instance().mines().get(0).costCnyPerT());
    Provenance prov = loaded.provenance();
    assertEquals(new SourceRef("seed-1", "seeds/000.txt", "installed 1200 MW", null, null, false),
        prov.source("$.plants[0].capacityMw").orElseThrow());
    assertEquals("two 600 MW units", prov.note("$.plants[0].capacityMw").orElseThrow());
    assertEquals(new SourceRef(null, null, null, "CEC yearbook", null, true),
        prov.source("$.plants[0].heatRateGcePerKwh").orElseThrow());
    assertEquals("field visit 2024", prov.source("$.plants[0]").orElseThrow().title());
    assertTrue(prov.source("$.mines[0].costCnyPerT").isEmpty());
    assertEquals("pit-head", prov.note("$.mines[0].costCnyPerT").orElseThrow());
    // the tree kept is the file's, not the normalised one
    assertTrue(loaded.tree().get("plants").get(0).get("capacityMw").isObject());
  }

  @Test
  void targetSourceBindsToTheRecord() throws Exception {
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(MINIMAL);
    tree.set("targets", Json.MAPPER.readTree("[{\"id\": \"t1\", \"metric\": \"coal.produced\", \"sense\": \"LE\","
        + " \"value\": {\"value\": 9e6, \"source\": \"seed-1\"}, \"source\": \"seed-1\"}]"));
    Instance in = InstanceReader.read(tree, "test").instance();
    assertEquals(9e6, in.targets().get(0).value());
    assertEquals("seeds/000.txt", in.targets().get(0).source().file());
    assertEquals(0.0, in.targets().get(0).tolerance());
  }

  @Test
  void reportsAllProblemsAtOnce() {
    Path file = Resources.dir("bad").resolve("several-errors.json");
    InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(file));
    assertEquals(List.of("$.meta.hoursInYear", "$.mines[0].grde", "$.plants[0].region", "$.plants[0].capacityMw",
        "$.plants[0].availability"), e.problems().stream().map(Problem::path).toList());
    assertEquals(5, e.getMessage().lines().count());
  }

  @Test
  void reportsSeveralSemanticProblemsAtOnce() throws Exception {
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(MINIMAL);
    ((ObjectNode) tree.get("plants").get(0)).put("region", "bijei");
    ((ObjectNode) tree.get("periods").get(0)).put("hours", 8000);
    ((ObjectNode) tree.get("mines").get(0)).put("minOutputT", 2e7);
    InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(tree, "test"));
    assertEquals(List.of("$.periods", "$.mines[0].minOutputT", "$.plants[0].region"),
        e.problems().stream().map(Problem::path).toList());
  }

  @Test
  void leapYearNeedsHoursInYear() throws Exception {
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(MINIMAL);
    ((ObjectNode) tree.get("periods").get(0)).put("hours", 8784);
    assertThrows(InstanceException.class, () -> InstanceReader.read(tree, "test"));
    ((ObjectNode) tree.get("meta")).put("hoursInYear", 8784);
    assertEquals(8784, InstanceReader.read(tree, "test").instance().totalHours());
  }

  @Test
  void missingFileIsOneProblem() {
    InstanceException e = assertThrows(InstanceException.class,
        () -> InstanceReader.read(Path.of("no/such/file.json")));
    assertEquals("$: file not found: no/such/file.json", e.getMessage());
  }

  @Test
  void topLevelMustBeAnObject() throws Exception {
    JsonNode tree = Json.MAPPER.readTree("[1, 2]");
    InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(tree, "test"));
    assertEquals("$: expected an object at the top level, got a list", e.getMessage());
    assertEquals("test", e.origin());
    assertFalse(e.problems().isEmpty());
  }
}
