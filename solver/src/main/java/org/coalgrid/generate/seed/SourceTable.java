package org.coalgrid.generate.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.io.schema.Json;

/**
 * The sources the shipped instances may cite: {@code instances/sources/seed-facts.json}, a copy of the seed quotes (seed
 * file and verbatim quote), external reference values ({@code external: true}) and derived values of
 * {@code /work/shared/seed-facts.md}, so that the instances are built from the repository alone.
 */
public final class SourceTable {
  /** The file, relative to the instances directory. */
  public static final String FILE = "sources/seed-facts.json";

  private final Map<String, SourceRef> byId;

  private SourceTable(Map<String, SourceRef> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** Reads {@code instancesDir/sources/seed-facts.json}. */
  public static SourceTable read(Path instancesDir) throws IOException {
    JsonNode root = Json.MAPPER.readTree(Files.readAllBytes(instancesDir.resolve(FILE)));
    Map<String, SourceRef> m = new LinkedHashMap<>();
    for (JsonNode s : root.path("sources")) {
      SourceRef ref = new SourceRef(text(s, "id"), text(s, "file"), text(s, "quote"), text(s, "title"),
          text(s, "url"), s.path("external").asBoolean(false));
      if (ref.id() == null || m.put(ref.id(), ref) != null) {
        throw new IOException(FILE + ": a source without an id, or an id given twice: " + s);
      }
    }
    return new SourceTable(m);
  }

  /** The source with id {@code id}. */
  public SourceRef get(String id) {
    SourceRef s = byId.get(id);
    if (s == null) {
      throw new IllegalArgumentException("source " + id + " is not in instances/" + FILE);
    }
    return s;
  }

  /** Every source, in file order. */
  public Map<String, SourceRef> all() {
    return byId;
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
