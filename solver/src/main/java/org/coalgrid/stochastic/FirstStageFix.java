package org.coalgrid.stochastic;

import java.util.Map;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.uncertainty.FirstStagePlan;

/**
 * Fixes a first-stage plan in a single-year model: the columns b.p, bl.l and n.i of the plan get lower = upper =
 * the plan's value, so the year is solved with the builds and potlines decided (its dispatch, coal flows and trade
 * free). Commitments are not columns of a single-year model: {@link FirstStagePlan#committed} puts them into the
 * instance. Every solution of the fixed model is a solution of the instance. Stateless.
 */
public final class FirstStageFix {
  private FirstStageFix() {}

  /** Fixes {@code plan} in {@code ctx}'s model. */
  public static void apply(ModelContext ctx, FirstStagePlan plan) {
    LinearProgram lp = ctx.lp();
    plan.plantBuilds().forEach((p, n) -> fix(lp, ModelNames.b(p), n));
    plan.lineBuilds().forEach((l, n) -> fix(lp, ModelNames.bl(l), n));
    plan.potlines().forEach((i, n) -> fix(lp, ModelNames.n(i), n));
  }

  private static void fix(LinearProgram lp, String name, int value) {
    int j = lp.column(name);
    if (j >= 0) {
      lp.setColumnBounds(j, value, value);
    }
  }

  /** The plan's decisions as {@code name → value} in model names, for tables. */
  public static Map<String, Double> asColumns(FirstStagePlan plan) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    plan.plantBuilds().forEach((p, n) -> out.put(ModelNames.b(p), (double) n));
    plan.lineBuilds().forEach((l, n) -> out.put(ModelNames.bl(l), (double) n));
    plan.potlines().forEach((i, n) -> out.put(ModelNames.n(i), (double) n));
    plan.commitments().forEach((x, v) -> out.put(ModelNames.fc(x), v));
    return out;
  }
}
