package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same instance, backend and threads give byte-identical output files: twice in this JVM and once in a
 * fresh JVM (other hash seeds and identity hash codes), for the LP and the MILP tutorial.
 */
class DeterminismTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource({"tutorial.json, glop", "tutorial.json, clp", "tutorial-build.json, highs", "tutorial-build.json, scip"})
  void sameInputSameBytes(String instance, String solver) throws Exception {
    List<Path> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path out = tmp.resolve("in-jvm-" + i);
      Cli r = Cli.run("solve", Cli.instance(instance), "--solver", solver, "--threads", "1", "--quiet",
          "--out", out.toString());
      assertEquals(0, r.exitCode(), r.err());
      runs.add(out);
    }
    Path fresh = tmp.resolve("fresh-jvm");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", cp, Main.class.getName(), "solve", Cli.instance(instance), "--solver", solver, "--threads", "1",
        "--quiet", "--out", fresh.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    runs.add(fresh);
    List<String> names = files(runs.get(0));
    assertTrue(names.contains("solution.json"), names.toString());
    for (Path run : runs.subList(1, runs.size())) {
      assertEquals(names, files(run));
      for (String n : names) {
        assertArrayEquals(Files.readAllBytes(runs.get(0).resolve(n)), Files.readAllBytes(run.resolve(n)),
            n + " differs between " + runs.get(0).getFileName() + " and " + run.getFileName());
      }
    }
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
