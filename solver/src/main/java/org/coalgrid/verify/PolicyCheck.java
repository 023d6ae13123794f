package org.coalgrid.verify;

import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;

/**
 * §4.16 Policies (one row {@code policy.<id>} each). A policy applies in its regions, or in every internal
 * region when it lists none. The row, its unit and its dual unit by type:
 * <pre>
 * COAL_PRODUCTION_CAP        Σ_{m in scope} q ≤ limit                                         t/yr, CNY/t
 * COAL_OUTBOUND_CAP          Σ_{arcs scope → external} Σ_{g,c} y ≤ limit                      t/yr, CNY/t
 * LARGE_MINE_TO_LARGE_PLANT  Σ_{p large} Σ_g z[p,g,LARGE] − limit·Σ_{p large} Σ_{g,c} z ≥ 0     t/yr, CNY/t
 * LOCAL_CONVERSION           Σ z + Σ w + Σ cd (in scope) − limit·Σ_{m in scope} q ≥ 0            t/yr, CNY/t
 * CO2_CAP, SO2_CAP           Σ_{p in scope} Σ_g (t CO2 or SO2 per t)·z ≤ limit                  t/yr, CNY/t CO2|SO2
 * EXPORT_CAPABILITY          Σ_{l into region} (capacity + unitMw·bl) ≥ limit                    MW, CNY/MW/yr
 * RESERVE_MARGIN 备用率        Σ_{p in scope} credit·(firm + unitMw·b) ≥ (1 + limit)·peak           MW, CNY/MW/yr
 * GANGUE_UTILISATION         Σ_{p in scope} Σ_{g byproduct} z − limit·(byproduct produced) ≥ 0     t/yr, CNY/t
 * GENERIC                    Σ_k coef_k·metric_k (LE/GE/EQ) limit                     policy units, CNY per unit
 * </pre>
 * 大煤保大电 also needs each plant's coal from large mines ({@code coalFromLargeMinesT}): at most what it burns,
 * and in all at most what large mines produce.
 */
final class PolicyCheck implements FamilyCheck {
  @Override
  public String family() {
    return "policy";
  }

  @Override
  public void rows(Context c) {
    MetricExpressions metrics = new MetricExpressions(c);
    for (int pk = 0; pk < c.in.policies().size(); pk++) {
      Policy p = c.in.policies().get(pk);
      Lin e = new Lin();
      double lb = Double.NEGATIVE_INFINITY;
      double ub = Double.POSITIVE_INFINITY;
      String dual = "CNY/t";
      String rhs = "t/yr";
      double scale = Columns.KT;
      switch (p.type()) {
        case COAL_PRODUCTION_CAP -> {
          minesInScope(c, p, e, 1);
          ub = p.limit();
        }
        case COAL_OUTBOUND_CAP -> {
          for (int a = 0; a < c.in.coalArcs().size(); a++) {
            CoalArc arc = c.in.coalArcs().get(a);
            if (c.inScope(p, arc.from()) && !c.internal(arc.to())) {
              addAll(e, c.v.y[a], 1);
            }
          }
          ub = p.limit();
        }
        case LARGE_MINE_TO_LARGE_PLANT -> {
          for (int q = 0; q < c.in.plants().size(); q++) {
            Plant plant = c.in.plants().get(q);
            if (plant.large() && c.inScope(p, plant.region())) {
              for (int[] byClass : c.v.z[q]) {
                for (int k = 0; k < byClass.length; k++) {
                  e.add(byClass[k], (k == 0 ? 1.0 : 0.0) - p.limit());
                }
              }
            }
          }
          lb = 0;
        }
        case LOCAL_CONVERSION -> {
          for (int q = 0; q < c.in.plants().size(); q++) {
            if (c.inScope(p, c.in.plants().get(q).region())) {
              addAll(e, c.v.z[q], 1);
            }
          }
          for (int i = 0; i < c.in.industries().size(); i++) {
            if (c.inScope(p, c.in.industries().get(i).region())) {
              addAll(e, c.v.w[i], 1);
            }
          }
          for (int k = 0; k < c.in.coalDemands().size(); k++) {
            if (c.inScope(p, c.in.coalDemands().get(k).region())) {
              for (int col : c.v.cd[k]) {
                e.add(col, 1);
              }
            }
          }
          minesInScope(c, p, e, -p.limit());
          lb = 0;
        }
        case CO2_CAP, SO2_CAP -> {
          boolean co2 = p.type() == PolicyType.CO2_CAP;
          for (int q = 0; q < c.in.plants().size(); q++) {
            Plant plant = c.in.plants().get(q);
            if (!c.inScope(p, plant.region())) {
              continue;
            }
            for (int g = 0; g < c.in.coalGrades().size(); g++) {
              var grade = c.in.coalGrades().get(g);
              for (int col : c.v.z[q][g]) {
                e.add(col, co2 ? Context.co2PerT(grade) : Context.so2PerT(grade, plant));
              }
            }
          }
          ub = p.limit();
          dual = co2 ? "CNY/t CO2" : "CNY/t SO2";
        }
        case EXPORT_CAPABILITY -> {
          for (int l = 0; l < c.in.lines().size(); l++) {
            Line line = c.in.lines().get(l);
            if (line.to().equals(p.region())) {
              e.addConstant(line.capacityMw());
              e.add(c.v.lineBuild[l], line.build() != null ? line.build().unitMw() : 0);
            }
          }
          lb = p.limit();
          dual = "CNY/MW/yr";
          rhs = "MW";
          scale = 1;
        }
        case RESERVE_MARGIN -> {
          // 备用率: firm capacity in scope (capacity x credit, hydro by its driest season's average MW and no firm
          // MW from hydro builds, other builds at unitMw x credit) >= (1 + margin) x (largest step of the demands
          // in scope + industries' planned average load)
          for (int q = 0; q < c.in.plants().size(); q++) {
            Plant plant = c.in.plants().get(q);
            if (!c.inScope(p, plant.region())) {
              continue;
            }
            double credit = plant.capacityCredit() != null ? plant.capacityCredit()
                : switch (plant.type()) {
                  case WIND -> 0.05;
                  case SOLAR -> 0.0;
                  default -> 1.0;
                };
            if (plant.type() == org.coalgrid.domain.PlantType.HYDRO && plant.hydro() != null) {
              var water = plant.hydro().isReservoir() ? plant.hydro().inflowMwhByPeriod()
                  : plant.hydro().energyMwhByPeriod();
              java.util.Map<String, double[]> seasons = new java.util.LinkedHashMap<>();
              for (int t = 0; t < c.nt; t++) {
                String season = c.in.periods().get(t).season();
                double[] acc = seasons.computeIfAbsent(season == null ? "" : season, k -> new double[2]);
                acc[0] += water.getOrDefault(c.pid[t], 0.0);
                acc[1] += c.h[t];
              }
              double driest = seasons.values().stream().filter(a -> a[1] > 0).mapToDouble(a -> a[0] / a[1]).min()
                  .orElse(0);
              e.addConstant(credit * Math.min(plant.capacityMw(), driest));
            } else {
              e.addConstant(credit * plant.capacityMw());
              e.add(c.v.plantBuild[q], plant.build() != null ? credit * plant.build().unitMw() : 0);
            }
          }
          double peak = 0;
          for (int t = 0; t < c.nt; t++) {
            double load = 0;
            for (var d : c.in.demands()) {
              load += c.inScope(p, d.region()) ? c.demandMw(d, t) : 0;
            }
            peak = Math.max(peak, load);
          }
          for (var ind : c.in.industries()) {
            peak += c.inScope(p, ind.region()) ? ind.plannedOutput() * ind.electricityMwhPerT() / c.hoursInYear : 0;
          }
          lb = (1 + p.limit()) * peak;
          dual = "CNY/MW/yr";
          rhs = "MW";
          scale = 1;
        }
        case GANGUE_UTILISATION -> {
          for (int q = 0; q < c.in.plants().size(); q++) {
            if (c.inScope(p, c.in.plants().get(q).region())) {
              for (int g = 0; g < c.in.coalGrades().size(); g++) {
                if (c.in.coalGrades().get(g).byproduct()) {
                  for (int col : c.v.z[q][g]) {
                    e.add(col, 1);
                  }
                }
              }
            }
          }
          for (int m = 0; m < c.in.mines().size(); m++) {
            Mine mine = c.in.mines().get(m);
            if (c.inScope(p, mine.region())) {
              e.add(c.v.washByproduct[m], -p.limit());
              if (c.grades.get(mine.grade()).byproduct()) {
                c.addUnwashed(e, m, -p.limit());
              }
            }
          }
          lb = 0;
        }
        case GENERIC -> {
          scale = 0;
          for (Policy.Term term : p.terms()) {
            scale = Math.max(scale, Math.abs(term.coef()));
          }
          scale = scale == 0 ? 1 : scale;
          for (Policy.Term term : p.terms()) {
            MetricName m;
            try {
              m = MetricName.parse(term.metric(), c.in);
            } catch (IllegalArgumentException ex) {
              throw new MalformedSolutionException("policy " + p.id() + " of the instance: " + ex.getMessage());
            }
            if (m.isRatio()) {
              throw new MalformedSolutionException("policy " + p.id() + " of the instance: " + term.metric()
                  + " is a ratio metric, which a policy cannot use");
            }
            e.addScaled(metrics.linear(m), term.coef());
          }
          switch (p.sense()) {
            case LE -> ub = p.limit();
            case GE -> lb = p.limit();
            default -> {
              lb = p.limit();
              ub = p.limit();
            }
          }
          dual = "CNY per unit of the policy";
          rhs = "policy units";
        }
        default -> throw new IllegalStateException("unhandled policy type " + p.type());
      }
      int r = c.model.row(FamilyCheck.spec("policy." + p.id(), "policy", p.id(), null, lb, ub, dual, rhs, 1, scale)
          .withConstant(e.constant()));
      c.model.add(r, e);
      c.rows.policy[pk] = r;
    }
  }

  private static void minesInScope(Context c, Policy p, Lin e, double coef) {
    for (int m = 0; m < c.in.mines().size(); m++) {
      if (c.inScope(p, c.in.mines().get(m).region())) {
        e.add(c.v.q[m], coef);
      }
    }
  }

  private static void addAll(Lin e, int[][] cols, double coef) {
    for (int[] a : cols) {
      for (int col : a) {
        e.add(col, coef);
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int pk = 0; pk < c.in.policies().size(); pk++) {
      Policy p = c.in.policies().get(pk);
      String id = p.id() + " (" + p.type() + ")";
      int r = c.rows.policy[pk];
      var spec = c.model.spec(r);
      if (p.type() == PolicyType.LARGE_MINE_TO_LARGE_PLANT) {
        largeToLarge(c, p, r);
      }
      double[] act = c.model.activity(r);
      double a = act[0] + spec.constant();
      double lb = spec.lb() + spec.constant();
      double ub = spec.ub() + spec.constant();
      String unit = p.type() == PolicyType.GENERIC ? "policy units" : spec.rhsUnit().equals("MW") ? "MW"
          : p.type() == PolicyType.CO2_CAP ? "t CO2" : p.type() == PolicyType.SO2_CAP ? "t SO2" : "t";
      // the size of the terms, so that a share policy (bound 0) is judged relative to what it weighs
      double mag = 2 * act[1] + Math.abs(spec.constant());
      if (lb > Double.NEGATIVE_INFINITY) {
        c.f.ge("policy", id, "activity", a, "lower limit", lb, unit, mag);
      }
      if (ub < Double.POSITIVE_INFINITY) {
        c.f.le("policy", id, "activity", a, "upper limit", ub, unit, mag);
      }
    }
  }

  /** 大煤保大电: the plants' coal from large mines, checked, gives the policy row's activity and size. */
  private static void largeToLarge(Context c, Policy p, int row) {
    double large = 0;
    double all = 0;
    double largeEverywhere = 0;
    for (int q = 0; q < c.in.plants().size(); q++) {
      Plant plant = c.in.plants().get(q);
      if (!plant.type().burnsCoal()) {
        continue;
      }
      Double fl = c.s.coalFromLarge[q];
      if (fl == null) {
        throw new MalformedSolutionException("plant " + plant.id() + ": coalFromLargeMinesT is missing (needed by "
            + "policy " + p.id() + ")");
      }
      double burned = c.coalBurned(q);
      c.f.ge("large-mine origin", plant.id(), "coal from large mines", fl, "zero", 0, "t", 0);
      c.f.le("large-mine origin", plant.id(), "coal from large mines", fl, "coal burned", burned, "t", 0);
      largeEverywhere += fl;
      if (plant.large() && c.inScope(p, plant.region())) {
        large += fl;
        all += burned;
      }
    }
    double largeProduced = 0;
    for (int m = 0; m < c.in.mines().size(); m++) {
      Mine mine = c.in.mines().get(m);
      if (mine.large()) {
        largeProduced += c.unwashed(m) + c.s.washClean[m] + c.s.washByproduct[m];
      }
    }
    c.f.le("large-mine origin", "all plants", "coal from large mines burned", largeEverywhere,
        "coal produced by large mines", largeProduced, "t", 0);
    double lim = p.limit();
    c.model.knownActivity(row, large - lim * all, (Math.abs(1 - lim) * large + Math.abs(lim) * (all - large)) / 2);
  }
}
