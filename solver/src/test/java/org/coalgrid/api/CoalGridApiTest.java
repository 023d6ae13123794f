package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coalgrid.cli.Cli;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API on real solves: one case solved on several threads at once gives byte-identical verified results;
 * a file, its text and its domain records give the same answer; each kind of failure comes as its exception with
 * the command line's exit code.
 */
class CoalGridApiTest {
  @TempDir
  Path tmp;

  private static final Path TUTORIAL = Path.of(Cli.instance("tutorial.json"));
  private static final CoalGrid GLOP = CoalGrid.create(Settings.defaults().withBackend(Backend.GLOP));

  private static String bytes(Solution s) throws Exception {
    return Json.writer().writeValueAsString(s.tree());
  }

  @Test
  void oneCaseSolvedOnFourThreadsAtOnceGivesIdenticalVerifiedResults() throws Exception {
    PlanningCase c = GLOP.load(TUTORIAL);
    String sequential = bytes(GLOP.solve(c));
    int n = 4;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Solution>> futures = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Callable<Solution> task = () -> {
          start.await();
          Solution s = GLOP.solve(c);
          s.explain(); // the lazily shared explanation, raced on purpose
          return s;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Solution> f : futures) {
        Solution s = f.get();
        assertEquals(sequential, bytes(s));
        assertTrue(s.verification().orElseThrow().passed());
        assertEquals(5, s.topCaps(5).size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFileItsTextAndItsRecordsGiveTheSameAnswer() throws Exception {
    PlanningCase fromFile = GLOP.load(TUTORIAL);
    PlanningCase fromText = GLOP.parse(Files.readString(TUTORIAL, StandardCharsets.UTF_8), "tutorial (text)",
        WhatIf.none());
    PlanningCase fromRecords = GLOP.of(fromFile.instance(), WhatIf.none());
    double objective = GLOP.solve(fromFile).objectiveCny().getAsDouble();
    assertEquals(objective, GLOP.solve(fromText).objectiveCny().getAsDouble(), 1e-9 * Math.abs(objective));
    assertEquals(objective, GLOP.solve(fromRecords).objectiveCny().getAsDouble(), 1e-9 * Math.abs(objective));
    assertEquals("tutorial (text)", fromText.source());
    assertEquals(fromFile.name(), fromRecords.source());
  }

  @Test
  void overridesAreAppliedRecordedAndNamedInTheOrigin() throws Exception {
    PlanningCase c = GLOP.load(TUTORIAL, WhatIf.of("policies.cap-co2.limit=3e7"));
    assertEquals(TUTORIAL + " with --set policies.cap-co2.limit=3e7", c.origin());
    assertEquals(1, c.scenario().size());
    Solution s = GLOP.solve(c);
    assertEquals("policies.cap-co2.limit=3e7", s.result().scenario().get(0).set());
    assertTrue(s.summaryText().startsWith("What-if --set policies.cap-co2.limit=3e7  ("), s.summaryText());
    assertThrows(IllegalArgumentException.class, () -> WhatIf.of("no-equals-sign"));
  }

  @Test
  void badInputIsAnInvalidInstanceWithItsJsonPaths() throws Exception {
    Path notJson = Files.writeString(tmp.resolve("x.json"), "{ not json");
    InvalidInstanceException e = assertThrows(InvalidInstanceException.class, () -> GLOP.load(notJson));
    assertTrue(e.unreadable());
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.lines().get(0).startsWith("$: "), e.lines().toString());

    ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(TUTORIAL.toFile());
    ((ObjectNode) tree.withArray("plants").get(0)).put("region", "nowhere");
    Path bad = Files.writeString(tmp.resolve("bad.json"), Json.MAPPER.writeValueAsString(tree));
    e = assertThrows(InvalidInstanceException.class, () -> GLOP.load(bad));
    assertFalse(e.unreadable());
    assertTrue(e.lines().stream().anyMatch(l -> l.startsWith("$.plants[0].region: ")), e.lines().toString());

    e = assertThrows(InvalidInstanceException.class, () -> GLOP.load(TUTORIAL, WhatIf.of("plants.no-such.capacityMw=1")));
    assertEquals(TUTORIAL.toString(), e.origin());
  }

  @Test
  void aModelOverTheHeapBudgetIsRefusedBeforeBuilding() throws Exception {
    PlanningCase c = GLOP.load(TUTORIAL);
    System.setProperty(CoalGrid.HEAP_BUDGET_PROPERTY, "1000");
    try {
      ModelTooLargeException e = assertThrows(ModelTooLargeException.class, () -> GLOP.solve(c));
      assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
      assertEquals(1000, e.budgetBytes());
      assertTrue(e.neededBytes() > 1000);
      assertThrows(ModelTooLargeException.class, () -> GLOP.exportMps(c, tmp.resolve("m.mps")));
      assertFalse(Files.exists(tmp.resolve("m.mps")));
    } finally {
      System.clearProperty(CoalGrid.HEAP_BUDGET_PROPERTY);
    }
  }

  @Test
  void anInfeasiblePlanIsASolutionWithItsRepair() throws Exception {
    PlanningCase c = GLOP.load(Path.of(Cli.instance("examples/infeasible-export.json")));
    Solution s = GLOP.solve(c);
    assertEquals("INFEASIBLE", s.status());
    assertEquals(4, s.exitCode());
    assertFalse(s.hasSolution());
    assertTrue(s.verification().isEmpty());
    assertTrue(s.repair().orElseThrow().repaired(), s.repairText().orElse(""));
    assertTrue(GLOP.repair(s).repaired());
    Solution noRepair = GLOP.withSettings(GLOP.settings().withRepairOnInfeasible(false)).solve(c);
    assertTrue(noRepair.repair().isEmpty());
  }

  @Test
  void verifyPassesTheWrittenSolutionAndFailsATamperedOne() throws Exception {
    PlanningCase c = GLOP.load(TUTORIAL);
    Solution s = GLOP.solve(c);
    s.write(tmp.resolve("out"), false);
    assertTrue(GLOP.verify(c, tmp.resolve("out/solution.json")).passed());
    ObjectNode tampered = s.tree().deepCopy();
    ((ObjectNode) tampered.get("objective")).put("totalCny", s.objectiveCny().getAsDouble() * 1.01);
    Verification v = GLOP.verify(c, tampered, "tampered");
    assertFalse(v.passed());
    assertEquals(ExitCodes.VERIFICATION_FAILED, v.exitCode());
    InvalidSolutionException e = assertThrows(InvalidSolutionException.class,
        () -> GLOP.verify(c, tmp.resolve("none.json")));
    assertEquals("cannot read solution " + tmp.resolve("none.json") + ": no such file", e.getMessage());
  }

  @Test
  void rangingAMilpIsNotApplicable() throws Exception {
    PlanningCase milp = GLOP.load(Path.of(Cli.instance("tutorial-build.json")));
    assertTrue(milp.isMilp());
    assertEquals(ExitCodes.BAD_INPUT,
        assertThrows(NotApplicableException.class, () -> GLOP.sensitivity(milp)).exitCode());
    RangingResult r = GLOP.sensitivity(GLOP.load(TUTORIAL));
    assertTrue(r.optimal());
    assertFalse(r.report().orElseThrow().caps().isEmpty());
    assertThrows(IllegalArgumentException.class,
        () -> CoalGrid.create(Settings.defaults().withSolver("highs")).sensitivity(milp));
  }

  @Test
  void aSolutionFileAndASolvedInstanceCompare() throws Exception {
    Solution s = GLOP.solve(GLOP.load(TUTORIAL));
    s.write(tmp.resolve("a"), false);
    ComparisonSide a = GLOP.compareSide(tmp.resolve("a"), WhatIf.none());
    assertTrue(a.inputTree().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> GLOP.compareSide(tmp.resolve("a"), WhatIf.of("x=1")));
    ComparisonSide b = GLOP.compareSide(TUTORIAL, WhatIf.of("policies.cap-co2.limit=2.4e7"));
    assertTrue(b.label().endsWith("[--set policies.cap-co2.limit=2.4e7] (solved by glop: OPTIMAL)"), b.label());
    var changes = GLOP.compare(a, b, 1e-3, 1e-6);
    assertTrue(changes.stream().anyMatch(ch -> ch.section().equals("objective")), changes.toString());
    assertTrue(GLOP.compare(a, GLOP.compareSide(TUTORIAL, WhatIf.none()), 1e-3, 1e-6).isEmpty());
  }

  @Test
  void settingsRefuseWhatTheCommandLineRefuses() {
    Settings d = Settings.defaults();
    assertEquals("must be one of auto, glop, clp, pdlp, highs, scip, cbc, cp-sat; got 'nope'",
        assertThrows(IllegalArgumentException.class, () -> d.withSolver("nope")).getMessage());
    assertEquals("must be an LP backend with checked duals: glop, clp or pdlp; got 'scip'",
        assertThrows(IllegalArgumentException.class, () -> d.withPriceSolver("scip")).getMessage());
    assertEquals("must be cost or welfare, got 'profit'",
        assertThrows(IllegalArgumentException.class, () -> d.withObjective("profit")).getMessage());
    for (double t : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> d.withTimeLimit(t));
    }
    assertThrows(IllegalArgumentException.class, () -> d.withGap(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> d.withGap(1));
    assertThrows(IllegalArgumentException.class, () -> d.withThreads(0));
    assertThrows(IllegalArgumentException.class, () -> d.withRelax(List.of("nonsense")));
    assertThrows(IllegalArgumentException.class, () -> d.withRepairWeight("policy", -1));
    assertEquals(null, d.withSolver("auto").backend());
    assertEquals(Backend.CLP, d.withSolver("CLP").backend());
  }
}
