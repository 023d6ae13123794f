package org.coalgrid.formulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.lp.LinearProgram;

/**
 * The recipe: variables, then each constraint family in turn, then the objective. The order fixes row and
 * column order, so names and exported MPS files are deterministic.
 */
public final class Formulation {
  /** The families in the order they are applied. */
  public static final List<ConstraintFamily> FAMILIES = List.of(
      new MineBounds(),
      new Washing(),
      new CoalBalance(),
      new ArcCapacity(),
      new PlantFuel(),
      new PlantCapacity(),
      new Hydro(),
      new PumpedStorage(),
      new PowerBalance(),
      new LineCapacity(),
      new Exports(),
      new IndustryProduction(),
      new HeatBalance(),
      new DirectSupplyLimits(),
      new CoalDemands(),
      new PolicyConstraints(),
      new Ramping(),
      new UnitCommitment(),
      new WashingCapacity(), // after the others: its section, §4.19, came last (§4.2 is the washing it bounds)
      new Objective());

  private static final Map<String, ConstraintFamily> BY_NAME = new HashMap<>();

  static {
    for (ConstraintFamily f : FAMILIES) {
      BY_NAME.put(f.name(), f);
    }
  }

  private Formulation() {}

  /**
   * The role of the standard family named {@code name} (the family of a row in a result), or null if no standard
   * family has that name. For models built with extra families, {@link ModelContext#family} knows those too.
   */
  public static ConstraintFamily.Role role(String name) {
    ConstraintFamily f = BY_NAME.get(name);
    return f == null ? null : f.role();
  }

  /** Builds the model of {@code instance} in {@code mode}; the returned context holds the frozen model. */
  public static ModelContext build(Instance instance, ObjectiveMode mode) {
    return build(instance, mode, List.of());
  }

  /**
   * Builds the model with {@code extra} families applied after the standard ones (e.g. plan targets imposed
   * as rows by {@code org.coalgrid.targets}); extra rows come last, so standard row indices are unchanged.
   */
  public static ModelContext build(Instance instance, ObjectiveMode mode, List<? extends ConstraintFamily> extra) {
    ModelContext ctx = new ModelContext(instance, mode);
    Variables.create(ctx);
    for (ConstraintFamily family : FAMILIES) {
      ctx.apply(family);
    }
    for (ConstraintFamily family : extra) {
      ctx.apply(family);
    }
    LinearProgram lp = ctx.lp();
    lp.freeze();
    return ctx;
  }
}
