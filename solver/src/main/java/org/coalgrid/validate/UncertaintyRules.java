package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.Basin;
import org.coalgrid.domain.Uncertainty.HydroChange;
import org.coalgrid.domain.Uncertainty.HydroScenario;

/**
 * Checks of {@code $.uncertainty}: basins of HYDRO plants (each plant in one basin at most), scenario ids unique and
 * probabilities adding up to 1, every change naming an existing plant or basin and existing periods, replacements of
 * the right kind (energy for energy-limited plants, inflow for reservoirs), commitments of contracts with firm
 * energy, Monte Carlo spreads of known basins and a correlation matrix that is a correlation matrix (positive
 * definite).
 */
final class UncertaintyRules {
  /** How far the probabilities may add up from 1. */
  static final double PROBABILITY_TOLERANCE = 1e-6;

  private final InstanceValidator v;
  private final Uncertainty u;
  private final Map<String, Plant> plants;

  UncertaintyRules(InstanceValidator v) {
    this.v = v;
    this.u = v.in.uncertainty();
    this.plants = v.in.plantsById();
  }

  void check() {
    if (u == null) {
      return;
    }
    Set<String> basins = checkBasins();
    checkScenarios(basins);
    if (u.cvar() != null && !(u.cvar().weight() < 1)) {
      v.error("$.uncertainty.cvar.weight", "a CVaR weight of 1 drops the expected cost from the objective; give a"
          + " weight below 1 (e.g. 0.99)");
    }
    checkCommitments();
    checkMonteCarlo(basins);
    checkNoSupplyBuilds();
  }

  /**
   * Mine, washery and potline builds are not first-stage decisions of the stochastic plan (only plant and line builds
   * and potlines running are): a scenario would choose its own, so an instance with uncertainty may not have them.
   * A washery capacity without a build is refused too: the stochastic plan's checks and reports are not extended to
   * the tonnes washed as a decision (docs/pathway.md).
   */
  private void checkNoSupplyBuilds() {
    for (int m = 0; m < v.in.mines().size(); m++) {
      if (v.in.mines().get(m).build() != null) {
        v.error(index("$.mines", m) + ".build", "a mine build is not a first-stage decision of the stochastic plan"
            + " (uncertainty): each scenario would choose its own; plan it with solve or pathway, without uncertainty");
      }
      var w = v.in.mines().get(m).washing();
      if (w != null && w.hasCapacity()) {
        v.error(index("$.mines", m) + ".washing" + (w.build() != null ? ".build" : ".capacityT"), "a washery 洗煤厂 "
            + (w.build() != null ? "build is not a first-stage decision of the stochastic plan (uncertainty): each"
                + " scenario would choose its own" : "capacity is not taken by the stochastic plan (uncertainty)")
            + "; plan it with solve or pathway, without uncertainty");
      }
    }
    for (int i = 0; i < v.in.industries().size(); i++) {
      var p = v.in.industries().get(i).potlines();
      if (p != null && p.build() != null) {
        v.error(index("$.industries", i) + ".potlines.build", "a potline build is not a first-stage decision of the"
            + " stochastic plan (uncertainty): each scenario would choose its own; plan it with solve or pathway,"
            + " without uncertainty");
      }
    }
  }

  private Set<String> checkBasins() {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, String> basinOf = new HashMap<>();
    for (int b = 0; b < u.basins().size(); b++) {
      Basin basin = u.basins().get(b);
      String p = index("$.uncertainty.basins", b);
      idRule(p + ".id", basin.id());
      if (!ids.add(basin.id())) {
        v.error(p + ".id", "basin id " + quote(basin.id()) + " appears twice");
      }
      for (int k = 0; k < basin.plants().size(); k++) {
        String plant = basin.plants().get(k);
        String pp = index(p + ".plants", k);
        if (hydroPlant(pp, plant) && basinOf.putIfAbsent(plant, basin.id()) != null) {
          v.error(pp, "plant " + quote(plant) + " is already in basin " + quote(basinOf.get(plant))
              + " (a plant belongs to one basin at most)");
        }
      }
    }
    return ids;
  }

  private void checkScenarios(Set<String> basins) {
    Set<String> ids = new HashSet<>();
    double sum = 0;
    for (int s = 0; s < u.scenarios().size(); s++) {
      HydroScenario sc = u.scenarios().get(s);
      String p = index("$.uncertainty.scenarios", s);
      idRule(p + ".id", sc.id());
      if (!ids.add(sc.id())) {
        v.error(p + ".id", "scenario id " + quote(sc.id()) + " appears twice");
      }
      sum += sc.probability();
      for (int c = 0; c < sc.hydro().size(); c++) {
        checkChange(index(p + ".hydro", c), sc.hydro().get(c), basins);
      }
    }
    if (!u.scenarios().isEmpty() && Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
      v.error("$.uncertainty.scenarios", "the scenario probabilities add up to " + Num.fmt(sum)
          + ", not 1 (within " + Num.fmt(PROBABILITY_TOLERANCE) + ")");
    }
  }

  private void checkChange(String p, HydroChange c, Set<String> basins) {
    if (c.plant() != null && c.basin() != null) {
      v.error(p, "give plant or basin, not both");
      return;
    }
    List<Plant> targets;
    if (c.plant() != null) {
      if (!hydroPlant(p + ".plant", c.plant())) {
        return;
      }
      targets = List.of(plants.get(c.plant()));
    } else if (c.basin() != null) {
      if (!v.ref(p + ".basin", "basin", c.basin(), basins)) {
        return;
      }
      targets = u.basin(c.basin()).plants().stream().map(plants::get).filter(x -> x != null).toList();
    } else {
      targets = v.in.plants().stream().filter(x -> x.type() == PlantType.HYDRO).toList();
    }
    periodKeys(p + ".multiplierByPeriod", c.multiplierByPeriod());
    periodKeys(p + ".energyMwhByPeriod", c.energyMwhByPeriod());
    periodKeys(p + ".inflowMwhByPeriod", c.inflowMwhByPeriod());
    for (Plant plant : targets) {
      boolean reservoir = plant.hydro() != null && plant.hydro().isReservoir();
      if (reservoir && !c.energyMwhByPeriod().isEmpty()) {
        v.error(p + ".energyMwhByPeriod", "plant " + quote(plant.id()) + " is a reservoir: replace its inflow"
            + " (inflowMwhByPeriod), not its energy");
      }
      if (!reservoir && !c.inflowMwhByPeriod().isEmpty()) {
        v.error(p + ".inflowMwhByPeriod", "plant " + quote(plant.id()) + " is energy-limited: replace its energy"
            + " (energyMwhByPeriod), not an inflow");
      }
    }
  }

  private void idRule(String p, String id) {
    if (id != null && !id.matches(InstanceValidator.ID_PATTERN)) {
      v.error(p, "id " + quote(id) + " must match " + InstanceValidator.ID_PATTERN
          + " (a scenario id prefixes the names of its model rows, s:name)");
    }
  }

  private void periodKeys(String p, Map<String, Double> byPeriod) {
    for (String key : byPeriod.keySet()) {
      if (!v.periods.contains(key)) {
        v.error(Paths.key(p, key), "unknown period " + quote(key));
      }
    }
  }

  private boolean hydroPlant(String p, String id) {
    if (!v.ref(p, "plant", id, plants.keySet())) {
      return false;
    }
    if (plants.get(id).type() != PlantType.HYDRO) {
      v.error(p, "plant " + quote(id) + " is " + plants.get(id).type() + ", not HYDRO");
      return false;
    }
    return true;
  }

  private void checkCommitments() {
    Map<String, ExportContract> exports = new HashMap<>();
    v.in.exports().forEach(x -> exports.put(x.id(), x));
    Set<String> seen = new HashSet<>();
    List<Uncertainty.Commitment> list = u.firstStage().commitments();
    for (int k = 0; k < list.size(); k++) {
      String p = index("$.uncertainty.firstStage.commitments", k) + ".export";
      String id = list.get(k).export();
      if (!v.ref(p, "export contract", id, exports.keySet())) {
        continue;
      }
      if (!seen.add(id)) {
        v.error(p, "export contract " + quote(id) + " is committed twice");
      }
      ExportContract x = exports.get(id);
      boolean firm = x.firmMwh() > 0 || x.firmMwhByPeriod().values().stream().anyMatch(e -> e > 0);
      if (!firm) {
        v.error(p, "export contract " + quote(id) + " has no firm energy to commit (firmMwh or firmMwhByPeriod)");
      }
    }
  }

  private void checkMonteCarlo(Set<String> basins) {
    Uncertainty.MonteCarlo mc = u.monteCarlo();
    if (mc == null) {
      return;
    }
    List<String> order = new java.util.ArrayList<>();
    for (int b = 0; b < mc.basins().size(); b++) {
      String p = index("$.uncertainty.monteCarlo.basins", b) + ".basin";
      String id = mc.basins().get(b).basin();
      if (v.ref(p, "basin", id, basins)) {
        if (order.contains(id)) {
          v.error(p, "basin " + quote(id) + " has two spreads");
        } else {
          order.add(id);
        }
      }
    }
    double[][] r = new double[order.size()][order.size()];
    for (int i = 0; i < r.length; i++) {
      r[i][i] = 1;
    }
    for (int k = 0; k < mc.correlations().size(); k++) {
      Uncertainty.Correlation c = mc.correlations().get(k);
      String p = index("$.uncertainty.monteCarlo.correlations", k);
      int a = order.indexOf(c.a());
      int b = order.indexOf(c.b());
      if (a < 0 || b < 0) {
        v.error(p + (a < 0 ? ".a" : ".b"), "basin " + quote(a < 0 ? c.a() : c.b())
            + " has no spread in monteCarlo.basins (known: " + Paths.list(order) + ")");
        continue;
      }
      if (a == b) {
        v.error(p + ".b", "a basin's correlation with itself is 1; name two different basins");
        continue;
      }
      if (r[a][b] != 0) {
        v.error(p, "the correlation of " + quote(c.a()) + " and " + quote(c.b()) + " is given twice");
      }
      r[a][b] = c.rho();
      r[b][a] = c.rho();
    }
    if (!positiveDefinite(r)) {
      v.error("$.uncertainty.monteCarlo.correlations", "the correlations do not make a correlation matrix (it must"
          + " be positive definite: e.g. ρ(a,b) = ρ(b,c) = 0.9 needs ρ(a,c) > 0.62)");
    }
  }

  /** Cholesky test: true if {@code a} (symmetric) is positive definite. */
  static boolean positiveDefinite(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (s <= 1e-12) {
            return false;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return true;
  }
}
