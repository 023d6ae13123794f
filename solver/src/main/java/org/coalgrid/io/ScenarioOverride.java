package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.coalgrid.io.schema.Json;

/**
 * One what-if edit given on the command line as {@code PATH=VALUE}, e.g. {@code lines.hvdc-gy-gd.capacityMw=3000}.
 * {@code path} addresses a field of the instance file with entity ids in place of list indices (grammar in
 * docs/whatif.md); {@code value} is VALUE parsed as JSON (number, string, true/false, null, object, array), or
 * VALUE as a plain string when it is not JSON ({@code season=wet}); {@code valueText} is VALUE as typed.
 */
public record ScenarioOverride(String path, JsonNode value, String valueText) {

  /** Parses {@code PATH=VALUE} (split at the first '='); throws with a one-line message if malformed. */
  public static ScenarioOverride parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--set needs PATH=VALUE (e.g. lines.hvdc1.capacityMw=4000), got '" + text
          + "'");
    }
    String path = text.substring(0, eq).trim();
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      throw new IllegalArgumentException("--set " + text + ": PATH must be dot-separated names and ids, got '" + path
          + "'");
    }
    String v = text.substring(eq + 1).trim();
    return new ScenarioOverride(path, parseValue(v), v);
  }

  /** VALUE as JSON if it parses as one complete JSON value, else as a string. */
  static JsonNode parseValue(String v) {
    if (v.isEmpty()) {
      return TextNode.valueOf("");
    }
    try {
      JsonNode n = Json.MAPPER.readTree(v);
      return n == null || n.isMissingNode() ? TextNode.valueOf(v) : n;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(v);
    }
  }

  /** An override of {@code path} with a value given as JSON. */
  public static ScenarioOverride of(String path, JsonNode value) {
    return new ScenarioOverride(path, value, value.isTextual() ? value.asText() : value.toString());
  }

  /** {@code PATH=VALUE} as typed. */
  @Override
  public String toString() {
    return path + "=" + valueText;
  }
}
