package org.coalgrid.verify;

/**
 * The solution tree cannot be checked: a field is missing or not a number, an entity of the instance is
 * missing from it (or the other way round), or it holds no primal values (no solution found).
 */
public final class MalformedSolutionException extends RuntimeException {
  public MalformedSolutionException(String message) {
    super(message);
  }
}
