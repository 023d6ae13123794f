package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.io.CsvFolderWriter;
import org.coalgrid.io.schema.Json;
import org.coalgrid.output.AtomicOutput;

/**
 * {@code coalgrid convert IN OUT}: an instance from a JSON file or a folder of CSV tables to the other form
 * (docs/csv-folder.md). The input is read and checked like any instance (a bad one is refused, nothing written);
 * the output holds the same tree: sources, notes and sourced numbers included, so JSON → folder → JSON gives back
 * an equal instance. Stateless; thread-safe.
 * <pre>{@code
 * InstanceConversion.convert(CoalGrid.create(), Path.of("instances/tutorial.json"), Path.of("tutorial-csv"));
 * }</pre>
 */
public final class InstanceConversion {
  private InstanceConversion() {}

  /** What was written: the output and its files (one file for JSON). */
  public record Converted(Path out, boolean folder, List<String> files) {}

  /** True when {@code out} names a JSON file (ends in .json), false for a folder. */
  public static boolean isJson(Path out) {
    return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Converts {@code in} (a JSON file or an instance folder) to {@code out}: a .json file, or a folder that does not
   * exist yet or is empty.
   *
   * @throws InvalidInstanceException if {@code in} is not a valid instance
   * @throws IllegalArgumentException if {@code out} is a folder that holds files, or the input itself
   * @throws IOException if {@code out} cannot be written; then nothing is left behind
   */
  public static Converted convert(CoalGrid grid, Path in, Path out) throws InvalidInstanceException, IOException {
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("OUT is the input itself: " + out);
    }
    boolean toJson = isJson(out);
    if (!toJson && Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new IllegalArgumentException(out + " exists and is not a folder (give a new folder, or a .json file)");
      }
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(out + " is not empty (give a new or an empty folder)");
        }
      }
    }
    PlanningCase c = grid.load(in);
    JsonNode tree = c.tree();
    if (toJson) {
      String text = Json.pretty(tree);
      AtomicOutput.writeFile(out, w -> w.write(text));
      return new Converted(out, false, List.of(out.getFileName().toString()));
    }
    Map<String, String> tables = CsvFolderWriter.tables(tree);
    List<String> files = new ArrayList<>(tables.keySet());
    try (AtomicOutput o = new AtomicOutput(out)) {
      for (Map.Entry<String, String> t : tables.entrySet()) {
        o.file(t.getKey(), w -> w.write(t.getValue()));
      }
      o.commit();
    }
    return new Converted(out, true, files);
  }
}
