package org.coalgrid.diagnostics;

import java.util.Collection;
import java.util.stream.Collectors;

/** JSON paths and small text helpers for problem messages. */
public final class Paths {

  private Paths() {}

  /** {@code parent.key}, or {@code parent["key"]} when the key is not a plain name. */
  public static String key(String parent, String key) {
    if (plain(key)) {
      return parent + "." + key;
    }
    return parent + "[\"" + escape(key) + "\"]";
  }

  /**
   * Whether {@code key} is a plain name, {@code [A-Za-z_][A-Za-z0-9_]*}: a loop rather than a regex, since every
   * field of every entity of an instance gets its path (at size L, millions of keys).
   */
  static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * JSON string escaping of backslash, quote, control characters and surrogates, so a path stays on one line and
   * can always be written.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** {@code parent[index]}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** Quoted for a message: {@code "abc"}. */
  public static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** Comma-separated, at most 12 items, then ", ..."; "none" if empty. */
  public static String list(Collection<String> items) {
    if (items.isEmpty()) {
      return "none";
    }
    String head = items.stream().limit(12).collect(Collectors.joining(", "));
    return items.size() > 12 ? head + ", ..." : head;
  }
}
