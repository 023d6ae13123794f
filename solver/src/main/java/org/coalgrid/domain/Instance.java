package org.coalgrid.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One allocation case: a planning year split into periods, with the coal and power system and its caps.
 * Lists keep the order of the file; ids are unique within each list (checked by the validator).
 *
 * <p>{@code time} says how the year is cut ({@link TimeStructure}): BLOCKS (the file's {@code periods}),
 * representative days or a full chronological year. In the days forms {@code periods} are the steps, derived
 * from {@code time} ({@link TimeStructure#steps()}); whatever periods are passed in are then replaced.
 *
 * <p>{@code uncertainty} (null = none) holds hydrology scenarios, first-stage decisions and a Monte Carlo
 * distribution ({@link Uncertainty}); the instance's own figures are the reference year.
 */
public record Instance(
    Meta meta,
    List<Period> periods,
    TimeStructure time,
    List<Region> regions,
    List<CoalGrade> coalGrades,
    List<Mine> mines,
    List<CoalArc> coalArcs,
    List<Plant> plants,
    List<Line> lines,
    List<Industry> industries,
    List<DirectSupply> directSupplies,
    List<Demand> demands,
    List<CoalDemand> coalDemands,
    List<ExportContract> exports,
    List<Policy> policies,
    List<Target> targets,
    Uncertainty uncertainty) {

  public Instance {
    time = time == null ? TimeStructure.BLOCKS : time.resolved(meta);
    periods = time.hasDays() ? time.steps() : List.copyOf(periods);
    regions = List.copyOf(regions);
    coalGrades = List.copyOf(coalGrades);
    mines = List.copyOf(mines);
    coalArcs = List.copyOf(coalArcs);
    plants = List.copyOf(plants);
    lines = List.copyOf(lines);
    industries = List.copyOf(industries);
    directSupplies = List.copyOf(directSupplies);
    demands = List.copyOf(demands);
    coalDemands = List.copyOf(coalDemands);
    exports = List.copyOf(exports);
    policies = List.copyOf(policies);
    targets = List.copyOf(targets);
  }

  /** An instance without hydro-year uncertainty, with the given time structure. */
  public Instance(Meta meta, List<Period> periods, TimeStructure time, List<Region> regions, List<CoalGrade> coalGrades,
      List<Mine> mines, List<CoalArc> coalArcs, List<Plant> plants, List<Line> lines, List<Industry> industries,
      List<DirectSupply> directSupplies, List<Demand> demands, List<CoalDemand> coalDemands,
      List<ExportContract> exports, List<Policy> policies, List<Target> targets) {
    this(meta, periods, time, regions, coalGrades, mines, coalArcs, plants, lines, industries, directSupplies,
        demands, coalDemands, exports, policies, targets, null);
  }

  /** An instance cut into blocks (its {@code periods}): the form of every instance before time structures. */
  public Instance(Meta meta, List<Period> periods, List<Region> regions, List<CoalGrade> coalGrades, List<Mine> mines,
      List<CoalArc> coalArcs, List<Plant> plants, List<Line> lines, List<Industry> industries,
      List<DirectSupply> directSupplies, List<Demand> demands, List<CoalDemand> coalDemands,
      List<ExportContract> exports, List<Policy> policies, List<Target> targets) {
    this(meta, periods, null, regions, coalGrades, mines, coalArcs, plants, lines, industries, directSupplies,
        demands, coalDemands, exports, policies, targets);
  }

  /**
   * A copy of this instance with another time structure: {@code blocks} become its periods for BLOCKS and are
   * ignored for the days forms, whose steps are derived from {@code other}. Per-period values (keyed by period
   * id) are kept as they are: re-key them to the new steps.
   */
  public Instance withTime(TimeStructure other, List<Period> blocks) {
    return new Instance(meta, blocks, other, regions, coalGrades, mines, coalArcs, plants, lines, industries,
        directSupplies, demands, coalDemands, exports, policies, targets, uncertainty);
  }

  /**
   * A copy with other plants, demands, mines and export contracts and no uncertainty: one year of hydrology as a
   * single-year instance (a scenario, a Monte Carlo draw).
   */
  public Instance withYear(List<Plant> otherPlants, List<Demand> otherDemands, List<Mine> otherMines,
      List<ExportContract> otherExports) {
    return new Instance(meta, periods, time, regions, coalGrades, otherMines, coalArcs, otherPlants, lines, industries,
        directSupplies, otherDemands, coalDemands, otherExports, policies, targets, null);
  }

  /** The steps in time order with their durations, sequences and stages (built on each call: keep it). */
  public Chronology chronology() {
    return Chronology.of(this);
  }

  /** Total hours of all periods (h); 8760 for a full non-leap year. */
  public double totalHours() {
    return periods.stream().mapToDouble(Period::hours).sum();
  }

  public Map<String, Region> regionsById() {
    return index(regions, Region::id);
  }

  public Map<String, CoalGrade> gradesById() {
    return index(coalGrades, CoalGrade::id);
  }

  public Map<String, Plant> plantsById() {
    return index(plants, Plant::id);
  }

  public Map<String, Industry> industriesById() {
    return index(industries, Industry::id);
  }

  public Map<String, Mine> minesById() {
    return index(mines, Mine::id);
  }

  public Map<String, Line> linesById() {
    return index(lines, Line::id);
  }

  public Optional<Region> region(String id) {
    return regions.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** True if the region exists and is marked external (a market outside the system). */
  public boolean isExternal(String regionId) {
    return region(regionId).map(Region::external).orElse(false);
  }

  /** Whether any part of the instance has integer decisions (candidate builds, potlines, commitment). */
  public boolean hasIntegerDecisions() {
    return plants.stream().anyMatch(p -> p.build() != null || p.commitment())
        || lines.stream().anyMatch(l -> l.build() != null)
        || mines.stream().anyMatch(m -> m.build() != null || m.washing() != null && m.washing().build() != null)
        || industries.stream().anyMatch(i -> i.potlines() != null);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }
}
