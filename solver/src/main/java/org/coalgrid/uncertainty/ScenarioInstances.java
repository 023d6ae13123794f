package org.coalgrid.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.HydroChange;
import org.coalgrid.domain.Uncertainty.HydroScenario;

/**
 * One single-year instance per hydrology scenario, and the expected-value (mean) year, derived from an instance
 * with {@link Uncertainty}: the only place where a scenario's changes are applied, used by the stochastic solver,
 * Monte Carlo and the independent verifier alike. A derived instance has no uncertainty of its own.
 *
 * <p>Rules (docs/stochastic.md §1): for each hydro change in order, the plants it names (a plant, a basin's plants,
 * or every HYDRO plant) get, per period t, energy (energy-limited) or inflow (reservoir) E'[t] = R[t] if the change
 * replaces t, else E[t]·multiplier·multiplierByPeriod[t] (missing: 1). Demands (mw, mwByPeriod, annualMwh) are
 * multiplied by demandMultiplier, every mine's cost by coalCostMultiplier, every contract's price by
 * exportPriceMultiplier. The mean year has, for every such figure, the probability-weighted mean of the scenarios'
 * figures. Stateless; thread-safe.
 */
public final class ScenarioInstances {
  private ScenarioInstances() {}

  /** The instance of every scenario of {@code base}, in the order of {@code base.uncertainty().scenarios()}. */
  public static List<Instance> all(Instance base) {
    return base.uncertainty().scenarios().stream().map(s -> derive(base, s)).toList();
  }

  /** The single-year instance of scenario {@code s} of {@code base}. */
  public static Instance derive(Instance base, HydroScenario s) {
    Uncertainty u = base.uncertainty();
    List<Plant> plants = new ArrayList<>(base.plants());
    for (HydroChange c : s.hydro()) {
      for (int p = 0; p < plants.size(); p++) {
        Plant plant = plants.get(p);
        if (applies(c, plant, u)) {
          plants.set(p, withHydro(plant, change(plant.hydro(), c)));
        }
      }
    }
    double dm = s.demandMultiplier();
    List<Demand> demands = base.demands().stream().map(d -> dm == 1 ? d : new Demand(d.id(), d.region(),
        d.mw() == null ? null : d.mw() * dm, scale(d.mwByPeriod(), dm), d.annualMwh() == null ? null
        : d.annualMwh() * dm, d.vollCnyPerMwh())).toList();
    double cm = s.coalCostMultiplier();
    List<Mine> mines = base.mines().stream().map(m -> cm == 1 ? m : withCost(m, m.costCnyPerT() * cm)).toList();
    double pm = s.exportPriceMultiplier();
    List<ExportContract> exports = base.exports().stream().map(x -> pm == 1 ? x
        : withPrice(x, x.priceCnyPerMwh() * pm, scale(x.priceCnyPerMwhByPeriod(), pm))).toList();
    return base.withYear(plants, demands, mines, exports);
  }

  /**
   * The expected-value year: every scenario-dependent figure (hydro energy and inflow per plant and period, demand,
   * mine cost, export price) at its probability-weighted mean over the scenarios.
   */
  public static Instance mean(Instance base) {
    List<HydroScenario> scs = base.uncertainty().scenarios();
    List<Instance> each = all(base);
    double[] w = scs.stream().mapToDouble(HydroScenario::probability).toArray();
    List<Plant> plants = new ArrayList<>();
    for (int p = 0; p < base.plants().size(); p++) {
      Plant plant = base.plants().get(p);
      if (plant.hydro() == null) {
        plants.add(plant);
        continue;
      }
      int pp = p;
      Hydro h = plant.hydro();
      Hydro mean = new Hydro(meanMap(each, w, i -> i.plants().get(pp).hydro().energyMwhByPeriod()), h.storageMwh(),
          meanMap(each, w, i -> i.plants().get(pp).hydro().inflowMwhByPeriod()), h.minReleaseMw());
      plants.add(withHydro(plant, mean));
    }
    List<Demand> demands = new ArrayList<>();
    for (int k = 0; k < base.demands().size(); k++) {
      int kk = k;
      Demand d = base.demands().get(k);
      demands.add(new Demand(d.id(), d.region(), d.mw() == null ? null : meanOf(each, w, i -> i.demands().get(kk).mw()),
          meanMap(each, w, i -> i.demands().get(kk).mwByPeriod()), d.annualMwh() == null ? null
          : meanOf(each, w, i -> i.demands().get(kk).annualMwh()), d.vollCnyPerMwh()));
    }
    List<Mine> mines = new ArrayList<>();
    for (int m = 0; m < base.mines().size(); m++) {
      int mm = m;
      mines.add(withCost(base.mines().get(m), meanOf(each, w, i -> i.mines().get(mm).costCnyPerT())));
    }
    List<ExportContract> exports = new ArrayList<>();
    for (int x = 0; x < base.exports().size(); x++) {
      int xx = x;
      exports.add(withPrice(base.exports().get(x), meanOf(each, w, i -> i.exports().get(xx).priceCnyPerMwh()),
          meanMap(each, w, i -> i.exports().get(xx).priceCnyPerMwhByPeriod())));
    }
    return base.withYear(plants, demands, mines, exports);
  }

  /** True if change {@code c} applies to {@code plant}. */
  static boolean applies(HydroChange c, Plant plant, Uncertainty u) {
    if (plant.type() != PlantType.HYDRO || plant.hydro() == null) {
      return false;
    }
    if (c.plant() != null) {
      return c.plant().equals(plant.id());
    }
    if (c.basin() != null) {
      Uncertainty.Basin b = u.basin(c.basin());
      return b != null && b.plants().contains(plant.id());
    }
    return true;
  }

  private static Hydro change(Hydro h, HydroChange c) {
    if (h.isReservoir()) {
      return new Hydro(h.energyMwhByPeriod(), h.storageMwh(), changed(h.inflowMwhByPeriod(), c, c.inflowMwhByPeriod()),
          h.minReleaseMw());
    }
    return new Hydro(changed(h.energyMwhByPeriod(), c, c.energyMwhByPeriod()), h.storageMwh(), h.inflowMwhByPeriod(),
        h.minReleaseMw());
  }

  private static Map<String, Double> changed(Map<String, Double> base, HydroChange c, Map<String, Double> replaced) {
    Map<String, Double> out = new LinkedHashMap<>();
    base.forEach((t, e) -> out.put(t, e * c.multiplier() * c.multiplierByPeriod().getOrDefault(t, 1.0)));
    out.putAll(replaced);
    return out;
  }

  private static Map<String, Double> scale(Map<String, Double> m, double f) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, x) -> out.put(k, x * f));
    return out;
  }

  private static double meanOf(List<Instance> each, double[] w, ToDoubleFunction<Instance> f) {
    double s = 0;
    for (int i = 0; i < each.size(); i++) {
      s += w[i] * f.applyAsDouble(each.get(i));
    }
    return s;
  }

  private static Map<String, Double> meanMap(List<Instance> each, double[] w,
      java.util.function.Function<Instance, Map<String, Double>> f) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < each.size(); i++) {
      double wi = w[i];
      f.apply(each.get(i)).forEach((k, x) -> out.merge(k, wi * x, Double::sum));
    }
    return out;
  }

  static Plant withHydro(Plant p, Hydro h) {
    return p.withHydro(h);
  }

  private static Mine withCost(Mine m, double cost) {
    return new Mine(m.id(), m.name(), m.region(), m.grade(), m.capacityT(), m.minOutputT(), cost, m.large(),
        m.washing());
  }

  private static ExportContract withPrice(ExportContract x, double price, Map<String, Double> byPeriod) {
    return new ExportContract(x.id(), x.name(), x.region(), x.firmMwh(), x.firmMwhByPeriod(), x.maxMw(), price,
        byPeriod, x.shortfallPenaltyCnyPerMwh());
  }
}
