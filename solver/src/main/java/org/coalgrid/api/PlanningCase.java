package org.coalgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.io.Provenance;
import org.coalgrid.io.Scenario;

/**
 * A valid instance ready to solve: the domain records after any {@link WhatIf} overrides, where its figures come
 * from, the warnings its checks gave, and the overrides as applied. Made by {@link CoalGrid#load(java.nio.file.Path,
 * WhatIf)}, {@link CoalGrid#parse(String, String, WhatIf)} or {@link CoalGrid#of(Instance, WhatIf)}, which run
 * every check of {@code coalgrid validate}; a case that exists is valid.
 * <pre>{@code
 * PlanningCase plan = coalgrid.load(Path.of("instances/tutorial.json"));
 * plan.warningLines().forEach(w -> System.err.println(plan.source() + ": " + w));
 * System.out.println(plan.instance().plants().size() + " plants, MILP: " + plan.isMilp());
 * }</pre>
 * Immutable (the records and lists are; do not modify the JSON trees); thread-safe: one case may be solved by
 * several threads at once.
 */
public final class PlanningCase {
  private final String source;
  private final Path file;
  private final String origin;
  private final LoadedInstance loaded;
  private final List<Scenario.Applied> scenario;

  PlanningCase(String source, Path file, String origin, LoadedInstance loaded, List<Scenario.Applied> scenario) {
    this.source = source;
    this.file = file;
    this.origin = origin;
    this.loaded = loaded;
    this.scenario = List.copyOf(scenario);
  }

  /** Where the instance came from: the file as named, or the origin given to {@code parse}/{@code of}. */
  public String source() {
    return source;
  }

  /** The file read, if the case was read from one ({@link CoalGrid#load}): outputs may not overwrite it. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** {@link #source()} with the overrides: {@code "plan.json with --set a.b=1 --set c=2"}. */
  public String origin() {
    return origin;
  }

  /** The validated domain records (overrides applied, defaults filled in). */
  public Instance instance() {
    return loaded.instance();
  }

  /** The instance's name ({@code meta.name}). */
  public String name() {
    return loaded.instance().meta().name();
  }

  /** Whether the model has integer decisions (builds, potlines, unit commitment): a MILP. */
  public boolean isMilp() {
    return loaded.instance().hasIntegerDecisions();
  }

  /** Whether the instance records plan targets ({@link CoalGrid#checkTargets} has something to check). */
  public boolean hasTargets() {
    return !loaded.instance().targets().isEmpty();
  }

  /** Sources and notes of the sourced figures. */
  public Provenance provenance() {
    return loaded.provenance();
  }

  /** Warnings of the checks (the case is valid; these are worth a look). */
  public List<Problem> warnings() {
    return loaded.warnings();
  }

  /** The warnings one line each: {@code $.path: warning: ...}. */
  public List<String> warningLines() {
    return loaded.warnings().stream().map(Problem::format).toList();
  }

  /** The overrides as applied: where each landed, the value it replaced and its unit. */
  public List<Scenario.Applied> scenario() {
    return scenario;
  }

  /** The instance tree in the file format with the overrides applied (read-only by convention). */
  public JsonNode tree() {
    return loaded.tree();
  }

  /** The instance as read: records, provenance, warnings and tree. */
  public LoadedInstance loaded() {
    return loaded;
  }

  @Override
  public String toString() {
    return origin;
  }
}
