package org.coalgrid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

  /** Seconds of garbage collection so far, all collectors (their pauses; a parallel GC uses several threads). */
  public static double gcSeconds() {
    double s = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      s += Math.max(0, gc.getCollectionTime()) / 1e3;
    }
    return s;
  }

  /**
   * CPU seconds (user + system) of this JVM's threads whose name starts with one of {@code prefixes}, per
   * thread id, from {@code /proc/self/task/TID/stat} (Linux; empty elsewhere). The JIT compiler threads are
   * "C1 CompilerThre" and "C2 CompilerThre"; the parallel collector's are "GC Thread#N" and "VM Thread".
   */
  public static Map<String, Double> threadCpuSeconds(String... prefixes) {
    Map<String, Double> m = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return m;
    }
    try (var dirs = Files.list(tasks)) {
      for (Path t : dirs.toList()) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          int close = stat.lastIndexOf(')');
          String name = stat.substring(stat.indexOf('(') + 1, close);
          boolean match = false;
          for (String p : prefixes) {
            match |= name.startsWith(p);
          }
          if (match) {
            // after "(name) ": state, ppid, ... ; utime and stime are fields 14 and 15 of stat (clock ticks)
            String[] f = stat.substring(close + 2).split(" ");
            m.put(t.getFileName().toString(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS);
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended while it was read
        }
      }
    } catch (IOException e) {
      return m;
    }
    return m;
  }

  /** Linux's USER_HZ, the unit of utime and stime in /proc (100 on every platform the JDK runs Linux on). */
  private static final double CLOCK_TICKS = 100.0;

  /**
   * CPU seconds spent by the threads of two {@link #threadCpuSeconds} snapshots between them: each thread alive
   * at the end minus what it had at the start. A thread that ended in between is not counted (the JVM retires
   * idle compiler threads), so this is a lower bound.
   */
  public static double cpuBetween(Map<String, Double> start, Map<String, Double> end) {
    double s = 0;
    for (var e : end.entrySet()) {
      s += e.getValue() - start.getOrDefault(e.getKey(), 0.0);
    }
    return s;
  }

  /** CPU time of the whole process so far (all threads: ours, the solver's, JIT and GC), in seconds. */
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
