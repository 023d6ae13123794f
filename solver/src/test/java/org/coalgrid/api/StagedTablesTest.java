package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coalgrid.Progress;
import org.coalgrid.cli.Cli;
import org.coalgrid.output.AtomicOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * solution.json and the CSV tables written while the verifier runs ({@link CoalGrid#solve(PlanningCase,
 * StagedTables)}): the same bytes as a write after the solve, and nothing at all when the verifier refuses the solve.
 */
class StagedTablesTest {
  @TempDir
  Path tmp;

  private static final CoalGrid GRID = CoalGrid.create(Settings.defaults());

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void stagedTablesAreTheBytesOfAWriteAfterTheSolve(boolean csvBom) throws Exception {
    for (String name : List.of("tutorial.json", "guizhou-2010.json", "examples/infeasible-export.json")) {
      PlanningCase c = GRID.load(Path.of(Cli.instance(name)));
      Path staged = tmp.resolve("staged-" + csvBom + "-" + name.replace('/', '-'));
      Solution s;
      try (AtomicOutput files = AtomicOutput.directory(staged, "solve", List.of(), "--out")) {
        StagedTables t = new StagedTables(files, csvBom);
        s = GRID.solve(c, t);
        assertTrue(t.written(), name);
        t.check();
        s.writeAfterTables(files, true);
        files.commit();
      }
      Path after = tmp.resolve("after-" + csvBom + "-" + name.replace('/', '-'));
      s.write(after, true, csvBom);
      List<String> names = names(after);
      assertEquals(names, names(staged), name);
      assertTrue(names.contains("solution.json"), name);
      assertEquals(s.hasSolution(), names.contains("mines.csv"), name);
      assertEquals(s.repair().isPresent(), names.contains("repair.json"), name);
      for (String f : names) {
        assertArrayEquals(Files.readAllBytes(after.resolve(f)), Files.readAllBytes(staged.resolve(f)), name + " " + f);
      }
    }
  }

  /**
   * A model edited so that its optimum breaks the instance (the plants' capacity rows freed, so the cheapest plants
   * run past their capacity) is refused by the verifier: the tables were written into the staging directory meanwhile, and
   * closing the set uncommitted leaves no output directory and no temporary beside it.
   */
  @Test
  void aSolveTheVerifierRefusesLeavesNothing() throws Exception {
    PlanningCase c = GRID.load(Path.of(Cli.instance("tutorial.json")));
    Path out = tmp.resolve("refused/out");
    Files.createDirectories(out.getParent());
    StagedTables t;
    try (AtomicOutput files = AtomicOutput.directory(out, "solve", List.of(), "--out")) {
      t = new StagedTables(files, false);
      VerificationFailedException e = assertThrows(VerificationFailedException.class,
          () -> SolvePipeline.solve(c, GRID.settings(), Progress.NONE, false, ctx -> {
            for (int i = 0; i < ctx.lp().numRows(); i++) {
              if (ctx.lp().rowName(i).startsWith("pcap")) {
                ctx.lp().setRowBounds(i, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
              }
            }
          }, t));
      assertFalse(e.getMessage().isBlank());
      assertTrue(t.written(), "the tables were staged while the verifier ran");
    }
    assertFalse(Files.exists(out));
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertEquals(List.of(), left.toList());
    }
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
