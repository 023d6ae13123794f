package org.coalgrid.formulation;

import static org.coalgrid.formulation.Units.perKt;
import static org.coalgrid.formulation.Units.perMwPeriod;

import java.util.List;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;

/**
 * The model minimises the following, in million CNY per year. Each part is reported as its own term
 * ({@code CostTerm}) in solution.json ({@code objective.termsCny}) and on the console:
 * <pre>
 * MINING            Σ_m (cost[m] + ws[m]·washCost[m])·q[m]   (a mine with a washery: cost[m]·q[m] + washCost[m]·ww[m])
 * TRANSPORT         Σ_{a,g,c} cost[a]·y[a,g,c]
 * GENERATION        Σ_{p,t} (vom[p] + fuelCost[p])·x[p,t]·h[t]
 * STARTUP           Σ_{p,t} w[t]·startupCost[p]·su[p,t]           (w: days step t's day stands for, §4.18)
 * WHEELING          Σ_{l,t} wheeling[l]·(f[l,t] + fr[l,t])·h[t]
 * CAPEX             Σ_p unitMw[p]·capex[p]·b[p] + Σ_l unitMw[l]·capex[l]·bl[l]   (annualised)
 *                   + Σ_m unitT[m]·capexT[m]·bm[m] + Σ_i sizeT[i]·capexT[i]·bp[i]   (mines, potlines; per t/yr)
 *                   + Σ_m unitW[m]·capexW[m]·bw[m]          (washery builds 洗煤厂, §4.19; per t/yr of raw coal)
 * POTLINE_FIXED     Σ_i fixedCost[i]·n[i]
 * UNSERVED          Σ_{k,t} voll[k]·u[k,t]·h[t]              (voll: the demand's, else meta.vollCnyPerMwh)
 * EXPORT_SHORTFALL  Σ_{x,t} penalty[x]·sh[x,t]
 * CARBON            carbonPrice·Σ_{p,g,c} tcePerT[g]·co2PerTce[g]·z[p,g,c]
 * EXPORT_REVENUE    − Σ_{x,t} price[x,t]·e[x,t]·h[t]     (price[x,t]: priceCnyPerMwhByPeriod, else price[x])
 * COAL_SALES        − Σ_{k,c} price[k]·cd[k,c]
 * VALUE_ADDED       − Σ_{i,t} valueAdded[i]·s[i,t]                       (welfare mode only)
 * </pre>
 * The formulas are in domain units: tonnes a year, MW, hours, CNY. Every cost is already a yearly figure, so a
 * build's capex is annualised (CNY per MW of its unit per year, or CNY per t/yr of its capacity per year):
 * capex[p], capex[l] are {@code build.capexCnyPerMwYr}; unitT[m], capexT[m] the mine build's {@code build.unitT},
 * {@code build.capexCnyPerTYr} (§4.1); sizeT[i] the potline size {@code potlines.sizeT} and capexT[i]
 * {@code potlines.build.capexCnyPerTYr} (§4.12); unitW[m], capexW[m] the washery build's
 * {@code washing.build.unitT}, {@code washing.build.capexCnyPerTYr} (§4.19), another build than the mine's.
 * A build column (b, bl, bm, bp, bw) counts units, so its cost is one unit's size × capex, e.g.
 * 2,000,000 t/yr × 15 CNY per t/yr = 30 million CNY a year per washery unit. In the model the coal columns are in
 * kt (§1) and money in million CNY: a mine's q costs cost[m]·10³/10⁶ per kt, a unit count unit·capex/10⁶ per
 * unit. washCost is the washing's {@code costCnyPerT}, per raw tonne washed (ww, or ws·q for a fixed share).
 *
 * <p><b>Cost mode</b> (the default) meets the planned industry output at least cost. <b>Welfare mode</b>
 * ({@code --objective welfare}) also subtracts industry value added and lets each industry's output move
 * between minOutput and capacity. The design's coal price from the seeds goes into
 * {@code coalDemands.priceCnyPerT} (sales revenue). Coal bought in is a mine in an external region, priced at
 * its cost.
 */
public final class Objective implements ConstraintFamily {
  @Override
  public String name() {
    return "objective";
  }

  @Override
  public String title() {
    return "Objective";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of();
  }

  @Override
  public Role role() {
    return Role.DEFINITION;
  }

  @Override
  public String dualMeaning() {
    return "the objective writes no rows";
  }

  @Override
  public void apply(ModelContext ctx) {
    Instance in = ctx.instance();
    LinearProgram lp = ctx.lp();
    Variables v = ctx.vars();
    int nt = ctx.numPeriods();
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      if (v.ww[m] >= 0) {
        lp.addCost(v.q[m], CostTerm.MINING, perKt(mine.costCnyPerT()));
        lp.addCost(v.ww[m], CostTerm.MINING, perKt(mine.washing().costCnyPerT()));
      } else {
        double wash = mine.washing() != null ? mine.washing().washedShare() * mine.washing().costCnyPerT() : 0;
        lp.addCost(v.q[m], CostTerm.MINING, perKt(mine.costCnyPerT() + wash));
      }
      if (v.bm[m] >= 0) {
        lp.addCost(v.bm[m], CostTerm.CAPEX, mine.build().unitT() * mine.build().capexCnyPerTYr() / Units.CNY_PER_UNIT);
      }
      if (v.bw[m] >= 0) {
        var b = mine.washing().build();
        lp.addCost(v.bw[m], CostTerm.CAPEX, b.unitT() * b.capexCnyPerTYr() / Units.CNY_PER_UNIT);
      }
    }
    for (int a = 0; a < in.coalArcs().size(); a++) {
      CoalArc arc = in.coalArcs().get(a);
      for (int[] byClass : v.y[a]) {
        for (int col : byClass) {
          if (col >= 0) {
            lp.addCost(col, CostTerm.TRANSPORT, perKt(arc.costCnyPerT()));
          }
        }
      }
    }
    Metrics metrics = new Metrics(ctx);
    double carbon = in.meta().carbonPriceCnyPerTCo2();
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      for (int t = 0; t < nt; t++) {
        lp.addCost(v.x[p][t], CostTerm.GENERATION,
            perMwPeriod(plant.vomCnyPerMwh() + plant.fuelCostCnyPerMwh(), ctx.hours(t)));
      }
      if (v.su[p] != null && plant.startupCostCny() != null && plant.startupCostCny() > 0) {
        for (int t = 0; t < nt; t++) {
          lp.addCost(v.su[p][t], CostTerm.STARTUP,
              ctx.chronology().weight(t) * plant.startupCostCny() / Units.CNY_PER_UNIT);
        }
      }
      if (v.b[p] >= 0) {
        lp.addCost(v.b[p], CostTerm.CAPEX,
            plant.build().unitMw() * plant.build().capexCnyPerMwYr() / Units.CNY_PER_UNIT);
      }
      if (carbon > 0) {
        for (int g = 0; g < in.coalGrades().size(); g++) {
          for (int col : v.z[p][g]) {
            if (col >= 0) {
              lp.addCost(col, CostTerm.CARBON, perKt(carbon * metrics.co2PerT(g)));
            }
          }
        }
      }
    }
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      for (int t = 0; t < nt; t++) {
        double c = perMwPeriod(line.wheelingCnyPerMwh(), ctx.hours(t));
        lp.addCost(v.f[l][t], CostTerm.WHEELING, c);
        if (v.fr[l] != null) {
          lp.addCost(v.fr[l][t], CostTerm.WHEELING, c);
        }
      }
      if (v.bl[l] >= 0) {
        lp.addCost(v.bl[l], CostTerm.CAPEX,
            line.build().unitMw() * line.build().capexCnyPerMwYr() / Units.CNY_PER_UNIT);
      }
    }
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      if (v.n[i] >= 0) {
        lp.addCost(v.n[i], CostTerm.POTLINE_FIXED, ind.potlines().fixedCostCnyPerYr() / Units.CNY_PER_UNIT);
      }
      if (v.bp[i] >= 0) {
        lp.addCost(v.bp[i], CostTerm.CAPEX,
            ind.potlines().sizeT() * ind.potlines().build().capexCnyPerTYr() / Units.CNY_PER_UNIT);
      }
      if (ctx.mode() == ObjectiveMode.WELFARE) {
        for (int t = 0; t < nt; t++) {
          lp.addCost(v.s[i][t], CostTerm.VALUE_ADDED, -perKt(ind.valueAddedCnyPerT()));
        }
      }
    }
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      double voll = d.vollCnyPerMwh() != null ? d.vollCnyPerMwh() : in.meta().vollCnyPerMwh();
      for (int t = 0; t < nt; t++) {
        lp.addCost(v.u[k][t], CostTerm.UNSERVED, perMwPeriod(voll, ctx.hours(t)));
      }
    }
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract ex = in.exports().get(k);
      for (int t = 0; t < nt; t++) {
        lp.addCost(v.e[k][t], CostTerm.EXPORT_REVENUE, -perMwPeriod(ex.priceIn(ctx.periodId(t)), ctx.hours(t)));
        lp.addCost(v.sh[k][t], CostTerm.EXPORT_SHORTFALL,
            ex.shortfallPenaltyCnyPerMwh() * Units.MWH_PER_UNIT / Units.CNY_PER_UNIT);
      }
    }
    for (int k = 0; k < in.coalDemands().size(); k++) {
      CoalDemand cdm = in.coalDemands().get(k);
      for (int col : v.cd[k]) {
        lp.addCost(col, CostTerm.COAL_SALES, -perKt(cdm.priceCnyPerT()));
      }
    }
  }
}
