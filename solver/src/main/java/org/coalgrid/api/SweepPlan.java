package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.output.Json;
import org.coalgrid.verify.MalformedSolutionException;
import org.coalgrid.verify.SolutionVerifier;
import org.coalgrid.verify.VerificationReport;
import org.coalgrid.whatif.Sweep;

/**
 * A one-parameter series whose every step has been validated and fits in memory, ready to run: made by
 * {@link CoalGrid#sweep}. {@link #run} solves the steps in order; each step's result is checked by the
 * independent verifier before it is handed on.
 * <pre>{@code
 * SweepPlan plan = coalgrid.sweep(Path.of("instances/tutorial.json"), WhatIf.none(),
 *     "policies.cap-co2.limit", Sweep.values(2.0e7, 3.0e7, 5));
 * SweepResult r = plan.run(step -> System.err.println("step " + step.index() + " " + step.result().status()));
 * }</pre>
 * Thread-safety: immutable; {@link #run} may be called from several threads at once (each run solves its own
 * models), and calls {@code progress} on the calling thread.
 */
public final class SweepPlan {
  private final Sweep sweep;
  private final Settings settings;
  private final int steps;

  SweepPlan(Sweep sweep, Settings settings, int steps) {
    this.sweep = sweep;
    this.settings = settings;
    this.steps = steps;
  }

  /** The unit of the swept parameter ("" when the schema gives none). */
  public String unit() {
    return sweep.unit();
  }

  /** Number of steps. */
  public int steps() {
    return steps;
  }

  /** The parameter's value at step {@code k} (0-based). */
  public double value(int k) {
    return sweep.value(k);
  }

  /** The validated instance of step {@code k} (0-based). */
  public Instance instance(int k) {
    return sweep.instance(k);
  }

  /**
   * Solves every step in order, verifying each result, and calls {@code progress} after each.
   *
   * @throws VerificationFailedException if a step's result fails the verifier (the steps after it are not run)
   */
  public SweepResult run(Consumer<Sweep.Step> progress) throws VerificationFailedException {
    List<Sweep.Step> series;
    try {
      series = sweep.run(settings::solverSettings, s -> {
        verify(s);
        progress.accept(s);
      });
    } catch (StepFailed e) {
      throw e.cause;
    }
    int worst = ExitCodes.OK;
    for (Sweep.Step s : series) {
      worst = Math.max(worst, ExitCodes.forStatus(s.result().status()));
    }
    return new SweepResult(series, unit(), generationTypes(), worst);
  }

  private void verify(Sweep.Step s) {
    if (s.result().objective() == null) {
      return;
    }
    JsonNode tree = Json.MAPPER.valueToTree(s.result());
    String step = "sweep step " + (s.index() + 1) + " of " + steps + ": ";
    try {
      VerificationReport report = SolutionVerifier.verify(sweep.instance(s.index()), tree);
      if (!report.passed()) {
        throw new StepFailed(new VerificationFailedException(step + report.format(), s.result().status(), report));
      }
    } catch (MalformedSolutionException e) {
      throw new StepFailed(new VerificationFailedException(step + "the result cannot be verified: " + e.getMessage(),
          s.result().status(), null));
    }
  }

  /** Plant types with plants in internal regions, in enum order: the generation columns of the sweep table. */
  private List<String> generationTypes() {
    Instance in = sweep.instance(0);
    List<String> types = new ArrayList<>();
    for (PlantType t : PlantType.values()) {
      if (in.plants().stream().anyMatch(p -> p.type() == t && !in.isExternal(p.region()))) {
        types.add(t.name());
      }
    }
    return types;
  }

  /** Carries a verification failure out of the progress callback. */
  private static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient VerificationFailedException cause;

    StepFailed(VerificationFailedException cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }
}
