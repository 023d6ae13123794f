package org.coalgrid.generate.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.generate.builder.Figure;

/**
 * The sources one case cites, in the order it first cites them: that order is the order of the case's
 * {@code meta.sources}. Numbers are cited as they are made ({@link #v}); an entity's own source when the
 * finished instance is walked ({@link #walk}); {@link #cite} names a source the notes refer to.
 */
final class Cites {
  private final SourceTable table;
  private final Set<String> used = new LinkedHashSet<>();

  Cites(SourceTable table) {
    this.table = table;
  }

  /** Cites {@code id} (which must be in the source table) and returns it. */
  String cite(String id) {
    if (id != null) {
      table.get(id);
      used.add(id);
    }
    return id;
  }

  /** A number from source {@code source} (may be null) with a note (may be null); a bare number if neither. */
  Number v(Number value, String source, String note) {
    if (source == null && note == null) {
      return value;
    }
    return Figure.of(value, cite(source), note);
  }

  /** A number from source {@code source}. */
  Number v(Number value, String source) {
    return v(value, source, null);
  }

  /** A number with a note only: an assumption (the note says so). */
  Number a(Number value, String note) {
    return v(value, null, note);
  }

  /** The full source object of {@code id}, cited (targets carry their quote). */
  SourceRef ref(String id) {
    cite(id);
    return table.get(id);
  }

  /** Cites every entity's textual {@code source} in {@code node}, depth first in key order. */
  void walk(JsonNode node) {
    if (node.isObject()) {
      JsonNode s = node.get("source");
      if (s != null && s.isTextual()) {
        cite(s.asText());
      }
      node.elements().forEachRemaining(this::walk);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(this::walk);
    }
  }

  /** The cited sources in citation order. */
  List<SourceRef> sources() {
    List<SourceRef> out = new ArrayList<>();
    used.forEach(id -> out.add(table.get(id)));
    return out;
  }

  Map<String, SourceRef> table() {
    return table.all();
  }
}
