package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalgrid explain} and the repair after an infeasible {@code solve}, through the real command line. */
class ExplainCliTest {
  @TempDir
  Path tmp;

  @Test
  void explainsTheTutorialAndWritesExplainFiles() throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("explain", Cli.instance("tutorial.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("## What binds, most valuable first"), r.out());
    assertTrue(r.out().contains("1. Policy CO2 cap 二氧化碳排放控制 binds: shadow price -98.83 CNY/t CO2"), r.out());
    assertTrue(r.out().contains("Corridor Liupanshui-Guangdong 500 kV AC"), r.out());
    assertTrue(r.out().contains("## Electricity price 电价 (CNY/MWh) by period and region"), r.out());
    assertTrue(r.out().contains("## Congestion rent 阻塞租金 (CNY/MWh) by period and congested line"), r.out());
    assertFalse(r.out().contains("Coal 煤炭\n"), "explain prints the explanation, not the summary");
    String md = Files.readString(out.resolve("explain.md"));
    assertEquals(r.out().substring(0, r.out().indexOf("Wrote ")), md);
    JsonNode ex = Json.MAPPER.readTree(out.resolve("explain.json").toFile());
    assertTrue(ex.get("pricesAvailable").asBoolean());
    assertEquals("policy", ex.get("findings").get(0).get("kind").asText());
    assertTrue(Files.isRegularFile(out.resolve("solution.json")));
  }

  @Test
  void pricesWithheldAreSaidPlainly() {
    Cli r = Cli.run("explain", Cli.instance("tutorial.json"), "--solver", "highs");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Prices and shadow prices are not available: duals from highs failed the certificate"),
        r.out());
    assertFalse(r.out().contains("What binds"), r.out());
  }

  @Test
  void solveExplainAddsTheExplanationToTheSummary() {
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--explain");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Coal 煤炭"), r.out());
    assertTrue(r.out().contains("## What binds, most valuable first"), r.out());
  }

  @Test
  void infeasibleSolveExitsFourAndPrintsTheRepair() throws Exception {
    Path out = tmp.resolve("inf");
    Cli r = Cli.run("solve", Cli.instance("examples/infeasible-export.json"), "--out", out.toString());
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.out().contains("Status: INFEASIBLE"), r.out());
    assertTrue(r.out().contains("The plan cannot close. The cheapest way to make it close"), r.out());
    assertTrue(r.out().contains("1. policy West-East export quota 西电东送送电量 floor lowered by 6.10 TWh"), r.out());
    JsonNode rep = Json.MAPPER.readTree(out.resolve("repair.json").toFile());
    assertEquals("REPAIRED", rep.get("status").asText());
    assertEquals("export-quota", rep.get("relaxations").get(0).get("entity").asText());
  }

  @Test
  void relaxAndWeightOptionsChooseWhatGivesWay() {
    Cli r = Cli.run("solve", Cli.instance("examples/infeasible-export.json"), "--relax", "policy");
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.out().contains("relaxable: policy)"), r.out());
    assertFalse(r.out().contains("industry "), r.out());
  }

  @Test
  void noRepairSkipsIt() {
    Cli r = Cli.run("solve", Cli.instance("examples/infeasible-export.json"), "--no-repair");
    assertEquals(4, r.exitCode(), r.err());
    assertFalse(r.out().contains("The plan cannot close. The cheapest way"), r.out());
  }

  @Test
  void explainOnAnInfeasiblePlanShowsTheRepair() {
    Cli r = Cli.run("explain", Cli.instance("examples/infeasible-export.json"));
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.out().contains("## Infeasibility repair"), r.out());
  }

  @Test
  void badRelaxKindOrWeightIsAUsageError() {
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--relax", "policy,magic");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown relaxable kind 'magic'; allowed: demand, export_contract"), r.err());
    assertEquals("", r.out());
    Cli w = Cli.run("solve", Cli.instance("tutorial.json"), "--weight", "policy=-3");
    assertEquals(2, w.exitCode());
    assertTrue(w.err().contains("--weight policy must be a positive number (CNY per unit), got '-3'"), w.err());
  }
}
