package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.schema.Json;
import org.coalgrid.validate.InstanceValidator;

/**
 * Reads an instance file: strict JSON parse, structure check against the schema table (all problems at
 * once), sourced numbers unwrapped into {@link Provenance}, defaults filled in, binding to the domain
 * records, then the semantic checks of {@link InstanceValidator}. Any ERROR gives an
 * {@link InstanceException} listing every problem; warnings come back with the instance. Stateless and
 * thread-safe.
 */
public final class InstanceReader {

  private InstanceReader() {}

  /**
   * Largest instance file read (bytes): 64 MiB. The largest shipped instance is well under 1 MiB, and a
   * parsed tree takes about ten times the file's size in heap, so this keeps a read within a few hundred
   * MB. A larger file is refused before any of it is read.
   */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /** Parses, checks and binds {@code file}. */
  public static LoadedInstance read(Path file) throws InstanceException {
    return read(parseTree(file), file.toString());
  }

  /** Parses, checks and binds the bytes of an instance file; {@code origin} names it in the exception. */
  public static LoadedInstance read(byte[] content, String origin) throws InstanceException {
    return read(parseTree(content, origin), origin);
  }

  /**
   * Checks and binds a tree in the file format (for example a file's tree with overrides applied);
   * {@code origin} names it in the exception.
   */
  public static LoadedInstance read(JsonNode tree, String origin) throws InstanceException {
    List<Problem> text = TextCheck.loneSurrogates(tree);
    failOnErrors(origin, text);
    StructureChecker structure = new StructureChecker(tree);
    List<Problem> problems = new ArrayList<>();
    Instance instance = bind(tree, origin, structure, problems);
    problems.addAll(InstanceValidator.validate(instance));
    failOnErrors(origin, problems);
    return new LoadedInstance(instance, structure.provenance(), problems, tree);
  }

  /**
   * The structure check and binding of {@link #read(JsonNode, String)} without the semantic checks of
   * {@link InstanceValidator}: for code that builds instances itself (test fixtures of odd cases).
   */
  public static Instance bind(JsonNode tree, String origin) throws InstanceException {
    return bind(tree, origin, new StructureChecker(tree), new ArrayList<>());
  }

  private static Instance bind(JsonNode tree, String origin, StructureChecker structure, List<Problem> problems)
      throws InstanceException {
    ObjectNode normalised = structure.check(tree);
    problems.addAll(structure.problems());
    failOnErrors(origin, problems);
    try {
      return Json.MAPPER.treeToValue(normalised, Instance.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // the structure check should make this unreachable; report rather than crash
      problems.add(Problem.error("$", "cannot build the instance: " + e.getMessage()));
      throw new InstanceException(origin, problems);
    }
  }

  /**
   * Strict JSON parse of {@code file}; a malformed, unreadable or too large file gives one problem with
   * its position. A directory is read as an instance folder of CSV tables; otherwise only regular files are read: a
   * device ({@code /dev/zero}), a FIFO or a socket is refused before a byte is read, as is a file over
   * {@link #MAX_FILE_BYTES} (so is such a table in a folder).
   */
  public static JsonNode parseTree(Path file) throws InstanceException {
    if (Files.isDirectory(file)) {
      return folderTree(file);
    }
    byte[] content;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new InstanceException(file.toString(), List.of(Problem.error("$", "not a regular file (a device, FIFO "
            + "or socket), not an instance file; nothing was read")));
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InstanceException(file.toString(), List.of(Problem.error("$", "the file is "
            + mib(size) + " MiB; instance files over " + mib(MAX_FILE_BYTES) + " MiB are refused "
            + "(the largest shipped instance is under 1 MiB: is this the right file?)")));
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InstanceException(file.toString(), List.of(Problem.error("$", "file not found: " + file)));
    } catch (IOException e) {
      throw new InstanceException(file.toString(),
          List.of(Problem.error("$", "cannot read " + file + ": " + e.getMessage())));
    }
    return parseTree(content, file.toString());
  }

  /** Strict JSON parse of the bytes of an instance file (UTF-8; a byte-order mark is skipped). */
  public static JsonNode parseTree(byte[] content, String origin) throws InstanceException {
    try {
      JsonNode tree = Json.MAPPER.readTree(content);
      if (tree == null || tree.isMissingNode()) {
        throw new InstanceException(origin, List.of(Problem.error("$", "the file is empty")));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new InstanceException(origin, List.of(Problem.error("$", JsonSyntax.describe(e))));
    } catch (IOException e) {
      throw new InstanceException(origin, List.of(Problem.error("$", "cannot read " + origin + ": " + e.getMessage())));
    }
  }

  /**
   * The tree of an instance folder of CSV tables ({@link CsvFolderReader}), checked like a file: every problem,
   * of the tables or of the instance they make, is reported at its place in the folder
   * ({@code plants.csv:4:5: ... [$.plants[2].capacityMw]}).
   */
  static JsonNode folderTree(Path dir) throws InstanceException {
    CsvFolderReader.Read r = CsvFolderReader.read(dir, dir.toString());
    try {
      read(r.tree(), dir.toString());
    } catch (InstanceException e) {
      List<Problem> located = new ArrayList<>();
      for (Problem p : e.problems()) {
        String place = r.place(p.path());
        located.add(place == null ? p : new Problem(p.severity(), place, p.message() + " [" + p.path() + "]"));
      }
      throw new InstanceException(dir.toString(), located);
    }
    return r.tree();
  }

  private static String mib(long bytes) {
    return String.valueOf(Math.round(bytes / 1048576.0 * 10) / 10.0).replaceFirst("\\.0$", "");
  }

  private static void failOnErrors(String origin, List<Problem> problems) throws InstanceException {
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InstanceException(origin, problems);
    }
  }
}
