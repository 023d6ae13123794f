package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.domain.SourceRef;
import org.coalgrid.validate.Paths;
import org.coalgrid.validate.Problem;

/**
 * Resolves the {@code source} of a figure: a string is the id of an entry of {@code meta.sources} or else free
 * text (kept as the title); an object is a source object. Leniency is deliberate: a source never makes a
 * file unreadable, at worst it gives a warning and is dropped.
 */
final class Sources {

  private static final Set<String> TEXT_KEYS = Set.of("id", "file", "quote", "title", "url");

  private final Map<String, SourceRef> byId = new HashMap<>();

  /** Collects the entries of {@code meta.sources} that have an id, whatever else is wrong with the file. */
  Sources(JsonNode root) {
    for (JsonNode s : root.path("meta").path("sources")) {
      if (s.isObject() && s.path("id").isTextual()) {
        byId.putIfAbsent(s.get("id").asText(), toRef(s, null, null));
      }
    }
  }

  /** The source written at {@code path}, or null (with a warning in {@code out}) if it is unusable. */
  SourceRef resolve(JsonNode node, String path, List<Problem> out) {
    if (node.isTextual()) {
      String text = node.asText();
      return byId.getOrDefault(text, new SourceRef(null, null, null, text, null, false));
    }
    if (node.isObject()) {
      String id = node.path("id").isTextual() ? node.get("id").asText() : null;
      if (id != null && node.size() == 1 && byId.containsKey(id)) {
        return byId.get(id);
      }
      return toRef(node, path, out);
    }
    out.add(Problem.warning(path, "source ignored: expected the id of a meta.sources entry, text or a source object, got "
        + Describe.node(node)));
    return null;
  }

  private static SourceRef toRef(JsonNode node, String path, List<Problem> out) {
    node.fieldNames().forEachRemaining(k -> {
      JsonNode v = node.get(k);
      boolean ok = TEXT_KEYS.contains(k) ? v.isTextual() || v.isNull()
          : k.equals("external") && (v.isBoolean() || v.isNull());
      if (!ok && out != null) {
        out.add(Problem.warning(Paths.key(path, k), "ignored in a source object: key \"" + k + "\" with "
            + Describe.node(v) + " (known: id, file, quote, title, url as text; external as true/false)"));
      }
    });
    return new SourceRef(text(node, "id"), text(node, "file"), text(node, "quote"), text(node, "title"),
        text(node, "url"), node.path("external").asBoolean(false));
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
