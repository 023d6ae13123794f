package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coalgrid.diagnostics.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad instance per rule: {@code bad/<rule>.json} must fail to read with exactly the problems listed,
 * formatted, in {@code bad/<rule>.expected}.
 */
class BadInputTest {

  static Stream<Path> badFiles() {
    List<Path> files = Resources.jsonFiles("bad");
    assertFalse(files.isEmpty());
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void reportsExactProblems(Path file) throws IOException {
    InstanceException e = assertThrows(InstanceException.class, () -> InstanceReader.read(file));
    List<String> actual = e.problems().stream().map(Problem::format).toList();
    assertEquals(Resources.expected(file), actual, file.getFileName().toString());
    assertTrue(e.problems().stream().anyMatch(Problem::isError));
    assertEquals(String.join("\n", actual), e.getMessage());
  }

  static Stream<Path> warnFiles() {
    return Resources.jsonFiles("warn").stream();
  }

  /** {@code warn/<rule>.json} reads, with exactly the warnings of {@code warn/<rule>.expected}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("warnFiles")
  void reportsExactWarnings(Path file) throws Exception {
    LoadedInstance loaded = InstanceReader.read(file);
    assertEquals(Resources.expected(file), loaded.warnings().stream().map(Problem::format).toList());
    assertTrue(loaded.warnings().stream().noneMatch(Problem::isError));
  }
}
