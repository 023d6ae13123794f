package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One side of a comparison ({@link CoalGrid#compareSide}): a solution read from a file, or an instance solved
 * (and verified) with the settings of the {@link CoalGrid}. {@code input} is the instance tree (overrides
 * applied) when the side was an instance, so input differences can be listed too.
 * <pre>{@code
 * ComparisonSide a = coalgrid.compareSide(Path.of("instances/tutorial.json"), WhatIf.none());
 * ComparisonSide b = coalgrid.compareSide(Path.of("instances/tutorial.json"), WhatIf.of("policies.cap-co2.limit=3e7"));
 * List<Comparison.Change> changes = coalgrid.compare(a, b, Comparison.DEFAULT_ABS_TOL, Comparison.DEFAULT_REL_TOL);
 * }</pre>
 * Immutable (do not modify the trees); thread-safe.
 *
 * @param label        the side as shown: file, overrides, backend and status
 * @param solution     the solution tree (solution.json)
 * @param input        the instance tree, or null when the side is a solution file
 * @param warningLines warnings of the instance's checks (empty for a solution file)
 */
public record ComparisonSide(String label, JsonNode solution, JsonNode input, List<String> warningLines) {
  public ComparisonSide {
    warningLines = List.copyOf(warningLines);
  }

  /** The solve status of this side. */
  public String status() {
    return solution.path("status").asText();
  }

  /** The instance tree, when the side was an instance. */
  public Optional<JsonNode> inputTree() {
    return Optional.ofNullable(input);
  }
}
