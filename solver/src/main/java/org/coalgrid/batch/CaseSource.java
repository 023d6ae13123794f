package org.coalgrid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.coalgrid.diagnostics.Problem;

/**
 * The extension point for kinds of cases: one top-level field of a batch spec ({@code grid}, {@code scenarios},
 * and later {@code montecarlo}) that turns each instance into a list of {@link BatchSpec.Variant}s. The built-in
 * sources are {@link GridSource} and {@link ScenarioSource}; others are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.coalgrid.batch.CaseSource}) and must also appear in {@link BatchSchema}. A Monte
 * Carlo source would read its distributions and seed in {@link #parse}, draw in {@link Section#variants} (the same
 * seed giving the same draws on any machine: draws must not depend on the worker that solves them) and name each
 * draw on an axis such as {@code draw}. Implementations must be stateless and thread-safe.
 */
public interface CaseSource {
  /** The spec field this source reads. */
  String field();

  /**
   * Reads the field's value; adds every problem (with its JSON path under {@code path}) to {@code problems} and
   * returns null if there is any.
   */
  Section parse(JsonNode node, String path, List<Problem> problems);

  /** A parsed section of the spec. */
  interface Section {
    /** The axis columns this section's variants set, in order. */
    List<String> axes();

    /** Its grid axes, for the summary's axis effects (none by default). */
    default List<BatchSpec.GridAxis> gridAxes() {
      return List.of();
    }

    /** The variants of one instance, in order. */
    List<BatchSpec.Variant> variants(BatchSpec.InstanceInput instance);

    /**
     * Override lists to check against every instance before anything is solved, keyed by the JSON path that
     * gave them (a grid checks each level alone, not every combination).
     */
    Map<String, List<String>> checks();
  }
}
