package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.words.Fmt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coalgrid reduce-time}: deterministic output, the error table, refused inputs (docs/time.md). */
class ReduceTimeCliTest {
  @TempDir
  static Path dir;
  static Path year;

  @BeforeAll
  static void generate() {
    year = dir.resolve("year.json");
    Cli g = Cli.run("generate", year.toString(), "--regions", "1", "--full-year", "--step-hours", "24", "--seed", "4");
    assertEquals(0, g.exitCode(), g.err());
  }

  @Test
  void sameSeedGivesAByteIdenticalFileThatSolves() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Cli ra = Cli.run("reduce-time", year.toString(), "--days", "6", "--out", a.toString(), "--seed", "3", "--no-error");
    Cli rb = Cli.run("reduce-time", year.toString(), "--days", "6", "--out", b.toString(), "--seed", "3", "--no-error");
    assertEquals(0, ra.exitCode(), ra.err());
    assertEquals(0, rb.exitCode(), rb.err());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertTrue(ra.out().contains("6 representative days"), ra.out());
    Cli v = Cli.run("validate", a.toString());
    assertEquals(0, v.exitCode(), v.err());
    String text = Files.readString(a);
    assertTrue(text.contains("\"calendar\""), "calendar of the year written");
    assertTrue(text.contains("\"form\": \"REPRESENTATIVE_DAYS\""));
  }

  @Test
  void printsTheErrorAgainstTheFullYear() {
    Path out = dir.resolve("r4.json");
    Cli r = Cli.run("reduce-time", year.toString(), "--days", "4", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Error of 4 representative days against the full year"), r.out());
    assertTrue(r.out().contains("objective 目标值"), r.out());
    assertTrue(r.out().contains("COAL"), r.out());
    assertTrue(r.out().contains("r1 mean"), r.out());
    // the columns align on a terminal: a row with Chinese in its label is as wide as one without (CJK: 2 columns)
    List<Integer> widths = r.out().lines().filter(l -> l.contains("目标值") || l.contains("发电用煤")
        || l.contains("r1 mean")).map(Fmt::width).distinct().toList();
    assertEquals(1, widths.size(), r.out());
  }

  /**
   * A full-year solve stopped by its time limit (1 ms here, far below the build and solve of a 365-step year) used
   * to print NaN for the full year without a word: now a note names the solve, its status, the limit and the way
   * out, the reduced instance is still written, and the exit code is that of the status (6 no solution, 3 feasible).
   */
  @Test
  void aFullYearStoppedAtTheTimeLimitIsSaidPlainly() throws Exception {
    Path out = dir.resolve("r4-limit.json");
    Cli r = Cli.run("reduce-time", year.toString(), "--days", "4", "--out", out.toString(), "--time-limit", "0.001");
    assertTrue(r.exitCode() == 6 || r.exitCode() == 3, r.exitCode() + "\n" + r.out() + r.err());
    assertTrue(Files.exists(out), "the reduced instance is written");
    assertTrue(r.out().contains("Error of 4 representative days against the full year"), r.out());
    String status = r.exitCode() == 6 ? "NO_SOLUTION" : "FEASIBLE";
    assertTrue(r.out().contains("Note: The full-year solve ") && r.out().contains("status " + status)
        && r.out().contains("the time limit of 0.001 s")
        && r.out().contains("re-run with a larger --time-limit (more than 0.001 s"), r.out());
    assertTrue(r.err().contains("the error table is incomplete (full year " + status), r.err());
  }

  @Test
  void refusesWhatIsNotAFullYearAndBadDays() throws Exception {
    Path out = dir.resolve("x.json");
    Cli r = Cli.run("reduce-time", Cli.instance("tutorial.json"), "--days", "4", "--out", out.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("needs a full chronological year"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
    r = Cli.run("reduce-time", year.toString(), "--days", "0", "--out", out.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--days must be in [1, 365]"), r.err());
    assertFalse(Files.exists(out));
    byte[] before = Files.readAllBytes(year);
    r = Cli.run("reduce-time", year.toString(), "--days", "3", "--out", year.toString(), "--no-error");
    assertEquals(2, r.exitCode(), r.err());
    assertArrayEquals(before, Files.readAllBytes(year));
  }
}
