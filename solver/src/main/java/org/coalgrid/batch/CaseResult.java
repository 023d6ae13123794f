package org.coalgrid.batch;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one case gave: its status and message, its figures by column name ({@code objective.totalCny},
 * {@code objective.termsCny.TRANSPORT}, {@code kpis.coalProducedT}, {@code prices.electricityMeanCnyPerMwh.gy},
 * ...; docs/batch.md lists them), where its solution.json was written (relative to the batch directory, or null),
 * and how long it took. The timings and the worker are kept out of the result table (they differ between runs).
 *
 * @param status  the solve status (OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, NO_SOLUTION, ERROR) or a batch status
 *                ({@link #INVALID}, {@link #VERIFY_FAILED}, {@link #TOO_LARGE}, {@link #CRASHED}, {@link #TIMEOUT})
 * @param values  the figures in their units, in a fixed order; empty without a solution
 */
public record CaseResult(String id, String status, String message, Map<String, Double> values, String solution,
    double buildSeconds, double solveSeconds, double wallSeconds, String worker, Double workerRssMb)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The instance with the case's overrides fails validation. */
  public static final String INVALID = "INVALID";
  /** The result failed the independent verifier (nothing else is reported). */
  public static final String VERIFY_FAILED = "VERIFY_FAILED";
  /** The model would not fit in the worker's heap. */
  public static final String TOO_LARGE = "TOO_LARGE";
  /** The worker died while solving the case (killed, out of memory, native crash); retried on the next run. */
  public static final String CRASHED = "CRASHED";
  /** The worker gave no answer within the case time limit and was stopped. */
  public static final String TIMEOUT = "TIMEOUT";

  private static final Set<String> WITH_SOLUTION = Set.of("OPTIMAL", "FEASIBLE");
  private static final Set<String> ANSWERS = Set.of("OPTIMAL", "FEASIBLE", "INFEASIBLE", "UNBOUNDED", INVALID);

  public CaseResult {
    values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    message = message == null ? "" : message;
  }

  /** A result without figures (a failure). */
  public static CaseResult failed(String id, String status, String message, double wallSeconds, String worker) {
    return new CaseResult(id, status, message, Map.of(), null, 0, 0, wallSeconds, worker, null);
  }

  /** OPTIMAL or FEASIBLE: the case has an objective and KPIs. */
  public boolean hasSolution() {
    return WITH_SOLUTION.contains(status);
  }

  /**
   * Whether the status is an answer about the case itself (OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, INVALID) rather
   * than a failure to get one (NO_SOLUTION at the time limit, ERROR, VERIFY_FAILED, TOO_LARGE, CRASHED, TIMEOUT).
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isAnswer() {
    return ANSWERS.contains(status);
  }

  /** The objective in CNY/yr, or null. */
  public Double objectiveCny() {
    return values.get(CaseRunner.OBJECTIVE);
  }

  /** As one line of JSON (the record files, the worker protocol and Spark's task results). */
  public String toJson() {
    try {
      return BatchDir.JSON.writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a case result as JSON", e);
    }
  }

  /** From {@link #toJson()}. */
  public static CaseResult fromJson(String json) throws java.io.IOException {
    return BatchDir.JSON.readValue(json, CaseResult.class);
  }

  /** This result for another case with the same id (a spec may list one case twice). */
  public CaseResult withWorker(String w, Double rssMb) {
    return new CaseResult(id, status, message, values, solution, buildSeconds, solveSeconds, wallSeconds, w, rssMb);
  }
}
