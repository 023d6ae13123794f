package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.UnitCommitmentTest;
import org.coalgrid.output.Json;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/**
 * The figures of unit commitment over time (§4.18) are checked: in the solution of a committed unit that stops in
 * a dip and starts again (UnitCommitmentTest), each of its units online, started and stopped, its start-ups in the
 * year and the STARTUP cost term, changed or blanked, makes {@code verify} fail.
 */
class UnitCommitmentCheckTest {

  @Test
  void everyStartUpFigureChangedOrBlankedFailsVerification() {
    Instance in = UnitCommitmentTest.dip(20_000);
    JsonNode tree = Json.MAPPER.valueToTree(Solved.solve(in).optimalWithPrices().result());
    assertTrue(SolutionVerifier.verify(in, tree).passed(), "the genuine solution passes");
    List<String> passed = new ArrayList<>();
    int tried = 0;
    for (SolutionMutationTest.Kind kind : List.of(SolutionMutationTest.Kind.CHANGE, SolutionMutationTest.Kind.BLANK)) {
      for (SolutionMutationTest.Field f : SolutionMutationTest.fields(tree, kind)) {
        if (!f.path().matches(".*(onlineUnits|startedUnits|stoppedUnits|startUps\\..*|termsCny\\.STARTUP)")) {
          continue;
        }
        for (JsonNode tampered : SolutionMutationTest.tamper(f.value(), kind)) {
          f.set().accept(tampered);
          tried++;
          try {
            if (SolutionVerifier.verify(in, tree).passed()) {
              passed.add(f.path() + ": " + f.value() + " -> " + tampered);
            }
          } catch (MalformedSolutionException e) {
            // cannot be verified: a failure of verify too
          } finally {
            f.set().accept(f.value());
          }
        }
      }
    }
    // 4 steps x (online, started, stopped) + 3 start-up figures + the STARTUP term, changed and blanked
    assertTrue(tried >= 2 * 16, "copies tried: " + tried);
    assertTrue(passed.isEmpty(), "tampered figures that passed verify:\n" + String.join("\n", passed));
  }
}
