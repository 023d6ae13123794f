package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;

/**
 * The figures solution.json prints beside the decision values, recomputed from the instance and those values:
 * per-entity totals (generation, fuel tce, utilisation hours, line energy sent and lost, arc loss, industry
 * electricity and heat, demand and export energy, revenue, ...), per-period derived values (MWh, available MW,
 * line capacity, industry load, demand, firm energy), and the instance figures echoed beside them. Prices and
 * shadow prices are checked by {@link PriceCheck}.
 */
final class ReportCheck {
  private ReportCheck() {}

  static void check(Context c) {
    Written w = new Written(c.f, "report");
    var in = c.in;
    var s = c.s;
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      JsonNode n = s.mineNodes[m];
      w.num(mine.id(), n, "capacityT", MineCheck.capacity(mine, s.mineBuilt[m]), "t");
      w.opt(mine.id(), n, "builtT", mine.build() == null ? null : s.mineBuilt[m] * mine.build().unitT(), "t");
      w.num(mine.id(), n, "minOutputT", mine.minOutputT(), "t");
      w.num(mine.id(), n, "costCnyPerT", mine.costCnyPerT(), "CNY/t");
      w.exact(mine.id(), n, "region", mine.region());
      w.exact(mine.id(), n, "grade", mine.grade());
    }
    for (int a = 0; a < in.coalArcs().size(); a++) {
      CoalArc arc = in.coalArcs().get(a);
      JsonNode n = s.arcNodes[a];
      double total = Context.total(s.arcFlows.get(a));
      w.num(arc.id(), n, "totalT", total, "t");
      w.num(arc.id(), n, "lossT", total * arc.lossShare(), "t");
      w.opt(arc.id(), n, "capacityT", arc.capacityT(), "t");
      w.exact(arc.id(), n, "from", arc.from());
      w.exact(arc.id(), n, "to", arc.to());
      w.exact(arc.id(), n, "mode", arc.mode() == null ? null : arc.mode().name());
    }
    for (int p = 0; p < in.plants().size(); p++) {
      plant(c, w, p);
    }
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      JsonNode n = s.lineNodes[l];
      double built = c.lineBuiltMw(l);
      double sent = c.energy(s.flow[l]) + c.energy(s.reverse[l]);
      w.num(line.id(), n, "builtMw", built, "MW");
      w.num(line.id(), n, "sentMwh", sent, "MWh");
      w.num(line.id(), n, "lossMwh", sent * line.lossShare(), "MWh");
      w.exact(line.id(), n, "bidirectional", line.bidirectional());
      w.exact(line.id(), n, "export", !c.internal(line.to()));
      w.exact(line.id(), n, "from", line.from());
      w.exact(line.id(), n, "to", line.to());
      JsonNode periods = n.get("periods");
      for (int t = 0; periods != null && t < periods.size(); t++) {
        JsonNode pn = periods.get(t);
        int tt = c.periodIndex(pn.path("period").asText());
        if (tt >= 0) {
          w.num(new Findings.Ent(line.id(), c.pid[tt]), pn, "capacityMw", line.capacityIn(c.pid[tt]) + built, "MW");
        }
      }
    }
    for (int i = 0; i < in.industries().size(); i++) {
      industry(c, w, i);
    }
    for (int k = 0; k < in.directSupplies().size(); k++) {
      DirectSupply ds = in.directSupplies().get(k);
      w.num(ds.id(), s.directNodes[k], "energyMwh", c.energy(s.direct[k]), "MWh");
      w.exact(ds.id(), s.directNodes[k], "plant", ds.plant());
      w.exact(ds.id(), s.directNodes[k], "industry", ds.industry());
    }
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      JsonNode n = s.demandNodes[k];
      double demand = 0;
      for (int t = 0; t < c.nt; t++) {
        demand += c.demandMw(d, t) * c.h[t];
      }
      w.num(d.id(), n, "demandMwh", demand, "MWh");
      w.num(d.id(), n, "unservedMwh", c.energy(s.unserved[k]), "MWh");
      w.exact(d.id(), n, "region", d.region());
      JsonNode periods = n.get("periods");
      for (int t = 0; periods != null && t < periods.size(); t++) {
        JsonNode pn = periods.get(t);
        int tt = c.periodIndex(pn.path("period").asText());
        if (tt >= 0) {
          w.num(new Findings.Ent(d.id(), c.pid[tt]), pn, "demandMw", c.demandMw(d, tt), "MW");
        }
      }
    }
    for (int k = 0; k < in.coalDemands().size(); k++) {
      CoalDemand d = in.coalDemands().get(k);
      w.num(d.id(), s.coalDemandNodes[k], "firmT", d.firmT(), "t");
      w.exact(d.id(), s.coalDemandNodes[k], "grade", d.grade());
      w.exact(d.id(), s.coalDemandNodes[k], "region", d.region());
    }
    for (int k = 0; k < in.exports().size(); k++) {
      export(c, w, k);
    }
  }

  /**
   * What a storage plant earns at the electricity prices written in the solution (prices.electricity of its
   * region, which PriceCheck holds to the duals): Σ_t price·(generation − pumping)·h[t] (CNY/yr).
   */
  private static double arbitrage(Context c, int p, Plant plant) {
    java.util.Map<String, Double> price = new java.util.HashMap<>();
    for (JsonNode e : c.s.root.path("prices").path("electricity")) {
      if (plant.region().equals(e.path("region").asText())) {
        price.put(e.path("period").asText(), e.path("cnyPerMwh").asDouble());
      }
    }
    double earned = 0;
    for (int t = 0; t < c.nt; t++) {
      earned += price.getOrDefault(c.pid[t], 0.0) * (c.s.mw[p][t] - c.s.pump[p][t]) * c.h[t];
    }
    return earned;
  }

  /**
   * A committed plant's start-ups in the year (§4.18) from the units started the solution gives: starts
   * Σ w[t]·su[t], MW started unit·starts, cost startupCost·starts; absent for plants without start-up dynamics.
   */
  private static void startUps(Context c, Written w, int p, Plant plant, JsonNode n) {
    JsonNode node = n.get("startUps");
    if (c.v.started[p] == null) {
      c.f.require(node == null || node.isNull(), "report", plant.id(), "startUps is written (" + node
          + ") for a plant without start-up dynamics");
      return;
    }
    double starts = 0;
    for (int t = 0; t < c.nt; t++) {
      starts += c.weight(t) * c.s.started[p][t];
    }
    if (node == null || !node.isObject()) {
      c.f.require(false, "report", plant.id(), "startUps is missing; expected " + starts + " starts");
      return;
    }
    w.num(plant.id(), node, "starts", starts, "starts");
    w.num(plant.id(), node, "startedMw", starts * plant.unitSizeMw(), "MW");
    w.num(plant.id(), node, "costCny", plant.startupCostCny() == null ? 0 : plant.startupCostCny() * starts, "CNY");
  }

  private static void plant(Context c, Written w, int p) {
    Plant plant = c.in.plants().get(p);
    JsonNode n = c.s.plantNodes[p];
    double cap = c.plantCapacity(p);
    double gen = c.energy(c.s.mw[p]);
    double tce = 0;
    for (var e : c.s.plantCoal.get(p).entrySet()) {
      tce += c.grade(e.getKey(), "plant " + plant.id()).tcePerT() * e.getValue();
    }
    w.num(plant.id(), n, "capacityMw", cap, "MW");
    w.num(plant.id(), n, "builtMw", c.plantBuiltMw(p), "MW");
    w.num(plant.id(), n, "generationMwh", gen, "MWh");
    w.num(plant.id(), n, "utilisationHours", cap > 0 ? gen / cap : 0, "h");
    w.num(plant.id(), n, "fuelTce", tce, "tce");
    if (n.has("arbitrageCny") && c.s.pump[p] != null) {
      w.num(plant.id(), n, "arbitrageCny", arbitrage(c, p, plant), "CNY");
    }
    startUps(c, w, p, plant, n);
    w.exact(plant.id(), n, "type", plant.type().name());
    w.exact(plant.id(), n, "large", plant.large());
    w.exact(plant.id(), n, "region", plant.region());
    if (!(c.split && plant.type().burnsCoal())) {
      w.opt(plant.id(), n, "coalFromLargeMinesT", null, "t");
    }
    JsonNode periods = n.get("periods");
    for (int t = 0; periods != null && t < periods.size(); t++) {
      JsonNode pn = periods.get(t);
      int tt = c.periodIndex(pn.path("period").asText());
      if (tt >= 0) {
        Object ent = new Findings.Ent(plant.id(), c.pid[tt]);
        w.num(ent, pn, "mwh", c.s.mw[p][tt] * c.h[tt], "MWh");
        w.num(ent, pn, "availableMw", plant.availabilityIn(c.pid[tt]) * cap, "MW");
        // storage figures only where the plant has the storage (their values are checked by its family)
        if (c.v.pump[p] == null) {
          w.opt(ent, pn, "pumpMw", null, "MW");
        }
        if (c.v.level[p] == null) {
          w.opt(ent, pn, "levelMwh", null, "MWh");
        }
        if (c.v.spill[p] == null) {
          w.opt(ent, pn, "spillMwh", null, "MWh");
        }
        if (c.v.online[p] == null) {
          w.opt(ent, pn, "onlineUnits", null, "units");
        }
        if (c.v.started[p] == null) {
          w.opt(ent, pn, "startedUnits", null, "units");
          w.opt(ent, pn, "stoppedUnits", null, "units");
        }
      }
    }
  }

  private static void industry(Context c, Written w, int i) {
    Industry ind = c.in.industries().get(i);
    JsonNode n = c.s.industryNodes[i];
    double out = Context.total(c.s.output[i]);
    w.num(ind.id(), n, "outputT", out, "t");
    w.num(ind.id(), n, "plannedOutputT", ind.plannedOutput(), "t");
    w.num(ind.id(), n, "capacityT", ind.capacityT(), "t");
    w.num(ind.id(), n, "electricityMwh", out * ind.electricityMwhPerT(), "MWh");
    w.num(ind.id(), n, "heatGj", out * ind.heatGjPerT(), "GJ");
    w.exact(ind.id(), n, "chain", ind.chain().name());
    w.exact(ind.id(), n, "region", ind.region());
    w.exact(ind.id(), n, "product", ind.product());
    if (ind.potlines() == null) {
      w.opt(ind.id(), n, "potlinesRunning", null, "units");
    }
    JsonNode periods = n.get("periods");
    for (int t = 0; periods != null && t < periods.size(); t++) {
      JsonNode pn = periods.get(t);
      int tt = c.periodIndex(pn.path("period").asText());
      if (tt >= 0) {
        w.num(new Findings.Ent(ind.id(), c.pid[tt]), pn, "loadMw", c.loadMw(i, tt), "MW");
      }
    }
  }

  private static void export(Context c, Written w, int k) {
    ExportContract x = c.in.exports().get(k);
    JsonNode n = c.s.exportNodes[k];
    double firm = 0;
    for (int t = 0; t < c.nt; t++) {
      firm += c.firmMwh(x, t);
    }
    double delivered = c.energy(c.s.delivered[k]);
    w.num(x.id(), n, "firmMwh", firm, "MWh");
    w.num(x.id(), n, "deliveredMwh", delivered, "MWh");
    w.num(x.id(), n, "shortfallMwh", Context.total(c.s.shortfall[k]), "MWh");
    double revenue = x.priceCnyPerMwh() * delivered;
    if (!x.priceCnyPerMwhByPeriod().isEmpty()) {
      revenue = 0;
      for (int t = 0; t < c.nt; t++) {
        revenue += x.priceIn(c.pid[t]) * c.s.delivered[k][t] * c.h[t];
      }
    }
    w.num(x.id(), n, "revenueCny", revenue, "CNY");
    w.exact(x.id(), n, "region", x.region());
    JsonNode periods = n.get("periods");
    for (int t = 0; periods != null && t < periods.size(); t++) {
      JsonNode pn = periods.get(t);
      int tt = c.periodIndex(pn.path("period").asText());
      if (tt >= 0) {
        Object ent = new Findings.Ent(x.id(), c.pid[tt]);
        w.num(ent, pn, "firmMwh", c.firmMwh(x, tt), "MWh");
        w.num(ent, pn, "deliveredMwh", c.s.delivered[k][tt] * c.h[tt], "MWh");
      }
    }
  }
}
