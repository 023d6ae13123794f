package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.output.PathwayTargetTable;
import org.coalgrid.output.PathwayTables;
import org.coalgrid.pathway.PathwayResult;
import org.coalgrid.verify.VerificationReport;

/**
 * A solved and verified pathway: the result, its tree as written to pathway.json, the verifier's report, and (from
 * {@link Pathways#compare}) the myopic solution it is compared with. Immutable.
 */
public record PathwaySolution(Pathways.Case pathwayCase, PathwayResult result, JsonNode tree,
    VerificationReport verification, PathwaySolution myopic) {

  /** The exit code of the status (0 OPTIMAL, 3 FEASIBLE, 4 INFEASIBLE, ...). */
  public int exitCode() {
    return ExitCodes.forStatus(result.status());
  }

  public boolean hasSolution() {
    return result.objectivePvCny() != null;
  }

  /** The console summary (and the comparison with the myopic run, when there is one). */
  public String summaryText() {
    String s = PathwayTables.render(result, pathwayCase.loaded());
    if (verification != null) {
      s += "\nIndependent verifier: " + verification.format() + " (every year, carry-over, investment)\n";
    }
    return myopic == null ? s : s + "\n" + comparisonText();
  }

  /** The targets by year (check-targets on a pathway file): each target's value per year, first year met, status. */
  public String targetsText() {
    return PathwayTargetTable.render(result);
  }

  /** One line for a pathway without a solution: its status, and that no target was checked. */
  public String noTargetsLine() {
    return "Pathway " + result.instance() + ": " + result.status() + (result.statusNote() == null ? ""
        : " (" + result.statusNote() + ")") + "; no targets checked.";
  }

  /**
   * Writes the targets by year as {@code format}: "csv" (one row per target and year, as pathway-targets.csv), "md"
   * (a Markdown section headed by {@code file}) or "json" (the target rows).
   */
  public void writeTargets(Writer w, String format, String file) throws IOException {
    switch (format) {
      case "csv" -> PathwayTargetTable.writeCsv(result, w);
      case "md" -> w.write(PathwayTargetTable.markdown(result, file));
      default -> Json.writer().writeValue(w, result.targets());
    }
  }

  /** Perfect foresight against myopic: present values, their difference, and the builds that differ. */
  public String comparisonText() {
    if (myopic == null || !hasSolution() || !myopic.hasSolution()) {
      return "";
    }
    return PathwayTables.comparison(result, myopic.result);
  }

  /**
   * Writes pathway.json, each year's solution.json under {@code years/<year>/} (a single-year solution of the
   * year's derived instance), the CSV tables with a year column, and with a comparison pathway-myopic.json.
   */
  public void write(AtomicOutput out) throws IOException {
    out.file("pathway.json", w -> Json.writer().writeValue(w, tree));
    if (hasSolution()) {
      for (PathwayResult.Year y : result.years()) {
        out.file("years/" + y.year() + "/solution.json", w -> Json.writer().writeValue(w, y.result()));
      }
      PathwayTables.writeCsv(result, pathwayCase.loaded(), out);
    }
    if (myopic != null) {
      out.file("pathway-myopic.json", w -> Json.writer().writeValue(w, myopic.tree));
      out.file("comparison.txt", w -> w.write(comparisonText()));
    }
  }
}
