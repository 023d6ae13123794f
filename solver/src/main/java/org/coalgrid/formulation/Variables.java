package org.coalgrid.formulation;

import static org.coalgrid.lp.LinearProgram.INF;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;

/**
 * All decision variables, with deterministic names built from domain ids. Index arrays hold -1 where a
 * variable does not exist. Units: coal kt/yr, power MW (average in the period), stored energy GWh,
 * industry output kt in the period, counts for integers.
 *
 * <pre>
 * q.m          mine output (kt/yr)                    wc.m, wb.m   washed clean coal / byproduct (kt/yr)
 * y.a.g[.c]    coal on arc a, grade g, origin c (kt)  z.p.g[.c]    coal burned by plant p (kt/yr)
 * w.i.g[.c]    coal fed to industry i (kt/yr)         cd.k[.c]     coal demand k served (kt/yr)
 * x.p.t        plant output (MW)                      pump.p.t     pumping load (MW)
 * lvl.p.t      storage level at end of t (GWh)        spill.p.t    reservoir spill (GWh)
 * f.l.t, fr.l.t  line flow forward / reverse (MW)     s.i.t        industry output (kt)
 * n.i          potlines running (integer)             d.k.t        direct supply (MW)
 * u.k.t        unserved load of demand k (MW)         e.x.t        export delivered (MW)
 * sh.x.t       export shortfall (GWh)                 b.p, bl.l    units built (integer)
 * o.p.t        units online (integer, commitment)
 * </pre>
 */
public final class Variables {
  public final int[] q;
  public final int[] washClean;
  public final int[] washByproduct;
  /** [arc][grade][class]. */
  public final int[][][] y;
  /** [plant][grade][class]. */
  public final int[][][] z;
  /** [industry][grade][class]. */
  public final int[][][] w;
  /** [coalDemand][class]. */
  public final int[][] cd;
  /** [plant][period]. */
  public final int[][] x;
  public final int[][] pump;
  public final int[][] level;
  public final int[][] spill;
  /** [line][period]. */
  public final int[][] flow;
  public final int[][] flowReverse;
  /** [industry][period]. */
  public final int[][] output;
  public final int[] potlines;
  /** [directSupply][period]. */
  public final int[][] direct;
  /** [demand][period]. */
  public final int[][] unserved;
  /** [export][period]. */
  public final int[][] export;
  public final int[][] shortfall;
  public final int[] plantBuild;
  public final int[] lineBuild;
  public final int[][] online;

  private final Map<String, Integer> gradeIndex;

  Variables(ModelContext ctx) {
    Instance in = ctx.instance();
    LinearProgram lp = ctx.lp();
    int nt = ctx.numPeriods();
    List<OriginClass> cls = ctx.classes();
    List<CoalGrade> grades = in.coalGrades();
    gradeIndex = new java.util.HashMap<>();
    for (int g = 0; g < grades.size(); g++) {
      gradeIndex.put(grades.get(g).id(), g);
    }

    List<Mine> mines = in.mines();
    q = new int[mines.size()];
    washClean = filled(mines.size());
    washByproduct = filled(mines.size());
    for (int m = 0; m < mines.size(); m++) {
      Mine mine = mines.get(m);
      q[m] = lp.addColumn("q." + mine.id(), 0, INF, VarKind.CONTINUOUS);
      if (mine.washing() != null && mine.washing().washedShare() > 0) {
        washClean[m] = lp.addColumn("wc." + mine.id(), 0, INF, VarKind.CONTINUOUS);
        if (mine.washing().byproductGrade() != null && mine.washing().byproductYield() > 0) {
          washByproduct[m] = lp.addColumn("wb." + mine.id(), 0, INF, VarKind.CONTINUOUS);
        }
      }
    }

    List<CoalArc> arcs = in.coalArcs();
    y = new int[arcs.size()][grades.size()][cls.size()];
    for (int a = 0; a < arcs.size(); a++) {
      CoalArc arc = arcs.get(a);
      for (int g = 0; g < grades.size(); g++) {
        for (int c = 0; c < cls.size(); c++) {
          y[a][g][c] = arc.carries(grades.get(g).id())
              ? lp.addColumn("y." + arc.id() + "." + grades.get(g).id() + cls.get(c).suffix(), 0, INF,
                  VarKind.CONTINUOUS)
              : -1;
        }
      }
    }

    List<Plant> plants = in.plants();
    z = new int[plants.size()][grades.size()][cls.size()];
    x = new int[plants.size()][nt];
    pump = new int[plants.size()][];
    level = new int[plants.size()][];
    spill = new int[plants.size()][];
    plantBuild = filled(plants.size());
    online = new int[plants.size()][];
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      for (int g = 0; g < grades.size(); g++) {
        Arrays.fill(z[p][g], -1);
      }
      if (plant.type().burnsCoal()) {
        for (String gid : plant.grades()) {
          int g = grade(gid);
          for (int c = 0; c < cls.size(); c++) {
            z[p][g][c] = lp.addColumn("z." + plant.id() + "." + gid + cls.get(c).suffix(), 0, INF,
                VarKind.CONTINUOUS);
          }
        }
      }
      if (plant.build() != null) {
        plantBuild[p] = lp.addColumn("b." + plant.id(), 0, plant.build().maxUnits(), VarKind.INTEGER);
      }
      for (int t = 0; t < nt; t++) {
        x[p][t] = lp.addColumn("x." + plant.id() + "." + ctx.periodId(t), 0, INF, VarKind.CONTINUOUS);
      }
      boolean reservoir = plant.type() == PlantType.HYDRO && plant.hydro() != null && plant.hydro().isReservoir();
      boolean pumped = plant.type() == PlantType.PUMPED_STORAGE && plant.storage() != null;
      if (pumped) {
        pump[p] = new int[nt];
        double pumpCap = plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw()
            : plant.capacityMw();
        for (int t = 0; t < nt; t++) {
          pump[p][t] = lp.addColumn("pump." + plant.id() + "." + ctx.periodId(t), 0, pumpCap, VarKind.CONTINUOUS);
        }
      }
      if (reservoir || pumped) {
        double storageGwh = (reservoir ? plant.hydro().storageMwh() : plant.storage().storageMwh())
            / Units.MWH_PER_UNIT;
        level[p] = new int[nt];
        for (int t = 0; t < nt; t++) {
          level[p][t] = lp.addColumn("lvl." + plant.id() + "." + ctx.periodId(t), 0, storageGwh,
              VarKind.CONTINUOUS);
        }
      }
      if (reservoir) {
        spill[p] = new int[nt];
        for (int t = 0; t < nt; t++) {
          spill[p][t] = lp.addColumn("spill." + plant.id() + "." + ctx.periodId(t), 0, INF, VarKind.CONTINUOUS);
        }
      }
      if (plant.commitment()) {
        online[p] = new int[nt];
        int maxUnits = PlantCapacity.existingUnits(plant) + (plant.build() != null ? plant.build().maxUnits() : 0);
        for (int t = 0; t < nt; t++) {
          online[p][t] = lp.addColumn("o." + plant.id() + "." + ctx.periodId(t), 0, maxUnits, VarKind.INTEGER);
        }
      }
    }

    List<Line> lines = in.lines();
    flow = new int[lines.size()][nt];
    flowReverse = new int[lines.size()][];
    lineBuild = filled(lines.size());
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      if (line.build() != null) {
        lineBuild[l] = lp.addColumn("bl." + line.id(), 0, line.build().maxUnits(), VarKind.INTEGER);
      }
      for (int t = 0; t < nt; t++) {
        flow[l][t] = lp.addColumn("f." + line.id() + "." + ctx.periodId(t), 0, INF, VarKind.CONTINUOUS);
      }
      if (line.bidirectional()) {
        flowReverse[l] = new int[nt];
        for (int t = 0; t < nt; t++) {
          flowReverse[l][t] = lp.addColumn("fr." + line.id() + "." + ctx.periodId(t), 0, INF, VarKind.CONTINUOUS);
        }
      }
    }

    List<Industry> inds = in.industries();
    w = new int[inds.size()][grades.size()][cls.size()];
    output = new int[inds.size()][nt];
    potlines = filled(inds.size());
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      for (int g = 0; g < grades.size(); g++) {
        Arrays.fill(w[i][g], -1);
      }
      for (String gid : ind.coalFeedTPerT().keySet().stream().sorted().toList()) {
        int g = grade(gid);
        for (int c = 0; c < cls.size(); c++) {
          w[i][g][c] = lp.addColumn("w." + ind.id() + "." + gid + cls.get(c).suffix(), 0, INF, VarKind.CONTINUOUS);
        }
      }
      if (ind.potlines() != null) {
        potlines[i] = lp.addColumn("n." + ind.id(), 0, ind.potlines().count(), VarKind.INTEGER);
      }
      for (int t = 0; t < nt; t++) {
        double ub = ind.profile() == LoadProfile.FREE
            ? ind.capacityT() * ctx.hours(t) / ctx.hoursInYear() / Units.T_PER_UNIT : INF;
        output[i][t] = lp.addColumn("s." + ind.id() + "." + ctx.periodId(t), 0, ub, VarKind.CONTINUOUS);
      }
    }

    List<CoalDemand> cds = in.coalDemands();
    cd = new int[cds.size()][cls.size()];
    for (int k = 0; k < cds.size(); k++) {
      CoalDemand d = cds.get(k);
      for (int c = 0; c < cls.size(); c++) {
        cd[k][c] = lp.addColumn("cd." + d.id() + cls.get(c).suffix(), 0, d.maxOrFirm() / Units.T_PER_UNIT,
            VarKind.CONTINUOUS);
      }
    }

    List<DirectSupply> dss = in.directSupplies();
    direct = new int[dss.size()][nt];
    for (int k = 0; k < dss.size(); k++) {
      DirectSupply ds = dss.get(k);
      for (int t = 0; t < nt; t++) {
        direct[k][t] = lp.addColumn("d." + ds.id() + "." + ctx.periodId(t), ds.minMw(), ds.maxMw(),
            VarKind.CONTINUOUS);
      }
    }

    List<Demand> dems = in.demands();
    unserved = new int[dems.size()][nt];
    for (int k = 0; k < dems.size(); k++) {
      for (int t = 0; t < nt; t++) {
        unserved[k][t] = lp.addColumn("u." + dems.get(k).id() + "." + ctx.periodId(t), 0,
            demandMw(ctx, dems.get(k), t), VarKind.CONTINUOUS);
      }
    }

    List<ExportContract> exps = in.exports();
    export = new int[exps.size()][nt];
    shortfall = new int[exps.size()][nt];
    for (int k = 0; k < exps.size(); k++) {
      ExportContract ex = exps.get(k);
      for (int t = 0; t < nt; t++) {
        double max = ex.maxMw() != null ? ex.maxMw() : INF;
        export[k][t] = lp.addColumn("e." + ex.id() + "." + ctx.periodId(t), 0, max, VarKind.CONTINUOUS);
        // no upper bound: with penalty >= 0 the shortfall never exceeds the firm energy, and a bound at the firm
        // energy would make the firm row's dual the delivery cost instead of the penalty when all of it is short
        shortfall[k][t] = lp.addColumn("sh." + ex.id() + "." + ctx.periodId(t), 0, INF, VarKind.CONTINUOUS);
      }
    }
  }

  /** Builds the variables of {@code ctx}'s instance into its model. */
  public static Variables create(ModelContext ctx) {
    Variables v = new Variables(ctx);
    ctx.setVariables(v);
    return v;
  }

  public int grade(String id) {
    Integer g = gradeIndex.get(id);
    if (g == null) {
      throw new IllegalArgumentException("unknown grade " + id);
    }
    return g;
  }

  /** Demand k in period t (average MW). */
  public static double demandMw(ModelContext ctx, Demand d, int t) {
    String pid = ctx.periodId(t);
    if (d.mwByPeriod().containsKey(pid)) {
      return d.mwByPeriod().get(pid);
    }
    if (d.mw() != null) {
      return d.mw();
    }
    if (d.annualMwh() != null) {
      return d.annualMwh() / ctx.hoursInYear();
    }
    return 0;
  }

  /** Firm energy of an export contract in period t (MWh). */
  public static double firmMwh(ModelContext ctx, ExportContract ex, int t) {
    String pid = ctx.periodId(t);
    if (!ex.firmMwhByPeriod().isEmpty()) {
      return ex.firmMwhByPeriod().getOrDefault(pid, 0.0);
    }
    return ex.firmMwh() * ctx.hours(t) / ctx.hoursInYear();
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
