package org.coalgrid.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process and captures what it prints. */
public record Cli(int exitCode, String out, String err) {

  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The repository root (tests run from solver/). */
  public static Path repo() {
    String p = System.getProperty("coalgrid.repo");
    return Path.of(p != null ? p : "..").toAbsolutePath().normalize();
  }

  public static String instance(String name) {
    return repo().resolve("instances").resolve(name).toString();
  }

  /** The rows of a CSV file as written (quoted cells, e.g. names with commas, read as CSV reads them). */
  public static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(file.toFile())) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }
}
