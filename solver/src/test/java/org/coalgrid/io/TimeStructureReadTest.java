package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.io.schema.Json;
import org.coalgrid.diagnostics.Problem;
import org.junit.jupiter.api.Test;

/**
 * The time structure in the file: representative days and a full year become the periods (steps), per-period
 * values may be lists with one value per step, and every new field is checked with its JSON path.
 */
class TimeStructureReadTest {

  /** Two representative days of four 6-hour steps: "dry" stands for 151 days, "wet" for 214. */
  private static ObjectNode twoDays() {
    try {
      return (ObjectNode) Json.MAPPER.readTree("""
          {"meta": {"name": "days", "year": 2010},
           "time": {"stepHours": 6, "days": [
              {"id": "dry", "weight": 151, "month": 1, "season": "dry"},
              {"id": "wet", "weight": 214, "month": 7, "season": "wet"}]},
           "regions": [{"id": "a"}],
           "plants": [{"id": "g", "region": "a", "type": "GAS", "capacityMw": 500, "fuelCostCnyPerMwh": 500,
                       "availabilityByPeriod": [1, 1, 0.9, 0.9, 1, 1, 0.8, 0.8]}],
           "demands": [{"id": "d", "region": "a", "mwByPeriod": [100, 150, 200, 120, 110, 160, 210, 130]}]}
          """);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> problems(JsonNode tree) {
    InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(tree, "test"));
    return e.problems().stream().map(Problem::format).toList();
  }

  private static void hasProblem(List<String> problems, String expected) {
    assertTrue(problems.contains(expected), "expected\n  " + expected + "\namong\n  " + String.join("\n  ", problems));
  }

  @Test
  void representativeDaysBecomeStepsWithWeightedHours() throws Exception {
    LoadedInstance li = InstanceReader.read(twoDays(), "test");
    assertTrue(li.warnings().isEmpty(), li.warnings().toString());
    Instance in = li.instance();
    assertEquals(TimeStructure.Form.REPRESENTATIVE_DAYS, in.time().form());
    List<Period> ps = in.periods();
    assertEquals(List.of("dry-h00", "dry-h06", "dry-h12", "dry-h18", "wet-h00", "wet-h06", "wet-h12", "wet-h18"),
        ps.stream().map(Period::id).toList());
    assertEquals(151 * 6.0, ps.get(0).hours());
    assertEquals(214 * 6.0, ps.get(7).hours());
    assertEquals("wet", ps.get(5).season());
    assertEquals("h06", ps.get(5).block());
    assertEquals(8760, in.totalHours(), 1e-9);
    // lists became maps by step id
    assertEquals(0.9, in.plants().get(0).availabilityIn("dry-h12"));
    assertEquals(210.0, in.demands().get(0).mwByPeriod().get("wet-h12"));
    Chronology c = in.chronology();
    assertEquals(6.0, c.duration(5));
    assertEquals(214.0, c.weight(5));
    assertEquals(3, c.prev(0), "the first step of a day follows its last (day-cyclic)");
    assertEquals(7, c.prev(4));
    assertEquals(4, c.prev(5));
    assertEquals(List.of("m01", "m07"), c.stageIds());
    assertEquals(1, c.stage(6));
    int[] year = c.yearDays();
    assertEquals(365, year.length);
    assertEquals(0, year[150]);
    assertEquals(1, year[151]);
  }

  @Test
  void fullYearWithoutDaysTakesTheCalendarOfMetaYear() throws Exception {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree("""
        {"meta": {"name": "year", "year": 2012, "hoursInYear": 8784},
         "time": {"form": "FULL_YEAR", "stepHours": 3},
         "regions": [{"id": "a"}],
         "demands": [{"id": "d", "region": "a", "mw": 100}]}
        """);
    Instance in = InstanceReader.read(tree, "test").instance();
    assertEquals(366, in.time().days().size(), "2012 is a leap year");
    assertEquals(366 * 8, in.periods().size());
    assertEquals("d060-h21", in.periods().get(60 * 8 - 1).id());
    assertEquals(2, in.time().days().get(59).month(), "29 February");
    Chronology c = in.chronology();
    assertEquals(366 * 8 - 1, c.prev(0), "a full year is one sequence, cyclic over the year");
    assertEquals(8, c.prev(9));
    assertEquals(12, c.stageIds().size());
    assertEquals(3.0, c.duration(100));
    assertEquals(1.0, c.weight(100));
  }

  @Test
  void blocksKeepOneCyclicSequenceAndAStagePerPeriod() throws Exception {
    Instance in = InstanceReader.read(org.coalgrid.io.Resources.dir("good").resolve("minimal.json")).instance();
    assertEquals(TimeStructure.BLOCKS, in.time());
    Chronology c = in.chronology();
    assertEquals(8760.0, c.duration(0));
    assertEquals(0, c.prev(0));
    assertEquals(List.of("year"), c.stageIds());
    assertFalse(c.chronological());
  }

  @Test
  void aListPerPeriodMustHaveOneValuePerStep() {
    ObjectNode tree = twoDays();
    ((ArrayNode) tree.get("demands").get(0).get("mwByPeriod")).remove(7);
    ((ArrayNode) tree.get("plants").get(0).get("availabilityByPeriod")).set(2, Json.MAPPER.getNodeFactory().numberNode(1.5));
    List<String> p = problems(tree);
    hasProblem(p, "$.demands[0].mwByPeriod: has 7 values but the year has 8 periods (steps); a list gives"
        + " exactly one value per period, in order (dry-h00, ..., wet-h18)");
    hasProblem(p, "$.plants[0].availabilityByPeriod[2]: must be in [0, 1], got 1.5");
  }

  @Test
  void stepsMustCutTheDayIntoWholeHours() {
    ObjectNode tree = twoDays();
    ((ObjectNode) tree.get("time")).put("stepHours", 5);
    assertEquals(List.of("$.time.stepHours: stepHours 5 does not divide the day into whole hours: use 1, 2, 3, 4, 6,"
        + " 8, 12 or 24"), problems(tree), "the lists per period are not counted against unknown steps");
  }

  @Test
  void weightsMustAddUpToTheYearAndDaysHaveIds() {
    ObjectNode tree = twoDays();
    ObjectNode time = (ObjectNode) tree.get("time");
    ((ObjectNode) time.get("days").get(1)).put("weight", 200);
    ((ObjectNode) time.get("days").get(0)).put("id", "dry.season");
    List<String> p = problems(tree);
    hasProblem(p, "$.time.days: the day weights add up to 351 days (8424 h) but meta.hoursInYear is 8760 h ="
        + " 365 days; they must agree within 1e-6 relative");
    hasProblem(p, "$.time.days[0].id: day id \"dry.season\" is not a valid id: use a letter, then letters,"
        + " digits, _ or - (no dots or spaces)");
  }

  @Test
  void periodsAndTimeTogetherAreRefused() {
    ObjectNode tree = twoDays();
    tree.set("periods", Json.MAPPER.createArrayNode().add(Json.MAPPER.createObjectNode().put("id", "y").put("hours", 8760)));
    hasProblem(problems(tree), "$.periods: give either periods (blocks) or time (representative days or a full"
        + " year), not both: with time, the periods are the steps of its days");
  }

  @Test
  void theCalendarNamesADayForEveryDayOfTheYearAsOftenAsItsWeight() {
    ObjectNode tree = twoDays();
    ArrayNode cal = ((ObjectNode) tree.get("time")).putArray("calendar");
    for (int j = 0; j < 365; j++) {
      cal.add(j < 150 ? "dry" : "wet");
    }
    List<String> p = problems(tree);
    hasProblem(p, "$.time.days[0].weight: day \"dry\" has weight 151 but the calendar names it 150 times; a day"
        + " stands for the days of the year the calendar gives it");
    cal.set(3, Json.MAPPER.getNodeFactory().textNode("monsoon"));
    cal.remove(364);
    p = problems(tree);
    hasProblem(p, "$.time.calendar[3]: unknown day \"monsoon\" (known: dry, wet)");
    hasProblem(p, "$.time.calendar: the calendar has 364 days but the year has 365 (meta.hoursInYear / 24):"
        + " give the representative day of every day of the year, in order");
  }

  @Test
  void aFullYearHasDaysOfWeightOneAndNoCalendar() throws Exception {
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree("""
        {"meta": {"name": "year", "year": 2010, "hoursInYear": 48},
         "time": {"form": "FULL_YEAR", "days": [{"id": "a", "weight": 1}, {"id": "b", "weight": 1.5}],
                  "calendar": ["a", "b"]},
         "regions": [{"id": "r"}]}
        """);
    List<String> p = problems(tree);
    hasProblem(p, "$.time.days[1].weight: day \"b\" of a full year has weight 1.5; every day of a full year"
        + " stands for itself (weight 1)");
    hasProblem(p, "$.time.calendar: a full year has no calendar: its days are the days of the year, in order");
  }

  @Test
  void writingAndReadingBackGivesTheSameInstance() throws Exception {
    Instance in = InstanceReader.read(twoDays(), "test").instance();
    ObjectNode written = InstanceWriter.toTree(in);
    assertFalse(written.has("periods"), "the steps are derived from time");
    Instance back = InstanceReader.read(written, "back").instance();
    assertEquals(in, back);
  }

  @Test
  void aWhatIfSetsOneStepOfAList() throws Exception {
    JsonNode tree = twoDays();
    var r = Scenario.apply(tree, List.of(ScenarioOverride.parse("demands.d.mwByPeriod.wet-h12=250")));
    assertEquals("$.demands[0].mwByPeriod[6]", r.applied().get(0).jsonPath());
    assertEquals(210.0, r.applied().get(0).previousNumber());
    Instance in = InstanceReader.read(r.tree(), "test").instance();
    assertEquals(250.0, in.demands().get(0).mwByPeriod().get("wet-h12"));
    InstanceException e = assertThrows(InstanceException.class,
        () -> Scenario.apply(tree, List.of(ScenarioOverride.parse("demands.d.mwByPeriod.wet-h13=250"))));
    assertTrue(e.problems().get(0).format().contains("is a list with one value per period, and 'wet-h13' is not a"
        + " period"), e.problems().toString());
  }
}
