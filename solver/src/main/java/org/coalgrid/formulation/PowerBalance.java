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
 * Power balance per region r and period t (average MW):
 * <pre>
 *   sum_{p in r} x[p,t] - sum_{k: plant(k) in r} d[k,t] + sum_{k: industry(k) in r} d[k,t]
 * + sum_{l into r} (1 - loss[l]) f[l,t] - sum_{l out of r} f[l,t]   (and the reverse flows of bidirectional lines)
 * + sum_{k in r} u[k,t] - sum_{i in r} elec[i] s[i,t] / h[t] - sum_{p in r} pump[p,t] - sum_{x in r} e[x,t]
 * = sum_{k in r} demand[k,t]
 * </pre>
 * Industry load in MW is electricity (MWh/t) times output (t) over the period's hours. Row
 * {@code power.<r>.<t>}; its dual is the electricity price (CNY/MWh).
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
