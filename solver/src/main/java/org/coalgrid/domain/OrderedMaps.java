package org.coalgrid.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Unmodifiable copies of the records' maps that keep the order they were given (the file's order, for a map read
 * from an instance). {@code Map.copyOf} would not: its iteration order comes from a salt drawn anew in every JVM, so
 * anything that iterated such a map and wrote the result (a scenario's instance.json, a sum in another order, a
 * list of findings) changed from one run to the next.
 */
final class OrderedMaps {
  private OrderedMaps() {}

  /**
   * An unmodifiable copy of {@code m} in its iteration order; empty for null. Null keys and values are refused, as
   * by {@code Map.copyOf}.
   */
  static <K, V> Map<K, V> copy(Map<K, V> m) {
    if (m == null || m.isEmpty()) {
      return Map.of();
    }
    Map<K, V> out = new LinkedHashMap<>(m.size() * 4 / 3 + 1);
    m.forEach((k, v) -> out.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(out);
  }
}
