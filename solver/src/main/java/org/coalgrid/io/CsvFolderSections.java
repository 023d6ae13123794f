package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;

/**
 * The tables of the top-level sections ({@code time}, {@code pathway}, {@code uncertainty}) in an instance folder,
 * derived from the {@link SchemaTable} like the rest of {@link CsvFolderLayout}:
 * <ul>
 *   <li>{@code SECTION.csv}: the section's one row: its scalars, and a nested object's scalars as dotted columns
 *       ({@code cvar.alpha}, {@code firstStage.builds});</li>
 *   <li>{@code SECTION-LIST.csv} for each list of the section ({@code uncertainty-scenarios.csv}) and for each list
 *       in a nested object ({@code uncertainty-first-stage-commitments.csv}, {@code uncertainty-monte-carlo-basins.csv},
 *       {@code uncertainty-monte-carlo-correlations.csv});</li>
 *   <li>for a list inside an item of such a list (the hydro changes of a scenario), a table of child rows naming
 *       their parent in a key column ({@code uncertainty-scenarios-hydro.csv}: {@code scenario}, {@code plant},
 *       {@code basin}, {@code multiplier}), as {@code policies-terms.csv} holds the terms of policies; the k-th row of
 *       scenario S is {@code S#k};</li>
 *   <li>and each per-period map of those child rows as a wide table in the shape of {@code plants-hydro-energy-mwh.csv}:
 *       a row per period, a column per child row ({@code uncertainty-scenarios-hydro-energy-mwh.csv}: {@code period},
 *       {@code dry#1 [MWh]}, ...).</li>
 * </ul>
 * Objects inside those rows, at any depth, are dotted columns ({@code cvar.alpha}) when they hold no list or map. A
 * section of any other shape (a map on the section's row, a list three deep) has no table form
 * ({@link #untabledSections}): {@code convert} refuses it rather than write a folder without it.
 */
final class CsvFolderSections {
  private CsvFolderSections() {}

  /** A row entity with its JSON path ({@code $.uncertainty.scenarios[2].hydro[0]}). */
  record Entity(JsonNode node, String path) {}

  /** The tables of every tabled section, in reading order: the section's row, its lists, their child rows. */
  static List<CsvFolderLayout.Table> tables() {
    List<CsvFolderLayout.Table> out = new ArrayList<>();
    for (FieldSpec f : sections()) {
      EntitySpec e = SchemaTable.entity(f.ref());
      out.add(new CsvFolderLayout.Table(CsvFolderLayout.kebab(f.name()) + ".csv", null, f.name(), e,
          CsvFolderLayout.columns(e), null));
      for (FieldSpec g : e.fields()) {
        String path = f.name() + "." + g.name();
        if (g.kind() == Kind.OBJECT_LIST) {
          EntitySpec row = SchemaTable.entity(g.ref());
          out.add(list(path, row));
          for (FieldSpec h : row.fields()) {
            if (h.kind() == Kind.OBJECT_LIST) {
              String key = CsvFolderLayout.singular(g.name());
              EntitySpec child = SchemaTable.entity(h.ref());
              out.add(new CsvFolderLayout.Table(CsvFolderLayout.fileOf(path + "." + h.name()), null, null, child,
                  CsvFolderLayout.keyed(key, "Id of the " + key + " (" + CsvFolderLayout.fileOf(path) + ") the row "
                      + "belongs to.", child), new CsvFolderLayout.Child(path, key, h.name())));
            }
          }
        } else if (g.kind() == Kind.OBJECT) {
          for (FieldSpec h : SchemaTable.entity(g.ref()).fields()) {
            if (h.kind() == Kind.OBJECT_LIST) {
              out.add(list(path + "." + h.name(), SchemaTable.entity(h.ref())));
            }
          }
        }
      }
    }
    return out;
  }

  private static CsvFolderLayout.Table list(String path, EntitySpec row) {
    return new CsvFolderLayout.Table(CsvFolderLayout.fileOf(path), path, row, CsvFolderLayout.columns(row));
  }

  /** The wide tables of the per-period maps of child rows ({@code uncertainty-scenarios-hydro-multiplier.csv}, ...). */
  static List<CsvFolderLayout.Series> series() {
    List<CsvFolderLayout.Series> out = new ArrayList<>();
    for (CsvFolderLayout.Table t : tables()) {
      if (t.child() == null) {
        continue;
      }
      for (FieldSpec m : t.spec().fields()) {
        if (m.kind() == Kind.NUMBER_MAP) {
          out.add(new CsvFolderLayout.Series(t.file().replace(".csv", "") + "-" + CsvFolderLayout.mapName(m) + ".csv",
              t.child().parent(), null, m, t.child().field()));
        }
      }
    }
    return out;
  }

  /**
   * The entities whose maps a wide table holds, by column name: a root list's items by id, or (for child rows) the
   * k-th child of parent P as {@code P#k}, in order.
   */
  static Map<String, Entity> entities(JsonNode tree, CsvFolderLayout.Series s) {
    Map<String, Entity> out = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode e : CsvFolderLayout.at(tree, s.list())) {
      String path = "$." + s.list() + "[" + i++ + "]";
      if (s.child() == null) {
        out.putIfAbsent(e.path("id").asText(), new Entity(e, path));
        continue;
      }
      JsonNode kids = e.get(s.child());
      for (int k = 0; kids != null && kids.isArray() && k < kids.size(); k++) {
        out.put(CsvFolderLayout.termId(e.path("id").asText(), k + 1), new Entity(kids.get(k), path + "." + s.child()
            + "[" + k + "]"));
      }
    }
    return out;
  }

  /** What a column of a wide table names, for "no ... in FILE": "plant", or "row" of a table of child rows. */
  static String missing(CsvFolderLayout.Series s, String column) {
    if (s.child() == null) {
      return "no " + CsvFolderLayout.singular(s.list()) + " \"" + column + "\" in " + CsvFolderLayout.fileOf(s.list());
    }
    String file = CsvFolderLayout.fileOf(s.list() + "." + s.child());
    int hash = column.lastIndexOf('#');
    String parent = hash < 0 ? column : column.substring(0, hash);
    return "no row \"" + column + "\" in " + file + " (" + parent + "#k names the k-th row of "
        + CsvFolderLayout.singular(s.list().substring(s.list().lastIndexOf('.') + 1)) + " " + parent + " there)";
  }

  /** The top-level sections with a table form, in schema order. */
  private static List<FieldSpec> sections() {
    List<FieldSpec> out = new ArrayList<>();
    for (FieldSpec f : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (f.kind() == Kind.OBJECT && !f.name().equals("meta") && tabled(SchemaTable.entity(f.ref()))) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * True if a section has a table form: its fields are scalars, id lists, objects whose fields are scalars, objects
   * of scalars at any depth (dotted columns) or lists of flat entities, and lists of entities whose fields are such
   * scalars and objects or lists of flat entities with per-period maps (child rows). No per-period map on the
   * section, its objects or its lists' rows themselves, and no list below an object inside an object.
   */
  static boolean tabled(EntitySpec section) {
    for (FieldSpec f : section.fields()) {
      boolean ok = switch (f.kind()) {
        case NUMBER_MAP -> false;
        case OBJECT -> SchemaTable.entity(f.ref()).fields().stream().allMatch(g -> g.kind() == Kind.OBJECT_LIST
            ? flat(SchemaTable.entity(g.ref()), false) : dotted(g));
        case OBJECT_LIST -> SchemaTable.entity(f.ref()).fields().stream().allMatch(g -> g.kind() == Kind.OBJECT_LIST
            ? flat(SchemaTable.entity(g.ref()), true) : dotted(g));
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean scalar(FieldSpec f) {
    return f.kind() != Kind.OBJECT && f.kind() != Kind.OBJECT_LIST && f.kind() != Kind.NUMBER_MAP;
  }

  /** A scalar, or an object of such fields at any depth: dotted columns of the row ({@code cvar.alpha}). */
  private static boolean dotted(FieldSpec f) {
    return scalar(f) || f.kind() == Kind.OBJECT
        && SchemaTable.entity(f.ref()).fields().stream().allMatch(CsvFolderSections::dotted);
  }

  private static boolean flat(EntitySpec e, boolean mapsToo) {
    return e.fields().stream().allMatch(f -> dotted(f) || mapsToo && f.kind() == Kind.NUMBER_MAP);
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
}
