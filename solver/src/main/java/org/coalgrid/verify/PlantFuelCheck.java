package org.coalgrid.verify;

import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Plant;

/**
 * §4.5 Plant fuel (row {@code fuel.p}), for plants that burn coal:
 * Σ_{g,c} tcePerT[g]·z = Σ_t x·h·(heatRate + heatRatio·heatFuel) / 1000 (tce/yr). Coal burned is
 * non-negative and only of grades the plant accepts.
 */
final class PlantFuelCheck implements FamilyCheck {
  @Override
  public String family() {
    return "plant_fuel";
  }

  @Override
  public void rows(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (!plant.type().burnsCoal()) {
        continue;
      }
      int r = c.model.row(FamilyCheck.spec("fuel." + plant.id(), "plant_fuel", plant.id(), null, 0, 0, "CNY/tce",
          "tce/yr", 1, Columns.KT));
      for (int g = 0; g < c.in.coalGrades().size(); g++) {
        for (int col : c.v.z[p][g]) {
          c.model.add(r, col, c.in.coalGrades().get(g).tcePerT());
        }
      }
      double kgce = Context.kgcePerMwh(plant);
      for (int t = 0; t < c.nt; t++) {
        c.model.add(r, c.v.x[p][t], -c.h[t] * kgce / 1000.0);
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      double tce = 0;
      double tceMag = 0;
      for (var e : c.s.plantCoal.get(p).entrySet()) {
        CoalGrade g = c.grade(e.getKey(), "plant " + plant.id());
        c.f.nonneg(new Findings.Ent(plant.id(), g.id()), "coal burned", e.getValue(), "t");
        if (!plant.type().burnsCoal() || !plant.grades().contains(g.id())) {
          c.f.le("plant fuel", new Findings.Ent(plant.id(), g.id()), "coal of a grade the plant does not burn", e.getValue(),
              "allowed", 0, "t", 0);
        }
        tce += g.tcePerT() * e.getValue();
        tceMag += Math.abs(g.tcePerT() * e.getValue());
      }
      if (plant.type().burnsCoal()) {
        double need = c.energy(c.s.mw[p]) * Context.kgcePerMwh(plant) / 1000.0;
        c.f.eq("plant fuel", plant.id(), "coal burned", tce, "fuel needed (generation x heat rate, + CHP heat fuel)",
            need, "tce", tceMag + Math.abs(need));
      }
    }
  }
}
