package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalgrid verify}: exit 0 on a good solution, 8 on a tampered one, 2 on unreadable input. */
class VerifyCommandTest {
  @TempDir
  Path dir;

  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("instances").toFile().isDirectory()) {
      p = p.getParent();
    }
    return p;
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    var cl = Main.commandLine();
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    cl.setOut(new java.io.PrintWriter(out));
    cl.setErr(new java.io.PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void exitCodes() throws Exception {
    Path instance = repo().resolve("instances/tutorial.json");
    Instance in = InstanceReader.read(instance).instance();
    var result = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
    ObjectNode tree = Json.MAPPER.valueToTree(result);
    Path good = dir.resolve("solution.json");
    Json.writer().writeValue(good.toFile(), tree);

    Run ok = run("verify", instance.toString(), good.toString());
    assertEquals(ExitCodes.OK, ok.code(), ok.err());
    assertTrue(ok.out().matches("(?s)verified: \\d+ checks passed\\s*"), ok.out());
    assertEquals(0, Main.run("verify", instance.toString(), good.toString()));

    JsonNode mine = tree.get("mines").get(0);
    ((ObjectNode) mine).put("outputT", mine.get("capacityT").asDouble() * 2);
    Path bad = dir.resolve("bad.json");
    Json.writer().writeValue(bad.toFile(), tree);
    Run failed = run("verify", instance.toString(), bad.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, failed.code());
    assertEquals(8, failed.code());
    assertTrue(failed.out().contains("mine bounds " + mine.get("id").asText() + ": output"), failed.out());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"status\": \"OPTIMAL\", ", StandardCharsets.UTF_8);
    Run unreadable = run("verify", instance.toString(), broken.toString());
    assertEquals(ExitCodes.BAD_INPUT, unreadable.code());
    assertTrue(unreadable.err().startsWith("coalgrid: cannot read solution"), unreadable.err());
    assertTrue(!unreadable.err().contains("\tat "), "no stack trace: " + unreadable.err());

    Run missing = run("verify", instance.toString(), dir.resolve("none.json").toString());
    assertEquals(ExitCodes.BAD_INPUT, missing.code());
    Run notASolution = run("verify", instance.toString(), instance.toString());
    assertEquals(ExitCodes.BAD_INPUT, notASolution.code());
    assertTrue(notASolution.err().contains("not a solution.json"), notASolution.err());
    Run badInstance = run("verify", good.toString(), good.toString());
    assertEquals(ExitCodes.BAD_INPUT, badInstance.code());
  }

  @Test
  void whatIfSolutionsAreCheckedAgainstTheirScenario() throws Exception {
    String instance = repo().resolve("instances/tutorial.json").toString();
    Path out = dir.resolve("what-if");
    Run solved = run("solve", instance, "--set", "policies.cap-co2.limit=3e7", "--out", out.toString(), "--quiet");
    assertEquals(ExitCodes.OK, solved.code(), solved.err());
    Path solution = out.resolve("solution.json");
    Run ok = run("verify", instance, solution.toString());
    assertEquals(ExitCodes.OK, ok.code(), ok.out() + ok.err());

    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(solution.toFile());
    ((ObjectNode) tree.get("scenario").get(0)).put("set", "policies.no-such-cap.limit=3e7");
    Path invented = dir.resolve("invented.json");
    Json.writer().writeValue(invented.toFile(), tree);
    Run bad = run("verify", instance, invented.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, bad.code(), bad.out() + bad.err());
    assertTrue(bad.out().contains("scenario"), bad.out());

    tree.putArray("scenario");
    Json.writer().writeValue(invented.toFile(), tree);
    Run dropped = run("verify", instance, invented.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, dropped.code(), "a what-if checked against the base instance fails");
  }
}
