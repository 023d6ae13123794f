package org.coalgrid.output;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.EntityWords.Kind;

/**
 * The rule of every CSV coalgrid writes (docs/output-tables.md): after each column of entity ids comes the entity's
 * name from the instance ({@code region} → {@code region_name}), and for regions and policies, which have a
 * Chinese name of their own, {@code region_name_zh}. A name the instance does not give is an empty cell. Kinds
 * whose entities have no name in the instance format (coal arcs, demands, coal demands, direct supplies) get no
 * name column. Headers and rows are lists of cells in which an {@code Object[]} (from {@link #header} or
 * {@link #id}) stands for its cells in order.
 *
 * <pre>{@code
 * csv.header(NameColumns.cells(NameColumns.header("mine", Kind.MINE), "output_t"));
 * csv.row(NameColumns.cells(names.id(Kind.MINE, m.id()), m.outputT()));
 * }</pre>
 */
public final class NameColumns {
  private final EntityWords words;

  /** Names from {@code words} (the instance's); null gives empty names (no instance at hand). */
  public NameColumns(EntityWords words) {
    this.words = words;
  }

  /** Names from the instance {@code in} (null: empty names). */
  public static NameColumns of(Instance in) {
    return new NameColumns(in == null ? null : new EntityWords(in));
  }

  /**
   * The kind of the ids of an instance list, by the list's name in the file format ({@code regions}, {@code
   * plants}, ...), for callers that name lists rather than kinds; null for a list of no named kind.
   */
  static Kind kindOfList(String list) {
    return switch (list) {
      case "regions" -> Kind.REGION;
      case "coalGrades" -> Kind.GRADE;
      case "mines" -> Kind.MINE;
      case "plants" -> Kind.PLANT;
      case "lines" -> Kind.LINE;
      case "industries" -> Kind.INDUSTRY;
      case "exports" -> Kind.EXPORT;
      case "policies" -> Kind.POLICY;
      case "targets" -> Kind.TARGET;
      default -> null;
    };
  }

  /** {@link #header(String, Kind)} for ids of the instance list {@code list} ({@code "regions"}, ...). */
  public static Object[] headerOf(String column, String list) {
    Kind k = kindOfList(list);
    return k == null ? new Object[] {column} : header(column, k);
  }

  /** {@link #id(Kind, String)} for an id of the instance list {@code list}. */
  public Object[] idOf(String list, String id) {
    Kind k = kindOfList(list);
    return k == null ? new Object[] {id} : id(k, id);
  }

  /** {@link #name(Kind, String)} for an id of the instance list {@code list}, or "". */
  public String nameOf(String list, String id) {
    return name(kindOfList(list), id);
  }

  /** True when entities of {@code kind} have a {@code name} in the instance format. */
  static boolean named(Kind kind) {
    return switch (kind) {
      case ARC, DEMAND, COAL_DEMAND, DIRECT_SUPPLY -> false;
      default -> true;
    };
  }

  /** The header cells of an id column of {@code kind}: the column, then its name columns. */
  public static Object[] header(String column, Kind kind) {
    if (!named(kind)) {
      return new Object[] {column};
    }
    return kind.hasNameZh() ? new Object[] {column, column + "_name", column + "_name_zh"}
        : new Object[] {column, column + "_name"};
  }

  /** The cells of the id {@code id} of {@code kind}, matching {@link #header}: the id, then its names. */
  public Object[] id(Kind kind, String id) {
    if (!named(kind)) {
      return new Object[] {id};
    }
    String name = words == null ? "" : words.name(kind, id);
    return kind.hasNameZh() ? new Object[] {id, name, words == null ? "" : words.nameZh(kind, id)}
        : new Object[] {id, name};
  }

  /** The name of an id whose kind depends on the row (a consumer, a constraint's entity), or "". */
  public String name(Kind kind, String id) {
    return words == null || kind == null ? "" : words.name(kind, id);
  }

  /** The name of the entity of a row of constraint family {@code family}, or "". */
  public String familyName(String family, String id) {
    return words == null ? "" : words.familyName(family, id);
  }

  /** The Chinese name of the entity of a row of constraint family {@code family}, or "". */
  public String familyNameZh(String family, String id) {
    return words == null ? "" : words.familyNameZh(family, id);
  }

  /** The cells in order, each {@code Object[]} replaced by its elements. */
  public static Object[] cells(Object... parts) {
    List<Object> out = new ArrayList<>(parts.length + 8);
    for (Object p : parts) {
      if (p instanceof Object[] a) {
        for (Object x : a) {
          out.add(x); // ids may be null (an empty cell)
        }
      } else {
        out.add(p);
      }
    }
    return out.toArray();
  }

  /** {@link #cells} of header names, as strings. */
  public static String[] columns(Object... parts) {
    Object[] c = cells(parts);
    String[] s = new String[c.length];
    for (int k = 0; k < c.length; k++) {
      s[k] = (String) c[k];
    }
    return s;
  }
}
