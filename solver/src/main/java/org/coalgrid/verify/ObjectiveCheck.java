package org.coalgrid.verify;

import java.util.Map;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;

/**
 * §5 Objective (CNY/yr): the cost of every column by term, and the check that each reported term and the
 * total equal Σ cost·value recomputed from the solution's values.
 * <pre>
 * MINING (cost + ws·washCost)·q (a washery: cost·q + washCost·ww)   TRANSPORT cost[a]·y        GENERATION (vom + fuelCost)·x·h   WHEELING wheeling·(f + fr)·h
 * STARTUP w[t]·startupCost·su (w = h/δ, the days a step's day stands for)
 * CAPEX unitMw·capex·(b, bl), unitT·capex·(bm, bw), sizeT·capex·bp      POTLINE_FIXED fixedCost·n  UNSERVED voll·u·h                 EXPORT_SHORTFALL penalty·sh
 * CARBON price·tce·co2PerTce·z    EXPORT_REVENUE −price·e·h  COAL_SALES −price·cd              VALUE_ADDED −valueAdded·s (welfare)
 * </pre>
 */
final class ObjectiveCheck implements FamilyCheck {
  @Override
  public String family() {
    return "objective";
  }

  @Override
  public void rows(Context c) {
    var in = c.in;
    var v = c.v;
    DualModel m = c.model;
    for (int k = 0; k < in.mines().size(); k++) {
      Mine mine = in.mines().get(k);
      if (v.washed[k] >= 0) { // a washery: washing costs washCost·ww
        m.cost(v.q[k], "MINING", mine.costCnyPerT());
        m.cost(v.washed[k], "MINING", mine.washing().costCnyPerT());
      } else {
        double wash = mine.washing() != null ? mine.washing().washedShare() * mine.washing().costCnyPerT() : 0;
        m.cost(v.q[k], "MINING", mine.costCnyPerT() + wash);
      }
      if (v.mineBuild[k] >= 0) {
        m.cost(v.mineBuild[k], "CAPEX", mine.build().unitT() * mine.build().capexCnyPerTYr());
      }
      if (v.washeryBuild[k] >= 0) {
        m.cost(v.washeryBuild[k], "CAPEX", mine.washing().build().unitT() * mine.washing().build().capexCnyPerTYr());
      }
    }
    for (int a = 0; a < in.coalArcs().size(); a++) {
      CoalArc arc = in.coalArcs().get(a);
      for (int[] byClass : v.y[a]) {
        for (int col : byClass) {
          m.cost(col, "TRANSPORT", arc.costCnyPerT());
        }
      }
    }
    double carbon = in.meta().carbonPriceCnyPerTCo2();
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      for (int t = 0; t < c.nt; t++) {
        m.cost(v.x[p][t], "GENERATION", (plant.vomCnyPerMwh() + plant.fuelCostCnyPerMwh()) * c.h[t]);
      }
      if (v.started[p] != null && plant.startupCostCny() != null) {
        for (int t = 0; t < c.nt; t++) {
          m.cost(v.started[p][t], "STARTUP", c.weight(t) * plant.startupCostCny());
        }
      }
      if (plant.build() != null) {
        m.cost(v.plantBuild[p], "CAPEX", plant.build().unitMw() * plant.build().capexCnyPerMwYr());
      }
      if (carbon > 0) {
        for (int g = 0; g < in.coalGrades().size(); g++) {
          for (int col : v.z[p][g]) {
            m.cost(col, "CARBON", carbon * Context.co2PerT(in.coalGrades().get(g)));
          }
        }
      }
    }
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      for (int t = 0; t < c.nt; t++) {
        m.cost(v.flow[l][t], "WHEELING", line.wheelingCnyPerMwh() * c.h[t]);
        if (v.flowReverse[l] != null) {
          m.cost(v.flowReverse[l][t], "WHEELING", line.wheelingCnyPerMwh() * c.h[t]);
        }
      }
      if (line.build() != null) {
        m.cost(v.lineBuild[l], "CAPEX", line.build().unitMw() * line.build().capexCnyPerMwYr());
      }
    }
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      if (ind.potlines() != null) {
        m.cost(v.potlines[i], "POTLINE_FIXED", ind.potlines().fixedCostCnyPerYr());
        if (v.potlineBuild[i] >= 0) {
          m.cost(v.potlineBuild[i], "CAPEX", ind.potlines().sizeT() * ind.potlines().build().capexCnyPerTYr());
        }
      }
      if (c.s.mode.equals("WELFARE")) {
        for (int t = 0; t < c.nt; t++) {
          m.cost(v.output[i][t], "VALUE_ADDED", -ind.valueAddedCnyPerT());
        }
      }
    }
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      double voll = d.vollCnyPerMwh() != null ? d.vollCnyPerMwh() : in.meta().vollCnyPerMwh();
      for (int t = 0; t < c.nt; t++) {
        m.cost(v.unserved[k][t], "UNSERVED", voll * c.h[t]);
      }
    }
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract x = in.exports().get(k);
      for (int t = 0; t < c.nt; t++) {
        m.cost(v.export[k][t], "EXPORT_REVENUE", -x.priceIn(c.pid[t]) * c.h[t]);
        m.cost(v.shortfall[k][t], "EXPORT_SHORTFALL", x.shortfallPenaltyCnyPerMwh());
      }
    }
    for (int k = 0; k < in.coalDemands().size(); k++) {
      CoalDemand d = in.coalDemands().get(k);
      for (int col : v.cd[k]) {
        m.cost(col, "COAL_SALES", -d.priceCnyPerT());
      }
    }
  }

  @Override
  public void check(Context c) {
    Map<String, Double> mine = c.model.termValues();
    double sum = 0;
    double mag = 0;
    for (var e : mine.entrySet()) {
      Double reported = c.s.terms.get(e.getKey());
      if (reported == null) {
        c.f.record("objective term", e.getKey(), e.getValue(), "CNY", "objective term " + e.getKey() + ": missing ("
            + Findings.fmt(e.getValue()) + " CNY recomputed)");
      } else {
        c.f.eq("objective term", e.getKey(), "reported", reported, "recomputed", e.getValue(), "CNY",
            Math.abs(reported) + Math.abs(e.getValue()));
      }
      sum += e.getValue();
      mag += Math.abs(e.getValue());
    }
    for (String k : c.s.terms.keySet()) {
      if (!mine.containsKey(k)) {
        c.f.record("objective term", k, c.s.terms.get(k), "CNY", "objective term " + k + ": not a cost term of this "
            + "model (" + Findings.fmt(c.s.terms.get(k)) + " CNY reported)");
      }
    }
    c.f.eq("objective total", "totalCny", "reported total", c.s.totalCny, "sum of recomputed terms", sum, "CNY", mag);
  }
}
