package org.coalgrid.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Uncertainty;

/**
 * The here-and-now decisions of a plan, in domain terms: units built per plant and per line, potlines running per
 * industry, and the share φ of each committed contract's firm energy. Only the decisions the instance's
 * {@link Uncertainty.FirstStage} makes first stage are listed. Maps are sorted by id. Immutable.
 *
 * @param plantBuilds units built per plant id
 * @param lineBuilds units built per line id
 * @param potlines potlines running per industry id
 * @param commitments committed share φ ∈ [0, 1] of the firm energy per export contract id
 */
public record FirstStagePlan(Map<String, Integer> plantBuilds, Map<String, Integer> lineBuilds,
    Map<String, Integer> potlines, Map<String, Double> commitments) {

  public FirstStagePlan {
    plantBuilds = java.util.Collections.unmodifiableMap(new TreeMap<>(plantBuilds));
    lineBuilds = java.util.Collections.unmodifiableMap(new TreeMap<>(lineBuilds));
    potlines = java.util.Collections.unmodifiableMap(new TreeMap<>(potlines));
    commitments = java.util.Collections.unmodifiableMap(new TreeMap<>(commitments));
  }

  /**
   * {@code year} with the committed firm energy: each committed contract's firm energy (firmMwh and every
   * firmMwhByPeriod entry) multiplied by its φ, so that a single-year solve of it pays the shortfall penalty on the
   * committed energy only.
   */
  public Instance committed(Instance year) {
    if (commitments.isEmpty()) {
      return year;
    }
    List<ExportContract> exports = new ArrayList<>();
    for (ExportContract x : year.exports()) {
      Double phi = commitments.get(x.id());
      if (phi == null) {
        exports.add(x);
        continue;
      }
      Map<String, Double> byPeriod = new java.util.LinkedHashMap<>();
      x.firmMwhByPeriod().forEach((t, e) -> byPeriod.put(t, e * phi));
      exports.add(new ExportContract(x.id(), x.name(), x.region(), x.firmMwh() * phi, byPeriod, x.maxMw(),
          x.priceCnyPerMwh(), x.priceCnyPerMwhByPeriod(), x.shortfallPenaltyCnyPerMwh()));
    }
    return year.withYear(year.plants(), year.demands(), year.mines(), exports);
  }

  /** Firm energy of contract {@code x} over the year (MWh): firmMwhByPeriod summed, else firmMwh. */
  public static double firmEnergyMwh(ExportContract x) {
    return x.firmMwhByPeriod().isEmpty() ? x.firmMwh()
        : x.firmMwhByPeriod().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * The commitment premium the plan earns in {@code base} (CNY/yr): Σ_x premium[x]·φ[x]·firm[x]. It is part of
   * every scenario's cost (negative), outside the single-year model.
   */
  public double premiumCny(Instance base) {
    double s = 0;
    for (Uncertainty.Commitment c : base.uncertainty().firstStage().commitments()) {
      Double phi = commitments.get(c.export());
      ExportContract x = base.exports().stream().filter(e -> e.id().equals(c.export())).findFirst().orElseThrow();
      s += c.premiumCnyPerMwh() * (phi == null ? 0 : phi) * firmEnergyMwh(x);
    }
    return s;
  }
}
