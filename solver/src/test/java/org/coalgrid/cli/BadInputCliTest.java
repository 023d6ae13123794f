package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.io.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad instance of src/test/resources/bad through the real command line: exit code 2, every expected
 * message on stderr, no stack trace, and no output file written.
 */
class BadInputCliTest {
  @TempDir
  Path tmp;

  static Stream<Path> badFiles() {
    return Resources.jsonFiles("bad").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void solveRejectsWithExitCode2AndWritesNothing(Path file) throws IOException {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", file.toString(), "--out", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    for (String line : Resources.expected(file)) {
      assertTrue(r.err().contains(line), "missing on stderr: " + line + "\n--- stderr:\n" + r.err());
    }
    assertNoStackTrace(r);
    assertFalse(Files.exists(out), "no output directory may be created for bad input");
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void validateRejectsWithExitCode2(Path file) throws IOException {
    Cli r = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains(Resources.expected(file).get(0)), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void missingFileIsBadInput() {
    Cli r = Cli.run("solve", tmp.resolve("nope.json").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("nope.json"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void badOptionsAreBadInput() {
    String tut = Cli.instance("tutorial.json");
    for (List<String> args : List.of(
        List.of("solve", tut, "--solver", "gurobi"),
        List.of("solve", tut, "--objective", "profit"),
        List.of("solve", tut, "--time-limit", "-1"),
        List.of("solve", tut, "--price-solver", "highs"),
        List.of("solve"),
        List.of("frobnicate"))) {
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), args + ": " + r.err());
      assertFalse(r.err().isBlank(), args.toString());
      assertNoStackTrace(r);
    }
  }

  @Test
  void exportMpsOfBadInputWritesNoFile() {
    Path mps = tmp.resolve("m.mps");
    Cli r = Cli.run("export-mps", Resources.jsonFiles("bad").get(0).toString(), mps.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertFalse(Files.exists(mps));
  }

  static void assertNoStackTrace(Cli r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
