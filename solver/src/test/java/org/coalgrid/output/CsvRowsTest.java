package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRows} (Jackson CSV) writes exactly the bytes of the hand-written encoder it replaced ({@link Legacy},
 * kept here verbatim as the reference): on tricky cells (commas, quotes, line breaks, carriage returns, Chinese,
 * a byte-order mark inside a cell, empty and null cells, long cells, leading '#', spaces, tabs), on random rows,
 * with and without the byte-order-mark option, and on every table {@link CsvTables#writeAll} writes for a solved
 * shipped instance.
 */
class CsvRowsTest {
  /** The encoder coalgrid used before Jackson CSV (output/CsvTables.header/row/cell up to issue 9). */
  static final class Legacy {
    static String header(String... cols) {
      return String.join(",", cols) + "\n";
    }

    static String row(Object... cells) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < cells.length; k++) {
        if (k > 0) {
          sb.append(',');
        }
        sb.append(cell(cells[k]));
      }
      return sb.append('\n').toString();
    }

    static String cell(Object o) {
      if (o == null) {
        return "";
      }
      if (o instanceof Double d) {
        return Double.isFinite(d) ? CsvTables.number(d) : "";
      }
      String s = o.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
      return s;
    }
  }

  enum Mode { RAIL, SHIP }

  static final Object[] TRICKY = {
      "", null, "a", "a,b", ",", ",,", "a\"b", "\"", "\"\"", "\"quoted\"", "a\nb", "\n", "a\r\nb", "a\rb", "\r",
      "煤电铝", "准格尔,鄂尔多斯", "贵州 \"西电东送\"", "\uFEFFbom inside", "#comment-like", " lead", "trail ", " ",
      "a\tb", "x;y", "[]", "{}", "{\"id\":\"s1\",\"quote\":\"a, b\"}", "=1+2", "-1", "0.5", "'q", "\\", "a\\\"b",
      "\u0000nul", "\u2028", "𠀀 surrogate pair", "x".repeat(23), "x".repeat(24), "x".repeat(25), "y".repeat(5000),
      "z".repeat(5000) + ",", "long text with no special character at all, then a comma", 0.0, -0.0, 1.5, -2.25e-7,
      1e21, 123456789012.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 7, 42L, true, false,
      Mode.RAIL};

  private static String jackson(List<Object[]> rows, String... header) throws IOException {
    StringWriter w = new StringWriter();
    try (CsvRows csv = CsvRows.on(w)) {
      if (header.length > 0) {
        csv.header(header);
      }
      for (Object[] r : rows) {
        csv.row(r);
      }
    }
    return w.toString();
  }

  private static String legacy(List<Object[]> rows, String... header) {
    StringBuilder sb = new StringBuilder(header.length > 0 ? Legacy.header(header) : "");
    rows.forEach(r -> sb.append(Legacy.row(r)));
    return sb.toString();
  }

  @Test
  void everyTrickyCellAloneBetweenOthersAndAtTheEnds() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (Object c : TRICKY) {
      rows.add(new Object[] {c});
      rows.add(new Object[] {"k", c, "z"});
      rows.add(new Object[] {c, "z"});
      rows.add(new Object[] {"k", c});
      rows.add(new Object[] {c, c, c});
    }
    assertEquals(legacy(rows, "id", "value [MW]", "note"), jackson(rows, "id", "value [MW]", "note"));
  }

  @Test
  void emptyRowsAndTablesWithOnlyAHeader() throws IOException {
    List<Object[]> rows = List.of(new Object[] {""}, new Object[] {null, null}, new Object[] {"", "", ""});
    assertEquals(legacy(rows), jackson(rows));
    // the one difference: a row of no cells at all (no table writes one) was an empty line, now it is nothing
    assertEquals("a\n", jackson(List.of(new Object[] {}, new Object[] {"a"})));
    assertEquals("term,cny_per_yr\n", jackson(List.of(), "term", "cny_per_yr"));
    assertEquals("", jackson(List.of()));
  }

  @Property(tries = 300)
  void randomRowsOfTrickyText(@ForAll("rows") List<List<String>> rows) throws IOException {
    List<Object[]> r = rows.stream().map(List::toArray).toList();
    assertEquals(legacy(r), jackson(r));
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> cell = Arbitraries.strings().withChars(",\"\n\r\t #;'=\\ab1.-煤电\uFEFF").ofMaxLength(40);
    return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(8);
  }

  @Test
  void theWriterStaysOpenAndLaterTextFollows() throws IOException {
    StringWriter w = new StringWriter();
    w.write("before\n");
    try (CsvRows csv = CsvRows.on(w)) {
      csv.row("a", 1.0);
    }
    w.write("after");
    assertEquals("before\na,1\nafter", w.toString());
  }

  /** The tables of {@code r} as written into memory, with or without the byte-order-mark option. */
  private static Map<String, String> tables(AllocationResult r, boolean bom) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    FileSink sink = (name, content) -> {
      StringWriter w = new StringWriter();
      content.write(w);
      files.put(name, w.toString());
    };
    CsvTables.writeAll(r, bom ? CsvTables.withBom(sink) : sink);
    return files;
  }

  @Test
  void everySolutionTableIsWhatTheOldEncoderWritesForTheSameCells() throws Exception {
    AllocationResult r = Solved.solve(InstanceReader.read(Path.of("../instances/guiyang-2010.json")).instance())
        .result();
    Map<String, String> plain = tables(r, false);
    Map<String, String> bom = tables(r, true);
    assertEquals(CsvTables.names(), List.copyOf(plain.keySet()));
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    int cells = 0;
    for (Map.Entry<String, String> t : plain.entrySet()) {
      String text = t.getValue();
      List<String[]> parsed = new ArrayList<>();
      try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
        it.forEachRemaining(parsed::add);
      }
      assertFalse(parsed.isEmpty(), t.getKey());
      StringBuilder old = new StringBuilder(Legacy.header(parsed.get(0)));
      for (String[] row : parsed.subList(1, parsed.size())) {
        old.append(Legacy.row((Object[]) row));
        cells += row.length;
      }
      assertEquals(old.toString(), text, t.getKey());
      assertEquals("\uFEFF" + text, bom.get(t.getKey()), t.getKey() + " with the byte-order mark");
    }
    assertTrue(cells > 1000, "a real solution: " + cells + " cells");
  }

  @Test
  void theByteOrderMarkGoesOnlyOnCsvFiles() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    FileSink sink = CsvTables.withBom((name, content) -> {
      StringWriter w = new StringWriter();
      content.write(w);
      files.put(name, w.toString());
    });
    sink.file("a.csv", CsvRows.table(csv -> csv.row("煤", "a,b")));
    sink.file("solution.json", w -> w.write("{}"));
    assertEquals("\uFEFF煤,\"a,b\"\n", files.get("a.csv"));
    assertEquals("{}", files.get("solution.json"));
  }
}
