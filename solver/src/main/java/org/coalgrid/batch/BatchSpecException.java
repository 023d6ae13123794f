package org.coalgrid.batch;

import java.util.List;
import org.coalgrid.diagnostics.Problem;

/** A batch spec that cannot be read or fails a check: every problem with its JSON path (exit code 2). */
public final class BatchSpecException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final transient List<Problem> problems;

  public BatchSpecException(String origin, List<Problem> problems) {
    super(origin + " is not a valid batch spec (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + ")", null, false, false);
    this.origin = origin;
    this.problems = List.copyOf(problems);
  }

  /** The spec file as named. */
  public String origin() {
    return origin;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One line per problem: {@code $.grid[0].values[2]: ...}. */
  public List<String> lines() {
    return problems.stream().map(Problem::format).toList();
  }
}
