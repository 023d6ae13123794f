package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coalgrid.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OR-Tools' natives are unpacked once, into the cache, never into a new temporary directory per run;
 * {@code --version} and {@code --help} load no native code; a damaged cache falls back to OR-Tools' own loader
 * and is unpacked afresh by the next run; an unwritable cache falls back with a warning; two first runs at once
 * share one complete copy. Each case runs {@code coalgrid} in a child JVM with its own cache
 * and temporary directories.
 */
class NativeCacheTest {
  @TempDir
  Path tmp;

  private record Run(int exit, String out) {}

  private Run coalgrid(String... args) throws Exception {
    return finish(start(tmp.resolve("cache"), args));
  }

  private Process start(Path cache, String... args) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Djava.io.tmpdir=" + tmp.resolve("jtmp"), "-Duser.home=" + tmp.resolve("home"), "-cp", cp,
        Main.class.getName()));
    cmd.addAll(List.of(args));
    Files.createDirectories(tmp.resolve("jtmp"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("COALGRID_CACHE_DIR", cache.toString());
    pb.environment().remove("XDG_CACHE_HOME");
    return pb.start();
  }

  private static Run finish(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "coalgrid did not finish");
    return new Run(p.exitValue(), out);
  }

  private List<Path> unpackedIntoTemp() throws IOException {
    try (Stream<Path> s = Files.list(tmp.resolve("jtmp"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("ortools-java")).toList();
    }
  }

  private Path cachedNatives() throws IOException {
    try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
      List<Path> dirs = s.filter(p -> p.getFileName().toString().startsWith("ortools-")).toList();
      assertEquals(1, dirs.size(), "one unpacked OR-Tools: " + dirs);
      return dirs.get(0);
    }
  }

  @Test
  void versionAndHelpLoadNoNativeCode() throws Exception {
    Run v = coalgrid("--version");
    assertEquals(0, v.exit(), v.out());
    assertTrue(v.out().matches("(?s)coalgrid \\S+\\s+OR-Tools 9\\.15\\.\\d+\\s+Java .*"), v.out());
    Run h = coalgrid("--help");
    assertEquals(0, h.exit(), h.out());
    assertFalse(Files.exists(tmp.resolve("cache")), "--version or --help unpacked the natives");
    assertEquals(List.of(), unpackedIntoTemp());
  }

  @Test
  void nativesAreUnpackedOnceIntoTheCache() throws Exception {
    String tutorial = Path.of(System.getProperty("coalgrid.repo", ".."), "instances", "tutorial.json").toString();
    for (String solver : new String[] {"glop", "clp"}) {
      Run r = coalgrid("solve", tutorial, "--solver", solver, "--quiet");
      assertEquals(0, r.exit(), r.out());
    }
    Path dir = cachedNatives();
    assertTrue(Files.isRegularFile(dir.resolve(".complete")), "the cache is marked complete");
    assertTrue(Files.isRegularFile(dir.resolve("libjniortools.so")));
    assertEquals(List.of(), unpackedIntoTemp(), "nothing unpacked into the temporary directory");
    try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
      assertEquals(List.of("jna-linux-x86-64", dir.getFileName().toString()),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "no unpacking directory left behind");
    }
    // JNA's own library (CLP's C interface goes through JNA) comes from the cache too, not unpacked per run
    try (Stream<Path> s = Files.list(tmp.resolve("cache").resolve("jna-linux-x86-64"))) {
      List<String> jna = s.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, jna.size(), jna.toString());
      assertTrue(jna.get(0).matches("libjnidispatch-[0-9a-f]{8}\\.so"), jna.toString());
    }
    assertFalse(Files.exists(tmp.resolve("home").resolve(".cache").resolve("JNA")), "JNA unpacked into ~/.cache/JNA");
  }

  @Test
  void aDamagedCacheFallsBackAndIsUnpackedAfresh() throws Exception {
    String tutorial = Path.of(System.getProperty("coalgrid.repo", ".."), "instances", "tutorial.json").toString();
    assertEquals(0, coalgrid("solve", tutorial, "--quiet").exit());
    Path clp = cachedNatives().resolve("libClp.so.1");
    try (FileChannel ch = FileChannel.open(clp, StandardOpenOption.WRITE)) {
      ch.truncate(100);
    }
    Run damaged = coalgrid("solve", tutorial, "--solver", "clp", "--quiet");
    assertEquals(0, damaged.exit(), damaged.out());
    Run next = coalgrid("solve", tutorial, "--solver", "clp", "--quiet");
    assertEquals(0, next.exit(), next.out());
    assertTrue(damaged.out().contains("warning: CLP's C interface is not available"), damaged.out());
    assertTrue(Files.size(cachedNatives().resolve("libClp.so.1")) > 100_000, "the damaged cache was replaced");
    assertFalse(next.out().contains("warning"), next.out());
  }

  @Test
  void anUnwritableCacheFallsBackToOrToolsOwnLoaderWithAWarning() throws Exception {
    // a cache below a regular file cannot be created, even by root (CI runs as root, so no chmod)
    Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
    String tutorial = Path.of(System.getProperty("coalgrid.repo", ".."), "instances", "tutorial.json").toString();
    for (String solver : new String[] {"clp", "glop"}) {
      Run r = finish(start(file.resolve("cache"), "solve", tutorial, "--solver", solver, "--quiet"));
      assertEquals(0, r.exit(), r.out());
      assertEquals(solver.equals("clp"), r.out().contains("warning: CLP's C interface is not available"), r.out());
    }
  }

  @Test
  void twoFirstRunsAtOnceShareOneCompleteCopy() throws Exception {
    String tutorial = Path.of(System.getProperty("coalgrid.repo", ".."), "instances", "tutorial.json").toString();
    Process a = start(tmp.resolve("cache"), "solve", tutorial, "--solver", "clp", "--quiet");
    Process b = start(tmp.resolve("cache"), "solve", tutorial, "--solver", "glop", "--quiet");
    Run ra = finish(a);
    Run rb = finish(b);
    assertEquals(0, ra.exit(), ra.out());
    assertEquals(0, rb.exit(), rb.out());
    assertFalse(ra.out().contains("warning") || rb.out().contains("warning"), ra.out() + rb.out());
    assertTrue(Files.isRegularFile(cachedNatives().resolve(".complete")));
    try (Stream<Path> s = Files.walk(tmp.resolve("cache"))) {
      assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains("unpacking")).toList(),
          "no unpacking directory or file left behind");
    }
    assertEquals(List.of(), unpackedIntoTemp());
  }
}
