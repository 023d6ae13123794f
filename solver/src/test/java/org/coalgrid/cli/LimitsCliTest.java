package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.Json;
import org.coalgrid.reliability.HardInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Limits through the command line: a time limit gives the best feasible solution with its gap or says
 * none was found, within the limit plus a bound; a model too large for the memory budget is refused
 * before it is built; Ctrl-C (SIGINT) leaves no solution file and no temporary file.
 */
class LimitsCliTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"scip", "cbc", "highs"})
  void aTimeLimitGivesTheBestSolutionWithItsGapOrSaysNoneWasFound(String solver) throws Exception {
    Path hard = HardInstance.write(tmp.resolve("hard.json"), 48, 40, 7);
    Path out = tmp.resolve("out");
    long t0 = System.nanoTime();
    Cli r = Cli.run("solve", hard.toString(), "--solver", solver, "--time-limit", "1", "--out", out.toString());
    double wall = (System.nanoTime() - t0) / 1e9;
    assertTrue(wall < 1 + 30, solver + " took " + wall + " s");
    assertTrue(r.exitCode() == 3 || r.exitCode() == 6, solver + " exit " + r.exitCode() + "\n" + r.out() + r.err());
    JsonNode sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    if (r.exitCode() == 3) {
      assertEquals("FEASIBLE", sol.get("status").asText());
      assertTrue(sol.get("objective").get("relativeGap").asDouble() >= 0, sol.get("objective").toString());
      assertTrue(r.out().contains("MIP gap"), r.out());
    } else {
      assertEquals("NO_SOLUTION", sol.get("status").asText());
      assertTrue(sol.get("objective").isNull(), sol.toString());
    }
  }

  @Test
  void aModelOverTheMemoryBudgetIsRefusedBeforeBuilding() {
    Path out = tmp.resolve("out");
    System.setProperty(org.coalgrid.api.CoalGrid.HEAP_BUDGET_PROPERTY, "100000");
    try {
      Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString());
      assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
      assertTrue(r.err().startsWith("coalgrid: the model would need about "), r.err());
      assertTrue(r.err().contains("more than the 0 MB this run can use"), r.err());
      assertFalse(Files.exists(out));
      Cli mps = Cli.run("export-mps", Cli.instance("tutorial.json"), tmp.resolve("m.mps").toString());
      assertEquals(ExitCodes.BAD_INPUT, mps.exitCode(), mps.err());
      assertFalse(Files.exists(tmp.resolve("m.mps")));
      String tut = Cli.instance("tutorial.json");
      for (String[] args : new String[][] {{"explain", tut}, {"check-targets", tut}, {"sensitivity", tut},
          {"compare", tut, tut}, {"sweep", tut, "--param", "policies.cap-coal.limit", "--from", "1", "--to", "2",
              "--steps", "2"}}) {
        Cli c = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), args[0] + ": " + c.err());
        assertTrue(c.err().contains("the model would need about "), args[0] + ": " + c.err());
      }
    } finally {
      System.clearProperty(org.coalgrid.api.CoalGrid.HEAP_BUDGET_PROPERTY);
    }
  }

  @Test
  void ctrlCDuringASolveLeavesNoFiles() throws Exception {
    Path hard = HardInstance.write(tmp.resolve("hard.json"), 64, 48, 11);
    Path out = tmp.resolve("out");
    Process p = child(Main.class, "solve", hard.toString(), "--solver", "cbc", "--time-limit", "120",
        "--out", out.toString());
    Thread.sleep(4000); // JVM start, read, build: the solve is under way
    assertTrue(p.isAlive(), "the solve ended before the signal; make the instance harder");
    int expectedExit = interrupt(p);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process did not stop after the signal");
    assertEquals(expectedExit, p.exitValue(), "exit code of a JVM stopped by the signal");
    assertNoFiles(out);
  }

  @Test
  void ctrlCWhileFilesAreBeingWrittenDeletesTheTemporaries() throws Exception {
    Path out = tmp.resolve("out");
    Process p = child(SlowWriter.class, out.toString());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", r.readLine());
    }
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(2, s.count(), "one finished and one half-written temporary before the signal");
    }
    interrupt(p);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertNoFiles(out);
  }

  /** Writes one whole file and half of another into an AtomicOutput, says "writing", then waits. */
  public static final class SlowWriter {
    public static void main(String[] args) throws Exception {
      try (org.coalgrid.output.AtomicOutput o = new org.coalgrid.output.AtomicOutput(Path.of(args[0]))) {
        o.file("solution.json", w -> w.write("{}\n"));
        o.file("plants.csv", w -> {
          w.write("id,mw\n");
          w.flush();
          System.out.println("writing");
          System.out.flush();
          try {
            Thread.sleep(120_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        o.commit();
      }
    }
  }

  private static void assertNoFiles(Path out) throws Exception {
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.list(out)) {
        List<Path> left = s.toList();
        assertTrue(left.isEmpty(), "left behind: " + left);
      }
    }
  }

  /** Starts {@code main} of {@code cls} in a child JVM with this JVM's class path. */
  private static Process child(Class<?> cls, String... args) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", cp, cls.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /**
   * Sends Ctrl-C (SIGINT) and returns the exit code it gives (130). A child started by a process that ignores
   * SIGINT (e.g. a test run launched as a background job without job control) inherits that and cannot be
   * reached by Ctrl-C; it then gets SIGTERM, which runs the same JVM shutdown hooks, and exits with 143.
   */
  private static int interrupt(Process p) throws Exception {
    boolean ignored = sigintIgnoredHere();
    Process kill = new ProcessBuilder("kill", ignored ? "-TERM" : "-INT", Long.toString(p.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    return ignored ? 143 : 130;
  }

  /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status), which children inherit. */
  static boolean sigintIgnoredHere() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  static {
    assertTrue(File.pathSeparatorChar == ':', "the SIGINT tests need a POSIX system");
  }
}
