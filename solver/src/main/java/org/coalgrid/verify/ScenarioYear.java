package org.coalgrid.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The single-year instance of one hydrology scenario with a plan's export commitments, written out again here from
 * docs/stochastic.md §1 for the verifier of a stochastic output set ({@link StochasticCheck}), without the solver's
 * {@code uncertainty.ScenarioInstances} or {@code FirstStagePlan}: a mistake there then shows up as a disagreement
 * with the written scenario instances and solutions instead of being shared.
 *
 * <p>Per plant and period: E'[t] = the last replacement of t among the changes that name the plant (a plant id, a
 * basin holding it, or no target: every HYDRO plant), where each change in turn maps E[t] to R[t] if it replaces t,
 * else to E[t]·m·m[t]; energy for an energy-limited plant, inflow for a reservoir (one with storage). Demands (mw,
 * mwByPeriod, annualMwh) × demandMultiplier, mine cost × coalCostMultiplier, contract price × exportPriceMultiplier;
 * a committed contract's firm energy (firmMwh and each period's) × φ. Stateless.
 */
final class ScenarioYear {
  private ScenarioYear() {}

  /** Scenario {@code s} of {@code base}, firm energy of each contract in {@code phi} scaled by its share. */
  static Instance of(Instance base, HydroScenario s, Map<String, Double> phi) {
    Uncertainty u = base.uncertainty();
    List<Plant> plants = new ArrayList<>();
    for (Plant p : base.plants()) {
      if (p.type() != PlantType.HYDRO || p.hydro() == null) {
        plants.add(p);
        continue;
      }
      Hydro h = p.hydro();
      boolean reservoir = h.storageMwh() != null;
      Map<String, Double> series = new LinkedHashMap<>(reservoir ? h.inflowMwhByPeriod() : h.energyMwhByPeriod());
      for (HydroChange c : s.hydro()) {
        if (!names(c, p.id(), u)) {
          continue;
        }
        Map<String, Double> replaced = reservoir ? c.inflowMwhByPeriod() : c.energyMwhByPeriod();
        for (Map.Entry<String, Double> e : series.entrySet()) {
          String t = e.getKey();
          Double r = replaced.get(t);
          Double byPeriod = c.multiplierByPeriod().get(t);
          e.setValue(r != null ? r : e.getValue() * c.multiplier() * (byPeriod == null ? 1.0 : byPeriod));
        }
        replaced.forEach(series::putIfAbsent);
      }
      plants.add(p.withHydro(reservoir ? new Hydro(h.energyMwhByPeriod(), h.storageMwh(), series, h.minReleaseMw())
          : new Hydro(series, h.storageMwh(), h.inflowMwhByPeriod(), h.minReleaseMw())));
    }
    double dm = s.demandMultiplier();
    List<Demand> demands = new ArrayList<>();
    for (Demand d : base.demands()) {
      Map<String, Double> byPeriod = new LinkedHashMap<>();
      d.mwByPeriod().forEach((t, mw) -> byPeriod.put(t, mw * dm));
      demands.add(dm == 1 ? d : new Demand(d.id(), d.region(), d.mw() == null ? null : d.mw() * dm, byPeriod,
          d.annualMwh() == null ? null : d.annualMwh() * dm, d.vollCnyPerMwh()));
    }
    double cm = s.coalCostMultiplier();
    List<Mine> mines = new ArrayList<>();
    for (Mine m : base.mines()) {
      mines.add(cm == 1 ? m : new Mine(m.id(), m.name(), m.region(), m.grade(), m.capacityT(), m.minOutputT(),
          m.costCnyPerT() * cm, m.large(), m.washing()));
    }
    double pm = s.exportPriceMultiplier();
    List<ExportContract> exports = new ArrayList<>();
    for (ExportContract x : base.exports()) {
      Double share = phi.get(x.id());
      double f = share == null ? 1 : share;
      Map<String, Double> firm = new LinkedHashMap<>();
      x.firmMwhByPeriod().forEach((t, e) -> firm.put(t, e * f));
      exports.add(share == null && pm == 1 ? x : new ExportContract(x.id(), x.name(), x.region(), x.firmMwh() * f,
          firm, x.maxMw(), x.priceCnyPerMwh() * pm, x.shortfallPenaltyCnyPerMwh()));
    }
    return base.withYear(plants, demands, mines, exports);
  }

  /** Whether change {@code c} names plant {@code id}: by id, through its basin, or (neither given) every plant. */
  private static boolean names(HydroChange c, String id, Uncertainty u) {
    if (c.plant() != null) {
      return c.plant().equals(id);
    }
    if (c.basin() == null) {
      return true;
    }
    return u.basins().stream().anyMatch(b -> b.id().equals(c.basin()) && b.plants().contains(id));
  }

  /** Firm energy of a contract over the year (MWh): the periods' sum, else firmMwh. */
  static double firmMwh(ExportContract x) {
    if (x.firmMwhByPeriod().isEmpty()) {
      return x.firmMwh();
    }
    double s = 0;
    for (double e : x.firmMwhByPeriod().values()) {
      s += e;
    }
    return s;
  }
}
