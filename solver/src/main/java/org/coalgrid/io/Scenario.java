package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.SchemaTable;

/**
 * Applies {@link ScenarioOverride}s to an instance file's tree, navigating by the {@link SchemaTable}: a path
 * is field names joined by '.', and a list of entities is entered by an entity id ({@code lines.hvdc1.capacityMw}
 * is {@code $.lines[i].capacityMw} for the line whose id is hvdc1; ids may themselves contain dots). The last
 * name sets a field (creating it if absent) or, below a map field, one key ({@code
 * plants.x.availabilityByPeriod.dry-peak}). A sourced number {@code {"value", "source", "note"}} is replaced by the
 * bare value, so its source no longer claims the new figure. Only the place is checked here; the value is
 * checked by {@link InstanceReader#read(JsonNode, String)} exactly like a value in the file. Stateless.
 */
public final class Scenario {

  /** One override as applied: where it landed ({@code jsonPath}), the value it replaced (null if absent) and its unit. */
  public record Applied(ScenarioOverride override, String jsonPath, JsonNode previous, String unit) {

    /** {@code PATH=VALUE} as typed. */
    public String text() {
      return override.toString();
    }

    public String path() {
      return override.path();
    }

    public JsonNode value() {
      return override.value();
    }

    /** The replaced value as a number, or NaN if it was absent or not a number. */
    public double previousNumber() {
      return previous != null && previous.isNumber() ? previous.doubleValue() : Double.NaN;
    }
  }

  /** A tree with the overrides applied, and what each did. */
  public record Result(JsonNode tree, List<Applied> applied) {}

  private Scenario() {}

  /**
   * Applies {@code overrides} in order to a deep copy of {@code tree}. Throws an {@link InstanceException} listing
   * one problem per override that addresses no field (unknown field or entity id, with close matches).
   */
  public static Result apply(JsonNode tree, List<ScenarioOverride> overrides) throws InstanceException {
    JsonNode copy = tree.deepCopy();
    List<Applied> applied = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ScenarioOverride o : overrides) {
      try {
        applied.add(applyOne(copy, o));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("--set " + o.path(), e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InstanceException("--set", problems);
    }
    return new Result(copy, applied);
  }

  private static Applied applyOne(JsonNode root, ScenarioOverride o) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("the instance is not a JSON object");
    }
    String[] seg = o.path().split("\\.");
    ObjectNode node = (ObjectNode) root;
    EntitySpec entity = SchemaTable.entity(SchemaTable.ROOT);
    String jsonPath = "$";
    int k = 0;
    while (true) {
      String name = seg[k];
      FieldSpec field = field(entity, name, jsonPath);
      String here = jsonPath + "." + name;
      boolean last = k == seg.length - 1;
      if (last) {
        return set(node, name, o, here, field == null ? "" : field.unit());
      }
      if (field == null) {
        throw new IllegalArgumentException(here + " is free text; nothing lies below it");
      }
      switch (field.kind()) {
        case OBJECT -> {
          node = objectAt(node, name, here);
          entity = SchemaTable.entity(field.ref());
          jsonPath = here;
          k++;
        }
        case OBJECT_LIST -> {
          JsonNode list = node.get(name);
          int[] hit = findById(list, seg, k + 1, here, field.ref());
          node = (ObjectNode) list.get(hit[0]);
          entity = SchemaTable.entity(field.ref());
          jsonPath = here + "[" + hit[0] + "]";
          k = hit[1];
          if (k >= seg.length) {
            throw new IllegalArgumentException("names an entity, not a field; add a field, e.g. " + o.path() + "."
                + entity.fieldNames().stream().filter(f -> !f.equals("id")).findFirst().orElse("id"));
          }
        }
        case NUMBER_MAP -> {
          String key = String.join(".", Arrays.copyOfRange(seg, k + 1, seg.length));
          JsonNode child = node.get(name);
          if (child != null && child.isArray()) {
            return setInList(root, (ArrayNode) child, key, o, here, field.unit());
          }
          ObjectNode map = objectAt(node, name, here);
          if (StructureChecker.isSourcedSeries(map)) { // one source for the series: the entries are under "value"
            map = (ObjectNode) map.get("value");
            here = here + ".value";
          }
          return set(map, key, o, here + "[\"" + key + "\"]", field.unit());
        }
        default -> throw new IllegalArgumentException(here + " is a " + field.kind().label()
            + "; nothing lies below it (set " + String.join(".", Arrays.copyOfRange(seg, 0, k + 1))
            + "=VALUE)");
      }
    }
  }

  /** Sets the value of period {@code key} in a per-period field given as a list (one value per period). */
  private static Applied setInList(JsonNode root, ArrayNode list, String key, ScenarioOverride o, String here,
      String unit) {
    List<String> ids = StructureChecker.periodIds(root);
    int i = ids == null ? -1 : ids.indexOf(key);
    if (i < 0 || i >= list.size()) {
      throw new IllegalArgumentException(here + " is a list with one value per period, and '" + key
          + "' is not a period" + (ids == null ? "" : closest(key, ids, "periods")));
    }
    JsonNode previous = list.get(i);
    if (previous != null && previous.isObject() && previous.has("value") && !o.value().isObject()) {
      previous = previous.get("value");
    }
    list.set(i, o.value().deepCopy());
    return new Applied(o, here + "[" + i + "]", previous == null || previous.isNull() ? null : previous.deepCopy(),
        unit);
  }

  /** The object under {@code name}, created if absent or null. */
  private static ObjectNode objectAt(ObjectNode node, String name, String here) {
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      return node.putObject(name);
    }
    if (!child.isObject()) {
      throw new IllegalArgumentException(here + " is not an object in the file");
    }
    return (ObjectNode) child;
  }

  /** The field {@code name} of {@code entity}; null for the free-text source/notes every entity takes. */
  private static FieldSpec field(EntitySpec entity, String name, String at) {
    var f = entity.field(name);
    if (f.isPresent()) {
      return f.get();
    }
    boolean freeText = !entity.name().equals(SchemaTable.ROOT) && !entity.name().equals("sourceRef")
        && (name.equals("source") || name.equals("notes"));
    if (freeText) {
      return null;
    }
    throw new IllegalArgumentException("no field '" + name + "' in " + entity.name() + " (" + at + ")"
        + closest(name, entity.fieldNames(), "fields"));
  }

  /**
   * Finds the list item whose id equals the longest run of segments from {@code from} joined by '.'. Returns
   * {index, next segment}.
   */
  private static int[] findById(JsonNode list, String[] seg, int from, String at, String entity) {
    if (from >= seg.length) {
      throw new IllegalArgumentException("give a " + entity + " id after " + at.substring(2)
          + " (e.g. " + at.substring(2) + ".ID.FIELD)");
    }
    List<String> ids = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode item : list) {
        JsonNode id = item.get("id");
        ids.add(id != null && id.isTextual() ? id.asText() : null);
      }
    }
    for (int end = seg.length; end > from; end--) {
      String id = String.join(".", Arrays.copyOfRange(seg, from, end));
      int i = ids.indexOf(id);
      if (i >= 0 && list.get(i).isObject()) {
        return new int[] {i, end};
      }
    }
    List<String> known = ids.stream().filter(s -> s != null).toList();
    if (known.isEmpty()) {
      throw new IllegalArgumentException(at + " has no " + entity + " with an id; edit the file instead");
    }
    throw new IllegalArgumentException("no " + entity + " with id '" + seg[from] + "' in " + at
        + closest(seg[from], known, "ids"));
  }

  private static Applied set(ObjectNode node, String key, ScenarioOverride o, String jsonPath, String unit) {
    JsonNode previous = node.get(key);
    if (previous != null && previous.isObject() && previous.has("value") && !o.value().isObject()) {
      previous = previous.get("value"); // a sourced number: record and replace the figure itself
    }
    node.set(key, o.value().deepCopy());
    return new Applied(o, jsonPath, previous == null || previous.isNull() ? null : previous.deepCopy(), unit);
  }

  /** " (did you mean: a, b?)" for near misses, else " (known KIND: ...)". */
  static String closest(String key, List<String> candidates, String kind) {
    String lower = key.toLowerCase(Locale.ROOT);
    List<String> near = candidates.stream()
        .filter(c -> StructureChecker.distance(lower, c.toLowerCase(Locale.ROOT)) <= Math.max(2, key.length() / 3)
            || c.toLowerCase(Locale.ROOT).contains(lower) || lower.contains(c.toLowerCase(Locale.ROOT)))
        .sorted(Comparator.comparingInt(c -> StructureChecker.distance(lower, c.toLowerCase(Locale.ROOT))))
        .limit(3)
        .toList();
    if (!near.isEmpty()) {
      return " (did you mean " + String.join(", ", near) + "?)";
    }
    return " (known " + kind + ": " + String.join(", ", candidates) + ")";
  }
}
