package org.coalgrid.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded runner: the table does not depend on the number of workers or on threads versus worker JVMs; a
 * re-run resumes; a worker JVM killed mid-batch costs only its case, which the next run solves, and nothing else.
 */
class EmbeddedBatchTest {
  @TempDir
  Path tmp;

  private BatchSpec spec(int co2Levels) throws Exception {
    StringBuilder values = new StringBuilder();
    for (int k = 0; k < co2Levels; k++) {
      values.append(k == 0 ? "" : ", ").append(23_000_000 + 1_000_000 * k);
    }
    Path f = tmp.resolve("spec-" + co2Levels + ".yaml");
    Files.writeString(f, """
        instances: %s
        settings: {solver: glop, timeLimitSeconds: 60}
        grid:
          - {name: co2, path: policies.cap-co2.limit, values: [%s]}
          - name: coal
            levels: [{name: plan}, {name: tight, set: ["policies.cap-coal.limit=2.1e7"]}]
        """.formatted(Cli.instance("tutorial.json"), values), StandardCharsets.UTF_8);
    return BatchSpecReader.read(f);
  }

  private static EmbeddedBatch.Options options(int workers, EmbeddedBatch.Isolation iso) {
    return EmbeddedBatch.Options.defaults().withWorkers(workers).withIsolation(iso).withWorkerHeap("512m");
  }

  @Test
  void oneThreadAndTwoWorkerJvmsGiveByteIdenticalTablesAndARerunSolvesNothing() throws Exception {
    BatchSpec s = spec(3);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    BatchOutcome one = EmbeddedBatch.run(s, a, options(1, EmbeddedBatch.Isolation.THREADS), null);
    BatchOutcome two = EmbeddedBatch.run(s, b, options(2, EmbeddedBatch.Isolation.JVM).withRecycleAfter(2), null);
    assertEquals(0, one.exitCode());
    assertEquals(6, one.solvedNow().size());
    String table = Files.readString(a.resolve("results.csv"));
    assertEquals(table, Files.readString(b.resolve("results.csv")));
    assertEquals(7, table.lines().count());
    assertTrue(table.lines().skip(1).allMatch(l -> l.contains(",OPTIMAL,")), table);
    assertTrue(table.lines().findFirst().orElseThrow().contains("prices.electricityMeanCnyPerMwh."), table);
    // recycled after 2 cases: 3 worker JVMs per slot at most, and each case says which one solved it
    String timings = Files.readString(b.resolve("timings.csv"));
    assertTrue(timings.contains("worker-1.2") || timings.contains("worker-2.2"), timings);

    BatchOutcome again = EmbeddedBatch.run(s, b, options(2, EmbeddedBatch.Isolation.JVM), null);
    assertEquals(0, again.solvedNow().size());
    assertEquals(6, again.resumed());
    assertEquals(table, Files.readString(b.resolve("results.csv")));
  }

  @Test
  void aKilledWorkerCostsOnlyItsCaseAndTheRerunSolvesOnlyWhatIsMissing() throws Exception {
    BatchSpec s = spec(5);
    Path dir = tmp.resolve("k");
    Path cases = dir.resolve("cases");
    AtomicLong killed = new AtomicLong();
    List<Long> pids = new ArrayList<>();
    EmbeddedBatch.Listener killer = new EmbeddedBatch.Listener() {
      int finished;

      @Override
      public void workerStarted(String name, long pid) {
        pids.add(pid);
      }

      @Override
      public void finished(BatchCase c, CaseResult r) {
        if (++finished == 2) { // SIGKILL to the first worker JVM while the batch runs
          ProcessHandle.of(pids.get(0)).ifPresent(p -> {
            p.destroyForcibly();
            killed.set(p.pid());
          });
        }
      }
    };
    BatchOutcome first = EmbeddedBatch.run(s, dir, options(2, EmbeddedBatch.Isolation.JVM), killer);
    assertTrue(killed.get() > 0, "a worker JVM was killed");
    assertEquals(10, first.results().size(), "every case has a record: the batch went on");
    long crashed = first.results().values().stream().filter(r -> r.status().equals(CaseResult.CRASHED)).count();
    assertTrue(crashed <= 1, "only the case the worker was solving is lost");
    Map<Path, FileTime> before = new HashMap<>();
    try (Stream<Path> fs = Files.list(cases)) {
      for (Path f : fs.toList()) {
        if (!Files.readString(f).contains("\"CRASHED\"")) {
          before.put(f, Files.getLastModifiedTime(f));
        }
      }
    }
    BatchOutcome second = EmbeddedBatch.run(s, dir, options(2, EmbeddedBatch.Isolation.JVM), null);
    assertEquals(crashed, second.solvedNow().size(), "the re-run solves the crashed case only");
    assertEquals(0, second.exitCode());
    assertTrue(second.results().values().stream().allMatch(r -> r.status().equals("OPTIMAL")));
    for (Map.Entry<Path, FileTime> e : before.entrySet()) {
      assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), e.getKey() + " was not solved again");
    }
    // the same table as a clean run on one thread
    EmbeddedBatch.run(s, tmp.resolve("clean"), options(1, EmbeddedBatch.Isolation.THREADS), null);
    assertEquals(Files.readString(tmp.resolve("clean/results.csv")), Files.readString(dir.resolve("results.csv")));
  }
}
