package org.coalgrid.io;

import java.util.List;
import java.util.stream.Collectors;
import org.coalgrid.diagnostics.Problem;

/**
 * An instance that cannot be used: unreadable or malformed JSON, bad structure or failed semantic checks
 * (the CLI exits with code 2). The message lists every problem, one formatted line each.
 */
public final class InstanceException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final transient List<Problem> problems;

  public InstanceException(String origin, List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.origin = origin;
    this.problems = List.copyOf(problems);
  }

  /** The file or other origin the instance came from. */
  public String origin() {
    return origin;
  }

  /** All problems found (errors and warnings), in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
