package org.coalgrid.formulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;

/**
 * The two sides of a planning reserve margin 备用率 (policy RESERVE_MARGIN, §4.16), in MW:
 * <pre>
 * Σ_{p in scope} credit[p]·(firm[p] + unitMw[p]·b[p]) ≥ (1 + margin)·peak                    (policy.id)
 * peak = max_t ( Σ_{demands in scope} demand[d,t] + Σ_{industries in scope} planned[i]·e[i]/H )
 * </pre>
 * credit is the plant's {@code capacityCredit}, else its type's ({@link PlantType#defaultCapacityCredit()});
 * firm is the capacity before builds, except for hydro: the lesser of the capacity and the average MW of its
 * driest season, Σ_{t∈s} energy[t] / Σ_{t∈s} h[t] (energy or reservoir inflow; the seasons are the periods'
 * {@code season} labels, periods without one forming one group). A hydro build adds no firm capacity (its water
 * does not grow). The peak counts industries at their planned average load (their output is spread over the
 * year) and leaves export contracts out (they are served over lines from the regions that supply them).
 */
final class ReserveMargin {
  private ReserveMargin() {}

  /** Firm MW of plant p before builds: capacity × credit, hydro limited by its driest season. */
  static double firmMw(Instance in, Plant p) {
    double credit = credit(p);
    if (p.type() == PlantType.HYDRO && p.hydro() != null) {
      return credit * Math.min(p.capacityMw(), driestSeasonMw(in, p));
    }
    return credit * p.capacityMw();
  }

  /** Firm MW one built unit of plant p adds: unitMw × credit; 0 for hydro. */
  static double firmMwPerUnit(Plant p) {
    if (p.build() == null || p.type() == PlantType.HYDRO) {
      return 0;
    }
    return credit(p) * p.build().unitMw();
  }

  static double credit(Plant p) {
    return p.capacityCredit() != null ? p.capacityCredit() : p.type().defaultCapacityCredit();
  }

  /** The average MW of a hydro plant's water in its driest season. */
  static double driestSeasonMw(Instance in, Plant p) {
    Map<String, double[]> bySeason = new LinkedHashMap<>();
    var hydro = p.hydro();
    Map<String, Double> water = hydro.isReservoir() ? hydro.inflowMwhByPeriod() : hydro.energyMwhByPeriod();
    for (Period t : in.periods()) {
      double[] acc = bySeason.computeIfAbsent(t.season() == null ? "" : t.season(), k -> new double[2]);
      acc[0] += water.getOrDefault(t.id(), 0.0);
      acc[1] += t.hours();
    }
    double min = Double.POSITIVE_INFINITY;
    for (double[] acc : bySeason.values()) {
      if (acc[1] > 0) {
        min = Math.min(min, acc[0] / acc[1]);
      }
    }
    return Double.isFinite(min) ? min : 0;
  }

  /** The planning peak load in scope (MW): the largest step of demands plus industries' planned average load. */
  static double peakMw(ModelContext ctx, Policy policy) {
    Instance in = ctx.instance();
    double industries = 0;
    for (Industry i : in.industries()) {
      if (PolicyConstraints.inScope(ctx, policy, i.region())) {
        industries += i.plannedOutput() * i.electricityMwhPerT() / ctx.hoursInYear();
      }
    }
    List<Demand> demands = in.demands().stream().filter(d -> PolicyConstraints.inScope(ctx, policy, d.region()))
        .toList();
    double peak = 0;
    for (int t = 0; t < ctx.numPeriods(); t++) {
      double load = 0;
      for (Demand d : demands) {
        load += Variables.demandMw(ctx, d, t);
      }
      peak = Math.max(peak, load);
    }
    return peak + industries;
  }

  /** Adds the firm capacity in scope to {@code e} (constant for existing capacity, a term per build column). */
  static void firmCapacity(ModelContext ctx, Policy policy, LinearExpr e) {
    List<Plant> plants = ctx.instance().plants();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (!PolicyConstraints.inScope(ctx, policy, plant.region())) {
        continue;
      }
      e.addConstant(firmMw(ctx.instance(), plant));
      double perUnit = firmMwPerUnit(plant);
      if (ctx.vars().b[p] >= 0 && perUnit > 0) {
        e.add(ctx.vars().b[p], perUnit);
      }
    }
  }
}
