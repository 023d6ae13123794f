package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Turns the JSON parser's messages into one line a planner can act on: the position, what is wrong, and
 * for the common mistakes (NaN, Infinity, another code page than UTF-8, two objects in one file, absurd
 * nesting or number length) what to do, without the parser's internal option names.
 */
final class JsonSyntax {
  private JsonSyntax() {}

  /** "malformed JSON at line L, column C: what is wrong". */
  static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "malformed JSON" + where + ": " + explain(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
  }

  static String explain(String msg) {
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    if (msg.startsWith("Non-standard token '")) {
      String token = msg.substring("Non-standard token '".length(), msg.indexOf('\'', "Non-standard token '".length()));
      return token + " is not a JSON number; give a finite number (or leave an optional field out for its default)";
    }
    if (msg.contains("Invalid UTF-8")) {
      return msg + " (the file must be UTF-8; save it as UTF-8, not GBK/GB2312 or another code page)";
    }
    if (msg.startsWith("Trailing token")) {
      return "more content after the end of the instance object (one instance per file)";
    }
    if (msg.startsWith("Document nesting depth")) {
      return "nested more than " + limits.getMaxNestingDepth() + " levels deep (an instance needs fewer than 10)";
    }
    if (msg.startsWith("Number value length")) {
      return "a number with more than " + limits.getMaxNumberLength() + " characters";
    }
    if (msg.startsWith("String value length")) {
      return "a text longer than " + limits.getMaxStringLength() + " characters";
    }
    if (msg.contains("maybe a (non-standard) comment?")) {
      return "comments (// or /* */) are not allowed in JSON; move notes into a \"notes\" field";
    }
    // drop the parser's advice about its own options, keep what it found
    return msg.replaceAll(" ?\\(?(?:enable|disable)? ?`[A-Za-z.]+(?:\\(\\))?`[^)]*\\)?", "").trim();
  }
}
