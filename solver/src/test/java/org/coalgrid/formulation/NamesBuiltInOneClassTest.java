package org.coalgrid.formulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Row and column names are built in {@link ModelNames} only (issue 9): no other main source concatenates a name
 * from a kind prefix ({@code "pcap." + plant}). The verifier (org.coalgrid.verify) is exempt by design: it writes
 * the names it needs itself, from docs/formulation.md, so that a naming bug is not shared (see its package-info).
 */
class NamesBuiltInOneClassTest {
  /** A string literal that is a row or column kind prefix and a dot, followed by {@code +}. */
  static Pattern concatenation() {
    List<String> prefixes = new ArrayList<>();
    for (ModelNames.RowKind k : ModelNames.RowKind.values()) {
      prefixes.add(Pattern.quote(k.prefix()));
    }
    for (ColumnKind k : ColumnKind.values()) {
      prefixes.add(Pattern.quote(k.prefix()));
    }
    return Pattern.compile("\"(" + String.join("|", prefixes) + ")\\.\"\\s*\\+");
  }

  @Test
  void thePatternFindsTheOldStyle() {
    Matcher m = concatenation().matcher("String row = \"pcap.\" + plant.id() + \".\" + pid;");
    assertTrue(m.find());
    assertEquals("pcap", m.group(1));
    assertTrue(concatenation().matcher("\"z.\" +id").find());
    assertTrue(!concatenation().matcher("metric(\"coal.produced\")").find(), "a metric name is not a row name");
  }

  @Test
  void noSourceOutsideModelNamesAndTheVerifierBuildsANameFromAPrefix() throws IOException {
    Path root = Path.of("src/main/java/org/coalgrid");
    Pattern p = concatenation();
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (rel.equals("formulation/ModelNames.java") || rel.startsWith("verify/")) {
          continue;
        }
        files++;
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (p.matcher(lines.get(i)).find()) {
            found.add(rel + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertTrue(files > 100, "found only " + files + " sources under " + root.toAbsolutePath());
    assertTrue(found.isEmpty(), "build the name with ModelNames instead: " + String.join("\n", found));
  }
}
