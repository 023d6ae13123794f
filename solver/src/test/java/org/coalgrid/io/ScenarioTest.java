package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.junit.jupiter.api.Test;

/** The --set grammar on the tutorial: ids for lists, map keys, sourced numbers, and the messages for bad paths. */
class ScenarioTest {
  private static final JsonNode TUTORIAL = tree();

  private static JsonNode tree() {
    try {
      return InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json")));
    } catch (InstanceException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instance applyAndRead(String... sets) throws InstanceException {
    List<ScenarioOverride> os = java.util.Arrays.stream(sets).map(ScenarioOverride::parse).toList();
    return InstanceReader.read(Scenario.apply(TUTORIAL, os).tree(), "test").instance();
  }

  private static String problem(String set) {
    InstanceException e = assertThrows(InstanceException.class,
        () -> Scenario.apply(TUTORIAL, List.of(ScenarioOverride.parse(set))));
    assertEquals(1, e.problems().size());
    return e.problems().get(0).format();
  }

  @Test
  void setsFieldsOfEntitiesByIdAndLeavesTheRestAlone() throws InstanceException {
    Instance in = applyAndRead("lines.hvdc-gy-gd.capacityMw=3000", "mines.bijie-mines.capacityT=6e6",
        "meta.vollCnyPerMwh=30000", "periods.wet-peak.season=\"flood\"", "policies.cap-co2.limit=2.4e7");
    Instance base = InstanceReader.read(TUTORIAL, "base").instance();
    assertEquals(3000, in.lines().get(2).capacityMw());
    assertEquals(6e6, in.mines().get(1).capacityT());
    assertEquals(30000, in.meta().vollCnyPerMwh());
    assertEquals("flood", in.periods().get(0).season());
    assertEquals(2.4e7, in.policies().stream().filter(p -> p.id().equals("cap-co2")).findFirst().orElseThrow().limit());
    assertEquals(base.lines().get(0), in.lines().get(0));
    assertEquals(base.plants(), in.plants());
  }

  @Test
  void setsOneKeyOfAMapField() throws InstanceException {
    Instance in = applyAndRead("plants.pannan.availabilityByPeriod.dry-peak=0.5");
    var plant = in.plants().stream().filter(p -> p.id().equals("pannan")).findFirst().orElseThrow();
    assertEquals(0.5, plant.availabilityIn("dry-peak"));
    assertEquals(plant.availability(), plant.availabilityIn("wet-peak"));
  }

  @Test
  void recordsWhereItLandedAndWhatItReplaced() throws InstanceException {
    var r = Scenario.apply(TUTORIAL, List.of(ScenarioOverride.parse("mines.lps-large.capacityT=1.8e7"),
        ScenarioOverride.parse("plants.pannan.availabilityByPeriod.dry-peak=0.5")));
    Scenario.Applied a = r.applied().get(0);
    assertEquals("$.mines[0].capacityT", a.jsonPath());
    assertEquals(2e7, a.previousNumber()); // the figure of the sourced number, not its wrapper
    assertEquals("t/yr", a.unit());
    assertEquals("mines.lps-large.capacityT=1.8e7", a.text());
    assertNull(r.applied().get(1).previous());
    assertTrue(TUTORIAL.get("mines").get(0).get("capacityT").isObject(), "the input tree is not modified");
  }

  @Test
  void unknownIdListsCloseMatches() {
    assertEquals("--set mines.bijie.capacityT: no mine with id 'bijie' in $.mines (did you mean bijie-mines?)",
        problem("mines.bijie.capacityT=6e7"));
    assertEquals("--set lines.hvdc1.capacityMw: no line with id 'hvdc1' in $.lines "
        + "(known ids: ac-lps-gy, ac-bj-gy, hvdc-gy-gd, ac-lps-gd)", problem("lines.hvdc1.capacityMw=4000"));
  }

  @Test
  void unknownFieldSuggestsTheRightSpelling() {
    assertEquals("--set lines.hvdc-gy-gd.capacityMW: no field 'capacityMW' in line ($.lines[2]) "
        + "(did you mean capacityMw, capacityMwByPeriod?)", problem("lines.hvdc-gy-gd.capacityMW=1"));
    assertTrue(problem("nosuch.x=1").startsWith("--set nosuch.x: no field 'nosuch' in instance ($)"));
  }

  @Test
  void aPathThatStopsAtAnEntityOrGoesBelowANumberIsRejected() {
    assertTrue(problem("lines.hvdc-gy-gd=3").contains("names an entity, not a field"));
    assertTrue(problem("lines.hvdc-gy-gd.capacityMw.value=3").contains("is a number; nothing lies below it"));
  }

  @Test
  void badValuesAreCheckedLikeTheFile() {
    InstanceException e = assertThrows(InstanceException.class,
        () -> applyAndRead("lines.hvdc-gy-gd.capacityMw=abc"));
    assertEquals("$.lines[2].capacityMw: expected a number, got string \"abc\"", e.problems().get(0).format());
    e = assertThrows(InstanceException.class, () -> applyAndRead("plants.pannan.availability=1.5"));
    assertTrue(e.problems().get(0).format().startsWith("$.plants[2].availability: must be"), e.getMessage());
  }

  @Test
  void valuesParseAsJsonWithAStringFallback() {
    assertEquals(4000, ScenarioOverride.parse("a=4000").value().intValue());
    assertTrue(ScenarioOverride.parse("a=true").value().isBoolean());
    assertTrue(ScenarioOverride.parse("a=null").value().isNull());
    assertTrue(ScenarioOverride.parse("a={\"wet-peak\":0.5}").value().isObject());
    assertEquals("wet", ScenarioOverride.parse("a=wet").value().asText());
    assertEquals("4000 MW", ScenarioOverride.parse("a=4000 MW").value().asText());
    assertThrows(IllegalArgumentException.class, () -> ScenarioOverride.parse("noequals"));
    assertThrows(IllegalArgumentException.class, () -> ScenarioOverride.parse("a..b=1"));
  }
}
