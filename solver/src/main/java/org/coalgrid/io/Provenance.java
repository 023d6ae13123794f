package org.coalgrid.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coalgrid.domain.SourceRef;

/**
 * Where the figures of an instance come from: JSON path ({@code $.lines[0].capacityMw} for a sourced number,
 * {@code $.lines[0]} for an entity's own {@code source}) to its source and note. Paths use list indices.
 */
public final class Provenance {

  /** The source (may be null when only a note was given) and note (may be null) of one path. */
  public record Entry(SourceRef source, String note) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  void put(String path, SourceRef source, String note) {
    entries.put(path, new Entry(source, note));
  }

  /** All entries in file order. */
  public Map<String, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  /** The source recorded for {@code path}, if any. */
  public Optional<SourceRef> source(String path) {
    return Optional.ofNullable(entries.get(path)).map(Entry::source);
  }

  /** The note recorded for {@code path}, if any. */
  public Optional<String> note(String path) {
    return Optional.ofNullable(entries.get(path)).map(Entry::note);
  }
}
