package org.coalgrid.verify;

import java.util.function.IntPredicate;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * The named metrics of GENERIC policies, plan targets and the KPIs ({@link MetricName}: coal.produced,
 * generation.COAL, line.&lt;id&gt;.flow, ...) as linear expressions over the verifier's columns, in the metric's
 * domain unit (t/yr, MWh/yr, MW); internal regions only unless the name says otherwise. A ratio metric is one
 * expression over another.
 */
final class MetricExpressions {
  private final Context c;

  MetricExpressions(Context c) {
    this.c = c;
  }

  /** The value of {@code name} at the solution; NaN for a ratio whose denominator is 0. */
  double value(String name) {
    MetricName m = MetricName.parse(name, c.in);
    if (!m.isRatio()) {
      return c.model.value(linear(m));
    }
    Lin[] r = ratio(m);
    double den = c.model.value(r[1]);
    return den == 0 ? Double.NaN : c.model.value(r[0]) / den;
  }

  /** {numerator, denominator} of a ratio metric. */
  Lin[] ratio(MetricName m) {
    Instance in = c.in;
    Lin num = new Lin();
    Lin den = linear(new MetricName(MetricName.Kind.COAL_PRODUCED, null));
    switch (m.kind()) {
      case COAL_WASHED_SHARE -> num = linear(new MetricName(MetricName.Kind.COAL_WASHED, null));
      case COAL_LOCAL_CONVERSION -> {
        num.addScaled(linear(new MetricName(MetricName.Kind.COAL_TO_POWER, null)), 1);
        num.addScaled(linear(new MetricName(MetricName.Kind.COAL_TO_INDUSTRY, null)), 1);
        for (int k = 0; k < in.coalDemands().size(); k++) {
          if (c.internal(in.coalDemands().get(k).region())) {
            addAll(num, c.v.cd[k]);
          }
        }
      }
      case COAL_LARGE_MINE_SHARE -> mines(num, q -> in.mines().get(q).large());
      case UNIT_COAL_LARGE -> {
        den = new Lin();
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (plant.large() && plant.type().burnsCoal() && c.internal(plant.region())) {
            energy(den, c.v.x[p], 1);
            energy(num, c.v.x[p], plant.heatRateGcePerKwh());
          }
        }
      }
      default -> throw new IllegalArgumentException(m.kind().pattern() + " is not a ratio metric");
    }
    return new Lin[] {num, den};
  }

  /** The linear metric {@code m}. */
  Lin linear(MetricName m) {
    Instance in = c.in;
    Columns v = c.v;
    Lin e = new Lin();
    String arg = m.arg();
    switch (m.kind()) {
      case COAL_PRODUCED -> mines(e, q -> true);
      case COAL_WASHED -> {
        for (int q = 0; q < in.mines().size(); q++) {
          var mine = in.mines().get(q);
          if (c.internal(mine.region())) {
            c.addWashed(e, q, 1);
          }
        }
      }
      case COAL_BYPRODUCT -> {
        for (int q = 0; q < in.mines().size(); q++) {
          if (c.internal(in.mines().get(q).region())) {
            e.add(v.washByproduct[q], 1);
          }
        }
      }
      case COAL_TO_POWER -> {
        for (int p = 0; p < in.plants().size(); p++) {
          if (c.internal(in.plants().get(p).region())) {
            addAll(e, v.z[p]);
          }
        }
      }
      case COAL_TO_INDUSTRY, COAL_TO_INDUSTRY_WITH_CHP -> {
        for (int i = 0; i < in.industries().size(); i++) {
          if (c.internal(in.industries().get(i).region())) {
            addAll(e, v.w[i]);
          }
        }
        for (int p = 0; m.kind() == MetricName.Kind.COAL_TO_INDUSTRY_WITH_CHP && p < in.plants().size(); p++) {
          if (c.internal(in.plants().get(p).region()) && in.plants().get(p).type() == PlantType.CHP) {
            addAll(e, v.z[p]);
          }
        }
      }
      case COAL_OUTBOUND -> {
        for (int a = 0; a < in.coalArcs().size(); a++) {
          CoalArc arc = in.coalArcs().get(a);
          if (c.internal(arc.from()) && !c.internal(arc.to())) {
            addAll(e, v.y[a]);
          }
        }
      }
      case GENERATION_TOTAL, GENERATION_TYPE -> {
        PlantType type = arg == null ? null : PlantType.valueOf(arg);
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (c.internal(plant.region()) && (type == null || plant.type() == type)) {
            energy(e, v.x[p], 1);
          }
        }
      }
      case CAPACITY_INSTALLED, CAPACITY_TYPE -> {
        PlantType type = arg == null ? null : PlantType.valueOf(arg);
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (c.internal(plant.region()) && (type == null || plant.type() == type)) {
            e.addConstant(plant.capacityMw());
            e.add(v.plantBuild[p], plant.build() != null ? plant.build().unitMw() : 0);
          }
        }
      }
      case EXPORT_CAPABILITY -> {
        for (int l = 0; l < in.lines().size(); l++) {
          Line line = in.lines().get(l);
          if (line.to().equals(arg)) {
            e.addConstant(line.capacityMw());
            e.add(v.lineBuild[l], line.build() != null ? line.build().unitMw() : 0);
          }
        }
      }
      case EXPORT_DELIVERED -> {
        for (int[] x : v.export) {
          energy(e, x, 1);
        }
      }
      case EXPORT_CONTRACT_DELIVERED -> energy(e, v.export[index(in.exports().stream().map(x -> x.id()).toList(), arg)], 1);
      case UNSERVED_TOTAL -> {
        for (int k = 0; k < in.demands().size(); k++) {
          if (c.internal(in.demands().get(k).region())) {
            energy(e, v.unserved[k], 1);
          }
        }
      }
      case PLANT_GENERATION -> energy(e, v.x[index(in.plants().stream().map(Plant::id).toList(), arg)], 1);
      case LINE_FLOW -> {
        int l = index(in.lines().stream().map(Line::id).toList(), arg);
        energy(e, v.flow[l], 1);
        if (v.flowReverse[l] != null) {
          energy(e, v.flowReverse[l], 1);
        }
      }
      case INDUSTRY_OUTPUT -> addAll(e, v.output[index(in.industries().stream().map(x -> x.id()).toList(), arg)]);
      case CHAIN_OUTPUT -> {
        Chain chain = Chain.valueOf(arg);
        for (int i = 0; i < in.industries().size(); i++) {
          if (in.industries().get(i).chain() == chain && c.internal(in.industries().get(i).region())) {
            addAll(e, v.output[i]);
          }
        }
      }
      case MINE_OUTPUT -> e.add(v.q[index(in.mines().stream().map(x -> x.id()).toList(), arg)], 1);
      case REGION_COAL_PRODUCED -> {
        for (int q = 0; q < in.mines().size(); q++) {
          if (in.mines().get(q).region().equals(arg)) {
            e.add(v.q[q], 1);
          }
        }
      }
      case EMISSIONS_CO2, EMISSIONS_SO2 -> {
        boolean co2 = m.kind() == MetricName.Kind.EMISSIONS_CO2;
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (!c.internal(plant.region())) {
            continue;
          }
          for (int g = 0; g < in.coalGrades().size(); g++) {
            var grade = in.coalGrades().get(g);
            double f = co2 ? Context.co2PerT(grade) : Context.so2PerT(grade, plant);
            for (int col : v.z[p][g]) {
              e.add(col, f);
            }
          }
        }
      }
      default -> throw new IllegalArgumentException(m.kind().pattern() + " is a ratio metric, not linear");
    }
    return e;
  }

  private void mines(Lin e, IntPredicate keep) {
    for (int q = 0; q < c.in.mines().size(); q++) {
      if (c.internal(c.in.mines().get(q).region()) && keep.test(q)) {
        e.add(c.v.q[q], 1);
      }
    }
  }

  private void energy(Lin e, int[] cols, double factor) {
    for (int t = 0; t < cols.length; t++) {
      e.add(cols[t], c.h[t] * factor);
    }
  }

  private static void addAll(Lin e, int[][] cols) {
    for (int[] a : cols) {
      addAll(e, a);
    }
  }

  private static void addAll(Lin e, int[] cols) {
    for (int col : cols) {
      e.add(col, 1);
    }
  }

  private static int index(java.util.List<String> ids, String id) {
    int k = ids.indexOf(id);
    if (k < 0) {
      throw new IllegalArgumentException("unknown id " + id);
    }
    return k;
  }
}
