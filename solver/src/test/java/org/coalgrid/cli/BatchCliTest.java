package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalgrid batch}: a bad spec is exit 2 with JSON paths and nothing written; a run prints the summary. */
class BatchCliTest {
  @TempDir
  Path tmp;

  @Test
  void aBadSpecNamesEachProblemAndWritesNothing() throws Exception {
    Path spec = tmp.resolve("bad.json");
    Files.writeString(spec, "{\"instances\": \"" + Cli.instance("tutorial.json") + "\", \"grid\": [{\"name\": \"a\", "
        + "\"path\": \"lines.hvdc-gy-gd.capacity\", \"values\": [1]}]}", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli r = Cli.run("batch", spec.toString(), "--out", out.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("is not a valid batch spec (1 problem)"), r.err());
    assertTrue(r.err().contains("$.grid[0].values[0]: ") && r.err().contains("did you mean capacityMw"), r.err());
    assertFalse(Files.exists(out));
    assertEquals(2, Cli.run("batch", spec.toString(), "--out", out.toString(), "--isolation", "fork").exitCode());
  }

  @Test
  void aRunPrintsBestWorstAndAxisEffectsAndListsCases() throws Exception {
    Path spec = tmp.resolve("grid.json");
    Files.writeString(spec, """
        {"name": "co2-and-export", "instances": "%s", "settings": {"solver": "glop"},
         "grid": [{"name": "co2", "path": "policies.cap-co2.limit", "values": [2.3e7, 2.5e7]},
                  {"name": "outbound", "path": "policies.cap-outbound.limit", "values": [2e6, 4e6]}],
         "scenarios": [{"name": "no-coal", "set": ["policies.cap-coal.limit=1e6"]}],
         "output": {"solutions": true}}""".formatted(Cli.instance("tutorial.json")), StandardCharsets.UTF_8);
    Cli list = Cli.run("batch", spec.toString(), "--out", tmp.resolve("o").toString(), "--list");
    assertEquals(0, list.exitCode(), list.err());
    assertEquals(6, list.out().lines().count(), list.out());
    Cli r = Cli.run("batch", spec.toString(), "--out", tmp.resolve("o").toString(), "--isolation", "threads",
        "--workers", "2");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("INFEASIBLE 1, OPTIMAL 4"), r.out());
    assertTrue(r.out().contains("Batch co2-and-export: 5 cases (5 solved in this run, 0 resumed"), r.out());
    assertTrue(r.out().contains("Best (lowest objective"), r.out());
    assertTrue(r.out().contains("Worst (highest objective"), r.out());
    assertTrue(r.out().contains("  co2 (policies.cap-co2.limit):  23000000: "), r.out());
    assertTrue(r.out().contains("  outbound (policies.cap-outbound.limit):  2000000: "), r.out());
    String table = Files.readString(tmp.resolve("o/results.csv"));
    String header = table.lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("index,id,instance,co2,outbound,scenario,set,status,message,objective.totalCny,"),
        header);
    assertTrue(header.endsWith(",solution"), header);
    String first = table.lines().skip(1).findFirst().orElseThrow();
    String id = first.split(",")[1];
    assertTrue(first.endsWith(",solutions/" + id + "/solution.json"), first);
    assertTrue(Files.isRegularFile(tmp.resolve("o/solutions/" + id + "/solution.json")));
    Cli again = Cli.run("batch", spec.toString(), "--out", tmp.resolve("o").toString(), "--isolation", "threads");
    assertTrue(again.out().contains("(0 solved in this run, 5 resumed"), again.out());
    assertEquals(table, Files.readString(tmp.resolve("o/results.csv")));
  }
}
