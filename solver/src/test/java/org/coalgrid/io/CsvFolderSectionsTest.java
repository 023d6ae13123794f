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
import org.coalgrid.testing.TwoHydroYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The top-level sections with a table form in an instance folder: {@code time} (time.csv, time-days.csv) and
 * {@code pathway} (pathway.csv, pathway-changes.csv, pathway-plants.csv, pathway-lines.csv, pathway-targets.csv).
 * JSON → folder → JSON gives the same tree, sourced numbers included (a row without an id is {@code #k} in
 * sourced-values.csv); the folder gives the same answers as the JSON file; broken section tables are refused with
 * their file:row:column. And {@code uncertainty} (uncertainty.csv, uncertainty-basins.csv, uncertainty-scenarios.csv,
 * uncertainty-scenarios-hydro.csv and its per-period tables, uncertainty-first-stage-commitments.csv,
 * uncertainty-monte-carlo-basins.csv, uncertainty-monte-carlo-correlations.csv): the same round trip, and
 * {@code coalgrid stochastic} gives the same plan on the folder as on the JSON.
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
    assertEquals(List.of("pathway-changes.csv:3:3: value: \"3OOOOOOO\" is not a number [$.pathway.changes[1].value]"),
        p);
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

  /**
   * The two hydro years ({@link TwoHydroYears}, one hydro plant, a coal plant and a peaker to build, a year as one
   * period) with every shape of the uncertainty section: basins, a sourced probability, a change for every hydro plant, one for a
   * plant with a per-period replacement and one for a basin with a per-period multiplier, an explicit null, an empty
   * list in an object (firstStage.commitments), CVaR and a Monte Carlo spread with an empty correlation list.
   */
  static final String HYDRO_YEARS = TwoHydroYears.withUncertainty("""
          "basins": [{"id": "river", "name": "The river", "nameZh": "河", "plants": ["hydro"]}],
          "scenarios": [
            {"id": "wet", "name": "wet year 丰水年", "probability": {"value": 0.4, "source": "test: P-wet"},
             "hydro": [{"plant": null, "multiplier": 1.5}]},
            {"id": "normal", "name": "normal year 平水年", "probability": 0.2, "hydro": []},
            {"id": "dry", "name": "dry year 枯水年", "probability": 0.4,
             "hydro": [{"plant": "hydro", "multiplier": 0.9, "energyMwhByPeriod": {"year": 876000}},
                       {"basin": "river", "multiplier": {"value": 1, "note": "test: a sourced multiplier"},
                        "multiplierByPeriod": {"year": 0.95}, "inflowMwhByPeriod": {}}],
             "demandMultiplier": 1.02}
          ],
          "firstStage": {"builds": true, "potlines": false, "commitments": []},
          "cvar": {"alpha": 0.5, "weight": 0.2},
          "monteCarlo": {"basins": [{"basin": "river", "sdLog": {"value": 0.2, "note": "test: spread"}}],
                         "correlations": []},
          "source": "test fixture\"""");

  @Test
  void hydroScenariosRoundTripAndTheFolderGivesTheSameStochasticPlan() throws Exception {
    Path json = Files.writeString(dir.resolve("hy.json"), HYDRO_YEARS, StandardCharsets.UTF_8);
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(json);
    Path folder = dir.resolve("hy-csv");
    Cli c = Cli.run("convert", json.toString(), folder.toString());
    assertEquals(0, c.exitCode(), c.err());
    assertEquals("firstStage.builds,firstStage.potlines,firstStage.commitments,cvar.alpha [share 0..1],"
        + "cvar.weight [share 0..1],monteCarlo.correlations,source\ntrue,false,[],0.5,0.2,[],test fixture\n",
        Files.readString(folder.resolve("uncertainty.csv")));
    assertEquals("id,name,probability [share 0..1],hydro,demandMultiplier [factor]\n"
        + "wet,wet year 丰水年,0.4,,\nnormal,normal year 平水年,0.2,[],\ndry,dry year 枯水年,0.4,,1.02\n",
        Files.readString(folder.resolve("uncertainty-scenarios.csv")));
    assertEquals("scenario,plant,basin,multiplier [factor]\nwet,null,,1.5\ndry,hydro,,0.9\ndry,,river,1\n",
        Files.readString(folder.resolve("uncertainty-scenarios-hydro.csv")));
    assertEquals("period,dry#1 [MWh]\nyear,876000\n",
        Files.readString(folder.resolve("uncertainty-scenarios-hydro-energy-mwh.csv")));
    assertEquals("period,dry#2 [factor]\nyear,0.95\n",
        Files.readString(folder.resolve("uncertainty-scenarios-hydro-multiplier.csv")));
    assertEquals("period,dry#2 [MWh]\n", Files.readString(folder.resolve("uncertainty-scenarios-hydro-inflow-mwh.csv")),
        "an empty map is a column without values");
    assertEquals("basin,sdLog [ln factor]\nriver,0.2\n",
        Files.readString(folder.resolve("uncertainty-monte-carlo-basins.csv")));
    String sourced = Files.readString(folder.resolve("sourced-values.csv"));
    assertTrue(sourced.contains("uncertainty-scenarios,wet,probability,test: P-wet,\n"), sourced);
    assertTrue(sourced.contains("uncertainty-scenarios-hydro,dry#2,multiplier,,test: a sourced multiplier\n"), sourced);
    assertTrue(sourced.contains("uncertainty-monte-carlo-basins,#1,sdLog,,test: spread\n"), sourced);
    assertSameTree(tree, InstanceReader.parseTree(folder), "uncertainty");
    assertEquals(CsvFolderWriter.tables(tree), CsvFolderWriter.tables(InstanceReader.parseTree(folder)));
    Path back = dir.resolve("back.json");
    assertEquals(0, Cli.run("convert", folder.toString(), back.toString()).exitCode());
    assertSameTree(tree, InstanceReader.parseTree(back), "uncertainty JSON → folder → JSON");
    Cli fromJson = Cli.run("stochastic", json.toString());
    Cli fromFolder = Cli.run("stochastic", folder.toString());
    assertEquals(0, fromJson.exitCode(), fromJson.err());
    assertEquals(0, fromFolder.exitCode(), fromFolder.err());
    assertTrue(fromJson.out().contains("dry"), fromJson.out());
    assertEquals(fromJson.out().replace(json.toString(), "X"), fromFolder.out().replace(folder.toString(), "X"));
  }

  /**
   * An uncertainty section of lists only (scenarios and basins, or scenarios alone; no firstStage, cvar, monteCarlo or
   * source), or with nothing at all: its row has no cell, and its table is a header (the first column) and no row,
   * which the reader takes for the section with its lists. (The writer used to leave the file empty, 0 bytes, and
   * the reader special-cased that; an empty table is again refused as every other.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"basins,scenarios", "scenarios", ""})
  void aSectionOfListsOnlyRoundTrips(String kept) throws Exception {
    ObjectNode tree = (ObjectNode) InstanceReader.parseTree(
        Files.writeString(dir.resolve("hy0.json"), HYDRO_YEARS, StandardCharsets.UTF_8));
    ((ObjectNode) tree.get("uncertainty")).retain(kept.isEmpty() ? List.of() : List.of(kept.split(",")));
    if (!kept.contains("basins")) { // no basin to name
      tree.get("uncertainty").path("scenarios").forEach(sc -> sc.path("hydro").forEach(h -> ((ObjectNode) h)
          .remove("basin")));
    }
    Path json = Files.writeString(dir.resolve("lists.json"), tree.toPrettyString(), StandardCharsets.UTF_8);
    Path folder = dir.resolve("lists-csv");
    Cli c = Cli.run("convert", json.toString(), folder.toString());
    assertEquals(0, c.exitCode(), c.err());
    assertEquals("basins\n", Files.readString(folder.resolve("uncertainty.csv")), "a header and no row");
    assertSameTree(tree, InstanceReader.parseTree(folder), "uncertainty of lists only: " + kept);
    Path back = dir.resolve("lists-back.json");
    Cli b = Cli.run("convert", folder.toString(), back.toString());
    assertEquals(0, b.exitCode(), b.err());
    assertSameTree(tree, InstanceReader.parseTree(back), "uncertainty of lists only, JSON → folder → JSON: " + kept);
    Files.writeString(folder.resolve("uncertainty.csv"), "");
    Cli empty = Cli.run("validate", folder.toString());
    assertEquals(2, empty.exitCode(), empty.err());
    assertTrue(empty.err().contains("uncertainty.csv:1: empty file: the first row must name the columns"),
        empty.err());
  }

  @Test
  void theShippedHydroInstanceHasItsScenariosInTables() throws Exception {
    JsonNode tree = InstanceReader.parseTree(Path.of(Cli.instance("guizhou-2010-hydro.json")));
    var tables = CsvFolderWriter.tables(tree);
    assertTrue(tables.get("uncertainty-scenarios-hydro.csv").startsWith(
        "scenario,plant,basin,multiplier [factor]\nwet,null,wujiang,1.362\n"), tables.get("uncertainty-scenarios-hydro.csv"));
    assertTrue(tables.get("uncertainty-first-stage-commitments.csv").startsWith("export,premiumCnyPerMwh [CNY/MWh]\n"
        + "gd-2010,30\n"), tables.get("uncertainty-first-stage-commitments.csv"));
    assertTrue(tables.get("uncertainty-monte-carlo-correlations.csv").startsWith("a,b,rho [share]\nwujiang,panjiang,0.7"),
        tables.get("uncertainty-monte-carlo-correlations.csv"));
  }

  /** The hydro fixture as a folder with {@code file} edited; the problems `coalgrid validate` reports. */
  private List<String> brokenHydro(String file, UnaryOperator<String> edit) throws Exception {
    Path folder = dir.resolve("bh");
    Files.createDirectories(folder);
    for (var t : CsvFolderWriter.tables(InstanceReader.parseTree(Files.writeString(dir.resolve("hy.json"), HYDRO_YEARS,
        StandardCharsets.UTF_8))).entrySet()) {
      Files.writeString(folder.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
    }
    Path f = folder.resolve(file);
    Files.writeString(f, edit.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    Cli v = Cli.run("validate", folder.toString());
    assertEquals(2, v.exitCode(), v.out() + v.err());
    assertTrue(!v.err().contains("Exception"), v.err());
    return v.err().lines().skip(1).map(String::trim).toList();
  }

  @Test
  void badProbabilityAtRowN() throws Exception {
    List<String> p = brokenHydro("uncertainty-scenarios.csv", t -> t.replace(",0.2,", ",0.2O,"));
    assertEquals(List.of("uncertainty-scenarios.csv:3:3: probability: \"0.2O\" is not a number"
        + " [$.uncertainty.scenarios[1].probability]"), p);
    List<String> q = brokenHydro("uncertainty-scenarios.csv", t -> t.replace(",0.2,", ",20%,"));
    assertEquals("uncertainty-scenarios.csv:3:3: probability: \"20%\" is not a number", q.get(0).replaceFirst(
        " \\(.*", ""), q.toString());
    List<String> r = brokenHydro("uncertainty-scenarios.csv", t -> t.replace(",0.2,", ",1.2,"));
    assertTrue(r.stream().anyMatch(x -> x.startsWith("uncertainty-scenarios.csv:3:3: ") && x.contains(
        "$.uncertainty.scenarios[1].probability")), r.toString());
  }

  @Test
  void unknownScenarioInTheChanges() throws Exception {
    List<String> p = brokenHydro("uncertainty-scenarios-hydro.csv", t -> t.replace("\ndry,hydro,", "\ndyr,hydro,"));
    assertEquals("uncertainty-scenarios-hydro.csv:3:1: no scenario \"dyr\" in uncertainty-scenarios.csv "
        + "(did you mean \"dry\"?)", p.get(0), p.toString());
    // and the per-period tables of dry's second change (now its first) no longer find it
    assertTrue(p.contains("uncertainty-scenarios-hydro-multiplier.csv:1:2: no row \"dry#2\" in "
        + "uncertainty-scenarios-hydro.csv (dry#k names the k-th row of scenario dry there)"), p.toString());
  }

  @Test
  void aWideTableColumnNamesNoChange() throws Exception {
    List<String> p = brokenHydro("uncertainty-scenarios-hydro-energy-mwh.csv", t -> t.replace("dry#1", "dry#3"));
    assertEquals(List.of("uncertainty-scenarios-hydro-energy-mwh.csv:1:2: no row \"dry#3\" in "
        + "uncertainty-scenarios-hydro.csv (dry#k names the k-th row of scenario dry there)"), p);
  }

  @Test
  void missingColumnOfTheScenarios() throws Exception {
    List<String> p = brokenHydro("uncertainty-scenarios.csv", t -> t.replace("probability [share 0..1]", "prob"));
    assertTrue(p.contains("uncertainty-scenarios.csv:1: missing column \"probability [share 0..1]\" (required)"),
        p.toString());
    assertTrue(p.contains("uncertainty-scenarios.csv:1:3: unknown column \"prob\""),
        p.toString());
  }
}
