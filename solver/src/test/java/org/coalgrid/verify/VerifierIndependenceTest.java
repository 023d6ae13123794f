package org.coalgrid.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verifier must not reuse the code it checks: no import (or qualified use) of the model, LP, solver or result. */
class VerifierIndependenceTest {
  static final Pattern FORBIDDEN = Pattern.compile("org\\.coalgrid\\.(formulation|lp|solve|result)\\b");

  @Test
  void verifyPackageUsesNoSolverCode() throws IOException {
    Path dir = SolutionVerifierTest.repo().resolve("solver/src/main/java/org/coalgrid/verify");
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (FORBIDDEN.matcher(lines.get(i)).find()) {
            found.add(f.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertTrue(files >= 4, "expected the verifier sources in " + dir);
    assertTrue(found.isEmpty(), "the verifier must be independent of the model it checks:\n" + String.join("\n", found));
  }
}
