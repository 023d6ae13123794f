package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Complementary slackness term by term ({@link DualCheck}): on guizhou-2010, 10 t of gangue moved onto a rail arc
 * that carries none is feasible (the gangue balances at both ends have slack) and costs 300 CNY on a plan of
 * 7.96·10⁹ CNY, within every primal tolerance and far within the old slackness tolerance of 10⁻⁶ of the objective
 * (8,000 CNY); the arc's flow is split by origin class (大煤保大电), every class has a positive reduced cost, so the
 * flow must sit at its lower bound 0. Only the written gap's agreement with the recomputed one used to catch it;
 * now the term's own check names the arc, the reduced cost and how far off.
 */
class ComplementarySlacknessTest {
  static WrittenSolution guizhou;

  @BeforeAll
  static void solve() throws Exception {
    guizhou = WrittenSolution.solve("guizhou-2010.json", SolverSettings.defaults(Backend.GLOP));
    VerificationReport r = guizhou.verify(guizhou.solution());
    assertTrue(r.passed(), r.format());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void gangueMovedOffItsBoundFailsForItsOwnReason(int arc) {
    ObjectNode copy = guizhou.solution().deepCopy();
    JsonNode a = copy.get("coalArcs").get(arc);
    ObjectNode flows = (ObjectNode) a.get("flowsT");
    assertEquals(0.0, flows.get("gangue").doubleValue(), "the arc carries no gangue in the optimum");
    flows.put("gangue", 10.0);
    VerificationReport r = guizhou.verify(copy);
    String text = r.format();
    assertTrue(r.failed("complementary slackness"), text);
    String id = a.get("id").asText();
    assertTrue(text.contains("complementary slackness") && text.contains(id) && text.contains("gangue")
        && text.contains("coal of 10 t is carried although every origin class has a positive reduced cost"), text);
    TamperCatalogueTest.assertNoRawDoubles(text);
  }
}
