package org.coalgrid.repair;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds the elastic repair may relax and their weights (CNY per unit, see {@link RelaxKind}).
 * Kinds not in {@code relaxable} are held hard; for demands and export contracts that means unserved load
 * and shortfall are held at zero in the repair.
 */
public record RepairSettings(Set<RelaxKind> relaxable, Map<RelaxKind, Double> weights) {

  public RepairSettings {
    relaxable = Collections.unmodifiableSet(relaxable.isEmpty() ? EnumSet.noneOf(RelaxKind.class)
        : EnumSet.copyOf(relaxable));
    Map<RelaxKind, Double> w = new EnumMap<>(RelaxKind.class);
    for (RelaxKind k : RelaxKind.values()) {
      w.put(k, weights.getOrDefault(k, k.defaultWeight()));
    }
    weights = Collections.unmodifiableMap(w);
  }

  /** The documented defaults: every kind relaxable by default, default weights. */
  public static RepairSettings defaults() {
    Set<RelaxKind> kinds = EnumSet.noneOf(RelaxKind.class);
    for (RelaxKind k : RelaxKind.values()) {
      if (k.relaxableByDefault()) {
        kinds.add(k);
      }
    }
    return new RepairSettings(kinds, Map.of());
  }

  public double weight(RelaxKind k) {
    return weights.get(k);
  }

  public RepairSettings withRelaxable(Set<RelaxKind> kinds) {
    return new RepairSettings(kinds, weights);
  }

  public RepairSettings withWeight(RelaxKind k, double w) {
    Map<RelaxKind, Double> m = new EnumMap<>(weights);
    m.put(k, w);
    return new RepairSettings(relaxable, m);
  }
}
