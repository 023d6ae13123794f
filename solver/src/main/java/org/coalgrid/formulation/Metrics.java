package org.coalgrid.formulation;

import java.util.List;
import java.util.Optional;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * Named metrics of a solution as model expressions in domain units (t/yr, MWh/yr, MW), used by GENERIC
 * policies and plan targets. The names, units and meanings are listed once, in {@link MetricName.Kind};
 * internal regions only unless the name says otherwise. A linear metric is one expression; a ratio metric
 * (targets only) is numerator / denominator, both linear, so "ratio (sense) v" is the linear row
 * {@code numerator - v * denominator (sense) 0}.
 */
public final class Metrics {
  private final ModelContext ctx;

  public Metrics(ModelContext ctx) {
    this.ctx = ctx;
  }

  /** A ratio metric: value = numerator / denominator (undefined when the denominator is 0). */
  public record Ratio(LinearExpr numerator, LinearExpr denominator) {
    public Double evaluate(double[] x) {
      double d = denominator.evaluate(x);
      return d == 0 ? null : numerator.evaluate(x) / d;
    }
  }

  /** The linear metric {@code name}, or empty if it is not a linear metric of this instance. */
  public Optional<LinearExpr> linear(String name) {
    MetricName m;
    try {
      m = MetricName.parse(name, ctx.instance());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return m.isRatio() ? Optional.empty() : Optional.of(linear(m));
  }

  /** The ratio metric {@code m} as numerator and denominator. */
  public Ratio ratio(MetricName m) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    double t2d = Units.T_PER_UNIT;
    LinearExpr num = new LinearExpr();
    LinearExpr den = linear(new MetricName(MetricName.Kind.COAL_PRODUCED, null));
    switch (m.kind()) {
      case COAL_WASHED_SHARE -> num = linear(new MetricName(MetricName.Kind.COAL_WASHED, null));
      case COAL_LOCAL_CONVERSION -> {
        num.addScaled(linear(new MetricName(MetricName.Kind.COAL_TO_POWER, null)), 1.0);
        num.addScaled(linear(new MetricName(MetricName.Kind.COAL_TO_INDUSTRY, null)), 1.0);
        for (int k = 0; k < in.coalDemands().size(); k++) {
          if (internal(in.coalDemands().get(k).region())) {
            for (int col : v.cd[k]) {
              num.add(col, t2d);
            }
          }
        }
      }
      case COAL_LARGE_MINE_SHARE -> forMines(num, q -> in.mines().get(q).large(), t2d);
      case UNIT_COAL_LARGE -> {
        den = new LinearExpr();
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (plant.large() && plant.type().burnsCoal() && internal(plant.region())) {
            LinearExpr g = new LinearExpr();
            addGeneration(g, p);
            den.addScaled(g, 1.0);
            num.addScaled(g, plant.heatRateGcePerKwh());
          }
        }
      }
      default -> throw new IllegalArgumentException(m.kind().pattern() + " is not a ratio metric");
    }
    return new Ratio(num, den);
  }

  /** The linear metric {@code m} as an expression in model columns, in the metric's domain unit. */
  public LinearExpr linear(MetricName m) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    LinearExpr e = new LinearExpr();
    double t2d = Units.T_PER_UNIT;
    String arg = m.arg();
    switch (m.kind()) {
      case COAL_PRODUCED -> forMines(e, q -> true, t2d);
      case COAL_WASHED -> {
        for (int q = 0; q < in.mines().size(); q++) {
          var mine = in.mines().get(q);
          if (internal(mine.region())) {
            Washing.addWashed(e, v, mine, q, t2d);
          }
        }
      }
      case COAL_BYPRODUCT -> {
        for (int q = 0; q < in.mines().size(); q++) {
          if (internal(in.mines().get(q).region())) {
            e.add(v.wb[q], t2d);
          }
        }
      }
      case COAL_TO_POWER -> {
        for (int p = 0; p < in.plants().size(); p++) {
          if (internal(in.plants().get(p).region())) {
            addAll(e, v.z[p], t2d);
          }
        }
      }
      case COAL_TO_INDUSTRY -> {
        for (int i = 0; i < in.industries().size(); i++) {
          if (internal(in.industries().get(i).region())) {
            addAll(e, v.w[i], t2d);
          }
        }
      }
      case COAL_TO_INDUSTRY_WITH_CHP -> {
        e.addScaled(linear(new MetricName(MetricName.Kind.COAL_TO_INDUSTRY, null)), 1.0);
        for (int p = 0; p < in.plants().size(); p++) {
          if (internal(in.plants().get(p).region()) && in.plants().get(p).type() == PlantType.CHP) {
            addAll(e, v.z[p], t2d);
          }
        }
      }
      case COAL_OUTBOUND -> {
        for (int a = 0; a < in.coalArcs().size(); a++) {
          CoalArc arc = in.coalArcs().get(a);
          if (internal(arc.from()) && !internal(arc.to())) {
            addAll(e, v.y[a], t2d);
          }
        }
      }
      case GENERATION_TOTAL, GENERATION_TYPE -> {
        PlantType type = arg == null ? null : PlantType.valueOf(arg);
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (internal(plant.region()) && (type == null || plant.type() == type)) {
            addGeneration(e, p);
          }
        }
      }
      case CAPACITY_INSTALLED, CAPACITY_TYPE -> {
        PlantType type = arg == null ? null : PlantType.valueOf(arg);
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (internal(plant.region()) && (type == null || plant.type() == type)) {
            e.addConstant(plant.capacityMw());
            if (v.b[p] >= 0) {
              e.add(v.b[p], plant.build().unitMw());
            }
          }
        }
      }
      case EXPORT_CAPABILITY -> {
        for (int l = 0; l < in.lines().size(); l++) {
          Line line = in.lines().get(l);
          if (line.to().equals(arg)) {
            e.addConstant(line.capacityMw());
            if (v.bl[l] >= 0) {
              e.add(v.bl[l], line.build().unitMw());
            }
          }
        }
      }
      case EXPORT_DELIVERED -> {
        for (int k = 0; k < in.exports().size(); k++) {
          addPeriodEnergy(e, v.e[k]);
        }
      }
      case EXPORT_CONTRACT_DELIVERED ->
          addPeriodEnergy(e, v.e[indexOf(in.exports().stream().map(x -> x.id()).toList(), arg)]);
      case UNSERVED_TOTAL -> {
        for (int k = 0; k < in.demands().size(); k++) {
          if (internal(in.demands().get(k).region())) {
            addPeriodEnergy(e, v.u[k]);
          }
        }
      }
      case PLANT_GENERATION -> addGeneration(e, indexOf(in.plants().stream().map(Plant::id).toList(), arg));
      case LINE_FLOW -> {
        int l = indexOf(in.lines().stream().map(Line::id).toList(), arg);
        addPeriodEnergy(e, v.f[l]);
        if (v.fr[l] != null) {
          addPeriodEnergy(e, v.fr[l]);
        }
      }
      case INDUSTRY_OUTPUT -> {
        for (int col : v.s[indexOf(in.industries().stream().map(x -> x.id()).toList(), arg)]) {
          e.add(col, t2d);
        }
      }
      case CHAIN_OUTPUT -> {
        Chain chain = Chain.valueOf(arg);
        for (int i = 0; i < in.industries().size(); i++) {
          if (in.industries().get(i).chain() == chain && internal(in.industries().get(i).region())) {
            for (int col : v.s[i]) {
              e.add(col, t2d);
            }
          }
        }
      }
      case MINE_OUTPUT -> e.add(v.q[indexOf(in.mines().stream().map(x -> x.id()).toList(), arg)], t2d);
      case REGION_COAL_PRODUCED -> {
        for (int q = 0; q < in.mines().size(); q++) {
          if (in.mines().get(q).region().equals(arg)) {
            e.add(v.q[q], t2d);
          }
        }
      }
      case EMISSIONS_CO2, EMISSIONS_SO2 -> {
        boolean co2 = m.kind() == MetricName.Kind.EMISSIONS_CO2;
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (!internal(plant.region())) {
            continue;
          }
          for (int g = 0; g < in.coalGrades().size(); g++) {
            double f = co2 ? co2PerT(g) : so2PerT(plant, g);
            for (int col : v.z[p][g]) {
              e.add(col, f * t2d);
            }
          }
        }
      }
      default -> throw new IllegalArgumentException(m.kind().pattern() + " is a ratio metric, not linear");
    }
    return e;
  }

  /** t CO2 per t of grade g burned: tcePerT * co2TPerTce. */
  public double co2PerT(int g) {
    var grade = ctx.instance().coalGrades().get(g);
    return grade.tcePerT() * grade.co2TPerTce();
  }

  /** t SO2 per t of grade g burned in plant p: 2 * sulfurPct / 100 * (1 - desulfurisation). */
  public double so2PerT(Plant plant, int g) {
    var grade = ctx.instance().coalGrades().get(g);
    return 2.0 * grade.sulfurPct() / 100.0 * (1.0 - plant.desulfurisationShare());
  }

  private boolean internal(String region) {
    return !ctx.isExternal(region);
  }

  private void forMines(LinearExpr e, java.util.function.IntPredicate keep, double f) {
    for (int m = 0; m < ctx.instance().mines().size(); m++) {
      if (internal(ctx.instance().mines().get(m).region()) && keep.test(m)) {
        e.add(ctx.vars().q[m], f);
      }
    }
  }

  private void addGeneration(LinearExpr e, int p) {
    addPeriodEnergy(e, ctx.vars().x[p]);
  }

  private void addPeriodEnergy(LinearExpr e, int[] cols) {
    for (int t = 0; t < cols.length; t++) {
      e.add(cols[t], ctx.hours(t));
    }
  }

  private static void addAll(LinearExpr e, int[][] cols, double f) {
    for (int[] a : cols) {
      for (int c : a) {
        e.add(c, f);
      }
    }
  }

  private static int indexOf(List<String> ids, String id) {
    return ids.indexOf(id);
  }
}
