package org.coalgrid.api;

import java.util.List;
import java.util.stream.Collectors;
import org.coalgrid.diagnostics.Problem;

/**
 * The instance cannot be used: the file is missing, unreadable, too large or not JSON ({@link #unreadable()}),
 * or it fails the structure or semantic checks, or an override addresses no field. {@link #problems()} lists
 * every problem found, each with the JSON path it concerns; {@link #lines()} gives them as printed:
 * <pre>{@code
 * } catch (InvalidInstanceException e) {
 *   System.err.println(e.origin() + " is not a valid instance:");
 *   e.lines().forEach(l -> System.err.println("  " + l));   // $.plants[2].region: unknown region "bijei" ...
 * }
 * }</pre>
 * Exit code 2. Immutable; thread-safe.
 */
public final class InvalidInstanceException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final transient List<Problem> problems;
  private final boolean unreadable;
  private final boolean strict;

  InvalidInstanceException(String origin, List<Problem> problems, boolean unreadable) {
    this(origin, problems, unreadable, false);
  }

  private InvalidInstanceException(String origin, List<Problem> problems, boolean unreadable, boolean strict) {
    super(origin + " is not a valid instance" + (strict ? " under --strict" : "") + ": " + problems.stream()
        .map(Problem::format).collect(Collectors.joining("; ")), ExitCodes.BAD_INPUT);
    this.origin = origin;
    this.problems = List.copyOf(problems);
    this.unreadable = unreadable;
    this.strict = strict;
  }

  /** The warnings of a case read with {@link Settings#strict()}: each becomes an error. */
  static InvalidInstanceException strict(String origin, List<Problem> warnings) {
    return new InvalidInstanceException(origin, warnings.stream().map(w -> Problem.error(w.path(), w.message()))
        .toList(), false, true);
  }

  /** True if the problems are warnings that {@link Settings#strict()} made errors. */
  public boolean strict() {
    return strict;
  }

  /** What was read: the file as named, with {@code " with --set PATH=VALUE ..."} when overrides were applied. */
  public String origin() {
    return origin;
  }

  /** Every problem found (errors and warnings), in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems as one line each: {@code $.plants[2].region: unknown region "bijei" (known: ...)}. */
  public List<String> lines() {
    return problems.stream().map(Problem::format).toList();
  }

  /** The problems' messages without their paths, in order. */
  public List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  /** True if the file could not be read as JSON at all (missing, unreadable, too large, malformed). */
  public boolean unreadable() {
    return unreadable;
  }
}
