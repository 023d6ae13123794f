package org.coalgrid.pathway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.Target;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;

/**
 * Plan targets over the years of a pathway (issue 11 item 5): every target of the base instance (due in every year)
 * and of {@code pathway.targets} ("≥ 150 Mt by 2010") is evaluated on each year's solution with the metrics of the
 * single-year model (docs/targets.md), and reported with the year it is first met. A target is met in a year when its
 * metric lies within value ± tolerance·|value| on its side. Its status: MET (met in its due year, or in every year when
 * it has none), LATE (first met after its due year), MISSED (met in no year up to its due year nor after; a target
 * without a year: not met in some year). Stateless.
 */
final class YearTargets {
  private YearTargets() {}

  /** Relative slack for a metric computed from a solver's solution. */
  private static final double SLACK = 1e-7;

  /** The targets of {@code pw}, each with no due year (base targets) or its year. */
  static List<Pathway.YearTarget> all(List<Target> base, Pathway pw) {
    List<Pathway.YearTarget> out = new ArrayList<>();
    base.forEach(t -> out.add(Pathway.YearTarget.everyYear(t)));
    out.addAll(pw.targets());
    return out;
  }

  /** The metric of {@code t} on a year's solution (its model and its columns' values), or null if undefined. */
  static Double value(Target t, ModelContext ctx, double[] x) {
    MetricName m = MetricName.parse(t.metric(), ctx.instance());
    Metrics metrics = new Metrics(ctx);
    return m.isRatio() ? metrics.ratio(m).evaluate(x) : metrics.linear(m).evaluate(x);
  }

  static boolean met(Target t, Double v) {
    if (v == null) {
      return false;
    }
    double slack = t.tolerance() * Math.abs(t.value()) + SLACK * Math.max(1, Math.abs(t.value()));
    return switch (t.sense()) {
      case GE -> v >= t.value() - slack;
      case LE -> v <= t.value() + slack;
      case EQ -> Math.abs(v - t.value()) <= slack;
    };
  }

  /** The row of target {@code yt} given its value in each year. */
  static PathwayResult.TargetRow row(Pathway.YearTarget yt, Map<Integer, Double> values, String metricUnit) {
    Target t = yt.target();
    Integer first = null;
    boolean every = true;
    List<Integer> metIn = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      boolean ok = met(t, e.getValue());
      every &= ok;
      if (ok) {
        metIn.add(e.getKey());
      }
      if (ok && first == null) {
        first = e.getKey();
      }
    }
    String status;
    if (yt.year() == null) {
      status = every ? "MET" : "MISSED";
    } else {
      boolean dueMet = met(t, values.get(yt.year()));
      status = dueMet ? "MET" : first != null && first > yt.year() ? "LATE" : "MISSED";
    }
    String unit = t.unit() != null ? t.unit() : metricUnit;
    return new PathwayResult.TargetRow(t.id(), t.name(), t.metric(), t.sense() == null ? Sense.EQ.symbol()
        : t.sense().symbol(), t.value(), t.tolerance(), unit, yt.year(), new LinkedHashMap<>(values), metIn, first,
        status);
  }
}
