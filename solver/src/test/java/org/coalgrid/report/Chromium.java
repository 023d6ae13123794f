package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven as a command: {@code --dump-dom} for the page after its scripts ran, and
 * {@code --screenshot} for pixels. Each run gets a fresh profile directory, and the flags that keep Chromium off
 * the network (the machine has none). When Chromium is not installed the test FAILS with the command that
 * installs it; it never skips (CI's .ci/run installs it).
 */
final class Chromium {
  static final Duration TIMEOUT = new Duration(90);

  record Duration(long seconds) {}

  /** What one run printed: the standard output (the DOM for --dump-dom) and the standard error. */
  record Run(String out, String err) {}

  private final String exe;

  private Chromium(String exe) {
    this.exe = exe;
  }

  /** The installed Chromium, or a test failure saying how to install it. */
  static Chromium find() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("COALGRID_CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(dir, name).toString());
      }
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return new Chromium(c);
      }
    }
    fail("headless Chromium is needed for the report's browser tests and was not found (looked for chromium, "
        + "chromium-browser, google-chrome on PATH and $COALGRID_CHROMIUM). Install it with: "
        + "apt-get install -y chromium   (CI's .ci/run installs it when missing)");
    return null;
  }

  /** The DOM after the page's scripts ran, as Chromium serialises it. */
  Run dumpDom(Path page, String hash, int width, int height) throws IOException, InterruptedException {
    return run(page, hash, width, height, "--dump-dom");
  }

  /** A PNG of the viewport ({@code width} x {@code height} CSS pixels at device scale 1). */
  Run screenshot(Path page, String hash, int width, int height, Path png) throws IOException, InterruptedException {
    return run(page, hash, width, height, "--screenshot=" + png.toAbsolutePath());
  }

  private Run run(Path page, String hash, int width, int height, String action) throws IOException,
      InterruptedException {
    Path profile = Files.createTempDirectory("coalgrid-chromium-");
    Path out = profile.resolve("stdout.txt");
    Path err = profile.resolve("stderr.txt");
    try {
      List<String> cmd = List.of(exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
          "--force-device-scale-factor=1", "--user-data-dir=" + profile.resolve("profile"),
          "--window-size=" + width + "," + height, "--virtual-time-budget=5000", "--enable-logging=stderr",
          "--v=0", action, page.toAbsolutePath().toUri() + (hash.isEmpty() ? "" : "#" + hash));
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(TIMEOUT.seconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor();
        fail("Chromium did not finish within " + TIMEOUT.seconds() + " s: " + String.join(" ", cmd));
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        fail("Chromium exited with " + p.exitValue() + ": " + stderr);
      }
      return new Run(Files.readString(out, StandardCharsets.UTF_8), stderr);
    } finally {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /**
   * Every console message and uncaught exception of the page that Chromium logged on its standard error
   * (Chromium logs them all at INFO level, errors included; the report logs nothing when all is well).
   */
  static List<String> consoleMessages(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
  }
}
