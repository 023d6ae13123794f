package org.coalgrid.io;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;

/**
 * The tables of an instance folder, derived from the {@link SchemaTable} (as PyPSA derives its CSV folder from its
 * component tables): {@code meta.csv} (one row), {@code sources.csv} (meta.sources), one table per entity list
 * ({@code regions.csv}, {@code coal-grades.csv}, {@code plants.csv}, ...; nested objects flattened into dotted
 * columns such as {@code washing.washedShare}), {@code policies-terms.csv} (the terms of GENERIC policies, one
 * row each), one wide table per map field ({@code plants-availability.csv}: a row per period, a column per plant;
 * {@code industries-coal-feed-t-per-t.csv}: a row per grade), and {@code sourced-values.csv} (the source and note
 * of every number written as {@code {"value", "source", "note"}}). A top-level section with a table form
 * ({@link #tabled}: {@code time}, {@code pathway}) is one row of {@code time.csv} / {@code pathway.csv} and one table per
 * list in it ({@code time-days.csv}, {@code pathway-changes.csv}, {@code pathway-plants.csv}, ...).
 */
final class CsvFolderLayout {
  private CsvFolderLayout() {}

  /** A column of an entity table: its header name and the field path inside the entity (1 or 2 parts). */
  record Column(String name, FieldSpec field, String object) {
    /** The unit shown in the header, or "" (text, booleans, ids). */
    String unit() {
      return field.kind().numeric() ? field.unit() : "";
    }

    String header() {
      return unit().isEmpty() ? name : name + " [" + unit() + "]";
    }
  }

  /** A wide table of a map field: file, owner list, the object holding the map (or null) and the map field. */
  record Series(String file, String list, String object, FieldSpec field) {
    /** First column's name: the entity the keys are ids of ("period", "grade"). */
    String keyColumn() {
      return field.ref() == null ? "key" : field.ref().equals("coalGrade") ? "grade" : field.ref();
    }
  }

  /**
   * An entity table: file name, JSON list it holds (a root list such as {@code plants}, or a list inside a section such
   * as {@code pathway.plants}; null for meta and for a section's own row), the section whose one row it holds
   * ({@code time}, {@code pathway}; null otherwise), entity spec, its columns.
   */
  record Table(String file, String list, String section, EntitySpec spec, List<Column> columns) {
    Table(String file, String list, EntitySpec spec, List<Column> columns) {
      this(file, list, null, spec, columns);
    }

    /** True for a list inside a section (rows without an id are named {@code #k} in sourced-values.csv). */
    boolean inSection() {
      return list != null && list.contains(".");
    }
  }

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
    for (FieldSpec f : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (f.kind() == Kind.OBJECT && !f.name().equals("meta") && tabled(SchemaTable.entity(f.ref()))) {
        EntitySpec e = SchemaTable.entity(f.ref());
        out.add(new Table(kebab(f.name()) + ".csv", null, f.name(), e, columns(e)));
        for (FieldSpec g : e.fields()) {
          if (g.kind() == Kind.OBJECT_LIST) {
            EntitySpec row = SchemaTable.entity(g.ref());
            out.add(new Table(kebab(f.name()) + "-" + kebab(g.name()) + ".csv", f.name() + "." + g.name(), row,
                columns(row)));
          }
        }
      }
    }
    EntitySpec term = SchemaTable.entity("term");
    List<Column> tc = new ArrayList<>();
    tc.add(new Column("policy", new FieldSpec("policy", Kind.STRING, "", true, null, null, false, null, List.of(),
        "policy", "Id of the GENERIC policy the term belongs to."), null));
    tc.addAll(columns(term));
    out.add(new Table(TERMS, null, term, tc));
    return out;
  }

  /**
   * True if a top-level section ({@code time}, {@code uncertainty}, {@code pathway}) has a table form: its own fields
   * are scalars, id lists and lists of flat entities (no nested object, no per-period map, no list inside a list).
   * Such a section is one row of {@code SECTION.csv} and one table {@code SECTION-LIST.csv} per list.
   */
  static boolean tabled(EntitySpec section) {
    for (FieldSpec f : section.fields()) {
      if (f.kind() == Kind.OBJECT || f.kind() == Kind.NUMBER_MAP) {
        return false;
      }
      if (f.kind() == Kind.OBJECT_LIST) {
        for (FieldSpec g : SchemaTable.entity(f.ref()).fields()) {
          if (g.kind() == Kind.OBJECT || g.kind() == Kind.OBJECT_LIST || g.kind() == Kind.NUMBER_MAP) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Top-level sections without a table form (see {@link #tabled}), by field name. */
  static List<String> untabledSections() {
    List<String> out = new ArrayList<>();
    for (FieldSpec f : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (f.kind() == Kind.OBJECT && !f.name().equals("meta") && !tabled(SchemaTable.entity(f.ref()))) {
        out.add(f.name());
      }
    }
    return out;
  }

  /** The list at a dotted path ({@code plants}, {@code pathway.plants}) of {@code tree}; a missing node if absent. */
  static com.fasterxml.jackson.databind.JsonNode at(com.fasterxml.jackson.databind.JsonNode tree, String path) {
    com.fasterxml.jackson.databind.JsonNode n = tree;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  /** The columns of an entity: scalar fields, and those of its nested objects as "object.field". */
  static List<Column> columns(EntitySpec e) {
    List<Column> out = new ArrayList<>();
    for (FieldSpec f : e.fields()) {
      switch (f.kind()) {
        case OBJECT -> {
          for (FieldSpec g : SchemaTable.entity(f.ref()).fields()) {
            if (g.kind() != Kind.NUMBER_MAP && g.kind() != Kind.OBJECT && g.kind() != Kind.OBJECT_LIST) {
              out.add(new Column(f.name() + "." + g.name(), g, f.name()));
            }
          }
          // the bare column holds "{}" for an object given with none of its fields
          out.add(new Column(f.name(), f, null));
        }
        case NUMBER_MAP -> {
          // in its own wide table
        }
        case OBJECT_LIST -> out.add(new Column(f.name(), f, null)); // rows in their own table; "[]" here if empty
        default -> out.add(new Column(f.name(), f, null));
      }
    }
    return out;
  }

  /** Every wide table of a map field, in schema order. */
  static List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (FieldSpec l : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (l.kind() != Kind.OBJECT_LIST) {
        continue;
      }
      for (FieldSpec f : SchemaTable.entity(l.ref()).fields()) {
        if (f.kind() == Kind.NUMBER_MAP) {
          out.add(new Series(kebab(l.name()) + "-" + mapName(f) + ".csv", l.name(), null, f));
        } else if (f.kind() == Kind.OBJECT) {
          for (FieldSpec g : SchemaTable.entity(f.ref()).fields()) {
            if (g.kind() == Kind.NUMBER_MAP) {
              out.add(new Series(kebab(l.name()) + "-" + kebab(f.name()) + "-" + mapName(g) + ".csv", l.name(),
                  f.name(), g));
            }
          }
        }
      }
    }
    return out;
  }

  private static String mapName(FieldSpec f) {
    return kebab(f.name().replaceFirst("ByPeriod$", ""));
  }
}
