package org.coalgrid.generate.builder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.SchemaTable;

/**
 * Common part of the builders of the instance records: each builder has one setter per field of its record
 * (named as the record component and the JSON key), plus {@link #source} and {@link #notes} for where the
 * entity's figures come from. Numbers may be plain or {@link Figure}s with their source; setting a field to
 * null writes an explicit null.
 *
 * <p>Two ways to write the entity ({@link Style}): SPARSE writes the fields that were set, in the order they
 * were set (the reader fills in the defaults); EXPLICIT writes every field of the record in record order,
 * the unset ones with their default from the {@link SchemaTable}, then {@code source} and {@code notes} as
 * set. Not thread-safe; build an instance on one thread.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class EntityBuilder<B extends EntityBuilder<B>> {

  /** How an entity is written (see the class comment). */
  public enum Style { SPARSE, EXPLICIT }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> EXTRAS = List.of("source", "notes");

  private final String entity;
  private final Map<String, Object> fields = new LinkedHashMap<>();

  /** {@code entity}: the name of the record's entity in the {@link SchemaTable}. */
  protected EntityBuilder(String entity) {
    this.entity = entity;
  }

  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /** Sets {@code field} (a value of a type {@link #node} writes); a field set again keeps its place. */
  protected final B put(String field, Object value) {
    fields.put(field, value);
    return self();
  }

  /** Sets one entry of the map field {@code field} (created empty, in insertion order, on first use). */
  @SuppressWarnings("unchecked")
  protected final B putEntry(String field, String key, Number value) {
    Object m = fields.get(field);
    Map<String, Number> map = m instanceof Map<?, ?> ? (Map<String, Number>) m : new LinkedHashMap<>();
    map.put(key, java.util.Objects.requireNonNull(value, key));
    fields.put(field, map);
    return self();
  }

  /** The value of {@code field} as set, or null. */
  protected final Object get(String field) {
    return fields.get(field);
  }

  /**
   * The value of {@code field} as set (a number, {@link Figure}, {@link Series}, map, list or text), or null: for
   * case classes that derive one instance from another.
   */
  public final Object value(String field) {
    return fields.get(field);
  }

  /** The id of the entity as set, or null (entities without an id). */
  public final String id() {
    return (String) fields.get("id");
  }

  /** Where the entity's figures come from: the id of an entry of {@code meta.sources} (or free text). */
  public final B source(String sourceId) {
    return put("source", sourceId);
  }

  /** A remark on the entity (written as one string). */
  public final B notes(String text) {
    return put("notes", text);
  }

  /** Remarks on the entity (written as a list of strings). */
  public final B notes(List<String> texts) {
    return put("notes", List.copyOf(texts));
  }

  /** The fields EXPLICIT writes, in order; by default the record's fields as the schema table lists them. */
  protected List<String> explicitOrder() {
    List<String> names = new ArrayList<>(SchemaTable.entity(entity).fieldNames());
    names.removeAll(EXTRAS);
    names.removeAll(writtenOnlyWhenSet());
    return names;
  }

  /**
   * Fields EXPLICIT writes only when set (after the others), not with their default: fields added after files were
   * first written, so that those files keep their bytes. None by default.
   */
  protected List<String> writtenOnlyWhenSet() {
    return List.of();
  }

  /** The entity as a JSON object in the file format. */
  public ObjectNode toTree(Style style) {
    ObjectNode out = NODES.objectNode();
    if (style == Style.SPARSE) {
      fields.forEach((k, v) -> out.set(k, node(v, style)));
      return out;
    }
    for (String f : explicitOrder()) {
      if (fields.containsKey(f)) {
        out.set(f, node(fields.get(f), style));
      } else {
        FieldSpec spec = SchemaTable.entity(entity).field(f).orElseThrow();
        if (!spec.required()) {
          out.set(f, spec.defaultValue().deepCopy());
        }
      }
    }
    fields.forEach((k, v) -> {
      if (!out.has(k)) {
        out.set(k, node(v, style));
      }
    });
    return out;
  }

  /** A value as JSON: numbers keep integral or not, figures and series carry their source and note. */
  static JsonNode node(Object v, Style style) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Figure f) {
      if (f.source() == null && f.note() == null) {
        return node(f.value(), style);
      }
      ObjectNode o = NODES.objectNode();
      o.set("value", node(f.value(), style));
      if (f.source() != null) {
        o.put("source", f.source());
      }
      if (f.note() != null) {
        o.put("note", f.note());
      }
      return o;
    }
    if (v instanceof Series series) {
      JsonNode values = node(series.values(), style);
      if (series.source() == null && series.note() == null) {
        return values;
      }
      ObjectNode o = NODES.objectNode();
      o.set("value", values);
      if (series.source() != null) {
        o.put("source", series.source());
      }
      if (series.note() != null) {
        o.put("note", series.note());
      }
      return o;
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (v instanceof EntityBuilder<?> e) {
      return e.toTree(style);
    }
    if (v instanceof SourceRef s) {
      return sourceRef(s);
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      m.forEach((k, x) -> o.set((String) k, node(x, style)));
      return o;
    }
    if (v instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode();
      list.forEach(x -> a.add(node(x, style)));
      return a;
    }
    throw new IllegalArgumentException("cannot write a " + v.getClass().getSimpleName() + " in an instance");
  }

  /** A source object: its id, then file, quote, title and url when given, then external. */
  static ObjectNode sourceRef(SourceRef s) {
    ObjectNode o = NODES.objectNode();
    if (s.id() != null) {
      o.put("id", s.id());
    }
    putText(o, "file", s.file());
    putText(o, "quote", s.quote());
    putText(o, "title", s.title());
    putText(o, "url", s.url());
    o.put("external", s.external());
    return o;
  }

  private static void putText(ObjectNode o, String key, String text) {
    if (text != null && !text.isEmpty()) {
      o.put(key, text);
    }
  }

  /** A per-period series as a list of numbers (a profile: one value per period, in period order). */
  static List<Number> series(double[] values) {
    List<Number> out = new ArrayList<>(values.length);
    for (double x : values) {
      out.add(x);
    }
    return out;
  }

  /** An ordered copy of a map of numbers (nulls refused), for the per-period and per-grade fields. */
  static Map<String, Number> numbers(Map<String, ? extends Number> m) {
    Map<String, Number> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, java.util.Objects.requireNonNull(v, k)));
    return out;
  }
}
