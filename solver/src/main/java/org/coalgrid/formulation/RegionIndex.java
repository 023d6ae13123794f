package org.coalgrid.formulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Region;

/**
 * Entities grouped by region (and direct supplies by plant and industry), built once per model in O(size),
 * so that families which write one row per region (balances) touch only that region's entities: the build
 * is linear in the number of regions, not quadratic. Every list holds indices into the instance's lists in
 * ascending order, so rows get their terms in the same order as a scan of the whole list would give them
 * (names, row order and exported MPS files do not depend on the index).
 */
public final class RegionIndex {
  private static final int[] NONE = new int[0];

  private final Set<String> external = new HashSet<>();
  private final Map<String, int[]> mines;
  private final Map<String, int[]> plants;
  private final Map<String, int[]> industries;
  private final Map<String, int[]> coalDemands;
  private final Map<String, int[]> demands;
  private final Map<String, int[]> exports;
  private final Map<String, int[]> arcs;
  private final Map<String, int[]> lines;
  private final Map<String, int[]> directSupplies;
  private final Map<String, int[]> directByPlant;
  private final Map<String, int[]> directByIndustry;

  RegionIndex(Instance in) {
    for (Region r : in.regions()) {
      if (r.external()) {
        external.add(r.id());
      }
    }
    mines = group(in.mines(), m -> List.of(m.region()));
    plants = group(in.plants(), p -> List.of(p.region()));
    industries = group(in.industries(), i -> List.of(i.region()));
    coalDemands = group(in.coalDemands(), k -> List.of(k.region()));
    demands = group(in.demands(), d -> List.of(d.region()));
    exports = group(in.exports(), x -> List.of(x.region()));
    arcs = group(in.coalArcs(), a -> List.of(a.from(), a.to()));
    lines = group(in.lines(), l -> List.of(l.from(), l.to()));
    var plantById = in.plantsById();
    var industryById = in.industriesById();
    directSupplies = group(in.directSupplies(),
        d -> List.of(plantById.get(d.plant()).region(), industryById.get(d.industry()).region()));
    directByPlant = group(in.directSupplies(), d -> List.of(d.plant()));
    directByIndustry = group(in.directSupplies(), d -> List.of(d.industry()));
  }

  /** True if {@code region} is an external region (a market outside the system); O(1). */
  public boolean isExternal(String region) {
    return external.contains(region);
  }

  /** Indices of the mines in {@code region}. */
  public int[] mines(String region) {
    return get(mines, region);
  }

  /** Indices of the plants in {@code region}. */
  public int[] plants(String region) {
    return get(plants, region);
  }

  /** Indices of the industries in {@code region}. */
  public int[] industries(String region) {
    return get(industries, region);
  }

  /** Indices of the coal demands in {@code region}. */
  public int[] coalDemands(String region) {
    return get(coalDemands, region);
  }

  /** Indices of the electricity demands in {@code region}. */
  public int[] demands(String region) {
    return get(demands, region);
  }

  /** Indices of the export contracts to {@code region}. */
  public int[] exports(String region) {
    return get(exports, region);
  }

  /** Indices of the coal arcs that start or end in {@code region}. */
  public int[] arcsTouching(String region) {
    return get(arcs, region);
  }

  /** Indices of the lines that start or end in {@code region}. */
  public int[] linesTouching(String region) {
    return get(lines, region);
  }

  /** Indices of the direct supplies whose plant or industry lies in {@code region}. */
  public int[] directSuppliesTouching(String region) {
    return get(directSupplies, region);
  }

  /** Indices of the direct supplies from plant {@code plantId}. */
  public int[] directSuppliesFromPlant(String plantId) {
    return get(directByPlant, plantId);
  }

  /** Indices of the direct supplies to industry {@code industryId}. */
  public int[] directSuppliesToIndustry(String industryId) {
    return get(directByIndustry, industryId);
  }

  private static int[] get(Map<String, int[]> m, String key) {
    return m.getOrDefault(key, NONE);
  }

  /** Groups list indices by key; an item with the same key twice is listed once. */
  private static <T> Map<String, int[]> group(List<T> items, Function<T, List<String>> keys) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int k = 0; k < items.size(); k++) {
      List<String> ks = keys.apply(items.get(k));
      for (int n = 0; n < ks.size(); n++) {
        String key = ks.get(n);
        if (key == null || ks.subList(0, n).contains(key)) {
          continue;
        }
        lists.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
      }
    }
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((key, l) -> out.put(key, l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
