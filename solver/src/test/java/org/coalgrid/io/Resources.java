package org.coalgrid.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test instance files under src/test/resources. */
public final class Resources {

  private Resources() {}

  public static Path dir(String name) {
    try {
      return Path.of(Resources.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The *.json files of a directory, sorted. */
  public static List<Path> jsonFiles(String name) {
    try (Stream<Path> s = Files.list(dir(name))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sibling {@code <name>.expected} of a {@code <name>.json}, as a list of lines. */
  public static List<String> expected(Path json) throws IOException {
    Path exp = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".expected"));
    return Files.readAllLines(exp, StandardCharsets.UTF_8);
  }
}
