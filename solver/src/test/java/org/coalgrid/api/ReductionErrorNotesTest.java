package org.coalgrid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code reduce-time} says when a side of its error table is missing, each status injected (a time limit
 * that stops a real solve exactly at FEASIBLE is not reproducible; ReduceTimeCliTest stops one for real).
 */
class ReductionErrorNotesTest {
  private static List<String> note(String side, String status, boolean certified, String priceNote, double limit) {
    List<String> notes = new ArrayList<>();
    ReductionError.note(notes, side, status, certified, priceNote, limit, 812.4);
    return notes;
  }

  @Test
  void eachMissingSideIsExplainedWithWhatToDo() {
    assertEquals(List.of(), note("full-year", "OPTIMAL", true, "", 600));
    assertEquals(List.of("The full-year solve stopped at the time limit of 644 s with a feasible plan that is not "
        + "proven optimal (status FEASIBLE, build + solve 812.4 s): its figures are not the optimum's and its prices "
        + "are NaN (no certified duals). To compare against an optimum, re-run with a larger --time-limit (more than "
        + "644 s; 0 = none), or with --no-error to write the reduced instance only."),
        note("full-year", "FEASIBLE", false, "", 644));
    assertEquals(List.of("The full-year solve found no solution within the time limit of 600 s (status NO_SOLUTION, "
        + "build + solve 812.4 s): its column is NaN. To get the error, re-run with a larger --time-limit (more than "
        + "600 s; 0 = none), or with --no-error to write the reduced instance only."),
        note("full-year", "NO_SOLUTION", false, null, 600));
    assertTrue(note("12-day", "OPTIMAL", false, "duals from clp failed the certificate", 600).get(0)
        .contains("The 12-day solve is OPTIMAL but its prices are not certified (duals from clp failed the "
            + "certificate): its prices are NaN."));
    assertTrue(note("full-year", "INFEASIBLE", false, null, 0).get(0).startsWith("The full-year solve ended "
        + "INFEASIBLE"));
  }

  @Test
  void theExitCodeIsTheFullYearsStatusFirst() {
    ReductionError.Pair nan = new ReductionError.Pair(Double.NaN, 1);
    ReductionError e = new ReductionError(4, nan, nan, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), nan,
        "NO_SOLUTION", "OPTIMAL", List.of("x"));
    assertEquals(6, e.exitCode());
    assertEquals(3, new ReductionError(4, nan, nan, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), nan,
        "OPTIMAL", "FEASIBLE", List.of()).exitCode());
    assertEquals(0, new ReductionError(4, nan, nan, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), nan,
        "OPTIMAL", "OPTIMAL", List.of()).exitCode());
    assertTrue(e.text().contains("  Note: x\n"), e.text());
  }
}
