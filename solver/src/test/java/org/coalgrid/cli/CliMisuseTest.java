package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coalgrid.io.CsvFolderWriter;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.Resources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of command-line misuses, {@code src/test/resources/misuse/*.case}, replayed through the real command
 * line: each case gives the arguments, the exit code and the exact lines on stderr. Every case must also leave the
 * inputs byte for byte as they were and create no file at all (no output, no temporary, no lock), print nothing
 * on stdout unless the case says what, and never show a stack trace or an exception name.
 *
 * <p>A case file:
 * <pre>
 * # what is wrong and why it must be refused (comment lines start with #)
 * setup: copy tutorial.json t.json        (files in the case's own temporary directory; see {@link #setup})
 * args: export-mps {tmp}/t.json {tmp}/t.json
 * exit: 2
 * stdout: (optional; exact, one line per "stdout:" line)
 * stderr:
 * coalgrid: output {tmp}/t.json is the input {tmp}/t.json; ...
 * </pre>
 * {@code {tmp}} is the case's temporary directory and {@code {repo}} the repository. Arguments are split on spaces.
 */
class CliMisuseTest {
  @TempDir
  Path tmp;

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(Resources.dir("misuse"))) {
      return s.filter(p -> p.toString().endsWith(".case")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithItsExactMessageAndNothingTouched(Path file) throws Exception {
    Case c = Case.read(file);
    for (String s : c.setup) {
      setup(expand(s));
    }
    Map<String, String> before = snapshot(tmp);
    Cli r = Cli.run(c.args.stream().map(this::expand).toArray(String[]::new));
    String name = file.getFileName().toString();
    assertEquals(c.exit, r.exitCode(), name + "\n--- stderr:\n" + r.err() + "\n--- stdout:\n" + r.out());
    assertEquals(c.stderr.stream().map(this::expand).toList(), lines(r.err()), name);
    assertEquals(c.stdout.stream().map(this::expand).toList(), lines(r.out()), name);
    assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), name + ": " + r.err());
    assertEquals(before, snapshot(tmp), name + ": the inputs must be untouched and no file created");
  }

  private String expand(String s) {
    return s.replace("{tmp}", tmp.toString()).replace("{repo}", Cli.repo().toString());
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  /**
   * One setup step: {@code copy INSTANCE NAME} (a shipped instance, from instances/), {@code file NAME [TEXT]},
   * {@code dir NAME}, {@code folder INSTANCE NAME} (a shipped instance as a folder of CSV tables), {@code link TARGET
   * NAME} (a symbolic link, replacing NAME), {@code hardlink FILE NAME}, {@code fifo NAME}, or {@code set NAME KIND} (a directory holding a previous output set of
   * command KIND, with its manifest).
   */
  private void setup(String step) throws Exception {
    String[] w = step.trim().split(" ", 3);
    switch (w[0]) {
      case "copy" -> Files.copy(Cli.repo().resolve("instances").resolve(w[1]), tmp.resolve(w[2]));
      case "file" -> {
        Files.createDirectories(tmp.resolve(w[1]).getParent());
        Files.writeString(tmp.resolve(w[1]), w.length > 2 ? w[2] + "\n" : "x\n");
      }
      case "dir" -> Files.createDirectories(tmp.resolve(w[1]));
      case "link" -> {
        Files.deleteIfExists(tmp.resolve(w[2]));
        Files.createSymbolicLink(tmp.resolve(w[2]), Path.of(w[1]));
      }
      case "folder" -> {
        Path d = Files.createDirectories(tmp.resolve(w[2]));
        JsonNode tree = InstanceReader.parseTree(Cli.repo().resolve("instances").resolve(w[1]));
        for (Map.Entry<String, String> t : CsvFolderWriter.tables(tree).entrySet()) {
          Files.writeString(d.resolve(t.getKey()), t.getValue());
        }
      }
      case "hardlink" -> Files.createLink(tmp.resolve(w[2]), tmp.resolve(w[1]));
      case "fifo" -> assertEquals(0, new ProcessBuilder("sh", "-c", "rm -f \"$0\" && mkfifo \"$0\"",
          tmp.resolve(w[1]).toString()).start().waitFor());
      case "set" -> {
        Path d = Files.createDirectories(tmp.resolve(w[1]));
        Files.writeString(d.resolve("solution.json"), "{}\n");
        Files.writeString(d.resolve(".coalgrid-output.json"), "{\n  \"coalgridOutput\" : \"" + w[2]
            + "\",\n  \"files\" : [ \"solution.json\" ]\n}\n");
      }
      default -> throw new IllegalArgumentException("unknown setup step: " + step);
    }
  }

  /** Every file and directory under {@code dir} (hidden ones too) with a hash of its content. */
  static Map<String, String> snapshot(Path dir) throws Exception {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isRegularFile(p)) {
          m.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        } else {
          m.put(key, Files.isDirectory(p) ? "dir" : "other");
        }
      }
    }
    return m;
  }

  /** A parsed case file. */
  record Case(List<String> setup, List<String> args, int exit, List<String> stdout, List<String> stderr) {
    static Case read(Path file) throws IOException {
      List<String> setup = new ArrayList<>();
      List<String> args = null;
      Integer exit = null;
      List<String> stdout = new ArrayList<>();
      List<String> stderr = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (stderr != null) {
          stderr.add(line);
        } else if (line.startsWith("#") || line.isBlank()) {
          continue;
        } else if (line.startsWith("setup: ")) {
          setup.add(line.substring(7));
        } else if (line.startsWith("args: ")) {
          args = List.of(line.substring(6).trim().split(" +"));
        } else if (line.startsWith("exit: ")) {
          exit = Integer.parseInt(line.substring(6).trim());
        } else if (line.startsWith("stdout: ")) {
          stdout.add(line.substring(8));
        } else if (line.equals("stderr:")) {
          stderr = new ArrayList<>();
        } else {
          throw new IllegalArgumentException(file + ": cannot read line: " + line);
        }
      }
      if (args == null || exit == null || stderr == null) {
        throw new IllegalArgumentException(file + ": needs args:, exit: and stderr:");
      }
      return new Case(setup, args, exit, stdout, stderr);
    }
  }
}
