package org.coalgrid.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.diagnostics.Num;

/** Describes a JSON value for a message: {@code string "abc"}, {@code number 3}, {@code an object}. */
final class Describe {

  private Describe() {}

  static String node(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isTextual()) {
      String s = v.asText();
      return "string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    if (v.isNumber()) {
      return "number " + Num.fmt(v.doubleValue());
    }
    if (v.isBoolean()) {
      return "boolean " + v.asBoolean();
    }
    if (v.isNull()) {
      return "null";
    }
    return v.isArray() ? "a list" : "an object";
  }
}
