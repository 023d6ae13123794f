package org.coalgrid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coalgrid.batch.BatchOutcome;
import org.coalgrid.batch.BatchSpec;
import org.coalgrid.batch.BatchSpecReader;
import org.coalgrid.batch.EmbeddedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code coalgrid-spark.jar} run the way a cluster runs it: through Spark's {@code SparkSubmit} (what the
 * {@code spark-submit} script calls), with only Spark's own jars on the class path ({@code spark-dist/}: Spark
 * 4.0.1 as Maven Central resolves it, protobuf 4.29.3 included), on a standalone cluster ({@code local-cluster}: a
 * real Master and two Workers; each executor is a JVM of its own that a Worker starts from {@code SPARK_HOME}).
 * One executor is killed with SIGKILL while cases remain: Spark runs its task again elsewhere, the batch ends with
 * exit code 0, and results.csv equals the embedded run's byte for byte. A second submit resumes every case.
 */
class SparkSubmitClusterIT {
  private static final List<String> OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");
  private static final int CASES = 16;

  @TempDir
  Path tmp;

  private static Path repo() {
    return Path.of(System.getProperty("coalgrid.repo", "..")).toAbsolutePath().normalize();
  }

  @Test
  void gridThroughSparkSubmitOnAStandaloneClusterSurvivesAKilledExecutorAndGivesTheEmbeddedTable() throws Exception {
    Path spec = tmp.resolve("grid.yaml");
    Files.writeString(spec, String.join("\n",
        "name: cluster-grid",
        "instances: " + repo().resolve("instances/tutorial.json"),
        "settings: {solver: glop, timeLimitSeconds: 300}",
        "grid:",
        "  - {name: co2-cap, path: policies.cap-co2.limit, values: [22000000, 24000000, 26000000, 28000000]}",
        "  - {name: outbound-t, path: policies.cap-outbound.limit, values: [2000000, 3000000, 4000000, 5000000]}",
        ""));
    BatchSpec parsed = BatchSpecReader.read(spec);
    assertEquals(CASES, parsed.cases().size());
    Path embedded = tmp.resolve("embedded");
    BatchOutcome e = EmbeddedBatch.run(parsed, embedded,
        EmbeddedBatch.Options.defaults().withWorkers(2).withIsolation(EmbeddedBatch.Isolation.THREADS), null);
    assertEquals(0, e.exitCode());

    Path out = tmp.resolve("cluster");
    Process submit = submit(spec, out, "first");
    boolean killed = false;
    int doneAtKill = -1;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (submit.isAlive() && System.nanoTime() < deadline) {
      if (!killed) {
        int done = records(out);
        Optional<ProcessHandle> executor = submit.descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).findFirst();
        if (done >= 1 && done < CASES - 2 && executor.isPresent()) {
          doneAtKill = done;
          killed = executor.get().destroyForcibly();
        }
      }
      submit.waitFor(200, TimeUnit.MILLISECONDS);
    }
    assertTrue(submit.waitFor(1, TimeUnit.SECONDS), "spark-submit did not finish in 15 minutes; " + log("first"));
    assertEquals(0, submit.exitValue(), log("first"));
    assertTrue(killed, "no executor was killed while cases remained (records at the time: " + doneAtKill + ")");
    assertEquals(Files.readString(embedded.resolve("results.csv")), Files.readString(out.resolve("results.csv")));
    String timings = Files.readString(out.resolve("timings.csv"));
    assertTrue(timings.lines().skip(1).allMatch(l -> l.contains(",executor-") && !l.contains("executor-driver")),
        "every case ran in an executor JVM:\n" + timings);

    Process again = submit(spec, out, "again");
    assertTrue(again.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, again.exitValue(), log("again"));
    assertTrue(Files.readString(tmp.resolve("again.out")).contains("0 solved in this run, " + CASES + " resumed"),
        log("again"));
    assertEquals(Files.readString(embedded.resolve("results.csv")), Files.readString(out.resolve("results.csv")));
  }

  /** {@code spark-submit --master local-cluster[2,1,1024] --class org.coalgrid.spark.SparkBatch JAR SPEC --out DIR}. */
  private Process submit(Path spec, Path out, String name) throws IOException {
    Path jars = Path.of(System.getProperty("coalgrid.sparkJars")).toAbsolutePath();
    Path home = tmp.resolve("spark-home");
    if (!Files.exists(home)) { // what the Workers need to start executors: SPARK_HOME/jars and a RELEASE file
      Files.createDirectories(home);
      Files.createSymbolicLink(home.resolve("jars"), jars);
      Files.writeString(home.resolve("RELEASE"), "Spark 4.0.1 (jars from spark-dist/, for SparkSubmitClusterIT)\n");
    }
    String javaOpts = String.join(" ", OPENS);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(OPENS);
    cmd.addAll(List.of("-cp", jars + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", "local-cluster[2,1,1024]",
        "--conf", "spark.executor.memory=768m",
        "--conf", "spark.executor.extraJavaOptions=" + javaOpts,
        "--conf", "spark.ui.enabled=false",
        "--conf", "spark.task.maxFailures=4",
        "--class", "org.coalgrid.spark.SparkBatch",
        Path.of(System.getProperty("coalgrid.sparkJar")).toAbsolutePath().toString(),
        spec.toString(), "--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve(name + ".out").toFile())
        .redirectError(tmp.resolve(name + ".err").toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    return pb.start();
  }

  private static int records(Path out) throws IOException {
    Path cases = out.resolve("cases");
    if (!Files.isDirectory(cases)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(cases)) {
      return (int) s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  private String log(String name) {
    try {
      String err = Files.readString(tmp.resolve(name + ".err"));
      return Files.readString(tmp.resolve(name + ".out")) + "\n--- stderr (last 4,000 characters) ---\n"
          + err.substring(Math.max(0, err.length() - 4000));
    } catch (IOException x) {
      return "(no log: " + x.getMessage() + ")";
    }
  }
}
