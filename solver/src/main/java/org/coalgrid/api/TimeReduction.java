package org.coalgrid.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.io.schema.Json;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.timeseries.TimeReducer;

/**
 * {@code coalgrid reduce-time}: a full chronological year reduced to K representative days (docs/time.md), and
 * the error of the reduction against the full year on the same network ({@link #error}). Seeded and
 * deterministic: the same instance, K and seed give a byte-identical file. Immutable; thread-safe.
 * <pre>{@code
 * CoalGrid cg = CoalGrid.create();
 * TimeReduction r = TimeReduction.reduce(cg, cg.load(Path.of("year.json")), 12, 1);
 * r.write(Path.of("year-12days.json"));
 * ReductionError e = r.error(cg);        // solves both; e.text() is the table coalgrid prints
 * }</pre>
 */
public final class TimeReduction {
  private final PlanningCase year;
  private final PlanningCase reduced;
  private final TimeReducer.Reduction reduction;
  private final String json;

  private TimeReduction(PlanningCase year, PlanningCase reduced, TimeReducer.Reduction reduction, String json) {
    this.year = year;
    this.reduced = reduced;
    this.reduction = reduction;
    this.json = json;
  }

  /**
   * Clusters the days of {@code year} (a full chronological year) into {@code days} representative days with
   * {@code seed}. The reduced instance is read back through every check of {@code validate}.
   *
   * @throws IllegalArgumentException if {@code year} is not a full year or {@code days} is out of range
   * @throws InvalidInstanceException if the reduced instance does not pass validation (a bug: reported, not written)
   */
  public static TimeReduction reduce(CoalGrid grid, PlanningCase year, int days, long seed)
      throws InvalidInstanceException {
    TimeReducer.Reduction r = TimeReducer.reduce(year.instance(), days, seed);
    // per-step maps in step order, the coal feed by grade (InstanceWriter): the same bytes on every run
    String text = Json.pretty(InstanceWriter.toTree(r.reduced()));
    PlanningCase back = grid.parse(text, r.reduced().meta().name(), WhatIf.none());
    return new TimeReduction(year, back, r, text);
  }

  /** The full year that was reduced. */
  public PlanningCase year() {
    return year;
  }

  /** The reduced instance, as read back from {@link #json()}. */
  public PlanningCase reduced() {
    return reduced;
  }

  /** The reduced instance's file text. */
  public String json() {
    return json;
  }

  /** Number of representative days. */
  public int days() {
    return reduction.clusters().medoids().length;
  }

  /** The seed of the clustering. */
  public long seed() {
    return reduction.seed();
  }

  /** What the days were clustered on ("load 3, wind 3, solar 3, inflow 3"). */
  public String clusteredOn() {
    return reduction.clusteredOn();
  }

  /** Sum of the distances of the days to their representative day (normalised profile units). */
  public double clusteringCost() {
    return reduction.clusters().cost();
  }

  /** The representative days in order: id, weight (days it stands for) and month. */
  public List<String> dayLines() {
    List<String> out = new ArrayList<>();
    Instance in = reduced.instance();
    in.time().days().forEach(d -> out.add(d.id() + " (month " + d.month() + ", " + Math.round(d.weight())
        + " days)"));
    return out;
  }

  /**
   * Writes the reduced instance to {@code file} atomically; refused (exit 2) if it is the full year's file.
   *
   * @throws IOException if the file is refused or cannot be written (nothing is left behind)
   */
  public void write(Path file) throws IOException {
    List<Path> inputs = year.file().map(List::of).orElse(List.of());
    AtomicOutput.writeFile(file, inputs, w -> w.write(json));
  }

  /**
   * Solves the full year and the reduced instance with {@code grid}'s settings and compares objective,
   * generation mix, prices and storage.
   *
   * @throws ModelTooLargeException if either model does not fit in the heap
   * @throws VerificationFailedException if a solution fails the independent verifier
   */
  public ReductionError error(CoalGrid grid) throws ModelTooLargeException, VerificationFailedException {
    Solution full = grid.solve(year);
    Solution red = grid.solve(reduced);
    return ReductionError.of(days(), full, red);
  }
}
