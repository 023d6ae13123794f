package org.coalgrid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.lp.MpsWriter;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor solves the same model as coalgrid (same objective and iterations); the exponent fit is right. */
class FloorAndReportTest {
  @TempDir
  Path dir;

  @Test
  void bareSolveOfTheExportedMpsMatchesCoalgrid() throws Exception {
    for (String[] c : new String[][] {{"tutorial", "glop"}, {"tutorial-build", "highs"}}) {
      Instance in = InstanceReader.read(BenchInstances.resolve(c[0])).instance();
      ModelContext ctx = Formulation.build(in, ObjectiveMode.COST);
      Backend b = Backend.parse(c[1]);
      SolveOutcome ours = AllocationSolver.solve(ctx, SolverSettings.defaults(b), 0);
      Path mps = dir.resolve(c[0] + ".mps");
      try (Writer w = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
        MpsWriter.write(ctx.lp(), c[0], w);
      }
      BareSolver.Result bare = BareSolver.solveMps(mps, b, 60, SolverSettings.DEFAULT_GAP);
      assertEquals("OPTIMAL", bare.status(), c[0]);
      assertEquals(ours.raw().objective(), bare.objective(), 1e-6 * Math.abs(ours.raw().objective()), c[0]);
      assertEquals(ctx.lp().numRows(), bare.rows());
      assertEquals(ctx.lp().numColumns(), bare.columns());
    }
  }

  /**
   * coalgrid's CLP (its C interface, fed from the model's arrays) and the CLP floor (the same library reading the
   * exported MPS itself) reach the same optimum. Their iteration counts may differ slightly: CLP's MPS reader
   * does not always parse the shortest round-trip decimals to the same last bit (guizhou-2010: 1,354 against
   * 1,368); the quick suite's gate watches coalgrid's iteration counts.
   */
  @Test
  void clpFloorTakesTheSamePathAsCoalgrid() throws Exception {
    for (String name : new String[] {"tutorial", "guizhou-2010", "S"}) {
      ModelContext ctx = Formulation.build(InstanceReader.read(BenchInstances.resolve(name)).instance(),
          ObjectiveMode.COST);
      SolveOutcome ours = AllocationSolver.solve(ctx, SolverSettings.defaults(Backend.CLP), 0);
      Path mps = dir.resolve(name + ".mps");
      try (Writer w = Files.newBufferedWriter(mps, StandardCharsets.UTF_8)) {
        MpsWriter.write(ctx.lp(), name, w);
      }
      BareSolver.Result bare = BareClp.solveMps(mps, "dual", 60);
      assertEquals("OPTIMAL", bare.status(), name);
      assertEquals(ours.raw().objective(), bare.objective(), 1e-7 * Math.max(1, Math.abs(bare.objective())), name);
    }
  }

  @Test
  void theFastestFloorMustReachTheSameObjective() throws Exception {
    var floors = Json.MAPPER.readTree("""
        [{"spec":"a","status":"OPTIMAL","objective":10.0,"seconds":{"total":3.0}},
         {"spec":"b","status":"OPTIMAL","objective":10.5,"seconds":{"total":1.0}},
         {"spec":"c","status":"NOT_SOLVED","objective":10.0,"seconds":{"total":0.5}},
         {"spec":"d","status":"OPTIMAL","objective":10.000001,"seconds":{"total":2.0}}]
        """);
    assertEquals("d", Floors.fastest(floors, 10.0).path("spec").asText());
    assertEquals(null, Floors.fastest(floors, 99.0));
  }

  @Test
  void slopeOfPowerLaws() {
    double[] nz = {1e4, 1e5, 1e6};
    assertEquals(1.0, ScalingReport.slope(nz, new double[] {2, 20, 200}), 1e-12);
    assertEquals(2.0, ScalingReport.slope(nz, new double[] {1, 100, 10000}), 1e-12);
    assertEquals(0.5, ScalingReport.slope(nz, new double[] {1, Math.sqrt(10), 10}), 1e-12);
  }
}
