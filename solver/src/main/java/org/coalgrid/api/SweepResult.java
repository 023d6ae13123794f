package org.coalgrid.api;

import java.util.List;
import org.coalgrid.whatif.Sweep;

/**
 * The steps of a one-parameter series, each verified: value, result, the parameter's shadow price and the
 * finite difference that checks it (see {@link Sweep.Step}); the unit of the parameter; the plant types of the
 * generation columns; and the exit code of the worst step status.
 * <pre>{@code
 * for (Sweep.Step s : result.steps()) {
 *   System.out.println(s.value() + " " + result.unit() + ": " + s.result().status());
 * }
 * }</pre>
 * Immutable; thread-safe.
 *
 * @param steps           the steps in order
 * @param unit            the unit of the swept parameter ("" for none)
 * @param generationTypes plant types with internal plants, in enum order
 * @param exitCode        the largest exit code of the steps' statuses (0 when every step is optimal)
 */
public record SweepResult(List<Sweep.Step> steps, String unit, List<String> generationTypes, int exitCode) {
  public SweepResult {
    steps = List.copyOf(steps);
    generationTypes = List.copyOf(generationTypes);
  }
}
