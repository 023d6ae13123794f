package org.coalgrid.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.io.schema.Json;

/**
 * The batch spec format as data, and its JSON Schema (draft 2020-12) generated from it. {@link BatchSpecReader}
 * takes the known field names from here, so the schema, the reader and docs/batch.md cannot drift apart (a test
 * compares the committed schema with {@link #render()}). {@code main [file]} writes it (default {@value #FILE}).
 */
public final class BatchSchema {
  /** Where the schema is committed, relative to the repository root. */
  public static final String FILE = "instances/schema/coalgrid-batch.schema.json";

  /** A field: its name, JSON Schema (as a tree) and meaning. */
  record Field(String name, ObjectNode schema, String meaning) {}

  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  private BatchSchema() {}

  /** The fields of each object of the format: {@code spec}, {@code settings}, {@code axis}, ... */
  static Map<String, List<Field>> objects() {
    Map<String, List<Field>> m = new LinkedHashMap<>();
    m.put("spec", List.of(
        new Field("name", type("string"), "The batch's name, shown in the summary (default: the spec file's name)."),
        new Field("instances", N.objectNode().set("anyOf", N.arrayNode().add(type("string"))
            .add(type("array").put("minItems", 1).set("items", type("string")))),
            "Instance files, instance folders of CSV tables, or folders of *.json instances (taken in name order); "
                + "relative to the spec file's folder. Required."),
        new Field("settings", ref("settings"), "Solver settings of every case (part of every case id)."),
        new Field("set", setList(), "Overrides PATH=VALUE (as --set) applied to every case before its own."),
        new Field("grid", type("array").set("items", ref("axis")),
            "Named axes; the cases are the cartesian product of their levels (first axis slowest)."),
        new Field("scenarios", type("array").set("items", ref("scenario")),
            "Explicit cases, each a named list of overrides (column 'scenario')."),
        new Field("montecarlo", type("object"),
            "Reserved for Monte Carlo draws (issue 12); refused until a CaseSource for it exists."),
        new Field("output", ref("output"), "What is written besides the result table.")));
    m.put("settings", List.of(
        new Field("solver", type("string").put("default", "auto"),
            "Backend: auto (CLP for an LP, SCIP for a MILP), glop, clp, pdlp, highs, scip, cbc, cp-sat."),
        new Field("objective", type("string").put("default", "cost"), "cost or welfare."),
        new Field("timeLimitSeconds", type("number").put("minimum", 0).put("default", 600),
            "Wall-clock limit of each solve, s (0 = none)."),
        new Field("threads", type("integer").put("minimum", 1).put("default", 1),
            "Threads of each solve, for the backends that use them."),
        new Field("gap", type("number").put("minimum", 0).put("default", 1e-4), "Relative MIP gap."),
        new Field("priceSolver", type("string").put("default", "glop"), "LP backend of MILP prices: glop, clp, pdlp."),
        new Field("repair", type("boolean").put("default", false),
            "Run the elastic repair on an infeasible case (its solution.json then carries it).")));
    m.put("axis", List.of(
        new Field("name", type("string"), "Column name of the axis. Required, unique."),
        new Field("path", type("string"), "The --set path the axis varies (with 'values')."),
        new Field("values", type("array").put("minItems", 1),
            "The values the path takes, as JSON (numbers, strings...); each is a level."),
        new Field("levels", type("array").put("minItems", 1).set("items", ref("scenario")),
            "Named levels, each a list of overrides (instead of path and values), e.g. dry/normal/wet years.")));
    m.put("scenario", List.of(
        new Field("name", type("string"), "Name of the level or scenario. Required, unique."),
        new Field("set", setList(), "Overrides PATH=VALUE, applied in order.")));
    m.put("output", List.of(
        new Field("solutions", type("boolean").put("default", false),
            "Write each case's solution.json and CSV tables under DIR/solutions/ID/ (column 'solution').")));
    return m;
  }

  /** The field names of one object of the format. */
  static List<String> names(String object) {
    return objects().get(object).stream().map(Field::name).toList();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : FILE);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The schema as pretty JSON text. */
  public static String render() {
    ObjectNode root = N.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://coalgrid.org/schema/coalgrid-batch.schema.json");
    root.put("title", "coalgrid batch spec");
    root.put("description", "Generated from org.coalgrid.batch.BatchSchema; do not edit. A batch of cases for "
        + "'coalgrid batch SPEC --out DIR' (JSON or YAML). See docs/batch.md.");
    ObjectNode defs = N.objectNode();
    for (Map.Entry<String, List<Field>> e : objects().entrySet()) {
      ObjectNode target = e.getKey().equals("spec") ? root : defs.putObject(e.getKey());
      target.put("type", "object");
      ObjectNode props = target.putObject("properties");
      for (Field f : e.getValue()) {
        ObjectNode p = f.schema().deepCopy();
        p.put("description", f.meaning());
        props.set(f.name(), p);
      }
      switch (e.getKey()) {
        case "spec" -> target.putArray("required").add("instances");
        case "scenario" -> target.putArray("required").add("name");
        case "axis" -> {
          target.putArray("required").add("name");
          target.putArray("oneOf").add(N.objectNode().set("required", N.arrayNode().add("path").add("values")))
              .add(N.objectNode().set("required", N.arrayNode().add("levels")));
        }
        default -> { }
      }
      target.put("additionalProperties", false);
    }
    root.set("$defs", defs);
    return Json.pretty(root);
  }

  private static ObjectNode type(String t) {
    return N.objectNode().put("type", t);
  }

  private static ObjectNode ref(String name) {
    return N.objectNode().put("$ref", "#/$defs/" + name);
  }

  private static ObjectNode setList() {
    return type("array").set("items", type("string").put("pattern", "^[^=]+=.*$"));
  }
}
