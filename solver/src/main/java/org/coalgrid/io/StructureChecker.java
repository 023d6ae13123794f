package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Meta;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Json;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;
import org.coalgrid.validate.TimeRules;

/**
 * Checks a parsed tree against the {@link SchemaTable} and builds the normalised tree that binds to the
 * domain records: sourced numbers unwrapped (their sources recorded in {@link Provenance}), defaults filled
 * in, notes turned into lists. Collects every problem instead of stopping at the first.
 */
final class StructureChecker {

  /** Numbers beyond this magnitude are taken for typing errors. */
  static final double ABSURD = 1e15;

  private static final Set<String> SOURCED_KEYS = Set.of("value", "source", "note");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<Problem> problems = new ArrayList<>();
  private final Provenance provenance = new Provenance();
  private final Sources sources;
  /** Period (step) ids in order, for per-period values given as a list; null if they cannot be known. */
  private List<String> periodIds;

  StructureChecker(JsonNode root) {
    this.sources = new Sources(root);
  }

  /**
   * The ids of the periods of {@code root} in order: the ids of {@code periods}, or the steps of {@code time}
   * (representative days, full year); null when the file gives neither in a usable form.
   */
  static List<String> periodIds(JsonNode root) {
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode time = root.get("time");
    if (time != null && time.isObject()) {
      StructureChecker quiet = new StructureChecker(root);
      try {
        Meta meta = null;
        JsonNode m = root.get("meta");
        if (m != null && m.isObject()) {
          ObjectNode mn = quiet.entity(m, SchemaTable.entity("meta"), "$.meta");
          meta = quiet.problems.isEmpty() ? Json.MAPPER.treeToValue(mn, Meta.class) : null;
        }
        quiet.problems.clear();
        ObjectNode tn = quiet.entity(time, SchemaTable.entity("time"), "$.time");
        if (!quiet.problems.isEmpty()) {
          return null;
        }
        List<Period> steps = Json.MAPPER.treeToValue(tn, TimeStructure.class).resolved(meta).steps();
        return steps.isEmpty() ? null : steps.stream().map(Period::id).toList();
      } catch (JsonProcessingException | IllegalArgumentException e) {
        return null;
      }
    }
    JsonNode periods = root.get("periods");
    if (periods == null || !periods.isArray()) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode p : periods) {
      JsonNode id = p.get("id");
      if (id == null || !id.isTextual()) {
        return null;
      }
      ids.add(id.asText());
    }
    return ids;
  }

  List<Problem> problems() {
    return problems;
  }

  Provenance provenance() {
    return provenance;
  }

  /** The normalised tree, or null if the root is not an object. */
  ObjectNode check(JsonNode root) {
    if (!root.isObject()) {
      problems.add(Problem.error("$", "expected an object at the top level, got " + Describe.node(root)));
      return null;
    }
    periodIds = periodIds(root);
    JsonNode time = root.get("time");
    JsonNode step = time == null ? null : time.get("stepHours");
    if (periodIds == null && step != null && step.isNumber() && TimeRules.stepHoursProblem(step.doubleValue()) != null) {
      problems.add(TimeRules.stepHoursProblem(step.doubleValue())); // lists per period cannot be counted without it
    }
    JsonNode periods = root.get("periods");
    if (time != null && !time.isNull() && periods != null && !periods.isNull()) {
      problems.add(Problem.error("$.periods", "give either periods (blocks) or time (representative days or a full"
          + " year), not both: with time, the periods are the steps of its days"));
    } else if ((time == null || time.isNull()) && periods == null) {
      problems.add(Problem.error("$.periods", "required field \"periods\" is missing"));
    }
    return entity(root, SchemaTable.entity(SchemaTable.ROOT), "$");
  }

  private ObjectNode entity(JsonNode node, EntitySpec spec, String path) {
    ObjectNode out = NODES.objectNode();
    node.fieldNames().forEachRemaining(k -> {
      if (spec.field(k).isEmpty()) {
        problems.add(Problem.error(Paths.key(path, k), "unknown field \"" + k + "\"" + suggest(k, spec)));
      }
    });
    for (FieldSpec f : spec.fields()) {
      JsonNode v = node.get(f.name());
      String p = Paths.key(path, f.name());
      if (v == null || (v.isNull() && f.required())) {
        if (f.required()) {
          problems.add(Problem.error(p, "required field \"" + f.name() + "\" is " + (v == null ? "missing" : "null")));
        } else {
          out.set(f.name(), f.defaultValue().deepCopy());
        }
      } else if (v.isNull() && f.nullable()) {
        out.set(f.name(), v);
      } else if (f.kind() == Kind.SOURCE) {
        SourceRef s = sources.resolve(v, p, problems);
        if (s != null) {
          provenance.put(path, s, null);
        }
        out.set(f.name(), s == null ? NODES.nullNode() : Json.MAPPER.valueToTree(s));
      } else {
        JsonNode r = value(f, v, p);
        if (r != null) {
          out.set(f.name(), r);
        }
      }
    }
    return out;
  }

  private JsonNode value(FieldSpec f, JsonNode v, String p) {
    switch (f.kind()) {
      case STRING:
        return v.isTextual() ? v : typeError(p, "a string", v);
      case BOOLEAN:
        return v.isBoolean() ? v : typeError(p, "true or false", v);
      case NUMBER:
      case INTEGER:
        return number(f, v, p);
      case ENUM:
        return enumValue(f, v, p);
      case NOTES:
        if (v.isTextual()) {
          return NODES.arrayNode().add(v);
        }
        return stringList(f, v, p, "a string or a list of strings");
      case STRING_LIST:
        return stringList(f, v, p, "a list of strings");
      case NUMBER_MAP:
        return numberMap(f, v, p);
      case OBJECT:
        return v.isObject() ? entity(v, SchemaTable.entity(f.ref()), p) : typeError(p, "an object", v);
      case OBJECT_LIST:
        return objectList(f, v, p);
      default:
        throw new IllegalStateException(f.kind().toString());
    }
  }

  private JsonNode typeError(String p, String expected, JsonNode got) {
    problems.add(Problem.error(p, "expected " + expected + ", got " + Describe.node(got)));
    return null;
  }

  private JsonNode number(FieldSpec f, JsonNode v, String p) {
    String expected = f.kind() == Kind.INTEGER ? "an integer" : "a number";
    JsonNode n = v;
    if (v.isObject()) {
      if (!v.has("value")) {
        problems.add(Problem.error(p, "expected " + expected
            + " or a sourced number {\"value\": ..., \"source\": ...}, got an object without \"value\""));
        return null;
      }
      n = v.get("value");
      unwrapSource(v, p);
    }
    if (!n.isNumber()) {
      return typeError(p, expected, n);
    }
    double x = n.doubleValue();
    if (!Double.isFinite(x)) {
      problems.add(Problem.error(p, "number is too large to be represented (not finite)"));
      return null;
    }
    if (Math.abs(x) > ABSURD) {
      problems.add(Problem.error(p, "absurdly large number " + Num.fmt(x) + " (|x| must not exceed 1e15)"));
      return null;
    }
    if (f.kind() == Kind.INTEGER && (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE)) {
      problems.add(Problem.error(p, "expected an integer, got number " + Num.fmt(x)));
      return null;
    }
    if (!f.inRange(x)) {
      String range = f.min() != null && f.max() != null ? "in " + f.rangeText() : f.rangeText();
      problems.add(Problem.error(p, "must be " + range + ", got " + Num.fmt(x) + unitHint(f, x)));
      return null;
    }
    return f.kind() == Kind.INTEGER ? NODES.numberNode((int) x) : NODES.numberNode(x);
  }

  /** Heating value of coal equivalent: 1 tce/t = 7000 kcal/kg. */
  private static final double KCAL_PER_KG_PER_TCE_PER_T = 7000;

  /**
   * A hint for the unit mix-ups that an out-of-range value gives away: a percentage given for a share
   * (85 for 0.85), kcal/kg given for tce/t (5000 for 0.714).
   */
  static String unitHint(FieldSpec f, double x) {
    if (f.unit().startsWith("share") && x >= 5 && x <= 100 && f.inRange(x / 100)) {
      return " (a share, not a percentage: " + Num.fmt(x) + "% is " + Num.fmt(x / 100) + ")";
    }
    double tce = x / KCAL_PER_KG_PER_TCE_PER_T;
    if (f.unit().equals("tce/t") && f.inRange(tce)) {
      return " (in tce per tonne; " + Num.fmt(x) + " looks like kcal/kg, which is "
          + Num.fmt(Math.round(tce * 1000) / 1000.0) + " tce/t)";
    }
    return "";
  }

  /** Records the source and note of a sourced number; never an error. */
  private void unwrapSource(JsonNode v, String p) {
    v.fieldNames().forEachRemaining(k -> {
      if (!SOURCED_KEYS.contains(k)) {
        problems.add(Problem.warning(Paths.key(p, k),
            "ignored key \"" + k + "\" of a sourced number (known: value, source, note)"));
      }
    });
    JsonNode src = v.get("source");
    SourceRef s = src == null || src.isNull() ? null : sources.resolve(src, Paths.key(p, "source"), problems);
    JsonNode noteNode = v.get("note");
    String note = null;
    if (noteNode != null && noteNode.isTextual()) {
      note = noteNode.asText();
    } else if (noteNode != null && !noteNode.isNull()) {
      problems.add(Problem.warning(Paths.key(p, "note"), "note ignored: expected text, got " + Describe.node(noteNode)));
    }
    if (s != null || note != null) {
      provenance.put(p, s, note);
    }
  }

  private JsonNode enumValue(FieldSpec f, JsonNode v, String p) {
    if (!v.isTextual()) {
      return typeError(p, "one of " + String.join(", ", f.allowed()), v);
    }
    if (f.allowed().contains(v.asText())) {
      return v;
    }
    String upper = v.asText().toUpperCase(Locale.ROOT);
    String hint = f.allowed().contains(upper) ? "; did you mean \"" + upper + "\"?" : "";
    problems.add(Problem.error(p, "\"" + v.asText() + "\" is not allowed (allowed: "
        + String.join(", ", f.allowed()) + ")" + hint));
    return null;
  }

  private JsonNode stringList(FieldSpec f, JsonNode v, String p, String expected) {
    if (!v.isArray()) {
      return typeError(p, expected, v);
    }
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        typeError(Paths.index(p, i), "a string", v.get(i));
        ok = false;
      }
    }
    return ok ? v : null;
  }

  private JsonNode numberMap(FieldSpec f, JsonNode v, String p) {
    if (isSourcedSeries(v)) {
      unwrapSource(v, p);
      return plainNumberMap(f, v.get("value"), Paths.key(p, "value"));
    }
    return plainNumberMap(f, v, p);
  }

  private JsonNode plainNumberMap(FieldSpec f, JsonNode v, String p) {
    boolean perPeriod = "period".equals(f.ref());
    if (perPeriod && v.isArray()) {
      return periodList(f, v, p);
    }
    if (!v.isObject()) {
      return typeError(p, "an object mapping " + f.ref() + " ids to numbers"
          + (perPeriod ? ", or a list with one number per period" : ""), v);
    }
    ObjectNode out = NODES.objectNode();
    v.fieldNames().forEachRemaining(k -> {
      JsonNode x = number(f, v.get(k), Paths.key(p, k));
      if (x != null) {
        out.set(k, x);
      }
    });
    return out;
  }

  /**
   * A per-period (or per-grade) series with one source for the whole series: {@code {"value": {...}, "source":
   * ..., "note": ...}}. Told apart from a plain map by its "value" holding an object (a map entry is a number or
   * a sourced number) and by having no keys but value, source and note.
   */
  static boolean isSourcedSeries(JsonNode v) {
    if (!v.isObject() || !v.has("value") || !v.get("value").isObject() || v.get("value").has("value")) {
      return false;
    }
    var it = v.fieldNames();
    while (it.hasNext()) {
      if (!SOURCED_KEYS.contains(it.next())) {
        return false;
      }
    }
    return true;
  }

  /** A per-period field given as a list: one value per period (step), in order; bound as a map by period id. */
  private JsonNode periodList(FieldSpec f, JsonNode v, String p) {
    if (periodIds == null && problems.stream().anyMatch(x -> x.path().startsWith("$.time"))) {
      return null; // the time structure's own problem says why the steps are unknown
    }
    if (periodIds == null) {
      problems.add(Problem.error(p, "a list of values per period needs valid periods or time to count against;"
          + " fix those first, or give an object keyed by period id"));
      return null;
    }
    if (v.size() != periodIds.size()) {
      problems.add(Problem.error(p, "has " + v.size() + " value" + (v.size() == 1 ? "" : "s") + " but the year has "
          + periodIds.size() + " period" + (periodIds.size() == 1 ? "" : "s") + " (steps); a list gives exactly one"
          + " value per period, in order (" + periodIds.get(0) + ", ..., " + periodIds.get(periodIds.size() - 1)
          + ")"));
      return null;
    }
    ObjectNode out = NODES.objectNode();
    for (int i = 0; i < v.size(); i++) {
      JsonNode x = number(f, v.get(i), Paths.index(p, i));
      if (x != null) {
        out.set(periodIds.get(i), x);
      }
    }
    return out;
  }

  private JsonNode objectList(FieldSpec f, JsonNode v, String p) {
    if (!v.isArray()) {
      return typeError(p, "a list of " + f.ref() + " objects", v);
    }
    if (f.min() != null && v.size() < f.min()) {
      problems.add(Problem.error(p, "must have " + f.rangeText() + ", got " + v.size()));
    }
    ArrayNode out = NODES.arrayNode();
    EntitySpec spec = SchemaTable.entity(f.ref());
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String ip = Paths.index(p, i);
      if (item.isObject()) {
        out.add(entity(item, spec, ip));
      } else {
        typeError(ip, "a " + f.ref() + " object", item);
      }
    }
    return out;
  }

  /** " (did you mean "x"?)" for a near miss, else the list of known fields. */
  private static String suggest(String key, EntitySpec spec) {
    String lower = key.toLowerCase(Locale.ROOT);
    String best = spec.fieldNames().stream()
        .min(Comparator.comparingInt(n -> distance(lower, n.toLowerCase(Locale.ROOT))))
        .orElse(null);
    if (best != null && distance(lower, best.toLowerCase(Locale.ROOT)) <= Math.max(2, key.length() / 4)) {
      return " (did you mean \"" + best + "\"?)";
    }
    return " (known fields: " + String.join(", ", spec.fieldNames()) + ")";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
