package org.coalgrid.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Minimal {@code --key value} / {@code --flag} parsing for the benchmark tools. */
final class Args {
  private final Map<String, String> values = new LinkedHashMap<>();

  static Args parse(String[] args) {
    Args a = new Args();
    for (int k = 0; k < args.length; k++) {
      if (!args[k].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[k] + "'");
      }
      boolean flag = k + 1 >= args.length || args[k + 1].startsWith("--");
      a.values.put(args[k], flag ? "" : args[++k]);
    }
    return a;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }
}
