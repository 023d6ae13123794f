package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * Converts {@code in} (a JSON file or an instance folder) to {@code out}: a .json file, or a folder that is new,
   * empty or holds an earlier conversion (replaced whole). The output is checked before the input is read: it may
   * not be, hold or lie inside the input, and a folder may not hold files coalgrid did not write.
   *
   * @throws InvalidInstanceException if {@code in} is not a valid instance
   * @throws IOException if {@code out} is refused ({@link org.coalgrid.output.OutputException}, exit 2) or cannot be
   *     written (exit 1); then nothing is left behind
   */
  public static Converted convert(CoalGrid grid, Path in, Path out) throws InvalidInstanceException, IOException {
    boolean toJson = isJson(out);
    try (AtomicOutput o = toJson ? AtomicOutput.singleFile(out, List.of(in), "OUT")
        : AtomicOutput.directory(out, "convert", List.of(in), "OUT")) {
      // a pathway file is checked whole (its section and every derived year) and converted as it is
      JsonNode tree = Pathways.isPathway(in) ? new Pathways(grid).load(in).tree() : grid.load(in).tree();
      List<String> files;
      if (toJson) {
        String text = Json.pretty(tree);
        o.write(w -> w.write(text));
        files = List.of(out.getFileName().toString());
      } else {
        Map<String, String> tables = CsvFolderWriter.tables(tree);
        files = new ArrayList<>(tables.keySet());
        for (Map.Entry<String, String> t : tables.entrySet()) {
          o.file(t.getKey(), w -> w.write(t.getValue()));
        }
      }
      o.commit();
      return new Converted(out, !toJson, files);
    }
  }
}
