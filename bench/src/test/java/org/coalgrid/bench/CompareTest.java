package org.coalgrid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate passes an unchanged run and fails each kind of regression it is meant to catch. */
class CompareTest {
  @TempDir
  Path dir;

  private static final String RUN = """
      {"suite":"quick","results":[{"instance":"S","backend":"glop","status":"OPTIMAL","objective":-1113.4174,
       "iterations":1757,"nodes":0,"model":{"columns":2966,"rows":2557,"nonzeros":9851,"integers":0},
       "overheadRatioVsReadAndSolve":2.0,"floor":{"seconds":{"read":0.3,"solve":0.4}}}]}
      """;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private int compareWith(String field, Object value) throws Exception {
    ObjectNode run = (ObjectNode) Json.MAPPER.readTree(RUN);
    ObjectNode r = (ObjectNode) run.get("results").get(0);
    String[] path = field.split("\\.");
    for (int k = 0; k < path.length - 1; k++) {
      r = (ObjectNode) r.get(path[k]);
    }
    r.putPOJO(path[path.length - 1], value);
    return Compare.run(write("base.json", RUN).toString(),
        write("run.json", Json.MAPPER.writeValueAsString(run)).toString());
  }

  @Test
  void unchangedRunPasses() throws Exception {
    assertEquals(0, Compare.run(write("a.json", RUN).toString(), write("b.json", RUN).toString()));
  }

  @Test
  void eachGateFails() throws Exception {
    assertEquals(1, compareWith("status", "INFEASIBLE"));
    assertEquals(1, compareWith("model.nonzeros", 9852));
    assertEquals(1, compareWith("objective", -1113.5));
    assertEquals(1, compareWith("iterations", 2300));
    assertEquals(1, compareWith("overheadRatioVsReadAndSolve", 6.5));
  }

  @Test
  void noiseWithinTheRulePasses() throws Exception {
    assertEquals(0, compareWith("objective", -1113.4174 * (1 + 1e-9)));
    assertEquals(0, compareWith("iterations", 2000));
    assertEquals(0, compareWith("overheadRatioVsReadAndSolve", 5.5));
  }

  /** With CPU figures in the baseline, the ratio to the same backend's bare solve is gated in CPU seconds. */
  @Test
  void theSameBackendRatioIsGatedInCpuSecondsWhenTheBaselineHasThem() throws Exception {
    String cpu = RUN.replace("\"floor\":{\"seconds\":{\"read\":0.3,\"solve\":0.4}}",
        "\"cpuOverheadRatioVsReadAndSolve\":2.5,\"floor\":{\"seconds\":{\"read\":0.3,\"solve\":0.4},"
        + "\"cpuSeconds\":{\"read\":0.3,\"solve\":0.5}}");
    Path base = write("cpu.json", cpu);
    // the wall ratio jumps (another job took the machine), the CPU ratio does not: no regression
    assertEquals(0, Compare.run(base.toString(), write("wall-noise.json",
        cpu.replace("\"overheadRatioVsReadAndSolve\":2.0", "\"overheadRatioVsReadAndSolve\":9.0")).toString()));
    assertEquals(1, Compare.run(base.toString(), write("cpu-slow.json",
        cpu.replace("\"cpuOverheadRatioVsReadAndSolve\":2.5", "\"cpuOverheadRatioVsReadAndSolve\":8.0")).toString()));
  }

  @Test
  void timeIsNotGatedWhenTheFloorIsTooShort() throws Exception {
    String tiny = RUN.replace("\"read\":0.3,\"solve\":0.4", "\"read\":0.05,\"solve\":0.05");
    Path base = write("tiny.json", tiny);
    Path run = write("tiny-run.json", tiny.replace("\"overheadRatioVsReadAndSolve\":2.0",
        "\"overheadRatioVsReadAndSolve\":50.0"));
    assertEquals(0, Compare.run(base.toString(), run.toString()));
  }

  @Test
  void missingCaseAndBadInput() throws Exception {
    Path base = write("base.json", RUN);
    Path empty = write("empty.json", "{\"results\":[]}");
    assertEquals(1, Compare.run(base.toString(), empty.toString()));
    assertEquals(2, Compare.run(base.toString(), write("bad.json", "{}").toString()));
    assertEquals(2, Compare.run(base.toString()));
  }

  private static final String MID = """
      {"suite":"quick","results":[{"instance":"R276","requestedBackend":"auto","backend":"clp","status":"OPTIMAL",
       "objective":-37431.7215,"iterations":39605,"nodes":0,
       "model":{"columns":89992,"rows":76519,"nonzeros":305138,"integers":0},
       "overheadRatioVsReadAndSolve":1.3,"floor":{"seconds":{"read":0.4,"solve":3.0}},
       "fastestFloor":"debian-clp-dual","fastestFloorSeconds":3.2,"ratioToFastestFloor":1.4}]}
      """;

  private int compareMid(String field, Object value) throws Exception {
    ObjectNode run = (ObjectNode) Json.MAPPER.readTree(MID);
    ObjectNode r = (ObjectNode) run.get("results").get(0);
    r.putPOJO(field, value);
    return Compare.run(write("base.json", MID).toString(),
        write("run.json", Json.MAPPER.writeValueAsString(run)).toString());
  }

  private static final String MID_CPU = MID.replace("\"ratioToFastestFloor\":1.4}",
      "\"ratioToFastestFloor\":1.4,\"fastestFloorByCpu\":\"debian-clp-dual\",\"fastestFloorCpuSeconds\":3.1,"
      + "\"cpuRatioToFastestFloor\":2.0}");

  /**
   * With CPU figures in the baseline the mid-size case is gated in CPU seconds: a default that costs 3.5 times
   * the baseline's CPU ratio fails, even if its wall ratio looks fine (wall time depends on the other jobs).
   */
  @Test
  void theMidSizeDefaultIsGatedInCpuSeconds() throws Exception {
    Path base = write("base-cpu.json", MID_CPU);
    assertEquals(0, Compare.run(base.toString(), write("same.json", MID_CPU).toString()));
    assertEquals(0, Compare.run(base.toString(), write("noise.json", MID_CPU
        .replace("\"cpuRatioToFastestFloor\":2.0", "\"cpuRatioToFastestFloor\":2.9")).toString()));
    assertEquals(1, Compare.run(base.toString(), write("slow.json", MID_CPU
        .replace("\"cpuRatioToFastestFloor\":2.0", "\"cpuRatioToFastestFloor\":7.0")).toString()));
    // a run without the CPU ratio (no floor reached the objective) fails too
    assertEquals(1, Compare.run(base.toString(), write("none.json", MID_CPU
        .replace(",\"cpuRatioToFastestFloor\":2.0", "")).toString()));
  }

  /** A default backend that scales badly is caught against the fastest bare solver, and the case is still found. */
  @Test
  void aSlowerDefaultFailsAgainstTheFastestBareSolver() throws Exception {
    assertEquals(0, compareMid("ratioToFastestFloor", 1.9));
    assertEquals(1, compareMid("ratioToFastestFloor", 4.5));
    ObjectNode run = (ObjectNode) Json.MAPPER.readTree(MID);
    ((ObjectNode) run.get("results").get(0)).put("backend", "glop").put("ratioToFastestFloor", 3.9);
    assertEquals(1, Compare.run(write("base.json", MID).toString(),
        write("run.json", Json.MAPPER.writeValueAsString(run)).toString()), "matched by the requested backend");
  }

  /** The committed baseline ({@code bench/baseline/quick.json}), which {@code .ci/run} gates every CI run against. */
  private static Path committedBaseline() {
    return BenchInstances.repo().resolve("bench/baseline/quick.json");
  }

  /** The mid-size LP case of the default backend in a suite file (an L-like model of 200,000–500,000 nonzeros). */
  private static ObjectNode midSizeDefault(JsonNode suite) {
    for (JsonNode r : suite.path("results")) {
      long nz = r.path("model").path("nonzeros").asLong();
      if (r.path("requestedBackend").asText().equals("auto") && r.path("model").path("integers").asLong() == 0
          && nz >= 200_000 && nz <= 500_000) {
        return (ObjectNode) r;
      }
    }
    return null;
  }

  /** Runs the gate on the committed baseline and a run, returning the exit code and what it printed. */
  private static String[] gate(Path base, Path run) {
    PrintStream old = System.out;
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
      int code = Compare.run(base.toString(), run.toString());
      return new String[] {Integer.toString(code), text.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(old);
    }
  }

  /**
   * What CI runs: the committed baseline holds an L-like mid-size LP solved by the default backend, whose time
   * ratios are gated (its bare solve is long enough); a run identical to it passes, and a run in which the
   * default backend's CPU ratio at that size grows past the rule fails the gate on that case, by the ratio to
   * the fastest bare solver and by the ratio to the same backend's bare solve.
   */
  @Test
  void theCommittedBaselineFailsARegressionOfTheDefaultAtMidSize() throws Exception {
    Path committed = committedBaseline();
    JsonNode base = Json.MAPPER.readTree(committed.toFile());
    ObjectNode mid = midSizeDefault(base);
    assertNotNull(mid, "bench/baseline/quick.json has a mid-size LP with the default backend (auto)");
    String key = mid.path("instance").asText() + ":auto";
    assertEquals(Backend.defaultFor(false).cliName(), mid.path("backend").asText(), "auto is the default LP backend");
    assertTrue(mid.path("fastestFloorCpuSeconds").asDouble() >= 0.5, "its ratio to the fastest floor is gated");
    assertTrue(mid.path("floor").path("cpuSeconds").path("solve").asDouble() >= 0.5, "its same-backend ratio is gated");
    for (JsonNode r : base.path("results")) {
      assertTrue(r.has("status") && r.has("objective") && r.has("iterations") && r.path("model").has("nonzeros"),
          "every case has the stable counters");
    }

    String[] same = gate(committed, committed);
    assertEquals("0", same[0], same[1]);

    // noise within the rule: the CPU ratio to the fastest bare solver 1.4 times the baseline's
    ObjectNode noisy = (ObjectNode) base.deepCopy();
    ObjectNode m = midSizeDefault(noisy);
    m.put("cpuRatioToFastestFloor", mid.path("cpuRatioToFastestFloor").asDouble() * 1.4);
    String[] ok = gate(committed, write("noisy.json", Json.MAPPER.writeValueAsString(noisy)));
    assertEquals("0", ok[0], ok[1]);

    // the default backend 1.6 times slower at mid size than in the baseline, against the fastest bare solver
    ObjectNode slow = (ObjectNode) base.deepCopy();
    midSizeDefault(slow).put("cpuRatioToFastestFloor", mid.path("cpuRatioToFastestFloor").asDouble() * 1.6);
    String[] failed = gate(committed, write("slow.json", Json.MAPPER.writeValueAsString(slow)));
    assertEquals("1", failed[0], failed[1]);
    assertTrue(failed[1].contains("FAIL " + key) && failed[1].contains("vs fastest"), failed[1]);
    assertTrue(failed[1].contains("1 regression(s)"), failed[1]);

    // the same against its own backend's bare solve (3.5 times the baseline's CPU ratio)
    ObjectNode slowSame = (ObjectNode) base.deepCopy();
    midSizeDefault(slowSame).put("cpuOverheadRatioVsReadAndSolve",
        mid.path("cpuOverheadRatioVsReadAndSolve").asDouble() * 3.5);
    String[] failedSame = gate(committed, write("slow-same.json", Json.MAPPER.writeValueAsString(slowSame)));
    assertEquals("1", failedSame[0], failedSame[1]);
    assertTrue(failedSame[1].contains("FAIL " + key) && failedSame[1].contains("time ratio"), failedSame[1]);
  }
}
