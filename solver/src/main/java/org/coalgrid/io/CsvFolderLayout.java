package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;

/**
 * The tables of an instance folder, derived from the {@link SchemaTable} (as PyPSA derives its CSV folder from its
 * component tables): {@code meta.csv} (one row), {@code sources.csv} (meta.sources), one table per entity list
 * ({@code regions.csv}, {@code coal-grades.csv}, {@code plants.csv}, ...; nested objects at any depth flattened
 * into dotted columns such as {@code washing.washedShare} and {@code potlines.build.maxUnits}),
 * {@code policies-terms.csv} (the terms of GENERIC policies, one row each), one wide table per map field
 * ({@code plants-availability.csv}: a row per period, a column per plant; {@code industries-coal-feed-t-per-t.csv}:
 * a row per grade), and {@code sourced-values.csv} (the source and note
 * of every number written as {@code {"value", "source", "note"}}). A top-level section with a table form
 * ({@link CsvFolderSections}: {@code time}, {@code pathway}, {@code uncertainty}) is one row of {@code SECTION.csv}
 * and one table per list in it ({@code time-days.csv}, {@code pathway-changes.csv},
 * {@code uncertainty-first-stage-commitments.csv}, ...), with child rows and their wide tables for a list inside a
 * list ({@code uncertainty-scenarios-hydro.csv}, {@code uncertainty-scenarios-hydro-energy-mwh.csv}).
 */
final class CsvFolderLayout {
  private CsvFolderLayout() {}

  /**
   * A column of an entity table: its header name, which is the field's dotted path inside the entity
   * ({@code capacityMw}, {@code potlines.count}, {@code potlines.build.maxUnits}), the field, and the dotted path of
   * the object holding it ({@code potlines}, {@code potlines.build}; null for a field of the entity itself).
   */
  record Column(String name, FieldSpec field, String object) {
    /** The field's name inside its object: {@code maxUnits} of {@code potlines.build.maxUnits}. */
    String leaf() {
      return object == null ? name : name.substring(object.length() + 1);
    }

    /** The unit shown in the header, or "" (text, booleans, ids). */
    String unit() {
      return field.kind().numeric() ? field.unit() : "";
    }

    String header() {
      return unit().isEmpty() ? name : name + " [" + unit() + "]";
    }
  }

  /**
   * A wide table of a map field: file, owner list, the dotted path of the object holding the map in each item
   * ({@code hydro}; null for a map of the item itself) and the map field; for the
   * maps of child rows ({@code uncertainty-scenarios-hydro-energy-mwh.csv}), {@code child} names the child list in
   * each item of {@code list} and the columns are {@code PARENT#k} (null otherwise: the columns are the items' ids).
   */
  record Series(String file, String list, String object, FieldSpec field, String child) {
    Series(String file, String list, String object, FieldSpec field) {
      this(file, list, object, field, null);
    }

    /** First column's name: the entity the keys are ids of ("period", "grade"). */
    String keyColumn() {
      return field.ref() == null ? "key" : field.ref().equals("coalGrade") ? "grade" : field.ref();
    }
  }

  /**
   * An entity table: file name, JSON list it holds (a root list such as {@code plants}, or a list inside a section such
   * as {@code pathway.plants} or {@code uncertainty.firstStage.commitments}; null for meta, for a section's own row and
   * for a table of child rows), the section whose one row it holds ({@code time}, {@code pathway}, {@code uncertainty};
   * null otherwise), entity spec, its columns, and for a table of child rows ({@code policies-terms.csv},
   * {@code uncertainty-scenarios-hydro.csv}) where its rows go ({@link Child}; null otherwise).
   */
  record Table(String file, String list, String section, EntitySpec spec, List<Column> columns, Child child) {
    Table(String file, String list, EntitySpec spec, List<Column> columns) {
      this(file, list, null, spec, columns, null);
    }

    /** True for a list inside a section (rows without an id are named {@code #k} in sourced-values.csv). */
    boolean inSection() {
      return list != null && list.contains(".");
    }
  }

  /**
   * Rows that belong to the items of a parent list, each naming its parent in column {@code key}: the terms of a
   * policy ({@code policies}, {@code policy}, {@code terms}), the hydro changes of a scenario
   * ({@code uncertainty.scenarios}, {@code scenario}, {@code hydro}). The k-th row of parent P is {@code P#k}.
   */
  record Child(String parent, String key, String field) {}

  static final String META = "meta.csv";
  static final String SOURCES = "sources.csv";
  static final String TERMS = "policies-terms.csv";
  static final String SOURCED = "sourced-values.csv";
  /**
   * The id of a sourced-values.csv row that sources a whole series of a wide table (its column names the entity):
   * {@code {"value": {...}, "source", "note"}} on the map.
   */
  static final String WHOLE_SERIES = "*";

  /** The id of a policy's {@code k}-th term (from 1) in sourced-values.csv: {@code cap-export#1}. */
  static String termId(String policy, int k) {
    return policy + "#" + k;
  }

  /** "coalGrades" → "coal-grades". */
  static String kebab(String camel) {
    return camel.replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** Entity tables in file order: meta, sources, then the lists of the instance, then the policy terms. */
  static List<Table> tables() {
    List<Table> out = new ArrayList<>();
    out.add(new Table(META, null, SchemaTable.entity("meta"), columns(SchemaTable.entity("meta"))));
    out.add(new Table(SOURCES, null, SchemaTable.entity("sourceRef"), columns(SchemaTable.entity("sourceRef"))));
    for (FieldSpec f : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (f.kind() == Kind.OBJECT_LIST) {
        EntitySpec e = SchemaTable.entity(f.ref());
        out.add(new Table(kebab(f.name()) + ".csv", f.name(), e, columns(e)));
      }
    }
    out.addAll(CsvFolderSections.tables());
    EntitySpec term = SchemaTable.entity("term");
    out.add(new Table(TERMS, null, null, term, keyed("policy", "Id of the GENERIC policy the term belongs to.", term),
        new Child("policies", "policy", "terms")));
    return out;
  }

  /** The columns of a table of child rows: the key column naming the parent, then the entity's columns. */
  static List<Column> keyed(String key, String meaning, EntitySpec e) {
    List<Column> out = new ArrayList<>();
    out.add(new Column(key, new FieldSpec(key, Kind.STRING, "", true, null, null, false, null, List.of(), key,
        meaning), null));
    out.addAll(columns(e));
    return out;
  }

  /** The file of a list path: {@code uncertainty.firstStage.commitments} → uncertainty-first-stage-commitments.csv. */
  static String fileOf(String path) {
    return String.join("-", java.util.Arrays.stream(path.split("\\.")).map(CsvFolderLayout::kebab).toList()) + ".csv";
  }

  /** "policies" → "policy", "scenarios" → "scenario". */
  static String singular(String list) {
    return list.replaceFirst("ies$", "y").replaceFirst("s$", "");
  }

  /** The list at a dotted path ({@code plants}, {@code pathway.plants}) of {@code tree}; a missing node if absent. */
  static JsonNode at(JsonNode tree, String path) {
    JsonNode n = tree;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  /**
   * The columns of an entity: its scalar fields, and those of its nested objects at any depth as dotted paths
   * ({@code washing.washedShare}, {@code potlines.build.maxUnits}); each object also has a bare column of its own
   * ({@code potlines.build}) for an object given with none of its fields ({@code {}}) or as {@code null}. Maps are in
   * wide tables ({@link #series}); a list has a column for {@code []} only, its rows in a table of their own.
   */
  static List<Column> columns(EntitySpec e) {
    List<Column> out = new ArrayList<>();
    columns(e, null, out);
    return out;
  }

  private static void columns(EntitySpec e, String object, List<Column> out) {
    for (FieldSpec f : e.fields()) {
      String name = object == null ? f.name() : object + "." + f.name();
      switch (f.kind()) {
        case OBJECT -> {
          columns(SchemaTable.entity(f.ref()), name, out);
          // the bare column holds "{}" for an object given with none of its fields
          out.add(new Column(name, f, object));
        }
        case NUMBER_MAP -> {
          // in its own wide table
        }
        default -> out.add(new Column(name, f, object)); // a list: "[]" here if empty, its rows in a table of their own
      }
    }
  }

  /**
   * True if the rows of list column {@code c} of table {@code t} have a table of their own among {@code all}: a list
   * of a section or of an object in it ({@code uncertainty-scenarios.csv},
   * {@code uncertainty-first-stage-commitments.csv}),
   * a table of child rows ({@code policies-terms.csv}), or {@code meta.sources} ({@code sources.csv}). A list with no
   * table (none in today's schema; CsvFolderNestedTest checks) cannot be written to a folder.
   */
  static boolean homed(Table t, Column c, List<Table> all) {
    if (t.file().equals(META)) {
      return c.name().equals("sources");
    }
    String base = t.child() != null ? t.child().parent() + "." + t.child().field()
        : t.section() != null ? t.section() : t.list();
    String path = base + "." + c.name();
    return all.stream().anyMatch(u -> path.equals(u.list()) || u.child() != null
        && (u.child().parent() + "." + u.child().field()).equals(path));
  }

  /**
   * The object at a dotted path below {@code node} ({@code potlines.build}; {@code node} itself for null), or null
   * when a part is absent, null or not an object.
   */
  static JsonNode object(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path == null ? new String[0] : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return n != null && n.isObject() ? n : null;
  }

  /**
   * The object at dotted path {@code object} of {@code item} ({@code item} itself for null), made where absent; null
   * when the row gives that object, or one holding it, as null (then {@link #blocked} names it). The reader builds a
   * row's nested objects from its dotted columns with it.
   */
  static ObjectNode made(ObjectNode item, String object) {
    ObjectNode n = item;
    for (String part : object == null ? new String[0] : object.split("\\.")) {
      JsonNode next = n.get(part);
      if (next == null) {
        next = n.putObject(part);
      } else if (!next.isObject()) {
        return null;
      }
      n = (ObjectNode) next;
    }
    return n;
  }

  /** The first object on dotted path {@code object} of {@code item} that is given as null ("hydro"), or null. */
  static String blocked(JsonNode item, String object) {
    JsonNode n = item;
    String at = "";
    for (String part : object == null ? new String[0] : object.split("\\.")) {
      at = at.isEmpty() ? part : at + "." + part;
      n = n.get(part);
      if (n == null) {
        return null;
      }
      if (!n.isObject()) {
        return at;
      }
    }
    return null;
  }

  /**
   * Every wide table of a map field, in schema order: the maps of a root list's items and of their nested objects at
   * any depth ({@code plants-hydro-energy-mwh.csv}: {@code plants[].hydro.energyMwhByPeriod}), then the sections'.
   */
  static List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (FieldSpec l : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (l.kind() == Kind.OBJECT_LIST) {
        series(l.name(), SchemaTable.entity(l.ref()), null, kebab(l.name()), out);
      }
    }
    out.addAll(CsvFolderSections.series());
    return out;
  }

  private static void series(String list, EntitySpec e, String object, String file, List<Series> out) {
    for (FieldSpec f : e.fields()) {
      if (f.kind() == Kind.NUMBER_MAP) {
        out.add(new Series(file + "-" + mapName(f) + ".csv", list, object, f));
      } else if (f.kind() == Kind.OBJECT) {
        series(list, SchemaTable.entity(f.ref()), object == null ? f.name() : object + "." + f.name(),
            file + "-" + kebab(f.name()), out);
      }
    }
  }

  static String mapName(FieldSpec f) {
    return kebab(f.name().replaceFirst("ByPeriod$", ""));
  }
}
