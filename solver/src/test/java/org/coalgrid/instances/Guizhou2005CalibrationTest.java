package org.coalgrid.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;

/**
 * guizhou-2005 reproduces Guizhou's reported 2005 totals (seed 000, C-G01 / P-G04 / P-G01 / P-G02) from the
 * least-cost plan, without any constraint forcing them: coal output 106 Mt and generation 78.678 TWh within
 * the stated calibration tolerance of ±2 %; installed capacity 13,240 MW and export capability 4,000 MW are
 * data and must match exactly.
 */
class Guizhou2005CalibrationTest {
  /** The stated calibration tolerance (relative), also the tolerance of the instance's two EQ targets. */
  static final double CALIBRATION_TOLERANCE = 0.02;

  @Test
  void leastCostPlanReproducesTheReported2005Totals() throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance("guizhou-2005.json"))).instance();
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
    var k = r.kpis();
    assertEquals(106e6, k.coalProducedT(), CALIBRATION_TOLERANCE * 106e6, "coal output 原煤产量 (t/yr)");
    assertEquals(78.678e6, k.generationMwh(), CALIBRATION_TOLERANCE * 78.678e6, "generation 发电量 (MWh/yr)");
    double installed = k.capacityByTypeMw().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(13_240, installed, 1e-9, "installed capacity 装机容量 (MW)");
    double exportCapability = in.lines().stream().filter(l -> l.to().equals("guangdong"))
        .mapToDouble(l -> l.capacityMw()).sum();
    assertEquals(4_000, exportCapability, 1e-9, "export capability 外送能力 (MW)");
    // the calibration targets recorded in the instance use the same tolerance
    in.targets().stream().filter(t -> t.id().equals("coal-output-2005") || t.id().equals("generation-2005"))
        .forEach(t -> assertEquals(CALIBRATION_TOLERANCE, t.tolerance(), 0, t.id()));
  }
}
