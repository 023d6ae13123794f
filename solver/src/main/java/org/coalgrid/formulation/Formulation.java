package org.coalgrid.formulation;

import java.util.List;
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
      new Objective());

  private Formulation() {}

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
      family.apply(ctx);
    }
    for (ConstraintFamily family : extra) {
      family.apply(ctx);
    }
    LinearProgram lp = ctx.lp();
    lp.freeze();
    return ctx;
  }
}
