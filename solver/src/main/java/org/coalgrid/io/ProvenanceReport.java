package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;
import org.coalgrid.diagnostics.Paths;

/**
 * Where the numbers of an instance file come from, counted over every number the file gives (map entries one
 * by one), except {@code meta.year}, {@code meta.hoursInYear} (they define the case), a day's {@code month} (a
 * calendar label of a representative day, not a figure) and a pathway's calendar years (its first and last year, the
 * year of a change and the year a target is due: they say when, the figure is the value), and a plain number equal
 * to its field's default (written out for completeness, it is the format's value, not a figure of the case;
 * the default is documented in docs/instance-format.md): a seed quote (a source
 * with a seed file and a verbatim quote, including values derived from seed numbers), an external reference (any
 * other source), an assumption (a note without a source; the note gives the reason) or nothing. A number counts
 * with its own source and note; without them, with those of its series ({@code {"value": {...}, "source"}}); a
 * plan target's value and tolerance (also of a target with a year) count with the target's source. An entity's
 * own {@code source} is not a
 * number's source. Computed from the file's tree as written, so the counts describe the file.
 *
 * @param counts numbers per origin
 * @param unsourced JSON paths of the numbers with neither source nor note, in file order
 * @param assumptions JSON paths of the assumed numbers with their notes, in file order
 */
public record ProvenanceReport(Map<Origin, Integer> counts, List<String> unsourced, List<Assumed> assumptions) {

  /** Where a number comes from. */
  public enum Origin {
    SEED("cite a seed"), EXTERNAL("an external reference"), ASSUMPTION("an assumption"), NONE("nothing");

    private final String words;

    Origin(String words) {
      this.words = words;
    }

    /** How the count reads: "1,234 numbers: 300 cite a seed, ...". */
    public String words() {
      return words;
    }
  }

  /** An assumed number: where it is and the note that gives its reason. */
  public record Assumed(String path, String note) {}

  public ProvenanceReport {
    // in Origin order, not Map.copyOf's, which changes from one JVM run to the next
    Map<Origin, Integer> byOrigin = new EnumMap<>(Origin.class);
    byOrigin.putAll(counts);
    counts = java.util.Collections.unmodifiableMap(byOrigin);
    unsourced = List.copyOf(unsourced);
    assumptions = List.copyOf(assumptions);
  }

  /** The report of a file's tree (as read, before defaults). */
  public static ProvenanceReport of(JsonNode tree) {
    Walk w = new Walk(new Sources(tree));
    w.entity(tree, SchemaTable.entity(SchemaTable.ROOT), "$", null);
    return new ProvenanceReport(w.counts, w.unsourced, w.assumed);
  }

  /** All numbers counted. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Origin o) {
    return counts.getOrDefault(o, 0);
  }

  /** The origin of a number with source {@code source} (may be null) and note {@code note} (may be null). */
  public static Origin origin(SourceRef source, String note) {
    if (source != null) {
      return !source.external() && source.file() != null && source.quote() != null ? Origin.SEED : Origin.EXTERNAL;
    }
    return note != null && !note.isBlank() ? Origin.ASSUMPTION : Origin.NONE;
  }

  /** Walks the tree with the schema table; {@code inherited} is the source and note numbers fall back to. */
  private static final class Walk {
    private final Sources sources;
    private final Map<Origin, Integer> counts = new EnumMap<>(Origin.class);
    private final List<String> unsourced = new ArrayList<>();
    private final List<Assumed> assumed = new ArrayList<>();
    private final List<org.coalgrid.diagnostics.Problem> ignored = new ArrayList<>();

    Walk(Sources sources) {
      this.sources = sources;
      for (Origin o : Origin.values()) {
        counts.put(o, 0);
      }
    }

    private record Cite(SourceRef source, String note) {}

    void entity(JsonNode node, EntitySpec spec, String path, Cite inherited) {
      if (!node.isObject()) {
        return;
      }
      Cite own = inherited;
      if ((spec.name().equals("target") || spec.name().equals("yearTarget")) && node.has("source")) {
        own = new Cite(resolve(node.get("source"), path), null);
      }
      for (FieldSpec f : spec.fields()) {
        JsonNode v = node.get(f.name());
        if (v == null || v.isNull() || skipped(spec, f)) {
          continue;
        }
        String p = Paths.key(path, f.name());
        switch (f.kind()) {
          case NUMBER, INTEGER -> {
            if (!isDefault(f, v)) {
              number(v, p, own);
            }
          }
          case NUMBER_MAP -> map(v, p, own);
          case OBJECT -> entity(v, SchemaTable.entity(f.ref()), p, own);
          case OBJECT_LIST -> {
            for (int i = 0; i < v.size(); i++) {
              entity(v.get(i), SchemaTable.entity(f.ref()), Paths.index(p, i), own);
            }
          }
          default -> { }
        }
      }
    }

    /** A plain number equal to the field's default (a sourced number always counts). */
    private static boolean isDefault(FieldSpec f, JsonNode v) {
      JsonNode d = f.defaultValue();
      return v.isNumber() && d != null && d.isNumber() && v.doubleValue() == d.doubleValue();
    }

    private static boolean skipped(EntitySpec spec, FieldSpec f) {
      return spec.name().equals("meta") && (f.name().equals("year") || f.name().equals("hoursInYear"))
          || spec.name().equals("day") && f.name().equals("month")
          || spec.name().equals("pathway") && (f.name().equals("firstYear") || f.name().equals("lastYear"))
          || (spec.name().equals("pathwayChange") || spec.name().equals("yearTarget")) && f.name().equals("year");
    }

    private void map(JsonNode v, String p, Cite inherited) {
      Cite series = inherited;
      JsonNode entries = v;
      String at = p;
      if (StructureChecker.isSourcedSeries(v)) {
        series = cite(v, p, inherited);
        entries = v.get("value");
        at = Paths.key(p, "value");
      }
      if (!entries.isObject()) {
        return;
      }
      var it = entries.fields();
      while (it.hasNext()) {
        var e = it.next();
        number(e.getValue(), Paths.key(at, e.getKey()), series);
      }
    }

    private void number(JsonNode v, String p, Cite inherited) {
      Cite c = inherited;
      if (v.isObject()) {
        if (!v.has("value")) {
          return;
        }
        c = cite(v, p, inherited);
      } else if (!v.isNumber()) {
        return;
      }
      Origin o = c == null ? Origin.NONE : origin(c.source(), c.note());
      counts.merge(o, 1, Integer::sum);
      if (o == Origin.NONE) {
        unsourced.add(p);
      } else if (o == Origin.ASSUMPTION) {
        assumed.add(new Assumed(p, c.note()));
      }
    }

    /** The source and note written on a sourced number or series; the inherited ones where it gives neither. */
    private Cite cite(JsonNode v, String p, Cite inherited) {
      JsonNode src = v.get("source");
      JsonNode note = v.get("note");
      SourceRef s = src == null || src.isNull() ? null : resolve(src, Paths.key(p, "source"));
      String n = note != null && note.isTextual() ? note.asText() : null;
      if (s == null && n == null) {
        return inherited;
      }
      return new Cite(s, n);
    }

    private SourceRef resolve(JsonNode src, String p) {
      return sources.resolve(src, p, ignored);
    }
  }
}
