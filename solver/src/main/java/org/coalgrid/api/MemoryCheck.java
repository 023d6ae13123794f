package org.coalgrid.api;

import java.util.Locale;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ModelSize;

/**
 * Refuses, before anything is built, a model whose estimated Java heap ({@link ModelSize}) exceeds the
 * heap this run can still use (maximum heap less heap in use). The budget can be set with the system
 * property {@value CoalGrid#HEAP_BUDGET_PROPERTY} (bytes), for tests and for runs that share a JVM.
 */
final class MemoryCheck {
  private MemoryCheck() {}

  /** Heap this run may use for the model (bytes). */
  static long budgetBytes() {
    String set = System.getProperty(CoalGrid.HEAP_BUDGET_PROPERTY);
    if (set != null) {
      return Long.parseLong(set.trim());
    }
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  /** Returns if the model of {@code in} fits; otherwise throws, saying why and what to do. */
  static void require(Instance in) throws ModelTooLargeException {
    ModelSize size = ModelSize.estimate(in);
    long budget = budgetBytes();
    if (size.heapBytes() <= budget) {
      return;
    }
    throw new ModelTooLargeException(String.format(Locale.ROOT, "the model would need about %s of memory (%,d "
        + "columns: %d periods, %d plants, %d lines, %d mines), more than the %s this run can use; give Java more "
        + "memory (COALGRID_JAVA_OPTS=-Xmx%dg) or use fewer periods or plants",
        mb(size.heapBytes()), size.columns(), in.periods().size(), in.plants().size(), in.lines().size(),
        in.mines().size(), mb(budget), Math.max(2, (long) Math.ceil(size.heapBytes() * 1.5 / (1L << 30)))),
        size.heapBytes(), budget);
  }

  private static String mb(long bytes) {
    return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%d MB", bytes >> 20);
  }
}
