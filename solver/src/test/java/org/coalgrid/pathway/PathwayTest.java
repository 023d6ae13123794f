package org.coalgrid.pathway;

import static org.coalgrid.testing.Solved.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;

/**
 * The done-when of issue 11, computed by hand (money in CNY; δ(y) = 1.1^−(y − 2026) at 10 %; S(y) the salvage share
 * of {@link Discounting}). Every year of every solution also passes the independent verifier against its derived
 * year instance.
 */
class PathwayTest {
  static final SolverSettings MILP = new SolverSettings(Backend.HIGHS, 60, 1, 1e-9, Backend.GLOP, false);

  static PathwayResult solve(LoadedPathway pw, PathwaySolver.Mode mode) {
    PathwayResult r = PathwaySolver.solve(pw, mode, ObjectiveMode.COST, MILP, "fixture");
    assertEquals("OPTIMAL", r.status(), r.statusNote());
    for (PathwayResult.Year y : r.years()) {
      Verified.verify(pw.instance(y.year()), y.result());
    }
    return r;
  }

  static List<String> schedule(PathwayResult r) {
    return r.builds().stream().map(b -> b.id() + "@" + b.year() + "x" + b.units()).toList();
  }

  /**
   * Demand 100 MW until 2027, 140 MW from 2028; G 100 MW and N at the same fuel cost (500 CNY/MWh): N is worth
   * building only to serve the 40 MW more (VoLL 10,000 CNY/MWh), so from 2028 (year 3). One unit of 50 MW, overnight
   * 4e6 CNY/MW (200e6 CNY), 20 years: PV of capital net of salvage 200e6·δ(2028)·(1 − S(2028)), S = Σ_{k=3}^{19}
   * 1.1^−k / Σ_{k=0}^{19} 1.1^−k = 0.707895, = 48,281,769 CNY. Operating cost 438e6 CNY/yr (2026–27), 613.2e6
   * (2028–30): PV 2,222,488,764. Objective 2,270,770,533 CNY.
   */
  @Test
  void aPlantWorthBuildingOnlyFromYearThreeIsBuiltInYearThree() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(100, 500, 500, 2, 0.1).change(2028, "demands.D.mw", 140);
    f.plant("N").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 4e6);
    PathwayResult r = solve(f.read(), PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("N@2028x1"), schedule(r));
    PathwayResult.Build b = r.builds().get(0);
    near(200e6, b.overnightCny(), "overnight cost");
    near(200e6 / 1.21, b.capitalPvCny(), "capital PV");
    near(200e6 / 1.21 * 0.7078952982741347, b.salvagePvCny(), "salvage PV");
    near(2_270_770_533.308967, r.objectivePvCny(), "objective");
    near(48_281_768.88030831, r.termsPvCny().get("INVESTMENT"), "investment PV");
    near(200e6, r.years().get(2).capitalSpentCny(), "spent in 2028");
    // the year's result: N in service from 2028 only, prices in the year's money
    assertEquals(0, r.years().get(1).result().plants().get(1).builtUnits());
    assertEquals(1, r.years().get(4).result().plants().get(1).builtUnits());
    near(500, r.years().get(3).result().prices().electricity().get(0).cnyPerMwh(), "2029 price");
  }

  /**
   * G (100 MW) retires in 2028 (retirementYear); demand 100 MW every year; N costs the same to run, overnight 4e6
   * CNY/MW, 20 years. Before 2028 nothing is needed; from 2028 N must carry the load: 2 units in 2028. Capital PV
   * 400e6·δ(2028)·(1 − S(2028)) = 96,563,537.8; operating 438e6/yr: PV 1,826,401,065.5; total 1,922,964,603.3.
   */
  @Test
  void aRetirementForcesABuild() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(100, 500, 500, 3, 0.1);
    f.plant("G").put("retirementYear", 2028);
    f.plant("N").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 4e6);
    LoadedPathway pw = f.read();
    near(0, pw.instance(2028).plants().get(0).capacityMw(), "G retired in the 2028 instance");
    near(100, pw.instance(2027).plants().get(0).capacityMw(), "G in service in 2027");
    PathwayResult r = solve(pw, PathwaySolver.Mode.FORESIGHT);
    assertEquals(List.of("N@2028x2"), schedule(r));
    near(1_922_964_603.2616067, r.objectivePvCny(), "objective");
    near(0, r.years().get(2).result().plants().get(0).generationMwh(), "G generates nothing once retired");
  }

  /**
   * N (one unit of 50 MW, overnight 10e6 CNY/MW = 500e6 CNY, 10 years) runs at 100 CNY/MWh instead of G's 500, so it
   * saves 400·8760 = 3.504e6 CNY per MW of demand and year; demand grows 10, 20, 30, 40, 45 MW over 2026–30. A unit
   * that comes in in y costs, net of salvage, the annuities of y..2030: K·a per year, a = 1/Σ_{k=0}^{9} v^k.
   * Undiscounted a = 0.1 (50e6/yr): the saving passes it in 2027 (70.08e6 &gt; 50e6 &gt; 35.04e6): built in 2027,
   * total 362.06e6. At 10 %, a = 0.162745 (81.37e6/yr): first passed in 2028 (105.12e6 &gt; 81.37e6 &gt; 70.08e6):
   * built in 2028, total PV 365.647e6 (2027 would cost 369.188e6).
   */
  @Test
  void discountingChangesTheBuildYearAsComputedByHand() throws Exception {
    for (double rate : new double[] {0, 0.1}) {
      PathwayFixtures f = PathwayFixtures.of(10, 500, 100, 1, rate).change(2027, "demands.D.mw", 20)
          .change(2028, "demands.D.mw", 30).change(2029, "demands.D.mw", 40).change(2030, "demands.D.mw", 45);
      f.plant("N").put("lifetimeYears", 10).put("overnightCapexCnyPerMw", 10e6);
      PathwayResult r = solve(f.read(), PathwaySolver.Mode.FORESIGHT);
      if (rate == 0) {
        assertEquals(List.of("N@2027x1"), schedule(r));
        near(362.06e6, r.objectivePvCny(), "undiscounted total");
      } else {
        assertEquals(List.of("N@2028x1"), schedule(r));
        near(365_647_035.1196556, r.objectivePvCny(), "discounted total");
      }
    }
  }

  /**
   * Myopic against perfect foresight. Load 20 MW in 2026, growing by 20 MW a year to 100 MW in 2030, and nothing to
   * serve it (VoLL 10,000 CNY/MWh); a small plant S (20 MW units, 8e6 CNY/MW) or a big one B (one unit of 100 MW,
   * 3e6 CNY/MW), both 20 years, no fuel cost, 10 %. A year alone pays its first year's annuity: S 160e6·a against B
   * 300e6·a, so a myopic planner adds one S every year. Over the horizon, S's in service cost 160e6·a·Σ_z δ(z)·n(z) =
   * 160e6·a·11.717 against B's 300e6·a·Σ_z δ(z) = 300e6·a·4.170: perfect foresight builds B in 2026 (1,251e6·a
   * against 1,875e6·a). The myopic plan, valued over the whole horizon, costs more.
   */
  @Test
  void myopicBuildsYearByYearWhatForesightBuildsOnce() throws Exception {
    org.coalgrid.domain.Instance base = org.coalgrid.testing.Fixtures.create().region("A")
        .otherPlant("S", "A", org.coalgrid.domain.PlantType.GAS, 0).plantBuild(20, 5, 0)
        .otherPlant("B", "A", org.coalgrid.domain.PlantType.GAS, 0).plantBuild(100, 1, 0)
        .demand("D", "A", 20).build();
    PathwayFixtures f = PathwayFixtures.of(base, 0.1).change(2027, "demands.D.mw", 40)
        .change(2028, "demands.D.mw", 60).change(2029, "demands.D.mw", 80).change(2030, "demands.D.mw", 100);
    f.plant("S").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 8e6);
    f.plant("B").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 3e6);
    LoadedPathway pw = f.read();
    PathwayResult pf = solve(pw, PathwaySolver.Mode.FORESIGHT);
    PathwayResult my = solve(pw, PathwaySolver.Mode.MYOPIC);
    assertEquals(List.of("B@2026x1"), schedule(pf));
    assertEquals(List.of("S@2026x1", "S@2027x1", "S@2028x1", "S@2029x1", "S@2030x1"), schedule(my));
    double a = 1 / java.util.stream.IntStream.range(0, 20).mapToDouble(k -> Math.pow(1.1, -k)).sum();
    double sumD = 0;
    double sumDn = 0;
    for (int z = 0; z < 5; z++) {
      sumD += Math.pow(1.1, -z);
      sumDn += Math.pow(1.1, -z) * (z + 1);
    }
    near(300e6 * a * sumD, pf.objectivePvCny(), "foresight: B's annuities within the horizon");
    near(160e6 * a * sumDn, my.objectivePvCny(), "myopic: the S's annuities within the horizon");
    assertEquals("MYOPIC", my.mode());
  }
}
