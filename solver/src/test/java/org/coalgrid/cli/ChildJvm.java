package org.coalgrid.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A {@code main} run in a child JVM with this JVM's class path, for tests that send signals or kill -9. Its stdout is
 * read on a thread (so it never blocks on a full pipe), kept, and can be waited on for a line; stderr is discarded.
 *
 * <p>Ctrl-C: a child inherits an ignored SIGINT from a parent that ignores it (a test run started as a background job
 * without job control, as CI may do), and then cannot be reached by it. Where {@code perl} is installed (Debian's
 * perl-base is essential) the child is started through {@code perl -e '$SIG{INT}="DEFAULT"; exec @ARGV'}, which
 * resets SIGINT, so the real Ctrl-C signal is always tested; without perl, {@link #interrupt()} falls back to SIGTERM,
 * which takes the same shutdown path.
 */
final class ChildJvm implements AutoCloseable {
  private static final boolean PERL = new java.io.File("/usr/bin/perl").canExecute();
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} of {@code cls} with {@code args} (heap 1 GB). */
  static ChildJvm start(Class<?> cls, String... args) throws IOException {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    if (PERL) {
      cmd.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV or die"));
    }
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", cp,
        cls.getName()));
    cmd.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
  }

  private void read() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException ignored) {
      // the child ended
    }
  }

  /** Waits until the child prints a line matching {@code regex}; false if it ends or the time passes first. */
  boolean awaitLine(String regex, long seconds) throws InterruptedException {
    Pattern p = Pattern.compile(regex);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    synchronized (lines) {
      for (int seen = 0; ; ) {
        for (; seen < lines.size(); seen++) {
          if (p.matcher(lines.get(seen)).find()) {
            return true;
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return false;
        }
        lines.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
      }
    }
  }

  /** What the child printed so far. */
  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Sends Ctrl-C (SIGINT) and returns the exit code it gives: 130 (or 143 for the SIGTERM fallback). */
  int interrupt() throws Exception {
    boolean sigint = PERL || !sigintIgnoredHere();
    signal(sigint ? "INT" : "TERM");
    return sigint ? 130 : 143;
  }

  /** Sends a signal by name (INT, TERM, KILL). */
  void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  /** Waits for the child to end; its exit code, or -1 if it is still running after {@code seconds}. */
  int waitFor(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status), which children inherit. */
  static boolean sigintIgnoredHere() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
