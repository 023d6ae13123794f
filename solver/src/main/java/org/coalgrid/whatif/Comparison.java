package org.coalgrid.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Differences between two scenarios, field by field. Solutions ({@code solution.json} trees) are compared on their
 * numbers: objective terms, KPIs, every entity's flows and periods, policies and prices; entities are matched by id
 * (prices by region, grade, period), never by position. Instances are compared on their inputs, by the same path
 * grammar as {@code --set} ({@code lines.hvdc-gy-gd.capacityMw}), with sourced numbers taken as their value.
 *
 * <p>A number counts as changed when |b - a| &gt; absTol (in the field's own unit) and |b - a| &gt; relTol *
 * max(|a|, |b|); a field present on one side only always counts. Changes are grouped by section in a fixed order
 * and, within a section, sorted by relative change |b - a| / max(|a|, |b|), largest first, then by |b - a|.
 */
public final class Comparison {
  /** Default absolute tolerance, in the unit of each field (t, MWh, MW, CNY, CNY/MWh...). */
  public static final double DEFAULT_ABS_TOL = 1e-3;
  /** Default relative tolerance. */
  public static final double DEFAULT_REL_TOL = 1e-6;

  /** Sections of a solution in report order (top-level fields of solution.json). */
  public static final List<String> SOLUTION_SECTIONS = List.of("objective", "kpis", "mines", "coalArcs", "plants",
      "lines", "industries", "directSupplies", "demands", "coalDemands", "exports", "policies", "prices");

  /**
   * One changed field. {@code a}/{@code b} are numbers (null when absent or not a number); {@code aText}/{@code bText}
   * the values as JSON text ("absent" when missing).
   */
  public record Change(String section, String key, String unit, Double a, Double b, String aText, String bText) {
    public Double delta() {
      return a != null && b != null ? b - a : null;
    }

    /**
     * The relative change, the one definition used on screen, in files and for sorting: (b - a) / max(|a|, |b|),
     * signed (negative when B is smaller); 0 when both are 0; null for a field on one side only or not a number.
     */
    public Double relativeChange() {
      if (a == null || b == null) {
        return null;
      }
      double m = Math.max(Math.abs(a), Math.abs(b));
      return m == 0 ? 0.0 : (b - a) / m;
    }

    /** |b - a| / max(|a|, |b|) (the size of {@link #relativeChange()}), 1 for a field on one side only. */
    public double relative() {
      if (a == null || b == null) {
        return 1;
      }
      double m = Math.max(Math.abs(a), Math.abs(b));
      return m == 0 ? 0 : Math.abs(b - a) / m;
    }
  }

  /** A leaf of a flattened tree: its value and unit. */
  record Leaf(JsonNode value, String unit) {}

  private Comparison() {}

  /** Numeric differences between two solution.json trees (status, objective, KPIs, entities, prices). */
  public static List<Change> solutions(JsonNode a, JsonNode b, double absTol, double relTol) {
    List<Change> out = new ArrayList<>();
    for (String section : SOLUTION_SECTIONS) {
      Map<String, Leaf> fa = new LinkedHashMap<>();
      Map<String, Leaf> fb = new LinkedHashMap<>();
      JsonNode na = section.equals("prices") ? prices(a) : a.get(section);
      JsonNode nb = section.equals("prices") ? prices(b) : b.get(section);
      flatten(section, na, "", fa, true);
      flatten(section, nb, "", fb, true);
      out.addAll(diff(section, fa, fb, absTol, relTol));
    }
    return out;
  }

  /** Input differences between two instance file trees, keyed by --set paths (sources and notes ignored). */
  public static List<Change> instances(JsonNode a, JsonNode b, double absTol, double relTol) {
    Map<String, Leaf> fa = new LinkedHashMap<>();
    Map<String, Leaf> fb = new LinkedHashMap<>();
    flatten("", a, "", fa, false);
    flatten("", b, "", fb, false);
    return diff("input", fa, fb, absTol, relTol);
  }

  private static JsonNode prices(JsonNode solution) {
    JsonNode p = solution.get("prices");
    if (p == null || !p.isObject()) {
      return p;
    }
    var copy = p.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).retain("electricity", "coal", "heatCnyPerGj");
    return copy;
  }

  private static List<Change> diff(String section, Map<String, Leaf> fa, Map<String, Leaf> fb, double absTol,
      double relTol) {
    Set<String> keys = new LinkedHashSet<>(fa.keySet());
    keys.addAll(fb.keySet());
    List<Change> out = new ArrayList<>();
    for (String k : keys) {
      Leaf la = fa.get(k);
      Leaf lb = fb.get(k);
      JsonNode va = la == null ? null : la.value();
      JsonNode vb = lb == null ? null : lb.value();
      String unit = la != null ? la.unit() : lb.unit();
      boolean numbers = va != null && vb != null && va.isNumber() && vb.isNumber();
      if (numbers) {
        double x = va.doubleValue();
        double y = vb.doubleValue();
        double d = Math.abs(y - x);
        if (d <= absTol || d <= relTol * Math.max(Math.abs(x), Math.abs(y))) {
          continue;
        }
      } else if (va != null && va.equals(vb)) {
        continue;
      }
      out.add(new Change(section, k, unit, va != null && va.isNumber() ? va.doubleValue() : null,
          vb != null && vb.isNumber() ? vb.doubleValue() : null, text(va), text(vb)));
    }
    out.sort(Comparator.comparingDouble((Change c) -> -c.relative())
        .thenComparingDouble(c -> c.delta() == null ? 0 : -Math.abs(c.delta())).thenComparing(Change::key));
    return out;
  }

  private static String text(JsonNode n) {
    if (n == null) {
      return "absent";
    }
    return n.isTextual() ? n.asText() : n.toString();
  }

  /**
   * Flattens {@code node} into leaves. Objects descend by field name; lists of objects by each item's key
   * ({@link #itemKey}); other lists and scalars are leaves. {@code solution}: solution style keys
   * ({@code mines[id].outputT}, numbers only) rather than --set style ({@code mines.id.capacityT}).
   */
  private static void flatten(String prefix, JsonNode node, String unit, Map<String, Leaf> out, boolean solution) {
    if (node == null) {
      return;
    }
    if (node.isNull()) {
      if (!solution) {
        out.put(prefix, new Leaf(node, unit));
      }
      return;
    }
    if (node.isObject()) {
      if (!solution && node.has("value") && node.get("value").isNumber()) {
        out.put(prefix, new Leaf(node.get("value"), unit)); // a sourced number: its value is the input
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        var e = it.next();
        String name = e.getKey();
        if (!solution && (name.equals("source") || name.equals("notes") || name.equals("note")
            || name.equals("sources") || name.equals("description"))) {
          continue;
        }
        String u = unitOf(name, node, unit);
        flatten(prefix.isEmpty() ? name : prefix + "." + name, e.getValue(), u, out, solution);
      }
      return;
    }
    if (node.isArray() && node.size() > 0 && allObjectsWithKeys(node)) {
      for (JsonNode item : node) {
        String k = itemKey(item);
        flatten(solution ? prefix + "[" + k + "]" : prefix + "." + k, item, unit, out, solution);
      }
      return;
    }
    boolean finiteNumber = node.isNumber() && Double.isFinite(node.doubleValue());
    if (!solution || finiteNumber) { // infinite bounds are written as text in solution.json: not compared
      out.put(prefix, new Leaf(node, unit));
    }
  }

  private static boolean allObjectsWithKeys(JsonNode list) {
    for (JsonNode item : list) {
      if (!item.isObject() || itemKey(item) == null) {
        return false;
      }
    }
    return true;
  }

  /** An item's identity: its id, else its region/grade/originClass/period joined by '/', else null. */
  static String itemKey(JsonNode item) {
    JsonNode id = item.get("id");
    if (id != null && id.isTextual()) {
      return id.asText();
    }
    List<String> parts = new ArrayList<>();
    for (String f : List.of("region", "grade", "originClass", "period")) {
      JsonNode v = item.get(f);
      if (v != null && v.isTextual()) {
        parts.add(v.asText());
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  /** The unit of field {@code name}: from its name's suffix, a sibling "unit" field, or the enclosing map's unit. */
  static String unitOf(String name, JsonNode parent, String inherited) {
    if (name.equals("shadowPrice") && parent.has("shadowPriceUnit")) {
      return parent.get("shadowPriceUnit").asText();
    }
    if ((name.equals("activity") || name.endsWith("Bound")) && parent.has("unit")) {
      return parent.get("unit").asText();
    }
    switch (name) {
      case "mw" -> {
        return "MW";
      }
      case "mwh" -> {
        return "MWh";
      }
      case "hours" -> {
        return "h";
      }
      default -> { }
    }
    if (name.isEmpty() || !Character.isLowerCase(name.charAt(0)) || name.equals(name.toLowerCase(Locale.ROOT))) {
      return inherited; // a map key (grade id, plant type, cost term): the map's unit
    }
    String[][] suffixes = {{"cnyPerMwh", "CNY/MWh"}, {"cnyPerT", "CNY/t"}, {"CnyPerMwh", "CNY/MWh"},
        {"CnyPerT", "CNY/t"}, {"CnyPerGj", "CNY/GJ"},
        {"CnyPerTCo2", "CNY/t CO2"}, {"GcePerKwh", "gce/kWh"}, {"Cny", "CNY"}, {"Mwh", "MWh"}, {"Mw", "MW"},
        {"Tce", "tce"}, {"Gj", "GJ"}, {"Hours", "h"}, {"T", "t"},
        {"Rate", "share"}, {"Share", "share"}, {"Gap", "share"}, {"Units", "units"}};
    for (String[] s : suffixes) {
      if (name.endsWith(s[0])) {
        return s[1];
      }
    }
    return inherited;
  }
}
