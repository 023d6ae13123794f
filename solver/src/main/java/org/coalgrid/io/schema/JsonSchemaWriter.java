package org.coalgrid.io.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the JSON Schema (draft 2020-12) of the instance format from {@link SchemaTable}. Numeric fields
 * accept a number or a sourced number; each property's description carries unit, default and meaning.
 * {@code main [file]} writes it (default {@value #FILE}, relative to the repository root).
 */
public final class JsonSchemaWriter {

  /** Where the schema is committed, relative to the repository root. */
  public static final String FILE = "instances/schema/coalgrid-instance.schema.json";

  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  private JsonSchemaWriter() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : FILE);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The schema as pretty JSON text. */
  public static String render() {
    return Json.pretty(schema());
  }

  /** The schema as a tree. */
  public static ObjectNode schema() {
    ObjectNode root = N.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://coalgrid.org/schema/coalgrid-instance.schema.json");
    root.put("title", "coalgrid instance");
    root.put("description", "Generated from org.coalgrid.io.schema.SchemaTable; do not edit. "
        + SchemaTable.entity(SchemaTable.ROOT).meaning() + " See docs/instance-format.md.");
    object(root, SchemaTable.entity(SchemaTable.ROOT));
    ObjectNode defs = root.putObject("$defs");
    for (EntitySpec e : SchemaTable.entities()) {
      if (!e.name().equals(SchemaTable.ROOT)) {
        ObjectNode d = defs.putObject(e.name());
        d.put("description", e.meaning());
        object(d, e);
      }
    }
    ObjectNode sn = defs.putObject("sourcedNumber");
    sn.put("description", "A number with its source: {\"value\": number, \"source\": id, text or source object, "
        + "\"note\": text}.");
    sn.put("type", "object");
    ObjectNode snp = sn.putObject("properties");
    snp.putObject("value").put("type", "number");
    snp.putObject("source").put("$ref", "#/$defs/source");
    snp.putObject("note").put("type", "string");
    sn.putArray("required").add("value");
    sn.put("additionalProperties", false);
    ObjectNode src = defs.putObject("source");
    src.put("description", "The id of an entry of meta.sources, free text, or a source object.");
    src.putArray("anyOf").add(type("string")).add(ref("sourceRef"));
    ObjectNode notes = defs.putObject("notes");
    notes.put("description", "A string or a list of strings.");
    notes.putArray("anyOf").add(type("string")).add(type("array").set("items", type("string")));
    return root;
  }

  private static void object(ObjectNode target, EntitySpec e) {
    target.put("type", "object");
    ObjectNode props = target.putObject("properties");
    ArrayNode required = N.arrayNode();
    for (FieldSpec f : e.fields()) {
      ObjectNode p = field(f);
      p.put("description", describe(f));
      if (!f.required() && !f.defaultValue().isNull()) {
        p.set("default", f.defaultValue());
      }
      props.set(f.name(), p);
      if (f.required()) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      target.set("required", required);
    }
    target.put("additionalProperties", false);
  }

  private static ObjectNode field(FieldSpec f) {
    ObjectNode s = switch (f.kind()) {
      case STRING -> type("string");
      case BOOLEAN -> type("boolean");
      case NUMBER, INTEGER -> number(f);
      case ENUM -> {
        ObjectNode o = N.objectNode();
        f.allowed().forEach(o.putArray("enum")::add);
        yield o;
      }
      case STRING_LIST -> (ObjectNode) type("array").set("items", type("string"));
      case NUMBER_MAP -> numberMap(f);
      case OBJECT -> ref(f.ref());
      case OBJECT_LIST -> {
        ObjectNode o = (ObjectNode) type("array").set("items", ref(f.ref()));
        if (f.min() != null) {
          o.put("minItems", f.min().intValue());
        }
        yield o;
      }
      case SOURCE -> ref("source");
      case NOTES -> ref("notes");
    };
    if (f.nullable()) {
      ObjectNode o = N.objectNode();
      o.putArray("anyOf").add(s).add(type("null"));
      return o;
    }
    return s;
  }

  /** A map of numbers, or the same map with one source for the whole series {"value": map, "source", "note"}. */
  private static ObjectNode numberMap(FieldSpec f) {
    ObjectNode plain = (ObjectNode) type("object").set("additionalProperties", number(f));
    ObjectNode series = type("object");
    ObjectNode props = series.putObject("properties");
    props.set("value", plain.deepCopy());
    props.putObject("source").put("$ref", "#/$defs/source");
    props.putObject("note").put("type", "string");
    series.putArray("required").add("value");
    series.put("additionalProperties", false);
    ObjectNode o = N.objectNode();
    var any = o.putArray("anyOf").add(plain).add(series);
    if ("period".equals(f.ref())) {
      any.add(type("array").set("items", number(f))); // one value per period (step), in order
    }
    return o;
  }

  /** A plain number or a sourced number, both with the field's range. */
  private static ObjectNode number(FieldSpec f) {
    ObjectNode plain = type(f.kind() == Kind.INTEGER ? "integer" : "number");
    range(plain, f);
    ObjectNode sourced = ref("sourcedNumber");
    ObjectNode value = type(f.kind() == Kind.INTEGER ? "integer" : "number");
    range(value, f);
    sourced.putObject("properties").set("value", value);
    ObjectNode o = N.objectNode();
    o.putArray("anyOf").add(plain).add(sourced);
    return o;
  }

  private static void range(ObjectNode s, FieldSpec f) {
    if (f.min() != null) {
      s.set(f.exclusiveMin() ? "exclusiveMinimum" : "minimum", numberNode(f.min()));
    }
    if (f.max() != null) {
      s.set("maximum", numberNode(f.max()));
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode numberNode(double x) {
    return x == Math.rint(x) ? N.numberNode((long) x) : N.numberNode(x);
  }

  /** "meaning Unit: u. Default: d. Range: r." */
  static String describe(FieldSpec f) {
    StringBuilder b = new StringBuilder(f.meaning());
    if (!f.unit().isEmpty()) {
      b.append(" Unit: ").append(f.unit()).append('.');
    }
    b.append(" Default: ").append(f.defaultText()).append('.');
    if (!f.rangeText().isEmpty()) {
      b.append(" Range: ").append(f.rangeText()).append('.');
    }
    return b.toString();
  }

  private static ObjectNode type(String t) {
    return N.objectNode().put("type", t);
  }

  private static ObjectNode ref(String def) {
    return N.objectNode().put("$ref", "#/$defs/" + def);
  }
}
