package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --set through the real command line: exit code 2 and one clear line for a bad path or value, nothing written. */
class SetOptionCliTest {
  @TempDir
  Path tmp;

  private static final String TUTORIAL = Cli.instance("tutorial.json");

  private void assertRejected(Cli r, String message) {
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains(message), "missing: " + message + "\n--- stderr:\n" + r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void badPathGivesExit2AndNoOutput() {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", TUTORIAL, "--set", "lines.hvdc1.capacityMw=4000", "--out", out.toString());
    assertRejected(r, "--set lines.hvdc1.capacityMw: no line with id 'hvdc1' in $.lines (known ids: ");
    assertFalse(Files.exists(out));
    assertEquals("", r.out());
  }

  @Test
  void badValueGivesExit2WithTheJsonPath() {
    assertRejected(Cli.run("validate", TUTORIAL, "--set", "mines.bijie-mines.capacityT=-1"),
        "$.mines[1].capacityT: must be >= 0, got -1");
    assertRejected(Cli.run("export-mps", TUTORIAL, tmp.resolve("m.mps").toString(), "--set",
        "lines.hvdc-gy-gd.capacityMw=lots"), "$.lines[2].capacityMw: expected a number, got string \"lots\"");
    assertFalse(Files.exists(tmp.resolve("m.mps")));
  }

  @Test
  void malformedSetIsAUsageError() {
    assertRejected(Cli.run("validate", TUTORIAL, "--set", "capacity"), "--set needs PATH=VALUE");
  }

  @Test
  void solveRecordsTheOverridesInSolutionJson() throws IOException {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", TUTORIAL, "--quiet", "--set", "policies.cap-coal.limit=2.1e7", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    JsonNode edit = sol.get("scenario").get(0);
    assertEquals("policies.cap-coal.limit=2.1e7", edit.get("set").asText());
    assertEquals("$.policies[0].limit", edit.get("jsonPath").asText());
    assertEquals(28e6, edit.get("previous").asDouble());
    assertEquals(21e6, edit.get("value").asDouble());
    // the cap binds in the tutorial, so production follows it
    assertEquals(21e6, sol.get("kpis").get("coalProducedT").asDouble(), 1.0);
  }
}
