package org.coalgrid.api;

/**
 * The model of the instance would need more Java heap than this run can still use; nothing was built. The
 * message gives the estimate, the budget and the {@code -Xmx} to use. The budget is the heap left, or the
 * system property {@value CoalGrid#HEAP_BUDGET_PROPERTY} (bytes) when set. Exit code 2.
 * <pre>{@code
 * } catch (ModelTooLargeException e) {
 *   System.err.println(e.getMessage() + " (" + e.neededBytes() + " > " + e.budgetBytes() + " bytes)");
 * }
 * }</pre>
 * Immutable; thread-safe.
 */
public final class ModelTooLargeException extends CoalGridException {
  private static final long serialVersionUID = 1L;

  private final long neededBytes;
  private final long budgetBytes;

  ModelTooLargeException(String message, long neededBytes, long budgetBytes) {
    super(message, ExitCodes.BAD_INPUT);
    this.neededBytes = neededBytes;
    this.budgetBytes = budgetBytes;
  }

  /** Estimated heap the model needs (bytes). */
  public long neededBytes() {
    return neededBytes;
  }

  /** Heap this run could use (bytes). */
  public long budgetBytes() {
    return budgetBytes;
  }
}
