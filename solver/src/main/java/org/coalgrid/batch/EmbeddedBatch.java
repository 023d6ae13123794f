package org.coalgrid.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a batch on this machine with no set-up: a pool of {@code workers}, each taking the next case in spec order.
 * <ul>
 *   <li>{@link Isolation#JVM} (default): each worker is a child JVM ({@link BatchWorker}) that solves up to
 *       {@code recycleAfter} cases and is then replaced, so OR-Tools' native memory, which grows over many solves
 *       in one JVM, is returned to the system; a worker that dies (killed, out of memory, native crash) costs only
 *       its case, recorded as CRASHED, and is replaced. {@code recycleAfter} = 1 runs every case in a fresh JVM.
 *   <li>{@link Isolation#THREADS}: threads in this JVM; no start-up cost, no isolation.
 * </ul>
 * Each finished case is recorded at once ({@link BatchDir}), so a run that is stopped resumes where it was.
 */
public final class EmbeddedBatch {
  /** Where cases run. */
  public enum Isolation { JVM, THREADS }

  /** What happens, for progress reports (called from the worker threads, one call at a time). */
  @FunctionalInterface
  public interface Listener {
    /** A case has finished and is recorded. */
    void finished(BatchCase c, CaseResult r);

    /** A worker JVM has started (its name as in timings.csv, and its process id). */
    default void workerStarted(String name, long pid) {}
  }

  /**
   * How to run.
   *
   * @param workers            parallel workers (>= 1)
   * @param isolation          child JVMs or threads
   * @param recycleAfter       cases a worker JVM solves before it is replaced (>= 1)
   * @param workerHeap         -Xmx of a worker JVM, e.g. "2g"
   * @param caseTimeoutSeconds a worker JVM that gives no answer in this time is stopped (0 = never)
   * @param retryFailed        solve again cases whose record has no answer (not only CRASHED ones)
   */
  public record Options(int workers, Isolation isolation, int recycleAfter, String workerHeap,
      double caseTimeoutSeconds, boolean retryFailed) {
    public Options {
      if (workers < 1 || recycleAfter < 1 || !(caseTimeoutSeconds >= 0)) {
        throw new IllegalArgumentException("need workers >= 1, recycleAfter >= 1 and caseTimeoutSeconds >= 0");
      }
      if (workerHeap == null || !workerHeap.matches("[0-9]+[kKmMgG]?")) {
        throw new IllegalArgumentException("worker heap must be a size such as 2g or 1500m, got '" + workerHeap + "'");
      }
    }

    /** All cores, worker JVMs recycled after {@value #RECYCLE_AFTER} cases, their heap from the machine's memory. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), Isolation.JVM, RECYCLE_AFTER,
          defaultHeap(Runtime.getRuntime().availableProcessors()), 0, false);
    }

    public Options withWorkers(int n) {
      return new Options(n, isolation, recycleAfter, workerHeap, caseTimeoutSeconds, retryFailed);
    }

    public Options withIsolation(Isolation i) {
      return new Options(workers, i, recycleAfter, workerHeap, caseTimeoutSeconds, retryFailed);
    }

    public Options withRecycleAfter(int k) {
      return new Options(workers, isolation, k, workerHeap, caseTimeoutSeconds, retryFailed);
    }

    public Options withWorkerHeap(String h) {
      return new Options(workers, isolation, recycleAfter, h, caseTimeoutSeconds, retryFailed);
    }

    public Options withCaseTimeout(double s) {
      return new Options(workers, isolation, recycleAfter, workerHeap, s, retryFailed);
    }

    public Options withRetryFailed(boolean on) {
      return new Options(workers, isolation, recycleAfter, workerHeap, caseTimeoutSeconds, on);
    }
  }

  /** Cases a worker JVM solves before it is replaced, by default (docs/batch.md has the measurement). */
  public static final int RECYCLE_AFTER = 50;

  private EmbeddedBatch() {}

  /**
   * Half the machine's memory shared by the workers (the other half for native solver memory and the system),
   * between 1 and 16 GiB each.
   */
  static String defaultHeap(int workers) {
    long total = 8L << 30;
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      total = os.getTotalMemorySize();
    }
    long mb = Math.max(1024, Math.min(16L << 10, (total >> 20) / 2 / Math.max(1, workers)));
    return mb + "m";
  }

  /**
   * Runs the cases of {@code spec} not yet done in {@code dir}, then writes results.csv and timings.csv.
   *
   * @throws IOException if the directory cannot be read or written
   */
  public static BatchOutcome run(BatchSpec spec, Path dir, Options o, Listener listener) throws IOException {
    BatchDir store = new BatchDir(dir);
    BatchDir.Plan plan = store.plan(spec, o.retryFailed());
    Map<String, CaseResult> results = new ConcurrentHashMap<>(plan.done());
    Set<String> solvedNow = Collections.synchronizedSet(new LinkedHashSet<>());
    ConcurrentLinkedQueue<BatchCase> queue = new ConcurrentLinkedQueue<>(plan.toRun());
    Map<String, String> texts = spec.instanceTexts();
    AtomicReference<IOException> failure = new AtomicReference<>();
    int n = Math.min(o.workers(), Math.max(1, plan.toRun().size()));
    List<Thread> threads = new ArrayList<>();
    List<JvmWorker> live = Collections.synchronizedList(new ArrayList<>());
    Thread cleanup = new Thread(() -> new ArrayList<>(live).forEach(JvmWorker::kill), "coalgrid-batch-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      for (int w = 0; w < n; w++) {
        int slot = w + 1;
        Thread t = new Thread(() -> {
          JvmWorker worker = null;
          int generation = 0;
          try {
            BatchCase c;
            while ((c = queue.poll()) != null && failure.get() == null) {
              CaseResult r;
              if (o.isolation() == Isolation.THREADS) {
                r = CaseRunner.run(c, texts.get(c.instanceSha256()), spec.settings(), dir, spec.solutions())
                    .withWorker("thread-" + slot, null);
              } else {
                if (worker == null || !worker.alive() || worker.solved() >= o.recycleAfter()) {
                  if (worker != null) {
                    live.remove(worker);
                    worker.close();
                  }
                  generation++;
                  worker = JvmWorker.start("worker-" + slot + "." + generation, o.workerHeap(),
                      dir.resolve("logs").resolve("worker-" + slot + ".log"));
                  live.add(worker);
                  if (listener != null) {
                    synchronized (listener) {
                      listener.workerStarted(worker.name(), worker.pid());
                    }
                  }
                }
                r = worker.solve(c, texts.get(c.instanceSha256()), spec.settings(), dir, spec.solutions(),
                    o.caseTimeoutSeconds());
              }
              store.save(r);
              results.put(c.id(), r);
              solvedNow.add(c.id());
              if (listener != null) {
                synchronized (listener) {
                  listener.finished(c, r);
                }
              }
            }
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } finally {
            if (worker != null) {
              live.remove(worker);
              worker.close();
            }
          }
        }, "coalgrid-batch-" + slot);
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      new ArrayList<>(live).forEach(JvmWorker::kill);
      throw new IOException("interrupted");
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    BatchTable table = store.finish(spec, results, solvedNow);
    // in the spec's case order, not Set.copyOf's, which changes from one JVM run to the next
    Set<String> now = new LinkedHashSet<>();
    spec.cases().forEach(c -> {
      if (solvedNow.contains(c.id())) {
        now.add(c.id());
      }
    });
    return new BatchOutcome(spec, results, Collections.unmodifiableSet(now), plan.done().size(), table);
  }
}
