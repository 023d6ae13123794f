package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top-level sections with a table form in an instance folder: {@code time} (time.csv, time-days.csv) and
 * {@code pathway} (pathway.csv, pathway-changes.csv, pathway-plants.csv, pathway-lines.csv, pathway-targets.csv).
 * JSON → folder → JSON gives the same tree, sourced numbers included (a row without an id is {@code #k} in
 * sourced-values.csv); the folder gives the same answers as the JSON file; broken section tables are refused with
 * their file:row:column. ({@code uncertainty} has no table form and is refused: CsvFolderTest.)
 */
class CsvFolderSectionsTest {
  @TempDir
  Path dir;

  /** tutorial.json with a pathway over 2011–2013: a sourced change, a plain change, a retirement, a dated target. */
  static ObjectNode pathwayTree() throws Exception {
    ObjectNode t = (ObjectNode) InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json")));
    ObjectNode pw = t.putObject("pathway").put("firstYear", 2011).put("lastYear", 2013).put("discountRate", 0.08);
    pw.putObject("demandGrowth").put("value", 0.01).put("note", "assumption for the test: 1 % a year");
    ArrayNode ch = pw.putArray("changes");
    ObjectNode c1 = ch.addObject().put("year", 2012).put("path", "lines.hvdc-gy-gd.capacityMw");
    c1.putObject("value").put("value", 3500).put("source", "P-N04").put("note", "test: +500 MW");
    ch.addObject().put("year", 2013).put("path", "policies.cap-co2.limit").put("value", 3.0e7);
    pw.putArray("plants").addObject().put("id", "guiyang-gas").put("retirementYear", 2013)
        .put("source", "assumption for the test: the gas peaker retires (关停) in 2013");
    pw.putArray("targets").addObject().put("id", "coal-2013").put("metric", "coal.produced").put("sense", "GE")
        .put("value", 1.0e7).put("year", 2013);
    return t;
  }

  static void assertSameTree(JsonNode a, JsonNode b, String what) {
    assertTrue(a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
        : x.equals(y) ? 0 : 1, b), what + ": the tree read back from the folder differs");
  }

  @Test
  void pathwayRoundTripAndTheFolderGivesTheSamePathway() throws Exception {
    ObjectNode tree = pathwayTree();
    Path json = Files.writeString(dir.resolve("pw.json"), tree.toPrettyString(), StandardCharsets.UTF_8);
    Path folder = dir.resolve("pw-csv");
    Cli c = Cli.run("convert", json.toString(), folder.toString());
    assertEquals(0, c.exitCode(), c.err());
    for (String f : List.of("pathway.csv", "pathway-changes.csv", "pathway-plants.csv", "pathway-targets.csv")) {
      assertTrue(Files.exists(folder.resolve(f)), f);
    }
    assertTrue(Files.readString(folder.resolve("pathway.csv")).startsWith(
        "firstYear [year],lastYear [year],discountRate [share per year],demandGrowth [share per year]"),
        Files.readString(folder.resolve("pathway.csv")));
    String sourced = Files.readString(folder.resolve("sourced-values.csv"));
    assertTrue(sourced.contains("pathway-changes,#1,value,P-N04,test: +500 MW"), sourced);
    assertTrue(sourced.contains("pathway,,demandGrowth,,assertion".replace("assertion",
        "assumption for the test: 1 % a year")), sourced);
    assertSameTree(tree, InstanceReader.parseTree(folder), "pathway");
    assertEquals(CsvFolderWriter.tables(tree), CsvFolderWriter.tables(InstanceReader.parseTree(folder)));
    Path back = dir.resolve("back.json");
    assertEquals(0, Cli.run("convert", folder.toString(), back.toString()).exitCode());
    assertSameTree(tree, InstanceReader.parseTree(back), "pathway JSON → folder → JSON");
    Cli fromJson = Cli.run("pathway", json.toString());
    Cli fromFolder = Cli.run("pathway", folder.toString());
    assertEquals(0, fromJson.exitCode(), fromJson.err());
    assertEquals(fromJson.out().replace(json.toString(), "X"), fromFolder.out().replace(folder.toString(), "X"));
  }

  @Test
  void representativeDaysFolderSolvesAsTheJson() throws Exception {
    Path folder = dir.resolve("days-csv");
    Cli c = Cli.run("convert", Cli.instance("tutorial-days.json"), folder.toString());
    assertEquals(0, c.exitCode(), c.err());
    assertTrue(Files.exists(folder.resolve("time.csv")) && Files.exists(folder.resolve("time-days.csv")));
    assertTrue(!Files.exists(folder.resolve("periods.csv")), "the days' steps are the periods");
    String days = Files.readString(folder.resolve("time-days.csv"));
    assertTrue(days.startsWith("id,weight [days],month [month],season"), days);
    assertTrue(Files.readString(folder.resolve("sourced-values.csv")).contains("time-days,jan,weight,,A-DAYS"));
    Cli fromJson = Cli.run("solve", Cli.instance("tutorial-days.json"), "--quiet");
    Cli fromFolder = Cli.run("solve", folder.toString(), "--quiet");
    assertEquals(0, fromFolder.exitCode(), fromFolder.err());
    assertEquals(fromJson.out().replace(Cli.instance("tutorial-days.json"), "X"), fromFolder.out().replace(
        folder.toString(), "X"));
  }

  /** The pathway fixture as a folder with {@code file} edited; the problems `coalgrid pathway` reports. */
  private List<String> broken(String file, UnaryOperator<String> edit) throws Exception {
    Path folder = dir.resolve("b");
    for (var t : CsvFolderWriter.tables(pathwayTree()).entrySet()) {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
    }
    Path f = folder.resolve(file);
    Files.writeString(f, edit.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    Cli v = Cli.run("pathway", folder.toString());
    assertEquals(2, v.exitCode(), v.out() + v.err());
    assertTrue(!v.err().contains("Exception"), v.err());
    return v.err().lines().skip(1).map(String::trim).toList();
  }

  @Test
  void badNumberInASectionListAtRowN() throws Exception {
    List<String> p = broken("pathway-changes.csv", t -> t.replace(",30000000", ",3OOOOOOO"));
    assertEquals(List.of("pathway-changes.csv:3:3: value: \"3OOOOOOO\" is not a number"), p);
  }

  @Test
  void wrongUnitAndUnknownColumnInASectionRow() throws Exception {
    List<String> p = broken("pathway.csv", t -> t.replace("discountRate [share per year]", "discountRate [%]")
        .replace("lastYear [year]", "endYear [year]"));
    assertTrue(p.contains("pathway.csv:1:3: column discountRate is in share per year, not % (convert the column, "
        + "or fix the header)"), p.toString());
    assertTrue(p.contains("pathway.csv:1:2: unknown column \"endYear\""), p.toString());
    assertTrue(p.contains("pathway.csv:1: missing column \"lastYear [year]\" (required)"), p.toString());
  }

  @Test
  void aSectionHasOneRow() throws Exception {
    List<String> p = broken("pathway.csv", t -> t + t.lines().skip(1).findFirst().orElseThrow() + "\n");
    assertEquals(List.of("pathway.csv:3: pathway.csv has one row (the pathway section); found another"), p);
  }

  @Test
  void missingRequiredColumnOfASectionList() throws Exception {
    List<String> p = broken("pathway-targets.csv", t -> t.replaceFirst("metric,", "measure,"));
    assertTrue(p.contains("pathway-targets.csv:1: missing column \"metric\" (required)"), p.toString());
  }

  @Test
  void hydroScenariosAreStillRefusedWithTheReason() throws Exception {
    Path out = dir.resolve("hydro-csv");
    Cli c = Cli.run("convert", Cli.instance("guizhou-2010-hydro.json"), out.toString());
    assertEquals(2, c.exitCode(), c.err());
    assertTrue(c.err().contains("the CSV folder form does not hold hydro-year scenarios (uncertainty): each scenario "
        + "holds a list of hydro changes"), c.err());
    assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written");
  }
}
