package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;

/**
 * The cells of an instance folder's tables ({@link CsvFolderReader}): a header cell split into name and unit, a cell's
 * text turned into the JSON value of its field (a number, true/false, an id list {@code a;b}, {@code []}, {@code {}},
 * a source object or notes list as JSON text, or text), and the hints of a wrong cell or an unknown column. A wrong
 * cell adds its problem, with its place, to the reader's list. One per read; not thread-safe.
 */
final class CsvCells {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final List<Problem> problems;
  /** The JSON path of the cell being read, as " [$.plants[2].capacityMw]" ("" for none). */
  private String suffix = "";

  CsvCells(List<Problem> problems) {
    this.problems = problems;
  }

  private void error(String place, String message) {
    problems.add(Problem.error(place, message + suffix));
  }

  /** A header cell split into name and unit ("capacityMw [MW]" → capacityMw, MW; no brackets: unit null). */
  static String[] header(String cell) {
    String c = cell.trim();
    int open = c.lastIndexOf('[');
    if (open > 0 && c.endsWith("]")) {
      return new String[] {c.substring(0, open).trim(), c.substring(open + 1, c.length() - 1).trim()};
    }
    return new String[] {c, null};
  }

  /** The JSON value of a cell, null when empty or wrong (then with an error at {@code place}). */
  JsonNode value(String cell, FieldSpec f, String place, String column) {
    return value(cell, f, place, column, null);
  }

  /**
   * The JSON value of a cell at JSON path {@code path}, null when empty or wrong (then with an error at {@code place}
   * that ends with {@code [path]}, as the instance's own problems do; no path: none).
   */
  JsonNode value(String cell, FieldSpec f, String place, String column, String path) {
    suffix = path == null ? "" : " [" + path + "]";
    try {
      return parse(cell, f, place, column);
    } finally {
      suffix = "";
    }
  }

  private JsonNode parse(String cell, FieldSpec f, String place, String column) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    String c = cell.trim();
    if (c.equals("null")) {
      return F.nullNode(); // the field given as JSON null: "none", as if left out
    }
    switch (f.kind()) {
      case NUMBER, INTEGER -> {
        JsonNode n = number(c);
        if (n == null) {
          error(place, column + ": \"" + cell + "\" is not a number" + hint(c));
        }
        return n;
      }
      case BOOLEAN -> {
        if (c.equalsIgnoreCase("true") || c.equalsIgnoreCase("false")) {
          return F.booleanNode(c.equalsIgnoreCase("true"));
        }
        error(place, column + ": \"" + cell + "\" is not true or false");
        return null;
      }
      case STRING_LIST -> {
        ArrayNode a = F.arrayNode();
        if (!c.equals("[]")) {
          for (String id : c.split(";")) {
            if (id.isBlank()) {
              error(place, column + ": an empty id in \"" + cell + "\" (ids are separated by ';', [] is an empty list)");
              return null;
            }
            a.add(id.trim());
          }
        }
        return a;
      }
      case OBJECT_LIST -> {
        if (!c.equals("[]")) {
          error(place, column + ": this column only takes [] (an empty list); the items are rows of their own table");
        }
        return F.arrayNode();
      }
      case OBJECT -> {
        if (!c.equals("{}")) {
          error(place, column + ": this column only takes {} (an object given with none of its fields); its fields "
              + "have columns " + column + ".<field>");
        }
        return F.objectNode();
      }
      case SOURCE, NOTES -> {
        boolean json = f.kind() == Kind.SOURCE ? c.startsWith("{") : c.startsWith("[");
        if (json) {
          try {
            JsonNode j = org.coalgrid.io.schema.Json.MAPPER.readTree(c);
            if (j != null && (f.kind() == Kind.SOURCE ? j.isObject() : j.isArray())) {
              return j;
            }
          } catch (IOException notJson) {
            // plain text that happens to start with a bracket
          }
        }
        return F.textNode(cell);
      }
      default -> {
        return F.textNode(cell);
      }
    }
  }

  /** A number cell: integers as integers, decimals as doubles; null if not a finite number. */
  static JsonNode number(String c) {
    if (!c.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return null;
    }
    BigDecimal d = new BigDecimal(c.startsWith("+") ? c.substring(1) : c);
    if (!c.contains(".") && !c.contains("e") && !c.contains("E")) {
      try {
        return F.numberNode(d.longValueExact());
      } catch (ArithmeticException big) {
        return F.numberNode(d.doubleValue());
      }
    }
    double x = d.doubleValue();
    return Double.isFinite(x) ? F.numberNode(x) : null;
  }

  private static String hint(String c) {
    if (c.contains(",") && number(c.replace(",", "")) != null) {
      return " (no thousands separators: write " + c.replace(",", "") + ")";
    }
    if (c.endsWith("%") && number(c.substring(0, c.length() - 1)) != null) {
      return " (write shares as 0..1, not %)";
    }
    return "";
  }

  static String suggest(String name, java.util.Collection<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best != null && bestD <= Math.max(2, name.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  static FieldSpec numberField(FieldSpec map) {
    return new FieldSpec(map.name(), Kind.NUMBER, map.unit(), false, null, null, false, null, List.of(), null, "");
  }
}
