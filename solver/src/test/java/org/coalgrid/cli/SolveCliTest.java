package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real command line on the shipped tutorial instances. */
class SolveCliTest {
  @TempDir
  Path tmp;

  @Test
  void solvesTutorialAndWritesEveryFile() throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Status: OPTIMAL"), r.out());
    assertTrue(r.out().contains("Prices (checked"), r.out());
    for (String f : new String[] {"solution.json", "objective.csv", "mines.csv", "arcs.csv", "plants.csv",
        "plant_periods.csv", "coal_use.csv", "line_periods.csv", "industries.csv", "exports.csv",
        "prices_electricity.csv", "prices_coal.csv", "binding.csv"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    try (var s = Files.list(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
    JsonNode sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    assertEquals("OPTIMAL", sol.get("status").asText());
    assertEquals("clp", sol.get("solver").get("backend").asText(), "auto is CLP for an LP");
    assertTrue(sol.get("prices").get("available").asBoolean());
  }

  @Test
  void solvesTheMilpTutorialWithPricesFromTheFixedLp() throws Exception {
    Path out = tmp.resolve("milp");
    Cli r = Cli.run("solve", Cli.instance("tutorial-build.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    assertTrue(sol.get("model").get("integerVariables").asInt() > 0);
    assertTrue(sol.get("prices").get("available").asBoolean(), sol.get("prices").toString());
    assertTrue(sol.get("prices").get("source").asText().contains("integers fixed"));
  }

  @Test
  void highsLpPricesAreWithheldNotPrinted() {
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--solver", "highs");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Prices: not reported"), r.out());
    assertTrue(r.out().contains("failed the certificate"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"solve", "validate", "export-mps", "generate"})
  void everyCommandHasHelp(String cmd) {
    Cli r = Cli.run(cmd, "--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Usage: coalgrid " + cmd), r.out());
  }

  @Test
  void versionNamesOrTools() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("OR-Tools 9.15"), r.out());
  }

  @Test
  void validateAcceptsShippedInstances() {
    for (String f : new String[] {"tutorial.json", "tutorial-build.json"}) {
      Cli r = Cli.run("validate", Cli.instance(f));
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().contains("valid"));
    }
  }

  /** HiGHS prints a banner to the process's stdout unless told not to; run a child JVM so native output shows. */
  @Test
  void highsPrintsNothingOfItsOwnOnStdout() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "solve",
        Cli.instance("tutorial-build.json"), "--quiet").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertTrue(out.startsWith(Cli.instance("tutorial-build.json") + ": OPTIMAL"), out);
    assertEquals(1, out.lines().count(), out);
  }
}
