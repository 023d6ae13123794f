package org.coalgrid.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.ExplainCases;
import org.junit.jupiter.api.Test;

/**
 * Shadow prices as explained are checked against finite differences: re-solve with the cap moved by a small step;
 * the change in system cost divided by the step must match what the explanation says one more unit is worth.
 */
class ShadowPriceFiniteDifferenceTest {

  /** Cheap gas in a (100 CNY/MWh), dear gas in b (500), 500 MW of load in b, line a→b of 300 MW. */
  private static ObjectNode twoRegions(double lineMw, double cheapMw) {
    var c = new ExplainCases("fd-line");
    c.gasPlant("cheap", "a", cheapMw, 100);
    c.gasPlant("dear", "b", 1000, 500);
    c.demand("d1", "b", 500);
    c.line("ab", "a", "b", lineMw);
    return c.tree();
  }

  @Test
  void congestionRentMatchesTheCostOfOneMoreMegawatt() throws Exception {
    double step = 1; // MW
    Solved base = solve(twoRegions(300, 1000));
    Solved moved = solve(twoRegions(300 + step, 1000));
    double perMwYear = (base.cost() - moved.cost()) / step;
    assertEquals(400 * 8760, perMwYear, 1e-6 * perMwYear, "hand value: (500 - 100) CNY/MWh x 8,760 h");
    Explanation.Finding f = base.finding("line", "ab");
    assertEquals(perMwYear, f.valuePerUnitYearCny(), 1e-6 * perMwYear);
    assertEquals(400, f.peak(), 1e-9);
    assertEquals(400, base.explanation().congestionRentCnyPerMwh().rows().get(0).values().get(0), 1e-9);
    assertTrue(f.text().startsWith("Corridor ab (Region A → Region B) is full over the year; one more MW there is "
        + "worth 400 CNY/MWh in year, 3.5 million CNY (0.04 亿元) per year in total"), f.text());
  }

  @Test
  void plantScarcityRentMatchesTheCostOfOneMoreMegawatt() throws Exception {
    double step = 1;
    Solved base = solve(twoRegions(1000, 300));
    Solved moved = solve(twoRegions(1000, 300 + step));
    double perMwYear = (base.cost() - moved.cost()) / step;
    Explanation.Finding f = base.finding("pcap", "cheap");
    assertEquals(perMwYear, f.valuePerUnitYearCny(), 1e-6 * perMwYear);
    assertEquals(400 * 8760, perMwYear, 1e-6 * perMwYear);
  }

  /** Two mines in a: 1 Mt at 100 CNY/t, more at 300 CNY/t; a coal plant burns 1.88 Mt for 500 MW of load. */
  private static ObjectNode twoMines(double cheapT) {
    var c = new ExplainCases("fd-mine");
    c.mine("cheap", "a", cheapT, 0, 100);
    c.mine("dear", "a", 5e6, 0, 300);
    c.coalPlant("p1", "a", 1000, 0);
    c.demand("d1", "a", 500);
    return c.tree();
  }

  @Test
  void mineCapacityValueMatchesTheCostOfOneMoreTonne() throws Exception {
    double step = 1_000; // t/yr
    Solved base = solve(twoMines(1e6));
    Solved moved = solve(twoMines(1e6 + step));
    double perT = (base.cost() - moved.cost()) / step;
    assertEquals(200, perT, 1e-6 * 200, "hand value: 300 - 100 CNY/t");
    Explanation.Finding f = base.finding("mine", "cheap");
    assertEquals(perT, f.valuePerUnitYearCny(), 1e-6 * perT);
    assertTrue(f.text().contains("at capacity: one more Mt/yr lowers system cost by 200.0 million CNY"), f.text());
  }

  @Test
  void co2CapShadowPriceOnTheTutorialMatchesAReSolve() throws Exception {
    JsonNode tree = InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json")));
    Solved base = solve(tree);
    double step = 1_000; // t CO2
    Solved moved = solve(withCo2Cap(tree, step));
    double perT = (base.cost() - moved.cost()) / step;
    Explanation.Finding f = base.finding("policy", "cap-co2");
    assertTrue(perT > 1, "the CO2 cap binds on the tutorial");
    assertEquals(perT, f.valuePerUnitYearCny(), 1e-4 * perT);
  }

  private static JsonNode withCo2Cap(JsonNode tree, double step) {
    ObjectNode t = tree.deepCopy();
    for (JsonNode p : t.get("policies")) {
      if (p.get("id").asText().equals("cap-co2")) {
        ObjectNode limit = (ObjectNode) p.get("limit");
        limit.put("value", limit.get("value").asDouble() + step);
      }
    }
    return t;
  }

  record Solved(AllocationResult result, Explanation explanation) {
    double cost() {
      return result.objective().totalCny();
    }

    Explanation.Finding finding(String kind, String entity) {
      return explanation.findings().stream().filter(f -> f.kind().equals(kind) && f.entity().equals(entity))
          .findFirst().orElseThrow(() -> new AssertionError(kind + " " + entity + " not in " + explanation.findings()));
    }
  }

  private static Solved solve(JsonNode tree) throws Exception {
    Instance in = InstanceReader.read(tree, "test").instance();
    var out = AllocationSolver.solve(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
    AllocationResult r = ResultBuilder.build(out, in.meta().name());
    assertTrue(r.prices().available(), r.prices().note());
    return new Solved(r, Explainer.explain(r, in, "", null));
  }
}
