package org.coalgrid.targets;

import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Target;
import org.coalgrid.formulation.LinearExpr;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;

/**
 * A target's metric bound to one built model, and the target's band in the metric's unit:
 * <pre>
 * GE: value - tol |value| &lt;= metric          LE: metric &lt;= value + tol |value|
 * EQ: value - tol |value| &lt;= metric &lt;= value + tol |value|
 * </pre>
 * A linear metric is the expression {@code e}; a ratio is {@code N / D}, imposed as {@code N - lo D >= 0} and
 * {@code N - hi D <= 0} (D &gt;= 0 for every ratio metric, so this is the same set where D &gt; 0).
 */
final class TargetMetric {
  /** Relative slack when deciding whether a solved value lies in the band (solver feasibility tolerance). */
  static final double MET_TOLERANCE = 1e-6;

  final Target target;
  final MetricName name;
  private final LinearExpr linear;
  private final Metrics.Ratio ratio;

  TargetMetric(Target target, ModelContext ctx) {
    this.target = target;
    this.name = MetricName.parse(target.metric(), ctx.instance());
    Metrics metrics = new Metrics(ctx);
    this.linear = name.isRatio() ? null : metrics.linear(name);
    this.ratio = name.isRatio() ? metrics.ratio(name) : null;
  }

  /** Lower end of the band, or -infinity. */
  double lower() {
    return target.sense() == org.coalgrid.domain.Sense.LE ? Double.NEGATIVE_INFINITY
        : target.value() - target.tolerance() * Math.abs(target.value());
  }

  /** Upper end of the band, or +infinity. */
  double upper() {
    return target.sense() == org.coalgrid.domain.Sense.GE ? Double.POSITIVE_INFINITY
        : target.value() + target.tolerance() * Math.abs(target.value());
  }

  /** The metric at solution {@code x} (domain units), or null for a ratio whose denominator is 0. */
  Double value(double[] x) {
    return ratio != null ? ratio.evaluate(x) : linear.evaluate(x);
  }

  /** True if no decision of the model changes the metric (capacity or line ratings without builds). */
  boolean isFixedByData() {
    return ratio != null ? ratio.numerator().isEmpty() && ratio.denominator().isEmpty() : linear.isEmpty();
  }

  /** True if {@code v} lies in the band, with slack {@link #MET_TOLERANCE} relative to the target value. */
  boolean inBand(Double v) {
    if (v == null) {
      return false;
    }
    double eps = MET_TOLERANCE * Math.max(1e-9, Math.abs(target.value()));
    return v >= lower() - eps && v <= upper() + eps;
  }

  LinearExpr linear() {
    return linear;
  }

  Metrics.Ratio ratio() {
    return ratio;
  }
}
