package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.cli.Cli;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalgrid report} on the command line: what it refuses, with which exit code, and that it writes nothing then. */
class ReportCliTest {
  @TempDir
  Path dir;

  @Test
  void tamperedSolutionIsRefused() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString(), "--quiet").exitCode());
    ObjectNode sol = (ObjectNode) Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    ((ObjectNode) sol.get("kpis")).put("coalProducedT", 1.0);
    ((ObjectNode) sol.get("mines").get(0)).put("outputT", 1.0);
    Files.writeString(out.resolve("solution.json"), Json.MAPPER.writeValueAsString(sol));
    Path page = dir.resolve("r.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--solution", out.toString(), "--no-targets", "-o",
        page.toString());
    assertEquals(8, r.exitCode(), r.err());
    assertTrue(r.err().contains("FAILED independent verification; no report written"), r.err());
    assertFalse(Files.exists(page));
  }

  /**
   * A plan whose objective was taken out still says OPTIMAL and still holds its figures: it is verified like any
   * other (and cannot be, without its objective), not drawn unchecked. A solution without a plan (INFEASIBLE)
   * stays allowed.
   */
  @Test
  void anOptimalSolutionWithoutItsObjectiveIsNotDrawnUnverified() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString(), "--quiet").exitCode());
    ObjectNode sol = (ObjectNode) Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    sol.remove("objective");
    ((ObjectNode) sol.get("kpis")).put("coalProducedT", 1.0);
    Files.writeString(out.resolve("solution.json"), Json.MAPPER.writeValueAsString(sol));
    Path page = dir.resolve("r.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--solution", out.toString(), "--no-targets", "-o",
        page.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("that can be verified: the solution (status OPTIMAL) has no primal values"),
        r.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void solutionOfAnotherInstanceIsRefused() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString(), "--quiet").exitCode());
    Path page = dir.resolve("r.html");
    Cli r = Cli.run("report", Cli.instance("guiyang-2010.json"), "--solution", out.toString(), "-o", page.toString());
    assertTrue(r.exitCode() == 2 || r.exitCode() == 8, r.exitCode() + r.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void missingSolutionFileIsBadInput() {
    Path page = dir.resolve("r.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--solution", dir.resolve("nope.json").toString(), "-o",
        page.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("coalgrid: cannot read solution " + dir.resolve("nope.json")), r.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void oneSolutionPerCase() {
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), Cli.instance("tutorial.json"), "--solution", "x.json");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("give one --solution per case (2), got 1"), r.err());
  }

  @Test
  void halfACoordinateIsAnInputError() {
    Path page = dir.resolve("r.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--set", "regions.bijie.lon=105.3", "-o", page.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("$.regions[0].lat: region \"bijie\" has lon but no lat (give both map coordinates or "
        + "neither)"), r.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void solveWritesTheReportOfItsOwnSolution() throws Exception {
    Path out = dir.resolve("out");
    Path page = dir.resolve("solve.html");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--quiet", "--out", out.toString(), "--report",
        page.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wrote " + page), r.out());
    var data = PageData.embedded(Files.readString(page, StandardCharsets.UTF_8));
    var sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    PageData.assertDataMatchesSolution(data.get("cases").get(0), sol,
        org.coalgrid.io.InstanceReader.read(Path.of(Cli.instance("tutorial.json"))).instance());
    // every chart but the two per representative day (the tutorial is 12 months x peak/off-peak blocks)
    assertEquals(Report.CHARTS.size() - 2, data.get("cases").get(0).get("charts").size(), "a chart missing from solve");
  }

  @Test
  void reportWritesTheWorkbookOfAWrittenSolution() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString(), "--quiet").exitCode());
    Path xlsx = dir.resolve("r.xlsx");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--solution", out.toString(), "--no-targets", "-o",
        dir.resolve("r.html").toString(), "--xlsx", xlsx.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wrote " + xlsx), r.out());
    var sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    try (var in = Files.newInputStream(xlsx); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var objective = wb.getSheet("objective");
      assertEquals("TOTAL", objective.getRow(2).getCell(0).getStringCellValue());
      assertEquals(sol.get("objective").get("totalCny").asDouble(), objective.getRow(2).getCell(1).getNumericCellValue(),
          1e-9 * Math.abs(sol.get("objective").get("totalCny").asDouble()));
      assertEquals("CNY/yr", objective.getRow(1).getCell(1).getStringCellValue());
    }
  }

  @Test
  void writesTheNamedFileAndSaysSo() throws Exception {
    Path page = dir.resolve("sub").resolve("t.html");
    Files.createDirectories(page.getParent());
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--no-targets", "-o", page.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wrote " + page), r.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("tutorial"));
  }
}
