package org.coalgrid.generate.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The shipped seed instances are built from the case classes and {@code instances/sources/seed-facts.json} alone: building
 * them again gives the committed files byte for byte, and every file of {@code instances/} (and its examples)
 * is one of them.
 */
class ShippedInstancesBuildTest {
  private static final Path DIR = Cli.repo().resolve("instances");

  @Test
  void everyShippedInstanceRegeneratesByteForByte() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : ShippedInstances.texts(DIR).entrySet()) {
      Path file = DIR.resolve(e.getKey());
      String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (!e.getValue().equals(committed)) {
        failures.add(e.getKey() + ": " + firstDifference(committed, e.getValue()));
      }
    }
    if (!failures.isEmpty()) {
      fail("shipped instances differ from what their cases build (after an intended change to a case, "
          + "regenerate with './coalgrid build-instances instances' and commit the files):\n  "
          + String.join("\n  ", failures));
    }
  }

  @Test
  void everyInstanceFileIsABuiltOne() throws IOException {
    TreeSet<String> onDisk = new TreeSet<>();
    for (Path d : List.of(DIR, DIR.resolve("examples"))) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".json"))
            .forEach(p -> onDisk.add(DIR.relativize(p).toString().replace('\\', '/')));
      }
    }
    assertEquals(new TreeSet<>(ShippedInstances.paths()), onDisk, "a file in instances/ without a case, or a case "
        + "without its file");
  }

  @Test
  void everySourceHasAQuoteOrIsExternal() throws IOException {
    for (SourceRef s : SourceTable.read(DIR).all().values()) {
      assertTrue(s.external() || s.file() != null && s.quote() != null && !s.quote().isBlank(),
          s.id() + ": a seed source needs its file and a verbatim quote, otherwise it is external");
    }
  }

  private static String firstDifference(String committed, String built) {
    if (committed == null) {
      return "missing";
    }
    String[] a = committed.split("\n", -1);
    String[] b = built.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + ": committed '" + a[i].strip() + "', built '" + b[i].strip() + "'";
      }
    }
    return "lengths differ (" + a.length + " committed lines, " + b.length + " built)";
  }
}
