package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * test checks it); sources and notes are kept as far as the records hold them.
 */
public final class InstanceWriter {
  /** Fields added after files were first written, left out while empty: those files keep their bytes. */
  private static final java.util.Set<String> WRITTEN_WHEN_SET = java.util.Set.of("priceCnyPerMwhByPeriod");

  private InstanceWriter() {}

  public static ObjectNode toTree(Instance in) {
    ObjectNode out = entity(Json.MAPPER.valueToTree(in), SchemaTable.entity(SchemaTable.ROOT));
    // blocks are the periods; the days forms write their time structure, whose steps are the periods
    out.remove(in.time().hasDays() ? "periods" : "time");
    return out;
  }

  /** Pretty JSON text of {@link #toTree}. */
  public static String toJson(Instance in) {
    return Json.pretty(toTree(in));
  }

  private static ObjectNode entity(JsonNode node, EntitySpec spec) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (FieldSpec f : spec.fields()) {
      JsonNode v = node.get(f.name());
      if (v == null || v.isNull() || WRITTEN_WHEN_SET.contains(f.name()) && v.isEmpty()) {
        continue;
      }
      if (f.kind() == Kind.OBJECT && v.isObject()) {
        out.set(f.name(), entity(v, SchemaTable.entity(f.ref())));
      } else if (f.kind() == Kind.OBJECT_LIST && v.isArray()) {
        ArrayNode list = out.putArray(f.name());
        EntitySpec item = SchemaTable.entity(f.ref());
        v.forEach(x -> list.add(entity(x, item)));
      } else {
        out.set(f.name(), v);
      }
    }
    return out;
  }
}
