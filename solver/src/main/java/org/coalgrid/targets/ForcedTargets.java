package org.coalgrid.targets;

import java.util.List;
import org.coalgrid.domain.Target;
import org.coalgrid.formulation.ConstraintFamily;
import org.coalgrid.formulation.LinearExpr;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.Rows;
import org.coalgrid.formulation.Units;

/**
 * Plan targets imposed as rows, for the re-solves of {@link TargetCheck}. Each row is divided by its
 * largest coefficient so coefficients stay near 1:
 * <pre>
 * linear metric e:   target.&lt;id&gt;       lo &lt;= e &lt;= hi
 * ratio N / D:       target.&lt;id&gt;.lo    N - lo D &gt;= 0      target.&lt;id&gt;.hi    N - hi D &lt;= 0
 * </pre>
 * (lo, hi: the band of {@link TargetMetric}; a missing end is left out.)
 */
final class ForcedTargets implements ConstraintFamily {
  private final List<Target> targets;

  ForcedTargets(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  @Override
  public String name() {
    return "target";
  }

  @Override
  public String title() {
    return "Plan targets imposed as rows";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.TARGET);
  }

  @Override
  public Role role() {
    return Role.OBLIGATION;
  }

  @Override
  public String dualMeaning() {
    return "the cost of meeting the target, per unit of the target's row";
  }

  @Override
  public void apply(ModelContext ctx) {
    for (Target t : targets) {
      TargetMetric m = new TargetMetric(t, ctx);
      double lo = m.lower();
      double hi = m.upper();
      if (m.linear() != null) {
        add(ctx, ModelNames.target(t.id()), t, m.linear(), lo, hi);
      } else {
        if (lo > Double.NEGATIVE_INFINITY) {
          add(ctx, ModelNames.targetLower(t.id()), t, ratioRow(m, lo), 0, Double.POSITIVE_INFINITY);
        }
        if (hi < Double.POSITIVE_INFINITY) {
          add(ctx, ModelNames.targetUpper(t.id()), t, ratioRow(m, hi), Double.NEGATIVE_INFINITY, 0);
        }
      }
    }
  }

  private static LinearExpr ratioRow(TargetMetric m, double bound) {
    return new LinearExpr().addScaled(m.ratio().numerator(), 1.0).addScaled(m.ratio().denominator(), -bound);
  }

  private void add(ModelContext ctx, String row, Target t, LinearExpr e, double lo, double hi) {
    double scale = 0;
    for (int k = 0; k < e.size(); k++) {
      scale = Math.max(scale, Math.abs(e.coef(k)));
    }
    scale = scale == 0 ? 1 : scale;
    LinearExpr scaled = new LinearExpr().addScaled(e, 1.0 / scale);
    Rows.add(ctx.lp(), row, scaled, lo / scale, hi / scale, ModelContext.info(name(), t.id(), null,
        Units.CNY_PER_UNIT / scale, "CNY per " + (t.unit() != null ? t.unit() : "unit") + " of the target row",
        scale, t.unit() != null ? t.unit() : "target units"));
  }
}
