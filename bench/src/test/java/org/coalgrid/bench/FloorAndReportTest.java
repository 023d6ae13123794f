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

  @Test
  void slopeOfPowerLaws() {
    double[] nz = {1e4, 1e5, 1e6};
    assertEquals(1.0, ScalingReport.slope(nz, new double[] {2, 20, 200}), 1e-12);
    assertEquals(2.0, ScalingReport.slope(nz, new double[] {1, 100, 10000}), 1e-12);
    assertEquals(0.5, ScalingReport.slope(nz, new double[] {1, Math.sqrt(10), 10}), 1e-12);
  }
}
