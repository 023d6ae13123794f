package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code warnings} of a solution.json (check "warnings"): the warnings of the instance's checks (unit sanity,
 * structural oddities, ignored sources and notes; docs/reliability.md), one line each as {@code coalgrid validate}
 * prints them ({@code $.path: warning: ...}), in the order found. The expected lines are recomputed by reading the
 * instance again ({@link ScenarioCheck}: the instance reader and its validator, not the model); the written list
 * must hold exactly those lines in that order, so a warning changed, added, removed or moved fails. An absent
 * field is an empty list (solution.json leaves it out when there are none). A failure names the path a warning is
 * about ({@code warnings $.plants[0].capacityMw: the solution lists a warning ...}), or {@code solution.json}.
 */
final class WarningsCheck {
  private WarningsCheck() {}

  static void check(Findings f, List<String> expected, JsonNode solution) {
    JsonNode w = solution == null ? null : solution.get("warnings");
    List<String> written = new ArrayList<>();
    if (w != null && !w.isNull()) {
      if (!w.isArray()) {
        f.require(false, "warnings", SOLUTION, "$.warnings must be a list of texts, got " + w.getNodeType());
        return;
      }
      for (JsonNode line : w) {
        written.add(line.isTextual() ? line.textValue() : line.toString());
      }
    }
    List<String> extra = new ArrayList<>(written);
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      if (!extra.remove(e)) {
        missing.add(e);
      }
    }
    for (String e : extra) {
      f.require(false, "warnings", place(e), "the solution lists a warning the instance does not give: '" + e + "'");
    }
    for (String m : missing) {
      f.require(false, "warnings", place(m), "the instance gives a warning the solution leaves out: '" + m + "'");
    }
    if (extra.isEmpty() && missing.isEmpty()) {
      f.same("warnings", SOLUTION, "the order of its warnings", written, expected);
    }
  }

  /** What a failure names: the solution file as a whole, or (for one warning) the JSON path the warning is about. */
  private static final String SOLUTION = "solution.json";

  /** The JSON path a warning line is about ({@code $.plants[0].capacityMw: warning: ...}), else the solution. */
  private static String place(String line) {
    int k = line.indexOf(": ");
    return line.startsWith("$") && k > 0 ? line.substring(0, k) : SOLUTION;
  }
}
