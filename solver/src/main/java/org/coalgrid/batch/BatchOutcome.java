package org.coalgrid.batch;

import java.util.Map;
import java.util.Set;

/**
 * What a run of a batch did: the results of every case by id (resumed or solved now), the ids solved in this run,
 * and the table written.
 */
public record BatchOutcome(BatchSpec spec, Map<String, CaseResult> results, Set<String> solvedNow,
    int resumed, BatchTable table) {

  /** 0 when every case has an answer (OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED or INVALID), else 1. */
  public int exitCode() {
    for (BatchCase c : spec.cases()) {
      CaseResult r = results.get(c.id());
      if (r == null || !r.isAnswer()) {
        return 1;
      }
    }
    return 0;
  }
}
