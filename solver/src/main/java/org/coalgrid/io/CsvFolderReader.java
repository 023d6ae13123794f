package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.diagnostics.Problem;

/**
 * Reads an instance folder of CSV tables ({@link CsvFolderLayout}) into a tree in the file format, with the place of every
 * value ({@code plants.csv:4:5}): row 1 is the header, columns count from 1. Problems of the tables themselves
 * (unknown table or column, a missing required column, a unit in a header that is not the field's unit, a cell
 * that is not a number, a true/false or an id list, a row longer than its header, a file that is not UTF-8) are
 * reported all at once with their place. Stateless; thread-safe.
 */
public final class CsvFolderReader {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** The tree read, and where each JSON path came from ({@code $.plants[2].capacityMw} → "plants.csv:4:5"). */
  public record Read(ObjectNode tree, Map<String, String> places) {
    /** The place of a JSON path, or of its nearest enclosing path with one; null if none. */
    public String place(String jsonPath) {
      String p = jsonPath;
      while (!p.isEmpty()) {
        String at = places.get(p);
        if (at != null) {
          return at;
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        p = cut <= 0 ? "" : p.substring(0, cut);
      }
      return null;
    }
  }

  private final Path dir;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> places = new HashMap<>();
  private final ObjectNode tree = F.objectNode();
  private final CsvCells cells = new CsvCells(problems);

  private CsvFolderReader(Path dir) {
    this.dir = dir;
  }

  /**
   * True if {@code path} is a directory: every directory given as an instance is read as a folder of CSV tables
   * (one without {@code meta.csv} is then refused by {@link #read}, which names the missing required table).
   */
  public static boolean isFolder(Path path) {
    return Files.isDirectory(path);
  }

  /**
   * Reads the folder. {@code origin} names it in the exception.
   *
   * @throws InstanceException listing every problem of the tables, each with its file:row:column
   */
  public static Read read(Path dir, String origin) throws InstanceException {
    CsvFolderReader r = new CsvFolderReader(dir);
    r.run();
    if (!r.problems.isEmpty()) {
      throw new InstanceException(origin, r.problems);
    }
    return new Read(r.tree, r.places);
  }

  private void error(String place, String message) {
    problems.add(Problem.error(place, message));
  }

  private void run() {
    Map<String, CsvFolderLayout.Table> tables = new LinkedHashMap<>();
    CsvFolderLayout.tables().forEach(t -> tables.put(t.file(), t));
    Map<String, CsvFolderLayout.Series> series = new LinkedHashMap<>();
    CsvFolderLayout.series().forEach(s -> series.put(s.file(), s));
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .sorted().toList();
    } catch (IOException e) {
      error(dir.toString(), "cannot list the folder: " + e.getMessage());
      return;
    }
    for (String f : files) {
      if (!tables.containsKey(f) && !series.containsKey(f) && !f.equals(CsvFolderLayout.SOURCED)) {
        error(f, "unknown table (an instance folder holds " + String.join(", ", known(tables, series)) + ")");
      }
    }
    for (String required : List.of(CsvFolderLayout.META, "periods.csv", "regions.csv")) {
      // a time structure (time.csv) makes the periods itself: its days' steps
      if (!files.contains(required) && !(required.equals("periods.csv") && files.contains("time.csv"))) {
        error(required, "missing: an instance folder needs " + CsvFolderLayout.META + ", periods.csv (or time.csv) "
            + "and regions.csv");
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    Map<String, Map<String, Integer>> index = new HashMap<>(); // list → id → position
    for (CsvFolderLayout.Table t : tables.values()) {
      if (files.contains(t.file())) {
        entityTable(t, index);
      }
    }
    for (CsvFolderLayout.Series s : series.values()) {
      if (files.contains(s.file())) {
        seriesTable(s, CsvFolderSections.entities(tree, s));
      }
    }
    if (files.contains(CsvFolderLayout.SOURCED) && problems.isEmpty()) {
      sourced(); // after a broken table the values it would source may be missing: its own problems come first
    }
  }

  private static List<String> known(Map<String, CsvFolderLayout.Table> t, Map<String, CsvFolderLayout.Series> s) {
    List<String> k = new ArrayList<>(t.keySet());
    k.add(CsvFolderLayout.SOURCED);
    k.add("<list>-<map field>.csv such as " + s.keySet().iterator().next());
    return k;
  }

  /** Rows of a CSV file (header first); null after an error. */
  private List<String[]> rows(String file) {
    byte[] bytes;
    Path p = dir.resolve(file);
    try {
      // only regular files of a sane size: a FIFO or a link to /dev/zero is refused before a byte is read
      if (!Files.isRegularFile(p)) {
        error(file, Files.isDirectory(p) ? "a directory, not a table" : "not a regular file (a device, FIFO or "
            + "socket); nothing was read");
        return null;
      }
      if (Files.size(p) > InstanceReader.MAX_FILE_BYTES) {
        error(file, "the file is over " + (InstanceReader.MAX_FILE_BYTES >> 20) + " MiB; tables that large are "
            + "refused (is this the right folder?)");
        return null;
      }
      bytes = Files.readAllBytes(p);
    } catch (IOException e) {
      error(file, "cannot read: " + e.getMessage());
      return null;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      error(file, "not UTF-8 text (save it as UTF-8, not GBK/GB2312 or another code page)");
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel's byte-order mark
    }
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException | RuntimeException e) {
      String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      int line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
      error(file + (line > 0 ? ":" + line : ""), "malformed CSV: " + m);
      return null;
    }
    if (rows.isEmpty()) {
      error(file + ":1", "empty file: the first row must name the columns");
      return null;
    }
    return rows;
  }

  private void entityTable(CsvFolderLayout.Table t, Map<String, Map<String, Integer>> index) {
    List<String[]> rows = rows(t.file());
    if (rows == null) {
      return;
    }
    Map<String, CsvFolderLayout.Column> byName = new LinkedHashMap<>();
    t.columns().forEach(c -> byName.put(c.name(), c));
    String[] head = rows.get(0);
    CsvFolderLayout.Column[] cols = new CsvFolderLayout.Column[head.length];
    for (int k = 0; k < head.length; k++) {
      String[] nu = CsvCells.header(head[k]);
      String at = t.file() + ":1:" + (k + 1);
      CsvFolderLayout.Column c = byName.get(nu[0]);
      if (c == null) {
        error(at, "unknown column \"" + nu[0] + "\"" + CsvCells.suggest(nu[0], byName.keySet()));
        continue;
      }
      for (int j = 0; j < k; j++) {
        if (cols[j] == c) {
          error(at, "column \"" + nu[0] + "\" appears twice (also column " + (j + 1) + ")");
        }
      }
      if (nu[1] != null && !nu[1].equals(c.unit())) {
        error(at, c.unit().isEmpty() ? "column " + c.name() + " takes no unit, got [" + nu[1] + "]"
            : "column " + c.name() + " is in " + c.unit() + ", not " + nu[1] + " (convert the column, or fix the header)");
      }
      cols[k] = c;
    }
    for (CsvFolderLayout.Column c : t.columns()) {
      boolean present = java.util.Arrays.asList(cols).contains(c);
      if (!present && c.field().required() && c.object() == null && c.field().kind() != Kind.OBJECT) {
        error(t.file() + ":1", "missing column \"" + c.header() + "\" (required)");
      }
    }
    ArrayNode list = F.arrayNode();
    Map<String, Integer> ids = new LinkedHashMap<>();
    String listPath = t.file().equals(CsvFolderLayout.META) ? "$.meta" : t.file().equals(CsvFolderLayout.SOURCES) ? "$.meta.sources"
        : t.list() != null ? "$." + t.list() : t.section() != null ? "$." + t.section() : null;
    boolean oneRow = false;
    for (int i = 1; i < rows.size(); i++) {
      String[] r = rows.get(i);
      if (java.util.Arrays.stream(r).allMatch(x -> x == null || x.isBlank())) {
        continue;
      }
      int rowNo = i + 1;
      if (r.length > head.length) {
        error(t.file() + ":" + rowNo + ":" + (head.length + 1), "row has " + r.length + " cells, the header names "
            + head.length + " columns");
      }
      ObjectNode item = F.objectNode();
      String path;
      if (t.child() != null) { // a child row: its parent named in the key column
        CsvFolderLayout.Child ch = t.child();
        String parent = cellAt(r, cols, ch.key());
        Integer at = parent == null ? null : index.getOrDefault(ch.parent(), Map.of()).get(parent);
        if (at == null) {
          int col = java.util.Arrays.asList(cols).indexOf(byName.get(ch.key())) + 1;
          error(t.file() + ":" + rowNo + (col > 0 ? ":" + col : ""), parent == null ? "no " + ch.key() + " id"
              : "no " + ch.key() + " \"" + parent + "\" in " + CsvFolderLayout.fileOf(ch.parent())
              + CsvCells.suggest(parent, index.getOrDefault(ch.parent(), Map.of()).keySet()));
          continue;
        }
        ArrayNode kids = ((ObjectNode) CsvFolderLayout.at(tree, ch.parent()).get(at)).withArrayProperty(ch.field());
        path = "$." + ch.parent() + "[" + at + "]." + ch.field() + "[" + kids.size() + "]";
        kids.add(item);
      } else if (t.file().equals(CsvFolderLayout.META)) {
        if (tree.has("meta")) {
          ObjectNode m = (ObjectNode) tree.get("meta");
          if (!m.has("__second")) {
            error(t.file() + ":" + rowNo, "meta.csv has one row (the case); found another");
            m.put("__second", true);
          }
          continue;
        }
        path = "$.meta";
        tree.set("meta", item);
      } else if (t.section() != null) {
        if (oneRow) {
          error(t.file() + ":" + rowNo, t.file() + " has one row (the " + t.section() + " section); found another");
          continue;
        }
        oneRow = true;
        path = listPath;
        tree.set(t.section(), item);
      } else {
        path = listPath + "[" + list.size() + "]";
        list.add(item);
      }
      places.put(path, t.file() + ":" + rowNo);
      for (int k = 0; k < head.length && k < r.length; k++) {
        CsvFolderLayout.Column c = cols[k];
        if (c == null || t.child() != null && c.name().equals(t.child().key())) {
          continue;
        }
        String place = t.file() + ":" + rowNo + ":" + (k + 1);
        String at = path + "." + c.name();
        JsonNode v = cells.value(r[k], c.field(), place, c.name(), at);
        if (v == null) {
          continue;
        }
        ObjectNode holder = CsvFolderLayout.made(item, c.object());
        if (holder == null) {
          error(place, c.name() + ": a value, but column " + CsvFolderLayout.blocked(item, c.object())
              + " of this row is null (none): leave one of them empty [" + at + "]");
          continue;
        }
        if (c.field().kind() == Kind.OBJECT) { // the bare column of an object: {} or null
          JsonNode o = holder.get(c.leaf());
          if (v.isNull() && o != null && o.isObject() && !o.isEmpty()) {
            error(place, c.name() + ": null (none), but columns " + c.name() + ".* of this row give its fields: leave "
                + "one of them empty [" + at + "]");
            continue;
          }
          if (v.isNull()) {
            holder.set(c.leaf(), v);
          } else if (o == null) {
            holder.set(c.leaf(), F.objectNode());
          }
        } else {
          holder.set(c.leaf(), v);
        }
        for (String o = c.object(); o != null; o = o.contains(".") ? o.substring(0, o.lastIndexOf('.')) : null) {
          places.putIfAbsent(path + "." + o, place); // an object's place: its first cell
        }
        places.put(at, place);
      }
      if (item.hasNonNull("id") && t.list() != null) {
        String id = item.get("id").asText();
        if (ids.putIfAbsent(id, list.size() - 1) != null) {
          error(t.file() + ":" + rowNo, "id \"" + id + "\" appears twice (also row " + (ids.get(id) + 2) + ")");
        }
      }
    }
    if (t.section() != null && !oneRow) {
      // a header and no row: the section with no field of its own (lists only, in their tables, read next)
      tree.set(t.section(), F.objectNode());
      places.put(listPath, t.file() + ":1");
    }
    ObjectNode meta = (ObjectNode) tree.get("meta");
    if (meta != null) {
      meta.remove("__second");
    }
    if (t.file().equals(CsvFolderLayout.META) && !tree.has("meta")) {
      error(t.file() + ":2", "meta.csv needs one row: the case's name, year, ...");
    } else if (t.file().equals(CsvFolderLayout.SOURCES)) {
      tree.withObjectProperty("meta").set("sources", list);
    } else if (t.inSection()) {
      String[] parts = t.list().split("\\.");
      ObjectNode holder = tree;
      for (int k = 0; k < parts.length - 1; k++) {
        holder = holder.withObjectProperty(parts[k]);
      }
      holder.set(parts[parts.length - 1], list);
      index.put(t.list(), ids);
    } else if (t.list() != null) {
      tree.set(t.list(), list);
      index.put(t.list(), ids);
    }
  }

  private static String cellAt(String[] r, CsvFolderLayout.Column[] cols, String name) {
    for (int k = 0; k < cols.length && k < r.length; k++) {
      if (cols[k] != null && cols[k].name().equals(name)) {
        return r[k] == null || r[k].isBlank() ? null : r[k].trim();
      }
    }
    return null;
  }

  private void seriesTable(CsvFolderLayout.Series s, Map<String, CsvFolderSections.Entity> ids) {
    List<String[]> rows = rows(s.file());
    if (rows == null) {
      return;
    }
    String[] head = rows.get(0);
    String first = CsvCells.header(head[0])[0];
    if (!first.equals(s.keyColumn())) {
      error(s.file() + ":1:1", "the first column must be \"" + s.keyColumn() + "\" (one row per " + s.keyColumn()
          + "), got \"" + first + "\"");
      return;
    }
    CsvFolderSections.Entity[] at = new CsvFolderSections.Entity[head.length];
    for (int k = 1; k < head.length; k++) {
      String[] nu = CsvCells.header(head[k]);
      String place = s.file() + ":1:" + (k + 1);
      at[k] = ids.get(nu[0]);
      if (at[k] == null) {
        error(place, CsvFolderSections.missing(s, nu[0]));
        continue;
      }
      if (nu[1] != null && !nu[1].equals(s.field().unit())) {
        error(place, "values of " + s.field().name() + " are in " + s.field().unit() + ", not " + nu[1]
            + " (convert the column, or fix the header)");
      }
      ObjectNode e = (ObjectNode) at[k].node();
      String path = at[k].path() + (s.object() == null ? "" : "." + s.object()) + "." + s.field().name();
      ObjectNode holder = CsvFolderLayout.made(e, s.object());
      if (holder == null) {
        String object = CsvFolderLayout.blocked(e, s.object());
        error(place, nu[0] + ": " + s.field().name() + " of " + object + ", which is null (none) in "
            + CsvFolderLayout.fileOf(s.list()) + ": leave this column out, or give " + object + " there [" + path
            + "]");
        at[k] = null;
        continue;
      }
      holder.withObjectProperty(s.field().name());
      places.put(path, place);
    }
    for (int i = 1; i < rows.size(); i++) {
      String[] r = rows.get(i);
      if (java.util.Arrays.stream(r).allMatch(x -> x == null || x.isBlank())) {
        continue;
      }
      int rowNo = i + 1;
      String key = r[0].trim();
      if (r.length > head.length) {
        error(s.file() + ":" + rowNo + ":" + (head.length + 1), "row has " + r.length + " cells, the header names "
            + head.length + " columns");
      }
      for (int k = 1; k < head.length && k < r.length; k++) {
        if (at[k] == null) {
          continue;
        }
        String place = s.file() + ":" + rowNo + ":" + (k + 1);
        String path = at[k].path() + (s.object() == null ? "" : "." + s.object()) + "." + s.field().name() + "." + key;
        JsonNode v = cells.value(r[k], s.field().kind() == Kind.NUMBER_MAP ? CsvCells.numberField(s.field()) : s.field(), place,
            CsvCells.header(head[k])[0], path);
        if (v == null) {
          continue;
        }
        CsvFolderLayout.made((ObjectNode) at[k].node(), s.object()).withObjectProperty(s.field().name()).set(key, v);
        places.put(path, place);
      }
    }
  }

  /** Applies sourced-values.csv: each row turns the number at (table, id, column) into {value, source, note}. */
  private void sourced() {
    List<String[]> rows = rows(CsvFolderLayout.SOURCED);
    if (rows == null) {
      return;
    }
    String[] want = {"table", "id", "column", "source", "note"};
    String[] head = rows.get(0);
    Map<String, Integer> col = new TreeMap<>();
    for (int k = 0; k < head.length; k++) {
      col.put(CsvCells.header(head[k])[0], k);
    }
    for (String w : want) {
      if (!col.containsKey(w)) {
        error(CsvFolderLayout.SOURCED + ":1", "missing column \"" + w + "\" (required)");
      }
    }
    if (!java.util.Arrays.stream(want).allMatch(col::containsKey)) {
      return;
    }
    // numbers first, then whole series (a series row wraps the map its entries' rows point into)
    for (boolean wholeSeries : new boolean[] {false, true}) {
      for (int i = 1; i < rows.size(); i++) {
        String[] r = rows.get(i);
        if (get(r, col.get("id")).equals(CsvFolderLayout.WHOLE_SERIES) == wholeSeries) {
          sourcedRow(r, i + 1, col);
        }
      }
    }
  }

  /** One row of sourced-values.csv: wraps the number (or the whole series) it names. */
  private void sourcedRow(String[] r, int rowNo, Map<String, Integer> col) {
    String table = get(r, col.get("table"));
    String id = get(r, col.get("id"));
    String column = get(r, col.get("column"));
    String where = CsvFolderLayout.SOURCED + ":" + rowNo;
    if (id.equals(CsvFolderLayout.WHOLE_SERIES)) {
      JsonNode[] series = locateSeries(table, column);
      JsonNode m = series == null ? null : series[0].get(series[1].asText());
      if (m == null || !m.isObject() || StructureChecker.isSourcedSeries(m)) {
        error(where, "no series at table " + table + ", column " + column);
        return;
      }
      ObjectNode wrapped = F.objectNode();
      wrapped.set("value", m);
      sourceAndNote(wrapped, r, col, where);
      ((ObjectNode) series[0]).set(series[1].asText(), wrapped);
      return;
    }
    JsonNode[] target = locate(table, id, column);
    if (target == null) {
      error(where, "no number at table " + table + ", id \"" + id + "\", column " + column);
      return;
    }
    ObjectNode holder = (ObjectNode) target[0];
    String field = target[1].asText();
    JsonNode v = holder.get(field);
    if (v == null || !v.isNumber()) {
      error(where, "no number at table " + table + ", id \"" + id + "\", column " + column);
      return;
    }
    ObjectNode wrapped = F.objectNode();
    wrapped.set("value", v);
    sourceAndNote(wrapped, r, col, where);
    holder.set(field, wrapped);
  }

  private void sourceAndNote(ObjectNode wrapped, String[] r, Map<String, Integer> col, String where) {
    String source = get(r, col.get("source"));
    String note = get(r, col.get("note"));
    if (!source.isEmpty()) {
      wrapped.set("source", cells.value(source, new FieldSpec("source", Kind.SOURCE, "", false, null, null, false, null,
          List.of(), null, ""), where, "source"));
    }
    if (!note.isEmpty()) {
      wrapped.put("note", note);
    }
  }

  private static String get(String[] r, Integer k) {
    return k == null || k >= r.length || r[k] == null ? "" : r[k];
  }

  /** The object holding (table, id, column)'s number and the field name in it, or null. */
  private JsonNode[] locate(String table, String id, String column) {
    for (CsvFolderLayout.Table t : CsvFolderLayout.tables()) {
      if (!t.file().equals(table + ".csv")) {
        continue;
      }
      ObjectNode item = null;
      if (t.file().equals(CsvFolderLayout.META)) {
        item = (ObjectNode) tree.get("meta");
      } else if (t.child() != null) {
        for (JsonNode p : CsvFolderLayout.at(tree, t.child().parent())) {
          JsonNode kids = p.get(t.child().field());
          for (int k = 1; kids != null && kids.isArray() && k <= kids.size(); k++) {
            if (CsvFolderLayout.termId(p.path("id").asText(), k).equals(id) && kids.get(k - 1).isObject()) {
              item = (ObjectNode) kids.get(k - 1);
            }
          }
        }
      } else if (t.section() != null) {
        item = tree.get(t.section()) instanceof ObjectNode o ? o : null;
      } else if (t.list() != null) {
        JsonNode l = CsvFolderLayout.at(tree, t.list());
        int k = 0;
        for (JsonNode e : l) {
          k++;
          boolean byRow = t.inSection() && !e.hasNonNull("id") && id.equals("#" + k);
          if ((byRow || e.path("id").asText().equals(id)) && e.isObject()) {
            item = (ObjectNode) e;
          }
        }
      }
      if (item == null) {
        return null;
      }
      int dot = column.lastIndexOf('.'); // potlines.build.capexCnyPerTYr: in the object at potlines.build
      JsonNode o = dot > 0 ? CsvFolderLayout.object(item, column.substring(0, dot)) : item;
      return o == null ? null : new JsonNode[] {o, F.textNode(column.substring(dot + 1))};
    }
    JsonNode[] series = locateSeries(table, column);
    JsonNode m = series == null ? null : series[0].get(series[1].asText());
    return m == null ? null : new JsonNode[] {m, F.textNode(id)};
  }

  /** The object holding entity {@code column}'s map of wide table {@code table} and the map's field name, or null. */
  private JsonNode[] locateSeries(String table, String column) {
    for (CsvFolderLayout.Series s : CsvFolderLayout.series()) {
      if (!s.file().equals(table + ".csv")) {
        continue;
      }
      CsvFolderSections.Entity en = CsvFolderSections.entities(tree, s).get(column);
      if (en != null) {
        JsonNode holder = CsvFolderLayout.object(en.node(), s.object());
        return holder == null ? null : new JsonNode[] {holder, F.textNode(s.field().name())};
      }
    }
    return null;
  }
}
