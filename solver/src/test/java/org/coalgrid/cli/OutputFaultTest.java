package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.AtomicOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output sets under faults, through the real command line: stale files of an earlier run, the umask, a second run
 * into the same output, kill -9 during commits, a full disk and a read-only directory. Every case ends with one line
 * on stderr (no exception name), nothing half-written and the input untouched. Disk full and read-only use a small
 * tmpfs and need root (CI runs as root); elsewhere they are skipped with the reason printed, except read-only, which
 * falls back to a directory without write permission.
 */
class OutputFaultTest {
  @TempDir
  Path tmp;

  private Path copy(String instance) throws IOException {
    return Files.copy(Cli.repo().resolve("instances").resolve(instance), tmp.resolve(Path.of(instance).getFileName()));
  }

  @Test
  void filesOfAnEarlierRunNeverSurviveNextToANewSolution() throws Exception {
    Path t = copy("tutorial.json");
    Path bad = copy("examples/infeasible-export.json");
    Path out = tmp.resolve("out");
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--explain", "--quiet").exitCode());
    assertTrue(Files.exists(out.resolve("objective.csv")));
    Cli r = Cli.run("solve", bad.toString(), "--out", out.toString(), "--quiet");
    assertEquals(4, r.exitCode(), r.err());
    assertEquals(List.of(AtomicOutput.MANIFEST, "repair.json", "solution.json"), names(out));
    assertTrue(Files.readString(out.resolve("solution.json")).contains("\"status\" : \"INFEASIBLE\""));
    assertEquals(List.of("repair.json", "solution.json"), manifest(out));
  }

  @Test
  void aReportOrWorkbookDirectlyInTheOutputDirectoryIsAFileOfTheSet() throws Exception {
    Path t = copy("tutorial.json");
    Path out = tmp.resolve("out");
    Cli r = Cli.run("solve", t.toString(), "--out", out.toString(), "--report", out.resolve("report.html").toString(),
        "--xlsx", out.resolve("tables.xlsx").toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(manifest(out).containsAll(List.of("report.html", "tables.xlsx")), manifest(out).toString());
    assertTrue(r.out().contains(", report.html, tables.xlsx"), r.out());
    byte[] zip = Files.readAllBytes(out.resolve("tables.xlsx"));
    assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)); // a workbook, not text
    // replaced with the set: a run without the report and the workbook leaves neither behind
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet").exitCode());
    assertFalse(Files.exists(out.resolve("report.html")));
    assertFalse(Files.exists(out.resolve("tables.xlsx")));
  }

  @Test
  void filesAndDirectoriesHonourTheUmask() throws Exception {
    int umask = Integer.parseInt(new String(new ProcessBuilder("sh", "-c", "umask").start().getInputStream()
        .readAllBytes(), StandardCharsets.US_ASCII).trim(), 8);
    Path t = copy("tutorial.json");
    Path out = tmp.resolve("out");
    Path mps = tmp.resolve("m.mps");
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet").exitCode());
    assertEquals(0, Cli.run("export-mps", t.toString(), mps.toString()).exitCode());
    assertEquals(mode(0777 & ~umask), Files.getPosixFilePermissions(out));
    for (Path f : List.of(out.resolve("solution.json"), out.resolve("plants.csv"), out.resolve(AtomicOutput.MANIFEST),
        mps)) {
      assertEquals(mode(0666 & ~umask), Files.getPosixFilePermissions(f), f.toString());
    }
  }

  @Test
  void aDirectoryGivenOtherPermissionsKeepsThemWhenItsSetIsReplaced() throws Exception {
    Path t = copy("tutorial.json");
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwx---"));
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet").exitCode());
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet").exitCode());
    assertEquals(PosixFilePermissions.fromString("rwxrwx---"), Files.getPosixFilePermissions(out));
  }

  @Test
  void aSecondRunIntoTheSameOutputIsRefusedWhileTheFirstWrites() throws Exception {
    Path t = copy("tutorial.json");
    Path out = tmp.resolve("out");
    try (ChildJvm first = ChildJvm.start(LimitsCliTest.SlowWriter.class, out.toString())) {
      assertTrue(first.awaitLine("^writing$", 60), first.output());
      Cli second = Cli.run("solve", t.toString(), "--out", out.toString());
      assertEquals(ExitCodes.BAD_INPUT, second.exitCode(), second.err());
      assertEquals("coalgrid: another coalgrid run (process " + first.pid() + ") is writing " + out
          + "; wait for it to finish, or choose another output\n", second.err());
      assertEquals("", second.out(), "refused before any work");
      first.signal("TERM");
      assertEquals(143, first.waitFor(30));
    }
    assertEquals(0, Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet").exitCode());
    assertEquals(List.of(), LimitsCliTest.temporaries(out));
  }

  /**
   * kill -9 at random moments while a child commits set after set into one directory (alternately 13 files and 3,
   * each set's files stamped with its number): afterwards the directory is absent or holds exactly one whole set,
   * and the next run into it removes the temporaries and lock the killed one left.
   */
  @Test
  void killMinus9DuringCommitsLeavesAWholeSetOrNoneAndTheNextRunCleansUp() throws Exception {
    Path t = copy("tutorial.json");
    Random rnd = new Random(17);
    int wholeSets = 0;
    for (int trial = 0; trial < 8; trial++) {
      Path out = tmp.resolve("out" + trial);
      try (ChildJvm c = ChildJvm.start(Committer.class, out.toString())) {
        assertTrue(c.awaitLine("^committed 3$", 60), c.output());
        Thread.sleep(rnd.nextInt(400));
        c.signal("KILL");
        c.waitFor(30);
      }
      if (Files.exists(out)) {
        List<String> files = names(out);
        assertTrue(files.contains(AtomicOutput.MANIFEST), "a set without its manifest: " + files);
        Set<String> stamps = new TreeSet<>();
        for (String f : manifest(out)) {
          stamps.add(Files.readString(out.resolve(f)).trim());
        }
        assertEquals(1, stamps.size(), "files of different sets: " + stamps);
        int n = Integer.parseInt(stamps.iterator().next());
        List<String> expected = new ArrayList<>(Committer.names(n));
        expected.add(AtomicOutput.MANIFEST);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(files), "set " + n);
        wholeSets++;
      }
      Cli r = Cli.run("solve", t.toString(), "--out", out.toString(), "--quiet");
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(List.of(), LimitsCliTest.temporaries(out), "the next run removes what the killed one left");
      assertTrue(Files.exists(out.resolve("plants.csv")));
    }
    assertTrue(wholeSets > 0, "the child never got to commit a set");
  }

  /** Commits sets into {@code args[0]} without end: set n has 13 files if n is odd, else 3, each holding n. */
  public static final class Committer {
    static List<String> names(int n) {
      List<String> all = List.of("solution.json", "objective.csv", "mines.csv", "arcs.csv", "plants.csv",
          "plant_periods.csv", "coal_use.csv", "line_periods.csv", "industries.csv", "exports.csv",
          "prices_electricity.csv", "prices_coal.csv", "binding.csv");
      return n % 2 == 1 ? all : all.subList(0, 3);
    }

    public static void main(String[] args) throws Exception {
      for (int n = 1; ; n++) {
        int set = n;
        try (AtomicOutput o = new AtomicOutput(Path.of(args[0]))) {
          for (String f : names(set)) {
            o.file(f, w -> w.write(set + "\n"));
          }
          o.commit();
        }
        System.out.println("committed " + n);
      }
    }
  }

  @Test
  void aFullDiskGivesOneLineAndLeavesNothing() throws Exception {
    Path t = copy("tutorial.json");
    Path big = copy("guizhou-2010.json");
    Path full = Files.createDirectory(tmp.resolve("full"));
    mountTmpfs(full, "size=48k");
    try {
      Cli r = Cli.run("solve", t.toString(), "--out", full.resolve("out").toString(), "--quiet");
      assertEquals(ExitCodes.INTERNAL, r.exitCode(), r.err());
      assertEquals("coalgrid: cannot write " + full.resolve("out") + ": no space left on device; nothing was "
          + "written\n", r.err());
      assertEquals(List.of(), names(full), "nothing half-written, no temporary");
      Cli mps = Cli.run("export-mps", big.toString(), full.resolve("m.mps").toString());
      assertEquals(ExitCodes.INTERNAL, mps.exitCode(), mps.err());
      assertEquals("coalgrid: cannot write " + full.resolve("m.mps") + ": no space left on device; nothing was "
          + "written\n", mps.err());
      assertEquals(List.of(), names(full));
    } finally {
      umount(full);
    }
    assertEquals(Files.readString(Cli.repo().resolve("instances/tutorial.json")), Files.readString(t));
  }

  @Test
  void aReadOnlyDirectoryIsRefusedBeforeAnyWork() throws Exception {
    Path t = copy("tutorial.json");
    Path ro = Files.createDirectory(tmp.resolve("ro"));
    boolean mounted = isRoot() && tryMount(ro, "ro,size=16k");
    String reason = mounted ? "read-only file system" : "permission denied";
    if (!mounted) {
      if (isRoot()) {
        System.out.println("SKIPPED " + getClass().getSimpleName() + ": root ignores permission bits and a read-only "
            + "tmpfs could not be mounted");
      }
      Assumptions.assumeFalse(isRoot(), "root ignores permission bits and tmpfs could not be mounted read-only");
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try {
      for (String[] args : List.of(new String[] {"solve", t.toString(), "--out", ro.resolve("out").toString()},
          new String[] {"export-mps", t.toString(), ro.resolve("m.mps").toString()},
          new String[] {"sensitivity", t.toString(), "--out", ro.resolve("s").toString()},
          new String[] {"check-targets", t.toString(), "--out", ro.resolve("t.csv").toString()})) {
        Cli r = Cli.run(args);
        String target = args[0].equals("export-mps") ? args[2] : args[3];
        assertEquals(ExitCodes.INTERNAL, r.exitCode(), r.err());
        assertEquals("coalgrid: cannot write " + target + ": " + reason + "; nothing was written\n", r.err());
        assertEquals("", r.out(), args[0] + " must refuse before any work");
      }
      assertEquals(List.of(), names(ro));
    } finally {
      if (mounted) {
        umount(ro);
      } else {
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
    assertEquals(Files.readString(Cli.repo().resolve("instances/tutorial.json")), Files.readString(t));
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> manifest(Path dir) throws IOException {
    String text = Files.readString(dir.resolve(AtomicOutput.MANIFEST));
    Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text.substring(text.indexOf("\"files\"") + 7));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Set<PosixFilePermission> mode(int bits) {
    StringBuilder sb = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int b = bits >> shift & 7;
      sb.append((b & 4) != 0 ? 'r' : '-').append((b & 2) != 0 ? 'w' : '-').append((b & 1) != 0 ? 'x' : '-');
    }
    return PosixFilePermissions.fromString(sb.toString());
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean tryMount(Path dir, String options) throws Exception {
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  /** Mounts a small tmpfs on {@code dir}, or skips the test, saying why. */
  private static void mountTmpfs(Path dir, String options) throws Exception {
    String why = !isRoot() ? "not root" : !tryMount(dir, options) ? "mount -t tmpfs failed" : null;
    if (why != null) {
      System.out.println("SKIPPED " + OutputFaultTest.class.getSimpleName() + ": needs a small tmpfs (" + why + ")");
      Assumptions.abort("needs a small tmpfs: " + why);
    }
  }

  /** Unmounts; lazily if something still holds the mount (a failing test), so the temporary directory can go. */
  private static void umount(Path dir) throws Exception {
    if (new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor() != 0) {
      new ProcessBuilder("umount", "-l", dir.toString()).inheritIO().start().waitFor();
    }
  }
}
