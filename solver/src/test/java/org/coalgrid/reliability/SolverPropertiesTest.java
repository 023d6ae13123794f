package org.coalgrid.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.coalgrid.domain.Instance;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.DualCertificate;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;

/**
 * Properties of the solver on random small instances ({@link SmallInstances}), with real OR-Tools
 * backends. Tries are kept moderate so the class runs in well under two minutes on two cores.
 */
class SolverPropertiesTest {
  /** Relative tolerance on objectives: GLOP's and CLP's optimality tolerances are near 1e-7. */
  private static final double REL = 1e-6;

  @Provide
  Arbitrary<ObjectNode> instances() {
    return SmallInstances.trees();
  }

  /**
   * Every optimal solution passes the independent verifier ({@code coalgrid verify}) and is primal feasible
   * row by row, and every price vector reported passes the dual certificate (strong duality and complementary
   * slackness) when re-checked here.
   */
  @Property(tries = 100)
  void everyReportedPriceVectorPassesTheCertificate(@ForAll("instances") ObjectNode tree,
      @ForAll boolean welfare) {
    ObjectiveMode mode = welfare ? ObjectiveMode.WELFARE : ObjectiveMode.COST;
    for (Backend b : List.of(Backend.GLOP, Backend.CLP)) {
      SolveOutcome o = solve(tree, mode, b);
      assertEquals(SolveStatus.OPTIMAL, o.raw().status(), o.raw().message());
      LinearProgram lp = o.model().lp();
      double[] x = o.raw().x();
      for (int i = 0; i < lp.numRows(); i++) {
        double a = lp.rowActivity(i, x);
        double tol = 1e-6 * Math.max(1, Math.abs(a));
        assertTrue(a >= lp.rowLower(i) - tol && a <= lp.rowUpper(i) + tol,
            b + ": row " + lp.rowName(i) + " activity " + a + " outside [" + lp.rowLower(i) + ", " + lp.rowUpper(i) + "]");
      }
      assertTrue(o.prices().available(), b + ": " + o.prices().note());
      Verified.verify(SmallInstances.read(tree), ResultBuilder.build(o, "property"));
      DualCertificate.Check again = DualCertificate.check(lp, x, o.prices().duals(),
          LpSolver.certificateTolerance(b));
      assertTrue(again.passed(), again.message());
    }
  }

  /** Raising one cap (mine, arc, line, plant capacity) by a factor above 1 never raises the optimal cost. */
  @Property(tries = 100)
  void relaxingACapNeverRaisesTheCost(@ForAll("instances") ObjectNode tree, @ForAll @IntRange(min = 0, max = 99) int pick,
      @ForAll @DoubleRange(min = 1.0, max = 3.0) double factor) {
    double base = cost(tree);
    double relaxed = cost(scaleCap(tree, pick, factor));
    assertTrue(relaxed <= base + REL * Math.max(1, Math.abs(base)), "relaxed " + relaxed + " > base " + base);
  }

  /**
   * Lowering one cap by a factor below 1 never lowers the optimal cost. It may make the plan impossible (an
   * industry's planned output needs power that only capped coal can make; unserved load covers demands, not
   * industries): an infeasible plan costs +∞, which satisfies the property.
   */
  @Property(tries = 100)
  void tighteningACapNeverLowersTheCost(@ForAll("instances") ObjectNode tree, @ForAll @IntRange(min = 0, max = 99) int pick,
      @ForAll @DoubleRange(min = 0.2, max = 1.0) double factor) {
    double base = cost(tree);
    SolveOutcome tightened = solve(scaleCap(tree, pick, factor), ObjectiveMode.COST, Backend.GLOP);
    if (tightened.raw().status() == SolveStatus.INFEASIBLE) {
      return;
    }
    assertEquals(SolveStatus.OPTIMAL, tightened.raw().status(), tightened.raw().message());
    double tight = tightened.raw().objective();
    assertTrue(tight >= base - REL * Math.max(1, Math.abs(base)), "tightened " + tight + " < base " + base);
  }

  /** Every CNY amount in the file times k gives the optimal objective times k, in both objective modes. */
  @Property(tries = 100)
  void scalingAllCostsByKScalesTheObjectiveByK(@ForAll("instances") ObjectNode tree,
      @ForAll @DoubleRange(min = 0.1, max = 10) double k, @ForAll boolean welfare) {
    ObjectiveMode mode = welfare ? ObjectiveMode.WELFARE : ObjectiveMode.COST;
    double base = objective(tree, mode, Backend.GLOP);
    ObjectNode scaled = tree.deepCopy();
    scaleMoney(scaled, k);
    double s = objective(scaled, mode, Backend.GLOP);
    assertEquals(k * base, s, REL * Math.max(1, Math.abs(k * base)));
  }

  /** GLOP, CLP and HiGHS agree on the optimal objective. */
  @Property(tries = 100)
  void backendsAgreeOnTheObjective(@ForAll("instances") ObjectNode tree) {
    double glop = objective(tree, ObjectiveMode.COST, Backend.GLOP);
    for (Backend b : List.of(Backend.CLP, Backend.HIGHS)) {
      double other = objective(tree, ObjectiveMode.COST, b);
      assertEquals(glop, other, REL * Math.max(1, Math.abs(glop)), b.cliName() + " vs glop");
    }
  }

  /** An instance written in the file format and read back is equal to the one written. */
  @Property(tries = 300)
  void anInstanceWrittenAndReadBackIsEqual(@ForAll("instances") ObjectNode tree) throws Exception {
    Instance in = SmallInstances.read(tree);
    Instance back = SmallInstances.read((ObjectNode) org.coalgrid.io.schema.Json.MAPPER.readTree(
        InstanceWriter.toJson(in)));
    assertEquals(in, back);
  }

  static SolveOutcome solve(ObjectNode tree, ObjectiveMode mode, Backend backend) {
    return AllocationSolver.solve(SmallInstances.read(tree), mode, SolverSettings.defaults(backend));
  }

  static double objective(ObjectNode tree, ObjectiveMode mode, Backend backend) {
    SolveOutcome o = solve(tree, mode, backend);
    assertEquals(SolveStatus.OPTIMAL, o.raw().status(), backend + ": " + o.raw().message());
    return o.raw().objective();
  }

  static double cost(ObjectNode tree) {
    return objective(tree, ObjectiveMode.COST, Backend.GLOP);
  }

  /** A copy of {@code tree} with cap number {@code pick} (mod the number of caps) times {@code factor}. */
  static ObjectNode scaleCap(ObjectNode tree, int pick, double factor) {
    ObjectNode copy = tree.deepCopy();
    List<ObjectNode[]> caps = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (String[] listField : new String[][] {{"mines", "capacityT"}, {"coalArcs", "capacityT"},
        {"lines", "capacityMw"}, {"plants", "capacityMw"}}) {
      for (JsonNode item : copy.get(listField[0])) {
        caps.add(new ObjectNode[] {(ObjectNode) item});
        fields.add(listField[1]);
      }
    }
    int i = pick % caps.size();
    ObjectNode item = caps.get(i)[0];
    item.put(fields.get(i), item.get(fields.get(i)).asDouble() * factor);
    return copy;
  }

  /** Multiplies every number whose field name names CNY (costs, capex, VOLL, value added) by {@code k}. */
  static void scaleMoney(JsonNode node, double k) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().contains("Cny") && e.getValue().isNumber()) {
          o.put(e.getKey(), e.getValue().asDouble() * k);
        } else {
          scaleMoney(e.getValue(), k);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> scaleMoney(n, k));
    }
  }
}
