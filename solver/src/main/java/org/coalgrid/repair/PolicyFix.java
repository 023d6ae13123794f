package org.coalgrid.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Policy;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.lp.LinearProgram;

/**
 * The limit a relaxed policy would need for the plan to close without the relaxation, whatever the policy's
 * type: a cap or floor in t/yr, t CO2 or MW (the limit is the row's bound), a share inside the row (就地转化率,
 * 大煤保大电 and 煤矸石 shares: limit x a quantity of the plan) or beside it (备用率: the bound is (1 + limit) x the
 * peak load), or a GENERIC policy in its own unit.
 *
 * <p>Method: the policy's row is linear in its limit m. With x the repaired plan (the relaxation's slack left out)
 * and f(m) the row's margin at x (activity - lower bound for a floor, upper bound - activity for a cap; below
 * zero by the relaxation), the model built again with m + δ gives f(m + δ), so f(m') = f(m) + (m' - m) g with
 * g = (f(m + δ) - f(m)) / δ, and m' = m - f(m) / g is the limit at which the repaired plan meets the policy with
 * no relaxation. Rounded outward as every fix ({@link RepairFields#outward}): a cap up, a floor down. No fix when
 * the limit does not move the row (g = 0).
 */
final class PolicyFix {
  private PolicyFix() {}

  /**
   * The fix of policy {@code id} relaxed {@code above} (its upper bound) or below, at the plan {@code x} (the
   * columns of {@code ctx}'s model first, as in the elastic model); {@code unit} is the unit of a limit that is
   * not a share (the policy's own: t/yr, MW, MWh for an energy quota, ...). Empty when there is none.
   */
  static Optional<Relaxation.Fix> of(ModelContext ctx, String id, boolean above, double[] x, String unit) {
    Instance in = ctx.instance();
    int k = -1;
    for (int i = 0; i < in.policies().size(); i++) {
      if (in.policies().get(i).id().equals(id)) {
        k = i;
      }
    }
    if (k < 0) {
      return Optional.empty();
    }
    Policy p = in.policies().get(k);
    double m = p.limit();
    double delta = Math.max(1, Math.abs(m));
    String row = ModelNames.policy(id);
    double f0 = margin(ctx.lp(), row, above, x);
    double f1 = margin(Formulation.build(withLimit(in, k, m + delta), ctx.mode()).lp(), row, above, x);
    double g = (f1 - f0) / delta;
    if (!Double.isFinite(f0) || !Double.isFinite(f1) || Math.abs(g) < 1e-12 * Math.max(1, Math.abs(f0))) {
      return Optional.empty();
    }
    double needed = m - f0 / g;
    boolean up = needed > m;
    return Optional.of(new Relaxation.Fix("$.policies[" + k + "].limit", m, RepairFields.outward(needed, up),
        isShare(p) ? "share" : unit));
  }

  /** The row's margin at x: activity - lower bound (a floor), or upper bound - activity (a cap). */
  private static double margin(LinearProgram lp, String row, boolean above, double[] x) {
    int i = lp.row(row);
    if (i < 0) {
      return Double.NaN;
    }
    double a = lp.rowActivity(i, x);
    return above ? lp.rowUpper(i) - a : a - lp.rowLower(i);
  }

  /** True when the policy's limit is a share (就地转化率, 大煤保大电, 煤矸石综合利用, 备用率), not a quantity. */
  static boolean isShare(Policy p) {
    return switch (p.type()) {
      case RESERVE_MARGIN, LOCAL_CONVERSION, LARGE_MINE_TO_LARGE_PLANT, GANGUE_UTILISATION -> true;
      default -> false;
    };
  }

  /** {@code in} with policy k's limit set to {@code limit}. */
  private static Instance withLimit(Instance in, int k, double limit) {
    List<Policy> policies = new ArrayList<>(in.policies());
    Policy p = policies.get(k);
    policies.set(k, new Policy(p.id(), p.name(), p.nameZh(), p.type(), limit, p.regions(), p.region(), p.sense(),
        p.terms()));
    return new Instance(in.meta(), in.periods(), in.time(), in.regions(), in.coalGrades(), in.mines(), in.coalArcs(),
        in.plants(), in.lines(), in.industries(), in.directSupplies(), in.demands(), in.coalDemands(), in.exports(),
        policies, in.targets());
  }
}
