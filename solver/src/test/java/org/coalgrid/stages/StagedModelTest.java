package org.coalgrid.stages;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ColumnKind;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;

/**
 * The staged model: stages copied with their names prefixed, objectives weighted, shared columns and linking rows;
 * each stage's view of the whole solution is its own result, which the independent verifier accepts.
 *
 * <p>The fixture ({@link #build(double)}): existing gas G 100 MW at 500 CNY/MWh; candidate N of 50 MW units (up to
 * 4) at 100 CNY/MWh and 200,000 CNY/MW/yr (10e6 CNY per unit and year); one block of 8760 h. Cost of a year by
 * units built b (CNY): demand 120 MW: b=2 195.2e6, b=3 135.12e6 (best), b=4 145.12e6; demand 60 MW: b=1 97.6e6,
 * b=2 72.56e6 (best), b=3 82.56e6.
 */
class StagedModelTest {
  private static final SolverSettings MILP = new SolverSettings(Backend.HIGHS, 60, 1, 1e-9, Backend.GLOP, false);

  static Instance build(double demandMw) {
    return Fixtures.create().region("A")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(500)
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(100).plantBuild(50, 4, 200000)
        .demand("D", "A", demandMw).build();
  }

  private static Solved stage(StagedModel m, int s, LpSolver.Solved whole) {
    SolveOutcome out = m.stageOutcome(s, whole, MILP, 0);
    Solved solved = new Solved(out, ResultBuilder.build(out, m.stages().get(s).id()));
    Verified.verify(m.stages().get(s).instance(), solved.result());
    return solved;
  }

  @Test
  void stagesWithoutLinksSolveAsTheirOwnModelsWeighted() {
    StagedModel m = StagedModel.build(List.of(new Stage("y1", build(120), 1), new Stage("y2", build(60), 0.5)),
        ObjectiveMode.COST, Set.of()).freeze();
    LinearProgram lp = m.lp();
    assertTrue(lp.row("y1:power.A.year") >= 0 && lp.row("y2:power.A.year") >= 0);
    assertEquals(ModelNames.RowKind.POWER, ModelNames.RowKind.of("y2:power.A.year"));
    assertEquals(ColumnKind.B, ColumnKind.of(lp.columnName(m.column(1, m.model(1).vars().b[1]))));
    assertEquals("year", ModelNames.lastPart("y2:power.A.year"));
    assertEquals("y2", ModelNames.stageOf("y2:pcap.N.year"));
    assertNull(ModelNames.stageOf("pcap.N.year"));
    assertEquals("pcap.N.year", ModelNames.unstaged("y2:pcap.N.year"));

    LpSolver.Solved whole = m.solve(MILP);
    assertEquals(SolveStatus.OPTIMAL, whole.raw().status());
    near(135.12e6 + 0.5 * 72.56e6, whole.raw().objective() * 1e6, "weighted objective");
    Solved y1 = stage(m, 0, whole);
    Solved y2 = stage(m, 1, whole);
    assertEquals(3, y1.plant("N").builtUnits());
    assertEquals(2, y2.plant("N").builtUnits());
    near(72.56e6, y2.objectiveCny(), "stage 2 objective, unweighted");
    near(20e6, y2.term("CAPEX"));
    // prices in the stage's own money: the weight is divided out
    near(100, y1.power("A", "year"));
    near(100, y2.power("A", "year"));
    near(Solved.solve(build(60)).power("A", "year"), y2.power("A", "year"));
  }

  @Test
  void aSharedColumnIsOneDecisionForAllStages() {
    // expected cost with b shared, probabilities 1/2: b=2 (195.2 + 72.56)/2 = 133.88e6; b=3 (135.12 + 82.56)/2 =
    // 108.84e6 (best); b=4 (145.12 + 92.56)/2 = 118.84e6
    StagedModel m = StagedModel.build(List.of(new Stage("wet", build(60), 0.5), new Stage("dry", build(120), 0.5)),
        ObjectiveMode.COST, Set.of(ModelNames.b("N")));
    LpSolver.Solved whole = m.solve(MILP);
    LinearProgram lp = m.lp();
    int b = lp.column(ModelNames.b("N"));
    assertTrue(b >= 0 && lp.column("wet:" + ModelNames.b("N")) < 0, "one column b.N, not one per stage");
    assertEquals(b, m.column(0, m.model(0).vars().b[1]));
    assertEquals(b, m.column(1, m.model(1).vars().b[1]));
    assertTrue(lp.isInteger(b));
    near(108.84e6, whole.raw().objective() * 1e6, "expected cost");
    near(3, whole.raw().x()[b], "b");
    Solved wet = stage(m, 0, whole);
    assertEquals(3, wet.plant("N").builtUnits());
    near(82.56e6, wet.objectiveCny(), "the wet stage with 3 units");
    assertTrue(whole.prices().available(), whole.prices().note());
  }

  @Test
  void aLinkingRowTiesTheStages() {
    // no unit may be built in y2 that y1 does not have (b[y2] - b[y1] <= 0): y1 alone wants 2, y2 alone 3;
    // tied, b=3 in both: 82.56e6 + 135.12e6 = 217.68e6 (b=2 in both: 72.56e6 + 195.2e6 = 267.76e6)
    StagedModel m = StagedModel.build(List.of(new Stage("y1", build(60), 1), new Stage("y2", build(120), 1)),
        ObjectiveMode.COST, Set.of());
    LinearProgram lp = m.lp();
    int row = lp.addRow("link", Double.NEGATIVE_INFINITY, 0, new RowInfo("link", "N", null, 1, "", 1, "units"));
    lp.add(row, m.column(1, m.model(1).vars().b[1]), 1);
    lp.add(row, m.column(0, m.model(0).vars().b[1]), -1);
    assertEquals(row, m.firstLinkingRow());
    LpSolver.Solved whole = m.solve(MILP);
    near(217.68e6, whole.raw().objective() * 1e6, "tied objective");
    assertEquals(3, stage(m, 0, whole).plant("N").builtUnits());
    assertEquals(3, stage(m, 1, whole).plant("N").builtUnits());
  }

  @Test
  void stagesAreCheckedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> new Stage("2008", build(60), 1));
    assertThrows(IllegalArgumentException.class, () -> new Stage("y2008", build(60), 0));
    assertThrows(IllegalArgumentException.class, () -> StagedModel.build(
        List.of(new Stage("a", build(60), 1), new Stage("a", build(60), 1)), ObjectiveMode.COST, Set.of()));
  }
}
