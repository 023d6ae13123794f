package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Region;

/**
 * For every region r and period t, in average MW:
 * <pre>
 *   Σ_{p∈r} x[p,t] − Σ_{k: plant(k)∈r} d[k,t] + Σ_{k: industry(k)∈r} d[k,t]
 * + Σ_{l into r} (1 − loss[l])·f[l,t] − Σ_{l out of r} f[l,t]
 * + Σ_{l out of r} (1 − loss[l])·fr[l,t] − Σ_{l into r} fr[l,t]
 * + Σ_{k∈r} u[k,t] − Σ_{i∈r} elec[i]·s[i,t]·1000/h[t] − Σ_{p∈r} pump[p,t] − Σ_{x to r} e[x,t]
 * = Σ_{k∈r} demand[k,t]                                                                   (power.r.t)
 * </pre>
 * Industry load in MW is electricity (MWh/t) × output (kt·1000) / hours. Direct supply leaves the plant's
 * region and arrives in the industry's region without using the grid. Every region, internal or external, has
 * the row in every period where a term exists or its demand is above 0. An external region balances the
 * exports delivered there against the arriving flows, plus any plants and demands it has (an outside grid
 * selling or buying power). demand[k,t] is {@code mwByPeriod}, else {@code mw}, else {@code annualMwh}/H.
 */
public final class PowerBalance implements ConstraintFamily {
  @Override
  public String name() {
    return "power_balance";
  }

  @Override
  public String title() {
    return "Power balance";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.POWER);
  }

  @Override
  public Role role() {
    return Role.BALANCE;
  }

  @Override
  public String dualMeaning() {
    return "the **electricity price** of region r in period t (CNY/MWh)";
  }

  @Override
  public void apply(ModelContext ctx) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    List<Plant> plants = in.plants();
    List<Line> lines = in.lines();
    List<Industry> inds = in.industries();
    List<Demand> dems = in.demands();
    List<ExportContract> exps = in.exports();
    List<DirectSupply> dss = in.directSupplies();
    var plantIndex = in.plantsById();
    var industryIndex = in.industriesById();
    RegionIndex idx = ctx.byRegion();
    for (Region region : in.regions()) {
      String r = region.id();
      int[] plantsHere = idx.plants(r);
      int[] dssHere = idx.directSuppliesTouching(r);
      int[] linesHere = idx.linesTouching(r);
      int[] demsHere = idx.demands(r);
      int[] indsHere = idx.industries(r);
      int[] expsHere = idx.exports(r);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        LinearExpr e = new LinearExpr();
        double demand = 0;
        for (int p : plantsHere) {
          e.add(v.x[p][t], 1.0);
          if (v.pump[p] != null) {
            e.add(v.pump[p][t], -1.0);
          }
        }
        for (int k : dssHere) {
          DirectSupply ds = dss.get(k);
          if (plantIndex.get(ds.plant()).region().equals(r)) {
            e.add(v.d[k][t], -1.0);
          }
          if (industryIndex.get(ds.industry()).region().equals(r)) {
            e.add(v.d[k][t], 1.0);
          }
        }
        for (int l : linesHere) {
          Line line = lines.get(l);
          if (line.to().equals(r)) {
            e.add(v.f[l][t], 1.0 - line.lossShare());
            if (v.fr[l] != null) {
              e.add(v.fr[l][t], -1.0);
            }
          }
          if (line.from().equals(r)) {
            e.add(v.f[l][t], -1.0);
            if (v.fr[l] != null) {
              e.add(v.fr[l][t], 1.0 - line.lossShare());
            }
          }
        }
        for (int k : demsHere) {
          e.add(v.u[k][t], 1.0);
          demand += Variables.demandMw(ctx, dems.get(k), t);
        }
        for (int i : indsHere) {
          Industry ind = inds.get(i);
          if (ind.electricityMwhPerT() > 0) {
            e.add(v.s[i][t], -ind.electricityMwhPerT() * Units.T_PER_UNIT / ctx.hours(t));
          }
        }
        for (int k : expsHere) {
          e.add(v.e[k][t], -1.0);
        }
        if (e.isEmpty() && demand == 0) {
          continue;
        }
        Rows.add(ctx.lp(), ModelNames.powerBalance(r, ctx.periodId(t)), e, demand, demand,
            ModelContext.info(name(), r, ctx.periodId(t), Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0, "MW"));
      }
    }
  }
}
