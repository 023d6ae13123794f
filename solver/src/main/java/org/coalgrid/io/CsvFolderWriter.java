package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;

/**
 * Writes an instance tree in the file format (sourced numbers as written) as the CSV tables of {@link CsvFolderLayout}:
 * UTF-8, a header row with units in brackets ({@code capacityMw [MW]}), numbers in plain notation, only the columns
 * some row uses (the first column alone when no row uses any; a section with no field of its own, only lists, is
 * a header and no row). Cells: a list of ids as {@code a;b} ({@code []} for an empty list), a notes list or a source
 * object as JSON text, an object given with none of its fields as {@code {}} in the object's own column.
 * {@link CsvFolderReader} reads the tables back into an equal tree. Stateless; thread-safe.
 */
public final class CsvFolderWriter {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvFolderWriter() {}

  /** The tables of {@code tree}: file name → CSV text, in {@link CsvFolderLayout} order. */
  public static Map<String, String> tables(JsonNode tree) throws IOException {
    for (String section : CsvFolderSections.untabledSections()) {
      if (tree.has(section)) { // no CSV tables for it: refuse rather than write a folder without it
        throw new IllegalArgumentException("the CSV folder form does not hold the section $." + section
            + " (its shape has no CSV tables: a per-period map on its own row, or a list nested deeper than a list"
            + " inside a list); keep this instance as JSON");
      }
    }
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    List<String[]> sourced = new ArrayList<>();
    List<CsvFolderLayout.Table> all = CsvFolderLayout.tables();
    for (CsvFolderLayout.Table t : all) {
      List<JsonNode> items = items(tree, t);
      if (items == null) {
        continue;
      }
      refuseUnhomedLists(t, all, items);
      String base = t.file().replace(".csv", "");
      List<CsvFolderLayout.Column> used = new ArrayList<>();
      for (CsvFolderLayout.Column c : t.columns()) {
        boolean any = items.stream().anyMatch(i -> cell(i, c) != null);
        if (any || (items.isEmpty() && c.field().required() && c.object() == null)) {
          used.add(c);
        }
      }
      // a section of lists only (its lists in their own tables) has no cell in its row: its table is a header and
      // no row, the header naming the table's first column (every table has a header row)
      boolean bareSection = t.section() != null && used.isEmpty();
      if (used.isEmpty()) {
        used.add(t.columns().get(0));
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(used.stream().map(CsvFolderLayout.Column::header).toArray(String[]::new));
      int rowNo = 0;
      for (JsonNode i : bareSection ? List.<JsonNode>of() : items) {
        rowNo++;
        String id = t.inSection() && !i.hasNonNull("id") ? "#" + rowNo : rowId(t, i);
        String[] row = new String[used.size()];
        for (int k = 0; k < used.size(); k++) {
          CsvFolderLayout.Column c = used.get(k);
          JsonNode v = cell(i, c);
          row[k] = text(v, c.field());
          if (v != null && v.isObject() && c.field().kind().numeric()) {
            sourced.add(new String[] {base, id, c.name(), opt(v.get("source")), opt(v.get("note"))});
          }
        }
        rows.add(row);
      }
      out.put(t.file(), rows);
    }
    for (CsvFolderLayout.Series s : CsvFolderLayout.series()) {
      String base = s.file().replace(".csv", "");
      Map<String, JsonNode> maps = new LinkedHashMap<>();
      for (Map.Entry<String, CsvFolderSections.Entity> en : CsvFolderSections.entities(tree, s).entrySet()) {
        JsonNode e = en.getValue().node();
        JsonNode holder = CsvFolderLayout.object(e, s.object());
        JsonNode m = holder == null ? null : holder.get(s.field().name());
        if (m != null && StructureChecker.isSourcedSeries(m)) {
          // one source for the whole series: its row names the entity's column and the id WHOLE_SERIES
          sourced.add(new String[] {base, CsvFolderLayout.WHOLE_SERIES, en.getKey(), opt(m.get("source")),
              opt(m.get("note"))});
          m = m.get("value");
        }
        if (m != null && m.isObject()) {
          maps.put(en.getKey(), m);
        }
      }
      if (maps.isEmpty()) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>(keyOrder(tree, s));
      maps.values().forEach(m -> m.fieldNames().forEachRemaining(keys::add));
      keys.removeIf(k -> maps.values().stream().noneMatch(m -> m.has(k)));
      List<String[]> rows = new ArrayList<>();
      List<String> header = new ArrayList<>();
      header.add(s.keyColumn());
      maps.keySet().forEach(id -> header.add(id + " [" + s.field().unit() + "]"));
      rows.add(header.toArray(String[]::new));
      for (String key : keys) {
        String[] row = new String[header.size()];
        row[0] = key;
        int k = 1;
        for (Map.Entry<String, JsonNode> m : maps.entrySet()) {
          JsonNode v = m.getValue().get(key);
          row[k++] = text(v, s.field());
          if (v != null && v.isObject()) {
            sourced.add(new String[] {base, key, m.getKey(), opt(v.get("source")), opt(v.get("note"))});
          }
        }
        rows.add(row);
      }
      out.put(s.file(), rows);
    }
    if (!sourced.isEmpty()) {
      sourced.add(0, new String[] {"table", "id", "column", "source", "note"});
      out.put(CsvFolderLayout.SOURCED, sourced);
    }
    Map<String, String> text = new LinkedHashMap<>();
    for (Map.Entry<String, List<String[]>> e : out.entrySet()) {
      text.put(e.getKey(), csv(e.getValue()));
    }
    return text;
  }

  /**
   * A list whose rows have no table of their own ({@link CsvFolderLayout#homed}; none in today's schema) would be
   * lost in a folder: refuse an instance that gives one with rows, naming its JSON path, rather than drop them.
   */
  static void refuseUnhomedLists(CsvFolderLayout.Table t, List<CsvFolderLayout.Table> all, List<JsonNode> items) {
    for (CsvFolderLayout.Column c : t.columns()) {
      if (c.field().kind() != Kind.OBJECT_LIST || CsvFolderLayout.homed(t, c, all)) {
        continue;
      }
      for (int k = 0; k < items.size(); k++) {
        JsonNode o = CsvFolderLayout.object(items.get(k), c.object());
        JsonNode v = o == null ? null : o.get(c.leaf());
        if (v != null && v.isArray() && !v.isEmpty()) {
          throw new IllegalArgumentException("the CSV folder form does not hold " + itemPath(t, items.get(k), k) + "."
              + c.name() + " (a list with no table of its own); keep this instance as JSON");
        }
      }
    }
  }

  /** The JSON path of the {@code k}-th item of table {@code t} ({@code $.plants[3]}, {@code $.meta}). */
  private static String itemPath(CsvFolderLayout.Table t, JsonNode item, int k) {
    if (t.child() != null) {
      return "$." + t.child().parent() + "[" + item.path(PARENT_NO).asInt() + "]." + t.child().field() + "["
          + (item.path(TERM_NO).asInt() - 1) + "]";
    }
    if (t.file().equals(CsvFolderLayout.META)) {
      return "$.meta";
    }
    if (t.file().equals(CsvFolderLayout.SOURCES)) {
      return "$.meta.sources[" + k + "]";
    }
    return t.section() != null ? "$." + t.section() : "$." + t.list() + "[" + k + "]";
  }

  /** The rows of a table: its list's items, meta as one row, the policies' terms; null when absent. */
  private static List<JsonNode> items(JsonNode tree, CsvFolderLayout.Table t) {
    List<JsonNode> items = new ArrayList<>();
    switch (t.file()) {
      case CsvFolderLayout.META -> {
        if (!tree.has("meta")) {
          return null;
        }
        items.add(tree.get("meta"));
      }
      case CsvFolderLayout.SOURCES -> {
        JsonNode s = tree.path("meta").get("sources");
        if (s == null || !s.isArray()) {
          return null;
        }
        s.forEach(items::add);
      }
      default -> {
        if (t.child() != null) {
          return children(tree, t.child());
        }
        if (t.section() != null) {
          JsonNode o = tree.get(t.section());
          if (o == null || !o.isObject()) {
            return null;
          }
          items.add(o);
          break;
        }
        JsonNode l = CsvFolderLayout.at(tree, t.list());
        if (!l.isArray()) {
          return null;
        }
        l.forEach(items::add);
      }
    }
    return items;
  }

  /**
   * The child rows of a {@link CsvFolderLayout.Child} table (the terms of every policy, the hydro changes of every
   * scenario), each with its parent's id in the key column; null if no parent has the child list.
   */
  private static List<JsonNode> children(JsonNode tree, CsvFolderLayout.Child child) {
    List<JsonNode> items = new ArrayList<>();
    boolean any = false;
    int parentNo = 0;
    for (JsonNode p : CsvFolderLayout.at(tree, child.parent())) {
      if (p.has(child.field()) && p.get(child.field()).isArray()) {
        any = true;
        int k = 0;
        for (JsonNode c : p.get(child.field())) {
          com.fasterxml.jackson.databind.node.ObjectNode withParent = c.deepCopy();
          withParent.put(child.key(), p.path("id").asText());
          withParent.put(TERM_NO, ++k); // not a column: names the row in sourced-values.csv
          withParent.put(PARENT_NO, parentNo); // not a column: the parent's position, for a JSON path
          items.add(withParent);
        }
      }
      parentNo++;
    }
    return any ? items : null;
  }

  /**
   * The id of a row in sourced-values.csv: the entity's id, "" for meta and a section's row, {@code POLICY#K} for a
   * policy's k-th term ({@code SCENARIO#K} for a scenario's k-th hydro change) ({@code #K} for the k-th row of a list in a section whose rows have no id).
   */
  private static String rowId(CsvFolderLayout.Table t, JsonNode item) {
    if (t.child() != null) {
      return CsvFolderLayout.termId(item.path(t.child().key()).asText(), item.path(TERM_NO).asInt());
    }
    return t.file().equals(CsvFolderLayout.META) || t.section() != null ? "" : item.path("id").asText("");
  }

  private static final String TERM_NO = "#term";
  private static final String PARENT_NO = "#parent";

  /**
   * The JSON value of a column in an item, or null when absent (the object holding it absent too): a list only
   * when given empty ({@code []}; its rows are in a table of their own), an object only when given with none of its
   * fields ({@code {}}; nothing else in the folder says it is there) or as null.
   */
  static JsonNode cell(JsonNode item, CsvFolderLayout.Column c) {
    JsonNode o = CsvFolderLayout.object(item, c.object());
    JsonNode v = o == null ? null : o.get(c.leaf());
    if (v == null || v.isNull()) {
      return v; // an explicit JSON null stays (written as the cell "null")
    }
    return switch (c.field().kind()) {
      case OBJECT_LIST -> v.isArray() && v.isEmpty() ? v : null;
      case OBJECT -> v.isObject() && v.isEmpty() ? v : null;
      default -> v;
    };
  }

  static boolean isSourced(JsonNode v) {
    return v.isObject() && v.has("value");
  }

  /** The cell text of a JSON value of a field. */
  static String text(JsonNode v, FieldSpec f) {
    if (v == null) {
      return "";
    }
    if (v.isNull()) {
      return "null";
    }
    if (f.kind() == Kind.OBJECT) {
      return "{}";
    }
    if (f.kind() == Kind.OBJECT_LIST) {
      return "[]";
    }
    if (v.isObject() && v.has("value") && (f.kind().numeric() || f.kind() == Kind.NUMBER_MAP)) {
      v = v.get("value");
    }
    if (v.isNumber()) {
      return plain(v);
    }
    return switch (f.kind()) {
      case STRING_LIST -> {
        if (v.isArray() && v.isEmpty()) {
          yield "[]";
        }
        List<String> ids = new ArrayList<>();
        v.forEach(x -> ids.add(x.asText()));
        yield String.join(";", ids);
      }
      case SOURCE, NOTES -> v.isTextual() ? v.asText() : v.toString();
      default -> v.isTextual() ? v.asText() : v.toString();
    };
  }

  /** A JSON number in plain notation: integers as written, decimals without exponent or trailing zeros. */
  static String plain(JsonNode n) {
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    BigDecimal d = n.isBigDecimal() ? n.decimalValue() : BigDecimal.valueOf(n.doubleValue());
    String s = d.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static String opt(JsonNode v) {
    return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
  }

  /** The key rows of a wide table in the instance's order: periods, or grades. */
  private static List<String> keyOrder(JsonNode tree, CsvFolderLayout.Series s) {
    String list = "coalGrade".equals(s.field().ref()) ? "coalGrades" : "periods";
    List<String> keys = new ArrayList<>();
    tree.path(list).forEach(p -> keys.add(p.path("id").asText()));
    return keys;
  }

  static String csv(List<String[]> rows) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
    return CSV.writer(schema).writeValueAsString(rows);
  }
}
