package org.coalgrid.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schema and docs/instance-format.md equal what the schema table generates. Run with
 * {@code -Dcoalgrid.regenerate=true} to rewrite them.
 */
class GeneratedFilesTest {

  private static final String HOW = "regenerate with: mvn -B -o -q test -pl solver -Dtest=GeneratedFilesTest"
      + " -Dcoalgrid.regenerate=true (then commit the files)";

  private static Path repo() {
    return Path.of(System.getProperty("coalgrid.repo", ".."));
  }

  private static void check(String file, String generated) throws IOException {
    Path path = repo().resolve(file);
    if (Boolean.getBoolean("coalgrid.regenerate")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, file + " is out of date with SchemaTable; " + HOW);
  }

  @Test
  void jsonSchemaIsUpToDate() throws IOException {
    check(JsonSchemaWriter.FILE, JsonSchemaWriter.render());
  }

  @Test
  void instanceFormatDocIsUpToDate() throws IOException {
    check(InstanceFormatDoc.FILE, InstanceFormatDoc.render());
  }
}
