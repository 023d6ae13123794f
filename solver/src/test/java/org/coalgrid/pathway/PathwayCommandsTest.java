package org.coalgrid.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.Pathways;
import org.coalgrid.cli.Cli;
import org.coalgrid.io.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which commands read a pathway file (docs/pathway.md, "Which commands read it"): the single-year commands refuse it
 * in one line naming its years (its own figures are no year's); validate checks the pathway section and every
 * derived year; verify checks a pathway --out set; the overnight cost that replaces an annualised capex is said
 * once, as a note counting the builds, and a warning is kept for two costs of one unit that disagree.
 */
class PathwayCommandsTest {
  @TempDir
  Path dir;

  /** The retirement case: G retires in 2028; N (50 MW units, overnight 4e6 CNY/MW over 20 years) replaces it. */
  private Path file(double capexCnyPerMwYr) throws Exception {
    PathwayFixtures f = PathwayCheckAndInputTest.retirement();
    ObjectNode build = (ObjectNode) f.tree().get("plants").get(1).get("build");
    build.put("capexCnyPerMwYr", capexCnyPerMwYr);
    Path file = dir.resolve("pw.json");
    Files.writeString(file, f.json());
    return file;
  }

  static Stream<List<String>> singleYearCommands() {
    return Stream.of(List.of("solve", "F", "--out", "OUT"), List.of("explain", "F"), List.of("sensitivity", "F"),
        List.of("export-mps", "F", "OUT"), List.of("stochastic", "F", "--out", "OUT"),
        List.of("montecarlo", "F", "--samples", "3", "--out", "OUT"), List.of("compare", "F", "F"),
        List.of("sweep", "F", "--param", "demands.D.energyMwh", "--from", "1", "--to", "2", "--steps", "2"),
        List.of("report", "F", "--out", "OUT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleYearCommands")
  void aSingleYearCommandRefusesAPathwayFileInOneLine(List<String> args) throws Exception {
    Path file = file(0);
    Path out = dir.resolve("out");
    List<String> a = new ArrayList<>();
    args.forEach(s -> a.add(s.equals("F") ? file.toString() : s.equals("OUT") ? out.toString() : s));
    Cli c = Cli.run(a.toArray(String[]::new));
    assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), c.out() + c.err());
    assertEquals("coalgrid: " + file + " is a pathway instance (years 2026–2030 from base year 2025), not one year: "
        + "run 'coalgrid pathway " + file + "' for its years, 'coalgrid check-targets " + file + "' for its targets "
        + "by year, 'coalgrid validate " + file + "' to check it (docs/pathway.md)", c.err().strip());
    assertEquals("", c.out());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void validateChecksThePathwaySectionAndEveryDerivedYear() throws Exception {
    Path file = file(4e5);
    Cli ok = Cli.run("validate", file.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals(file + ": valid pathway (fixture; 2026–2030 from base year 2025, 5 year instances each valid; "
        + "0 changes, 1 candidate build, 0 targets with a year; MILP)", ok.out().strip());
    assertEquals(file + ": note: 1 candidate build carries an overnight cost and an annualised capexCnyPerMwYr: the "
        + "pathway pays the overnight cost once and values what is left after 2030 (the annualised one is not used; "
        + "docs/pathway.md)", ok.err().strip());
    // a change that makes year 2027 invalid: the base year alone is valid, the pathway is not
    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(file.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("pathway").get("changes")).addObject()
        .put("year", 2027).put("path", "plants.G.capacityMw").put("value", -5);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, tree.toPrettyString());
    Cli b = Cli.run("validate", bad.toString());
    assertEquals(ExitCodes.BAD_INPUT, b.exitCode(), b.out() + b.err());
    assertTrue(b.err().contains("2027") && b.err().contains("capacityMw"), b.err());
    assertFalse(b.err().contains("Exception"), b.err());
    Cli set = Cli.run("validate", file.toString(), "--set", "plants.G.capacityMw=50");
    assertEquals(ExitCodes.BAD_INPUT, set.exitCode(), set.err());
    assertTrue(set.err().contains("--set does not apply to a pathway file"), set.err());
  }

  @Test
  void verifyChecksAPathwayOutSetAndCatchesATamperedYear() throws Exception {
    Path file = file(0);
    Path out = dir.resolve("out");
    Cli p = Cli.run("pathway", file.toString(), "--out", out.toString());
    assertEquals(0, p.exitCode(), p.err());
    for (Path given : List.of(out, out.resolve("pathway.json"))) {
      Cli v = Cli.run("verify", file.toString(), given.toString());
      assertEquals(0, v.exitCode(), v.out() + v.err());
      assertTrue(v.out().startsWith("verified: "), v.out());
    }
    ObjectNode pw = (ObjectNode) Json.MAPPER.readTree(out.resolve("pathway.json").toFile());
    ObjectNode build = (ObjectNode) pw.get("builds").get(0);
    build.put("year", build.get("year").asInt() - 1);
    Files.writeString(out.resolve("pathway.json"), pw.toPrettyString());
    Cli t = Cli.run("verify", file.toString(), out.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, t.exitCode(), t.out() + t.err());
  }

  @Test
  void theOvernightCostIsSaidOnceAndADisagreeingCapexIsWarned() throws Exception {
    Pathways pathways = new Pathways(CoalGrid.create());
    // annuity of 4e6 CNY/MW over 20 years at 10 %: 469,839 CNY/MW/yr, 1.17 times 4e5: the documented rule, a note
    Pathways.Case agree = pathways.load(file(4e5));
    assertEquals(List.of(), agree.warningLines());
    assertEquals(1, agree.noteLines().size());
    // 400 CNY/MW/yr (a capex in CNY/kW): 1,175 times apart, a warning naming the field
    Pathways.Case slip = pathways.load(file(400));
    assertEquals(1, slip.warningLines().size(), slip.warningLines().toString());
    assertTrue(slip.warningLines().get(0).startsWith("$.pathway.plants[1].overnightCapexCnyPerMw: warning: plant N: "
        + "the overnight cost 4,000,000 CNY/MW is an annuity of 469,838 CNY/MW/yr over 20 years at 10.0 %, 1,175 "
        + "times the build's annualised capexCnyPerMwYr 400: the two costs of one unit disagree"), slip.warningLines().get(0));
    // no capex at all: nothing to say
    assertEquals(List.of(), pathways.load(file(0)).noteLines());
    // the pathway command: one note line, no warning
    Cli c = Cli.run("pathway", file(4e5).toString());
    assertEquals(0, c.exitCode(), c.err());
    assertEquals(1, c.err().lines().filter(l -> l.contains("note: 1 candidate build carries")).count(), c.err());
    assertFalse(c.err().contains("warning"), c.err());
  }

  @Test
  void theJavaApiRefusesAPathwayAsOneYearAndConvertKeepsItWhole() throws Exception {
    Path file = file(0);
    CoalGrid grid = CoalGrid.create();
    org.coalgrid.api.InvalidInstanceException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.coalgrid.api.InvalidInstanceException.class, () -> grid.load(file));
    assertEquals(List.of("$.pathway: " + file + " is a pathway instance (years 2026–2030 from base year 2025), not "
        + "one year: run 'coalgrid pathway " + file + "' for its years, 'coalgrid check-targets " + file + "' for its "
        + "targets by year, 'coalgrid validate " + file + "' to check it (docs/pathway.md)"), e.lines());
    org.junit.jupiter.api.Assertions.assertThrows(org.coalgrid.api.InvalidInstanceException.class,
        () -> grid.parse(Files.readString(file), "text", org.coalgrid.api.WhatIf.none()));
    // convert checks the pathway whole and writes it as it is (the pathway section kept; the shipped pathways'
    // CSV folders are checked by CsvFolderTest)
    Path json = dir.resolve("converted.json");
    Cli c = Cli.run("convert", file.toString(), json.toString());
    assertEquals(0, c.exitCode(), c.err());
    assertEquals(Json.MAPPER.readTree(file.toFile()).get("pathway"), Json.MAPPER.readTree(json.toFile()).get("pathway"));
    Cli back = Cli.run("validate", json.toString());
    assertEquals(0, back.exitCode(), back.err());
    assertTrue(back.out().contains("valid pathway"), back.out());
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void theShippedPathwaysHaveNoWarningAndOneNote(String name, int builds) throws Exception {
    Pathways.Case c = new Pathways(CoalGrid.create()).load(Path.of(Cli.instance(name)));
    assertEquals(List.of(), c.warningLines(), name);
    assertEquals(1, c.noteLines().size(), name);
    assertTrue(c.noteLines().get(0).startsWith("note: " + builds + " candidate builds carry an overnight cost"),
        c.noteLines().get(0));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> shipped() {
    return Stream.of(org.junit.jupiter.params.provider.Arguments.of("guizhou-2006-2010.json", 9),
        org.junit.jupiter.params.provider.Arguments.of("guizhou-2011-2015.json", 14));
  }
}
