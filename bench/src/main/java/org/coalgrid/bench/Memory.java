package org.coalgrid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of this JVM: peak resident set size (VmHWM of /proc/self/status, native memory of the solver
 * included) and peak Java heap (sum of the heap pools' peak usage since start or {@link #resetHeapPeak()}).
 * Linux only for RSS (-1 elsewhere).
 */
public final class Memory {
  private Memory() {}

  /** Peak resident set size of the process in bytes (VmHWM), or -1 if unknown. */
  public static long peakRssBytes() {
    return statusKb("VmHWM:") * 1024;
  }

  /** Current resident set size in bytes (VmRSS), or -1 if unknown. */
  public static long rssBytes() {
    return statusKb("VmRSS:") * 1024;
  }

  /** Sum over heap pools of their peak usage (bytes): an upper bound of the heap's peak occupancy. */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** CPU time of the whole process so far (all threads: ours, the solver's, JIT and GC), in seconds. */
  /** Seconds the JIT compiler threads have spent compiling so far (-1 if the JVM does not say). */
  public static double compileSeconds() {
    var c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1e3 : -1;
  }

  /** Seconds of garbage collection so far, all collectors (their pauses; a parallel GC uses several threads). */
  public static double gcSeconds() {
    double s = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      s += Math.max(0, gc.getCollectionTime()) / 1e3;
    }
    return s;
  }

  public static double processCpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  public static void resetHeapPeak() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long statusKb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
