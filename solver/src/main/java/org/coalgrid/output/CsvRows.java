package org.coalgrid.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * The rows of one CSV table, encoded by Jackson CSV (jackson-dataformat-csv): cells separated by commas, rows ended
 * by {@code \n}, a cell quoted (quotes inside doubled, RFC 4180) only when it holds a comma, a quote or a line
 * break. Cells: a {@code Double} as {@link CsvTables#number(double)}, a number that is not finite (an unbounded
 * limit) and null as an empty cell, anything else as its {@code toString()}; a row of no cells writes nothing (a
 * row of one empty cell is an empty line). The text is written to the caller's
 * {@link Writer}, which stays open. One instance per table; not thread-safe.
 *
 * <pre>{@code
 * out.file("mines.csv", CsvRows.table(t -> {
 *   t.header("mine", "output_t");
 *   t.row("m1", 1.5e6);
 * }));
 * }</pre>
 */
public final class CsvRows implements Closeable {
  /** Writes the rows of a table. */
  @FunctionalInterface
  public interface Body {
    void write(CsvRows table) throws IOException;
  }

  /** Minimal quoting (strict check), "\n" line ends; closing the generator leaves the caller's writer open. */
  private static final ObjectWriter CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build()
      .writer(CsvSchema.emptySchema().withLineSeparator("\n"));

  private final SequenceWriter out;

  private CsvRows(Writer w) throws IOException {
    this.out = CSV.writeValues(w);
  }

  /** A table written to {@code w}; {@link #close()} flushes it into {@code w} (and leaves {@code w} open). */
  public static CsvRows on(Writer w) throws IOException {
    return new CsvRows(w);
  }

  /** The content of a CSV file: the rows {@code body} writes. */
  public static AtomicOutput.Content table(Body body) {
    return w -> {
      try (CsvRows t = on(w)) {
        body.write(t);
      }
    };
  }

  /** Writes the header row. */
  public void header(String... columns) throws IOException {
    out.write(columns);
  }

  /** Writes one row (cells as in the class comment). */
  public void row(Object... cells) throws IOException {
    String[] text = new String[cells.length];
    for (int k = 0; k < cells.length; k++) {
      text[k] = text(cells[k]);
    }
    out.write(text);
  }

  /** The text of a cell before CSV encoding. */
  static String text(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double d) {
      // spreadsheets cannot read "Infinity"
      return Double.isFinite(d) ? CsvTables.number(d) : "";
    }
    return o.toString();
  }

  /** Flushes the rows into the writer; the writer stays open. */
  @Override
  public void close() throws IOException {
    out.flush();
    out.close();
  }
}
