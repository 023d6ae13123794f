package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.SourceRef;

/**
 * Resolves the {@code source} of a figure: a string without whitespace is the id of an entry of
 * {@code meta.sources}, and an id that is not defined there is an ERROR (a citation that leads nowhere); a
 * string with words is a free-text citation (kept as the title); an object is a source object, and one that
 * holds only an id must name a defined entry too. Anything else unusable gives a warning and is dropped.
 */
final class Sources {

  private static final Set<String> TEXT_KEYS = Set.of("id", "file", "quote", "title", "url");

  private final Map<String, SourceRef> byId = new LinkedHashMap<>();

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
      if (byId.containsKey(text)) {
        return byId.get(text);
      }
      if (isIdLike(text)) {
        out.add(undefined(text, path));
        return null;
      }
      return new SourceRef(null, null, null, text, null, false);
    }
    if (node.isObject()) {
      String id = node.path("id").isTextual() ? node.get("id").asText() : null;
      if (id != null && node.size() == 1) {
        if (byId.containsKey(id)) {
          return byId.get(id);
        }
        out.add(undefined(id, Paths.key(path, "id")));
        return null;
      }
      return toRef(node, path, out);
    }
    out.add(Problem.warning(path, "source ignored: expected the id of a meta.sources entry, text or a source object, got "
        + Describe.node(node)));
    return null;
  }

  /** True for a citation that is an id: no whitespace (free-text citations have words). */
  static boolean isIdLike(String text) {
    return !text.isEmpty() && text.chars().noneMatch(Character::isWhitespace);
  }

  private Problem undefined(String id, String path) {
    String near = byId.keySet().stream()
        .filter(k -> StructureChecker.distance(k.toLowerCase(), id.toLowerCase()) <= Math.max(1, id.length() / 4))
        .findFirst().map(k -> "; did you mean \"" + k + "\"?").orElse("");
    return Problem.error(path, "source id \"" + id + "\" is not defined in meta.sources"
        + (byId.isEmpty() ? " (which defines none)" : "") + near
        + " (define it there, or cite with words or a source object)");
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
