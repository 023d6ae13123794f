package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.reliability.HardInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backend that ignores its own time limit (simulated by withholding the limit from it) is still stopped:
 * SCIP by the watchdog's interrupt, CBC and HiGHS (which ignore interrupts) by abandoning them. The bound
 * on the wall time is a contract, not a benchmark: limit + 5 s grace + 10 s abandon + 5 s slack.
 */
class WatchdogTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "CBC", "HIGHS"})
  void aBackendIgnoringItsLimitIsStoppedAnyway(Backend backend) throws Exception {
    LinearProgram lp = Formulation.build(
        InstanceReader.read(HardInstance.write(tmp.resolve("hard.json"), 64, 48, 7)).instance(),
        ObjectiveMode.COST).lp();
    double limit = 1;
    SolverSettings s = SolverSettings.defaults(backend);
    s = new SolverSettings(backend, limit, 1, s.relativeGap(), s.priceBackend(), false);
    long t0 = System.nanoTime();
    RawSolution raw = OrToolsAdapter.solve(lp, s, false);
    double wall = (System.nanoTime() - t0) / 1e9;
    assertTrue(wall < limit + 20, backend + " returned after " + wall + " s");
    // OPTIMAL is an honest answer too if the backend finished before the watchdog (HiGHS sometimes does)
    assertTrue(raw.status() == SolveStatus.FEASIBLE || raw.status() == SolveStatus.NO_SOLUTION
        || raw.status() == SolveStatus.OPTIMAL, backend + ": " + raw.status() + " " + raw.message());
    if (raw.status() == SolveStatus.FEASIBLE) {
      assertTrue(raw.relativeGap() >= 0, "gap " + raw.relativeGap());
    }
  }
}
