package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coalgrid.output.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files a spreadsheet opens cleanly, and --quiet that only quietens the console (issue 14 items 4 and 5). */
class OutputFilesCliTest {
  @TempDir
  Path dir;

  @Test
  void quietExplainStillWritesTheExplanation() {
    Path out = dir.resolve("q");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--explain", "--quiet", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.exists(out.resolve("explain.md")), "explain.md written");
    assertTrue(Files.exists(out.resolve("explain.json")), "explain.json written");
    assertEquals(2, r.out().lines().count(), "console: the status line and what was written\n" + r.out());
    assertTrue(r.out().contains("explain.json, explain.md"), r.out());
  }

  @Test
  void csvBomStartsEveryCsvAndNothingElse() throws Exception {
    Path out = dir.resolve("bom");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--quiet", "--out", out.toString(), "--csv-bom");
    assertEquals(0, r.exitCode(), r.err());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path plain = dir.resolve("plain");
    assertEquals(0, Cli.run("solve", Cli.instance("tutorial.json"), "--quiet", "--out", plain.toString()).exitCode());
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.toList()) {
        byte[] b = Files.readAllBytes(f);
        byte[] p = Files.readAllBytes(plain.resolve(f.getFileName()));
        if (f.toString().endsWith(".csv")) {
          assertArrayEquals(bom, Arrays.copyOf(b, 3), f.toString());
          assertArrayEquals(p, Arrays.copyOfRange(b, 3, b.length), f + ": the rest as without --csv-bom");
        } else {
          assertArrayEquals(p, b, f.toString());
        }
      }
    }
  }

  @Test
  void summaryPointsAtNoFileItDidNotWrite() {
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"));
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(r.out().contains("see prices_"), r.out());
    assertTrue(r.out().contains("(16 values; 'explain' lists them, '--out' writes prices_*.csv)"), r.out());
  }

  @Test
  void filesAreCreatedWithTheUsersUmask() throws Exception {
    Path out = dir.resolve("modes");
    Path report = dir.resolve("r.html");
    Path xlsx = dir.resolve("t.xlsx");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--quiet", "--explain", "--out", out.toString(),
        "--report", report.toString(), "--xlsx", xlsx.toString());
    assertEquals(0, r.exitCode(), r.err());
    // a file created plainly gets 0666 less the umask; coalgrid's outputs must get the same (not -rw-------)
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
    List<Path> files = new ArrayList<>(List.of(report, xlsx));
    try (Stream<Path> s = Files.list(out)) {
      files.addAll(s.toList());
    }
    assertTrue(files.size() > 10, files.toString());
    for (Path f : files) {
      assertEquals(PosixFilePermissions.toString(expected),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
    }
  }

  @Test
  void noInfinityTextInACsvCell() throws Exception {
    StringWriter w = new StringWriter();
    try (CsvRows csv = CsvRows.on(w)) {
      csv.row("x", 1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
    }
    assertEquals("x,1.5,,,\n", w.toString());
  }
}
