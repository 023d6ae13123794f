package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Json;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;

/**
 * Writes an {@link Instance} in the file format: the fields of the {@link SchemaTable} only (record
 * components carry the same names; helper methods of the records are left out), nulls omitted.
 * {@code InstanceReader.read(InstanceWriter.toTree(in), ...)} gives back an equal instance (a property
 * test checks it); sources and notes are kept as far as the records hold them. Maps are written in a defined order
 * whatever order the records hold them in: per-period maps in period order (keys that are not periods after, by key),
 * others (coal feed by grade) by key; the same instance gives the same bytes on every run.
 */
public final class InstanceWriter {
  /** Fields added after files were first written, left out while empty: those files keep their bytes. */
  private static final java.util.Set<String> WRITTEN_WHEN_SET = java.util.Set.of("priceCnyPerMwhByPeriod");

  private InstanceWriter() {}

  public static ObjectNode toTree(Instance in) {
    Map<String, Integer> periods = new HashMap<>();
    in.periods().forEach(t -> periods.putIfAbsent(t.id(), periods.size()));
    Comparator<String> byPeriod = Comparator.<String>comparingInt(k -> periods.getOrDefault(k, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder());
    ObjectNode out = entity(Json.MAPPER.valueToTree(in), SchemaTable.entity(SchemaTable.ROOT), byPeriod);
    // blocks are the periods; the days forms write their time structure, whose steps are the periods
    out.remove(in.time().hasDays() ? "periods" : "time");
    return out;
  }

  /**
   * The SHA-256 (lower-case hex) of what is modelled of {@code in}: the UTF-8 bytes of {@link #toJson} without
   * {@code meta} (its name, sources and notes model nothing; a file renamed or annotated keeps its digest). Two
   * instances with the same digest give the same model; a result records it so that its verifier knows it checks
   * the instance the result was computed on.
   */
  public static String sha256(Instance in) {
    ObjectNode tree = toTree(in);
    tree.remove("meta");
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(Json.pretty(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** Pretty JSON text of {@link #toTree}. */
  public static String toJson(Instance in) {
    return Json.pretty(toTree(in));
  }

  /** {@code node} with the fields of {@code spec}; maps keyed by period id in {@code byPeriod} order, others by key. */
  private static ObjectNode entity(JsonNode node, EntitySpec spec, Comparator<String> byPeriod) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (FieldSpec f : spec.fields()) {
      JsonNode v = node.get(f.name());
      if (v == null || v.isNull() || WRITTEN_WHEN_SET.contains(f.name()) && v.isEmpty()) {
        continue;
      }
      if (f.kind() == Kind.OBJECT && v.isObject()) {
        out.set(f.name(), entity(v, SchemaTable.entity(f.ref()), byPeriod));
      } else if (f.kind() == Kind.OBJECT_LIST && v.isArray()) {
        ArrayNode list = out.putArray(f.name());
        EntitySpec item = SchemaTable.entity(f.ref());
        v.forEach(x -> list.add(entity(x, item, byPeriod)));
      } else if (f.kind() == Kind.NUMBER_MAP && v.isObject()) {
        out.set(f.name(), sorted((ObjectNode) v, "period".equals(f.ref()) ? byPeriod : Comparator.naturalOrder()));
      } else {
        out.set(f.name(), v);
      }
    }
    return out;
  }

  private static ObjectNode sorted(ObjectNode map, Comparator<String> order) {
    List<String> keys = new ArrayList<>();
    map.fieldNames().forEachRemaining(keys::add);
    keys.sort(order);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    keys.forEach(k -> out.set(k, map.get(k)));
    return out;
  }
}
