package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceException;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.diagnostics.Severity;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;

/**
 * Verifies a written solution.json against the instance file it names: the {@code --set} what-ifs recorded in
 * its {@code scenario} list are applied to the file's tree first, exactly as {@code coalgrid solve --set} applies
 * them, and each must land where the solution says ({@code jsonPath}), replace the value it says
 * ({@code previous}) with the value it says ({@code value}), and leave a valid instance. A scenario the instance
 * cannot take fails the check "scenario"; nothing else is then checked.
 */
public final class ScenarioCheck {
  private ScenarioCheck() {}

  /**
   * Checks {@code solution} against the instance file's tree {@code instanceTree} (as read, before any
   * {@code --set}); {@code origin} names the file in messages. Thread-safe: no shared state.
   *
   * @throws MalformedSolutionException if the solution lacks values the checks need or does not match the instance
   */
  public static VerificationReport verify(JsonNode instanceTree, String origin, JsonNode solution) {
    Recorded r = apply(instanceTree, origin, solution == null ? null : solution.get("scenario"));
    if (r.instance() == null || !r.report().passed()) {
      return r.report();
    }
    VerificationReport v = SolutionVerifier.verify(r.instance(), solution, r.warnings());
    return r.merged(v);
  }

  /**
   * The instance a written result was computed on: the file's tree {@code instanceTree} (as read) with the
   * {@code --set} what-ifs recorded in {@code list} (a result's {@code scenario} list: set, jsonPath, previous, value;
   * null or missing: none) applied as {@code --set} applies them, each checked to land where, and replace what, the
   * record says. {@code instance} is null when the instance cannot take them (then {@code report} says why).
   */
  public record Recorded(Instance instance, List<String> warnings, VerificationReport report) {
    /** {@code other}'s violations and checks after this one's. */
    public VerificationReport merged(VerificationReport other) {
      List<Violation> all = new ArrayList<>(report.violations());
      all.addAll(other.violations());
      return new VerificationReport(all, report.checks() + other.checks());
    }
  }

  /** Applies a recorded {@code scenario} list to {@code instanceTree}; see {@link Recorded}. Thread-safe. */
  public static Recorded apply(JsonNode instanceTree, String origin, JsonNode list) {
    Findings f = new Findings();
    List<ScenarioOverride> overrides = new ArrayList<>();
    List<JsonNode> edits = new ArrayList<>();
    for (JsonNode e : list != null && list.isArray() ? list : List.<JsonNode>of()) {
      try {
        overrides.add(ScenarioOverride.parse(e.path("set").asText("")));
        edits.add(e);
      } catch (IllegalArgumentException ex) {
        f.require(false, "scenario", e.path("set").asText("?"), ex.getMessage());
      }
    }
    Instance instance = null;
    List<String> warnings = List.of();
    try {
      Scenario.Result applied = Scenario.apply(instanceTree, overrides);
      for (int k = 0; k < edits.size(); k++) {
        JsonNode e = edits.get(k);
        Scenario.Applied a = applied.applied().get(k);
        String set = a.text();
        f.same("scenario", set, "jsonPath", e.path("jsonPath").asText(null), a.jsonPath());
        String unit = a.unit();
        f.require(sameValue(e.get("previous"), a.previous()), "scenario", set, "previous is "
            + Findings.shown(e.get("previous"), unit) + " but the instance has " + Findings.shown(a.previous(), unit)
            + " at " + a.jsonPath());
        f.require(sameValue(e.get("value"), a.value()), "scenario", set, "value is "
            + Findings.shown(e.get("value"), unit) + " but the edit sets " + Findings.shown(a.value(), unit));
      }
      LoadedInstance loaded = InstanceReader.read(applied.tree(), origin);
      instance = loaded.instance();
      // the warnings recomputed: the reader's structure checks and validator on the file with the scenario
      warnings = loaded.warnings().stream().filter(p -> p.severity() == Severity.WARNING).map(Problem::format)
          .toList();
    } catch (InstanceException ex) {
      for (var p : ex.problems()) {
        f.require(false, "scenario", origin, "the instance cannot take the solution's scenario: " + p.format());
      }
    }
    return new Recorded(instance, warnings, new VerificationReport(f.violations(), f.checks()));
  }

  private static boolean sameValue(JsonNode written, JsonNode actual) {
    boolean noneWritten = written == null || written.isNull();
    boolean none = actual == null || actual.isNull();
    if (noneWritten || none) {
      return noneWritten == none;
    }
    if (written.isNumber() && actual.isNumber()) {
      return written.doubleValue() == actual.doubleValue();
    }
    return written.equals(actual);
  }
}
