package org.coalgrid.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.whatif.Comparison.Change;
import org.coalgrid.words.Fmt;

/** A comparison of two scenarios for people (console, by section) and for tables (CSV or JSON, every change). */
public final class ComparisonTable {
  private ComparisonTable() {}

  /**
   * The console text: the two sides, the tolerances, a status change, then each section with at most {@code top}
   * rows (0 = all).
   */
  public static void print(PrintWriter o, String labelA, String labelB, String statusA, String statusB,
      List<Change> changes, double absTol, double relTol, int top) {
    o.println("A: " + labelA);
    o.println("B: " + labelB);
    o.println("Shown: changes with |B - A| > " + CsvTables.number(absTol) + " (in the field's unit) and > "
        + CsvTables.number(relTol) + " x max(|A|, |B|); change = (B - A) / max(|A|, |B|), largest first.");
    if (!statusA.equals(statusB)) {
      o.println("Status: " + statusA + " -> " + statusB);
    }
    if (changes.isEmpty()) {
      o.println("No differences beyond the tolerances.");
      return;
    }
    String section = null;
    int shown = 0;
    int hidden = 0;
    for (Change c : changes) {
      if (!c.section().equals(section)) {
        if (hidden > 0) {
          o.println("  ... " + hidden + " more (see --out or raise --top)");
        }
        section = c.section();
        shown = 0;
        hidden = 0;
        long n = changes.stream().filter(x -> x.section().equals(c.section())).count();
        o.println();
        o.println(title(section) + " — " + n + " changed");
        o.printf("  %-58s %16s %16s %16s %9s  %s%n", "field", "A", "B", "B - A", "change", "unit");
      }
      if (top > 0 && shown >= top) {
        hidden++;
        continue;
      }
      shown++;
      o.printf("  %-58s %16s %16s %16s %9s  %s%n", c.key(), c.a() != null ? num(c.a()) : c.aText(),
          c.b() != null ? num(c.b()) : c.bText(), c.delta() != null ? num(c.delta()) : "",
          c.relativeChange() != null ? Fmt.num(100 * c.relativeChange(), 1) + "%" : "",
          c.unit());
    }
    if (hidden > 0) {
      o.println("  ... " + hidden + " more (see --out or raise --top)");
    }
  }

  /** Every change as CSV, with no names (no instance tree at hand). */
  public static void writeCsv(Writer w, List<Change> changes) throws IOException {
    writeCsv(w, changes, List.of());
  }

  /**
   * Every change as CSV: the entity each key is about ({@code plants[pannan].generationMwh}, {@code
   * plants.pannan.capacityMw} → {@code pannan}; a price's region) and its name and Chinese name from the first of
   * {@code instances} (instance file trees, A's then B's) that has it.
   */
  public static void writeCsv(Writer w, List<Change> changes, List<JsonNode> instances) throws IOException {
    try (CsvRows csv = CsvRows.on(w)) {
      csv.header("section", "key", "entity", "entity_name", "entity_name_zh", "unit", "a", "b", "delta",
          "relative_change");
      for (Change c : changes) {
        String[] e = entityOf(c.key(), instances);
        JsonNode item = e == null ? null : item(instances, e[0], e[1]);
        csv.row(c.section(), c.key(), e == null ? null : e[1], text(item, "name"), text(item, "nameZh"), c.unit(),
            c.a() != null ? (Object) c.a() : c.aText(), c.b() != null ? (Object) c.b() : c.bText(), c.delta(),
            c.relativeChange());
      }
    }
  }

  /**
   * The instance list and id a key is about, or null: {@code list[id].field} (a solution's entities),
   * {@code prices.electricity[region/...]} (a price: its region), {@code list.id.field} where {@code list} is a
   * list of entities with ids in one of {@code instances} (an input difference).
   */
  static String[] entityOf(String key, List<JsonNode> instances) {
    int open = key.indexOf('[');
    if (open > 0) {
      int close = key.indexOf(']', open);
      if (close < 0) {
        return null;
      }
      String list = key.substring(0, open);
      String id = key.substring(open + 1, close);
      if (list.startsWith("prices.")) {
        int slash = id.indexOf('/');
        return new String[] {"regions", slash > 0 ? id.substring(0, slash) : id};
      }
      return new String[] {list, id};
    }
    String[] p = key.split("\\.", 3);
    if (p.length < 3) {
      return null;
    }
    for (JsonNode in : instances) {
      if (in != null && in.path(p[0]).isArray()) {
        return new String[] {p[0], p[1]};
      }
    }
    return null;
  }

  private static JsonNode item(List<JsonNode> instances, String list, String id) {
    for (JsonNode in : instances) {
      if (in == null) {
        continue;
      }
      for (JsonNode item : in.path(list)) {
        if (id.equals(item.path("id").asText(null))) {
          return item;
        }
      }
    }
    return null;
  }

  private static String text(JsonNode item, String field) {
    JsonNode v = item == null ? null : item.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** Every change as JSON, with the sides and the tolerances. */
  public static void writeJson(Writer w, String labelA, String labelB, double absTol, double relTol,
      List<Change> changes) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("a", labelA);
    doc.put("b", labelB);
    doc.put("absTol", absTol);
    doc.put("relTol", relTol);
    doc.put("changes", changes);
    Json.writer().writeValue(w, doc);
  }

  private static String title(String section) {
    return switch (section) {
      case "input" -> "Input differences (as --set paths)";
      case "objective" -> "Objective 目标 (CNY/yr)";
      case "kpis" -> "KPIs 指标";
      case "prices" -> "Prices 影子价格";
      default -> section;
    };
  }

  private static String num(double v) {
    return Math.abs(v) >= 1000 ? Fmt.num(v, 0) : Fmt.num(v, 3);
  }
}
