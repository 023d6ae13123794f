package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coalgrid.io.ScenarioOverride;

/**
 * Scenario overrides applied to an instance before it is checked, as {@code coalgrid --set PATH=VALUE} does:
 * PATH addresses a field with entity ids in place of list indices ({@code lines.hvdc-gy-gd.capacityMw}), VALUE
 * is JSON or else a plain string (grammar in docs/whatif.md). The value is checked exactly like a value in the
 * file, when the instance is loaded.
 * <pre>{@code
 * WhatIf dryYear = WhatIf.of("policies.cap-co2.limit=3e7", "lines.hvdc-gy-gd.capacityMw=3000");
 * PlanningCase plan = coalgrid.load(Path.of("instances/tutorial.json"), dryYear);
 * }</pre>
 * Immutable; thread-safe.
 */
public final class WhatIf {
  private static final WhatIf NONE = new WhatIf(List.of());

  private final List<ScenarioOverride> overrides;

  private WhatIf(List<ScenarioOverride> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** No override: the instance as written. */
  public static WhatIf none() {
    return NONE;
  }

  /**
   * Overrides given as {@code PATH=VALUE}, applied in order.
   *
   * @throws IllegalArgumentException naming the first malformed one (no '=', empty or dotted-wrong PATH)
   */
  public static WhatIf of(String... sets) {
    return of(Arrays.asList(sets));
  }

  /** As {@link #of(String...)}. */
  public static WhatIf of(List<String> sets) {
    List<ScenarioOverride> list = new ArrayList<>();
    for (String s : sets) {
      list.add(ScenarioOverride.parse(s));
    }
    return new WhatIf(list);
  }

  /** These overrides and one more: {@code path} set to {@code value} (any JSON value). */
  public WhatIf and(String path, JsonNode value) {
    List<ScenarioOverride> list = new ArrayList<>(overrides);
    list.add(ScenarioOverride.of(path, value));
    return new WhatIf(list);
  }

  /** These overrides and one more, given as {@code PATH=VALUE}. */
  public WhatIf and(String set) {
    List<ScenarioOverride> list = new ArrayList<>(overrides);
    list.add(ScenarioOverride.parse(set));
    return new WhatIf(list);
  }

  public boolean isEmpty() {
    return overrides.isEmpty();
  }

  /** The overrides in order. */
  public List<ScenarioOverride> overrides() {
    return overrides;
  }

  /** As typed on the command line: {@code ["--set a.b=1", "--set c=2"]}. */
  public List<String> asOptions() {
    return overrides.stream().map(o -> "--set " + o).toList();
  }

  /** {@code PATH=VALUE} of each, space-separated. */
  @Override
  public String toString() {
    return String.join(" ", overrides.stream().map(ScenarioOverride::toString).toList());
  }
}
