package org.coalgrid.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.api.Settings;

/**
 * A checked batch spec (docs/batch.md; JSON Schema {@value BatchSchema#FILE}): the instances, the solver settings
 * every case uses, the overrides every case gets, and the variants of each instance, one list per
 * {@link CaseSource} section ({@code grid}, {@code scenarios}, ...). Made by {@link BatchSpecReader}.
 *
 * @param name      the batch's name (default: the spec file's name without extension)
 * @param file      the spec file
 * @param instances the instances, in spec order (folders expanded, files sorted by name)
 * @param settings  the solver settings of every case
 * @param set       overrides ({@code PATH=VALUE}) applied to every case before its variant's own
 * @param axes      the axis columns of the result table, in order (grid axes, then {@code scenario}, ...)
 * @param gridAxes  the grid's axes (for the summary's axis effects), in order
 * @param cases     the cases in spec order: for each instance, the variants of each section in turn (the instance
 *                  alone if no section gives any)
 * @param solutions whether each case's solution.json is written under {@code DIR/solutions/ID/}
 */
public record BatchSpec(String name, Path file, List<InstanceInput> instances, SpecSettings settings,
    List<String> set, List<String> axes, List<GridAxis> gridAxes, List<BatchCase> cases, boolean solutions) {

  /** The instance of each hash (a case names its instance by the hash of its content). */
  public java.util.Map<String, String> instanceTexts() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    instances.forEach(i -> m.put(i.sha256(), i.text()));
    return m;
  }

  /** One instance of the batch: how the spec names it, its content, and the hash of that content. */
  public record InstanceInput(String label, String text, String sha256) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One variant of an instance: its value on each axis it sets ({@code axis -> level}, in axis order) and its
   * overrides, in order.
   */
  public record Variant(java.util.Map<String, String> axisValues, List<String> set) {}

  /** A grid axis: its name, the {@code --set} path it varies (null for named levels) and its levels in order. */
  public record GridAxis(String name, String path, List<String> levels) {}

  /**
   * The solver settings of a batch, as written in the spec: backend name ({@code auto} by default), objective,
   * time limit (s), threads, MIP gap, MILP price backend, and whether an infeasible case runs the elastic repair.
   * Part of every case id.
   */
  public record SpecSettings(String solver, String objective, double timeLimitSeconds, int threads, double gap,
      String priceSolver, boolean repair) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults: auto backend, cost objective, 600 s, 1 thread, gap 1e-4, GLOP prices, no repair. */
    public static SpecSettings defaults() {
      Settings d = Settings.defaults();
      return new SpecSettings("auto", "cost", d.timeLimitSeconds(), d.threads(), d.relativeGap(), "glop", false);
    }

    /** As {@link Settings} (checked: {@link IllegalArgumentException} names the setting). */
    public Settings toSettings() {
      return Settings.defaults().withSolver(solver).withObjective(objective).withTimeLimit(timeLimitSeconds)
          .withThreads(threads).withGap(gap).withPriceSolver(priceSolver).withRepairOnInfeasible(repair);
    }

    /** The canonical text hashed into case ids (names in lower case, '_' as '-'; numbers as Java writes them). */
    public String canonical() {
      return "solver=" + name(solver) + ";objective=" + name(objective) + ";timeLimitSeconds=" + timeLimitSeconds
          + ";threads=" + threads + ";gap=" + gap + ";priceSolver=" + name(priceSolver) + ";repair=" + repair;
    }

    private static String name(String s) {
      return s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
