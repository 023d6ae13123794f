package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;

/**
 * Text in an instance must be characters: a lone UTF-16 surrogate (half of a pair, as {@code "\ud800"} in JSON or a
 * CESU byte sequence) is no character, cannot be written as UTF-8 and would break every output that names it. Each
 * one is an error with the JSON path of the value or key that holds it.
 */
final class TextCheck {
  private TextCheck() {}

  /** One error per string value or object key of {@code tree} that holds a lone surrogate. */
  static List<Problem> loneSurrogates(JsonNode tree) {
    List<Problem> out = new ArrayList<>();
    walk(tree, "$", out);
    return out;
  }

  private static void walk(JsonNode n, String path, List<Problem> out) {
    if (n.isTextual()) {
      lone(n.textValue()).ifPresent(c -> out.add(Problem.error(path, message("text", c))));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), Paths.index(path, i), out);
      }
    } else if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = Paths.key(path, e.getKey());
        lone(e.getKey()).ifPresent(c -> out.add(Problem.error(child, message("key", c))));
        walk(e.getValue(), child, out);
      }
    }
  }

  private static String message(String what, char c) {
    return String.format("the %s holds a lone UTF-16 surrogate \\u%04x, half of a character pair and no character "
        + "by itself; write the whole character or remove it", what, (int) c);
  }

  /** The first lone surrogate of {@code s}, if any. */
  static java.util.Optional<Character> lone(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return java.util.Optional.of(c);
      }
      if (Character.isLowSurrogate(c)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
