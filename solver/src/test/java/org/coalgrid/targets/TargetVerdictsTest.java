package org.coalgrid.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.domain.TransportMode;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.generate.builder.CoalGradeBuilder;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.Figure;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.MineBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.RegionBuilder;
import org.coalgrid.generate.builder.TargetBuilder;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.Limit;
import org.coalgrid.targets.TargetReport.TargetResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One target per verdict on a small hand-made instance, figures with their sources: region a with a 200 MW coal
 * plant and a 100 MW line to Guangdong (both from seed S1), a 100 MW gas peaker (assumption A-GAS), two mines,
 * 2 Mt (S1) and 1 Mt (assumption A-MINE), 150 MW of load and a smelter planned at 50,000 t (assumption A-OUT)
 * below its 100,000 t capacity. One period of 8,760 h.
 */
class TargetVerdictsTest {
  private static final SourceRef SEED = new SourceRef("S1", "000_test.txt", "a quote", "a seed figure", null, false);
  private static TargetReport report;
  private static Map<String, TargetResult> byId;

  @BeforeAll
  static void check() throws Exception {
    InstanceBuilder b = new InstanceBuilder(new MetaBuilder("verdicts").year(2010).sources(List.of(SEED)));
    b.add(new PeriodBuilder("year", 8760));
    b.add(new RegionBuilder("a"));
    b.add(new RegionBuilder("gd").external(true));
    b.add(new CoalGradeBuilder("steam").tcePerT(0.7));
    b.add(new MineBuilder("m1").region("a").grade("steam").capacityT(Figure.cited(2_000_000, "S1")).costCnyPerT(300));
    b.add(new MineBuilder("m2").region("a").grade("steam")
        .capacityT(Figure.noted(1_000_000, "assumption A-MINE: a second mine")).costCnyPerT(320));
    b.add(new PlantBuilder("coal").region("a").type(PlantType.COAL).capacityMw(Figure.cited(200, "S1"))
        .heatRateGcePerKwh(300).grades("steam").vomCnyPerMwh(10));
    b.add(new PlantBuilder("gas").region("a").type(PlantType.GAS)
        .capacityMw(Figure.noted(100, "assumption A-GAS: a peaker")).fuelCostCnyPerMwh(600));
    b.add(new LineBuilder("export").from("a").to("gd").capacityMw(Figure.cited(100, "S1")));
    b.add(new DemandBuilder("d").region("a").mw(Figure.noted(150, "assumption A-LOAD")));
    b.add(new IndustryBuilder("smelter").region("a").chain(org.coalgrid.domain.Chain.ALUMINIUM).capacityT(100_000)
        .plannedOutputT(Figure.noted(50_000, "assumption A-OUT: output below capacity")).electricityMwhPerT(1));
    target(b, "gen", "generation.total", Sense.GE, 1e6);          // MET: other load could go unserved
    target(b, "cap", "capacity.installed", Sense.GE, 250);        // MET BY DATA: 300 MW, no builds
    target(b, "coal-min", "coal.produced", Sense.GE, 2.5e6);      // MISSED: mines can produce 3 Mt
    target(b, "exp", "exportCapability.gd", Sense.GE, 150);       // INFEASIBLE - PLAN: the line is 100 MW (S1)
    target(b, "out", "industry.smelter.output", Sense.GE, 80_000); // INFEASIBLE - INSTANCE: planned 50,000 (A-OUT)
    target(b, "gas-gen", "generation.GAS", Sense.GE, 1e6);        // INFEASIBLE - INSTANCE: 100 MW x 8760 h (A-GAS)
    target(b, "m1-cap", "mine.m1.output", Sense.LE, 0.5e6);       // MISSED: m2 can make up the rest
    target(b, "coal-cap", "coal.produced", Sense.LE, 2e6);        // MET, but against coal-min by arithmetic
    LoadedInstance li = b.read("verdicts");
    report = TargetCheck.check(li.instance(), li.provenance(), "verdicts", ObjectiveMode.COST,
        SolverSettings.defaults(Backend.GLOP));
    byId = report.targets().stream().collect(Collectors.toMap(TargetResult::id, t -> t));
  }

  private static void target(InstanceBuilder b, String id, String metric, Sense sense, double value) {
    b.add(new TargetBuilder(id).metric(metric).sense(sense).value(value).source(SEED));
  }

  @Test
  void metByTheOptimisationWhenOtherPlansMissIt() {
    TargetResult t = byId.get("gen");
    assertEquals(TargetStatus.MET, t.status());
    // other load may go unserved (at its VoLL); the smelter's planned 50,000 t x 1 MWh/t must be made
    assertEquals(50_000, t.reach(), 1e-6);
  }

  @Test
  void metByDataWhenEveryPlanMeetsIt() {
    TargetResult t = byId.get("cap");
    assertEquals(TargetStatus.MET_BY_DATA, t.status());
    assertEquals(300, t.reach(), 1e-9);
  }

  @Test
  void missedWithTheExtraCostOfForcingIt() {
    TargetResult t = byId.get("coal-min");
    assertEquals(TargetStatus.MISSED, t.status());
    // coal burned: (150 MW + 50,000 t x 1 MWh/t / 8760 h) x 8760 h x 300 gce/kWh / 0.7 tce/t; the rest of 2.5 Mt
    // is mined (2 Mt at 300 CNY/t from m1 first) and left at the mine
    double burned = (150 * 8760 + 50_000) * 0.3 / 0.7;
    double extra = (2e6 - burned) * 300 + 0.5e6 * 320;
    assertEquals(extra, t.extraCostCny(), 1e-6 * extra);
  }

  @Test
  void infeasiblePlanShowsTheArithmeticOfTheSeedFigures() {
    TargetResult t = byId.get("exp");
    assertEquals(TargetStatus.INFEASIBLE_PLAN, t.status());
    assertNotNull(t.arithmetic());
    assertEquals(100, t.arithmetic().result(), 1e-9);
    assertEquals(150, t.arithmetic().bound(), 1e-9);
    assertEquals(List.of("export"), t.arithmetic().terms().stream().map(TargetReport.Term::label).toList());
    Limit l = t.limits().get(0);
    assertEquals("lines.export.capacityMw", l.path());
    assertEquals("SEED", l.origin());
    assertEquals("S1", l.id());
  }

  @Test
  void infeasibleInstanceNamesTheAssumptionAndItsId() {
    TargetResult t = byId.get("out");
    assertEquals(TargetStatus.INFEASIBLE_INSTANCE, t.status());
    assertEquals(50_000, t.reach(), 1e-9);
    Limit l = t.limits().get(0);
    assertEquals("industries.smelter.plannedOutputT", l.path());
    assertEquals("ASSUMPTION", l.origin());
    assertEquals("A-OUT", l.id());
  }

  @Test
  void infeasibleInstanceThroughTheModelNamesWhatTheRepairMoves() {
    TargetResult t = byId.get("gas-gen");
    assertEquals(TargetStatus.INFEASIBLE_INSTANCE, t.status());
    assertEquals(100 * 8760, t.reach(), 1e-6 * 876_000, "at most the peaker's 100 MW all year");
    assertTrue(t.limits().stream().anyMatch(l -> l.id().equals("A-GAS") && l.path().equals("plants.gas.capacityMw")),
        t.limits().toString());
  }

  @Test
  void conflictsOfThePlansOwnNumbersAndThroughTheInstance() {
    Conflict plan = find(List.of("coal-min", "coal-cap"));
    assertEquals("PLAN", plan.kind());
    assertEquals(2.5e6, plan.arithmetic().result(), 1e-6);
    assertEquals(2e6, plan.arithmetic().bound(), 1e-6);
    // coal-min with mine m1 held at 0.5 Mt needs 2 Mt from m2, which has 1 Mt (an assumption)
    Conflict instance = find(List.of("coal-min", "m1-cap"));
    assertEquals("INSTANCE", instance.kind());
    assertTrue(instance.limits().stream().anyMatch(l -> l.id().equals("A-MINE")), instance.limits().toString());
    assertEquals(1.5e6, instance.arithmetic().result(), 1e-3, "with m1-cap met, coal.produced is at most 1.5 Mt");
  }

  private static Conflict find(List<String> ids) {
    return report.conflicts().stream().filter(c -> c.targetIds().containsAll(ids) && ids.containsAll(c.targetIds()))
        .findFirst().orElseThrow(() -> new AssertionError(ids + " not in " + report.conflicts()));
  }
}
