package org.coalgrid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.output.Json;
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
}
