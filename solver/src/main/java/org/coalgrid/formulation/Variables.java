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
 * All decision variables. Each field is named by its symbol in docs/formulation.md §3 and holds column
 * indices, -1 where a variable does not exist; the column names come from {@link ModelNames} (the table of
 * kinds, units and bounds is {@link ColumnKind}). Units: coal kt/yr, power MW (average in the
 * period), stored energy GWh, industry output kt in the period, counts for integers.
 */
public final class Variables {
  /** q[m]: raw output of mine m (kt/yr). */
  public final int[] q;
  /** wc[m]: clean coal from washing at m (kt/yr). */
  public final int[] wc;
  /** wb[m]: washing byproduct at m (kt/yr). */
  public final int[] wb;
  /** ww[m]: raw coal washed at m (kt/yr); -1 unless the mine's washing has a capacity or build (fixed share). */
  public final int[] ww;
  /** bw[m]: units of washery capacity built at m (integer); -1 without a washery build. */
  public final int[] bw;
  /** y[a][g][c]: coal of grade g, origin c on arc a (kt/yr). */
  public final int[][][] y;
  /** z[p][g][c]: coal of grade g, origin c burned by plant p (kt/yr). */
  public final int[][][] z;
  /** w[i][g][c]: coal of grade g, origin c fed to industry i (kt/yr). */
  public final int[][][] w;
  /** cd[k][c]: coal demand k served from origin c (kt/yr). */
  public final int[][] cd;
  /** x[p][t]: output of plant p (MW). */
  public final int[][] x;
  /** pump[p][t]: pumping load (MW); null row for plants that do not pump. */
  public final int[][] pump;
  /**
   * lvl[p][t]: storage level at the end of t (GWh); null row for plants without storage. For a reservoir the
   * index is its stage ({@code Chronology.stage}): the period for blocks, the month with days.
   */
  public final int[][] lvl;
  /** soc[p][n]: stored energy at the start of day n of the year (GWh); null row unless inter-day storage. */
  public final int[][] soc;
  /** dsoc[p][d]: net change of stored energy over representative day d (GWh); null row unless inter-day. */
  public final int[][] dsoc;
  /** spill[p][t]: reservoir spill (GWh); null row for plants without a reservoir. */
  public final int[][] spill;
  /** f[l][t]: line flow from {@code from} to {@code to} (MW). */
  public final int[][] f;
  /** fr[l][t]: reverse flow of a bidirectional line (MW); null row otherwise. */
  public final int[][] fr;
  /** s[i][t]: industry output in period t (kt). */
  public final int[][] s;
  /**
   * sa[i]: annual output of a FLAT industry (kt/yr) when the instance has more than
   * {@link IndustryProduction#DENSE_FLAT_MAX_PERIODS} periods; -1 otherwise.
   */
  public final int[] sa;
  /** n[i]: potlines running (integer). */
  public final int[] n;
  /** bm[m]: units of extra capacity built at mine m (integer); -1 without a build. */
  public final int[] bm;
  /** bp[i]: potlines built at industry i (integer); -1 without a potline build. */
  public final int[] bp;
  /** d[k][t]: direct supply k (MW). */
  public final int[][] d;
  /** u[k][t]: unserved load of demand k (MW). */
  public final int[][] u;
  /** e[x][t]: export delivered under contract x (MW). */
  public final int[][] e;
  /** sh[x][t]: export shortfall (GWh). */
  public final int[][] sh;
  /** b[p]: units built at plant p (integer). */
  public final int[] b;
  /** bl[l]: units built on line l (integer). */
  public final int[] bl;
  /** o[p][t]: units online (integer, unit commitment); null row for plants without commitment. */
  public final int[][] o;
  /** su[p][t], sd[p][t]: units started, stopped (integer, §4.18); null rows unless the plant has dynamics. */
  public final int[][] su;
  public final int[][] sd;

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
    wc = filled(mines.size());
    wb = filled(mines.size());
    bm = filled(mines.size());
    ww = filled(mines.size());
    bw = filled(mines.size());
    for (int m = 0; m < mines.size(); m++) {
      Mine mine = mines.get(m);
      q[m] = lp.addColumn(ModelNames.q(mine.id()), 0, INF, VarKind.CONTINUOUS);
      if (mine.build() != null) {
        bm[m] = lp.addColumn(ModelNames.bm(mine.id()), 0, mine.build().maxUnits(), VarKind.INTEGER);
      }
      if (mine.washing() != null && mine.washing().washedShare() > 0) {
        wc[m] = lp.addColumn(ModelNames.wc(mine.id()), 0, INF, VarKind.CONTINUOUS);
        if (mine.washing().byproductGrade() != null && mine.washing().byproductYield() > 0) {
          wb[m] = lp.addColumn(ModelNames.wb(mine.id()), 0, INF, VarKind.CONTINUOUS);
        }
        if (mine.washing().hasCapacity()) {
          ww[m] = lp.addColumn(WasheryNames.ww(mine.id()), 0, INF, VarKind.CONTINUOUS);
          if (mine.washing().build() != null) {
            bw[m] = lp.addColumn(WasheryNames.bw(mine.id()), 0, mine.washing().build().maxUnits(), VarKind.INTEGER);
          }
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
              ? lp.addColumn(ModelNames.y(arc.id(), grades.get(g).id(), cls.get(c)), 0, INF, VarKind.CONTINUOUS)
              : -1;
        }
      }
    }

    List<Plant> plants = in.plants();
    z = new int[plants.size()][grades.size()][cls.size()];
    x = new int[plants.size()][nt];
    pump = new int[plants.size()][];
    lvl = new int[plants.size()][];
    soc = new int[plants.size()][];
    dsoc = new int[plants.size()][];
    spill = new int[plants.size()][];
    var chrono = ctx.chronology();
    List<String> stages = chrono.stageIds();
    b = filled(plants.size());
    o = new int[plants.size()][];
    su = new int[plants.size()][];
    sd = new int[plants.size()][];
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      for (int g = 0; g < grades.size(); g++) {
        Arrays.fill(z[p][g], -1);
      }
      if (plant.type().burnsCoal()) {
        for (String gid : plant.grades()) {
          int g = grade(gid);
          for (int c = 0; c < cls.size(); c++) {
            z[p][g][c] = lp.addColumn(ModelNames.z(plant.id(), gid, cls.get(c)), 0, INF, VarKind.CONTINUOUS);
          }
        }
      }
      if (plant.build() != null) {
        b[p] = lp.addColumn(ModelNames.b(plant.id()), 0, plant.build().maxUnits(), VarKind.INTEGER);
      }
      for (int t = 0; t < nt; t++) {
        x[p][t] = lp.addColumn(ModelNames.x(plant.id(), ctx.periodId(t)), 0, INF, VarKind.CONTINUOUS);
      }
      boolean reservoir = plant.type() == PlantType.HYDRO && plant.hydro() != null && plant.hydro().isReservoir();
      boolean pumped = plant.type().storesEnergy() && plant.storage() != null;
      if (pumped) {
        pump[p] = new int[nt];
        double pumpCap = plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw()
            : plant.capacityMw();
        for (int t = 0; t < nt; t++) {
          pump[p][t] = lp.addColumn(ModelNames.pump(plant.id(), ctx.periodId(t)), 0, pumpCap, VarKind.CONTINUOUS);
        }
      }
      if (reservoir || pumped) {
        double storageGwh = (reservoir ? plant.hydro().storageMwh() : plant.storage().storageMwh())
            / Units.MWH_PER_UNIT;
        int levels = reservoir ? stages.size() : nt;
        lvl[p] = new int[levels];
        for (int t = 0; t < levels; t++) {
          lvl[p][t] = lp.addColumn(ModelNames.lvl(plant.id(), reservoir ? stages.get(t) : ctx.periodId(t)), 0,
              storageGwh, VarKind.CONTINUOUS);
        }
        if (pumped && interDay(ctx, plant)) {
          int[] year = chrono.yearDays();
          soc[p] = new int[year.length];
          for (int n = 0; n < year.length; n++) {
            soc[p][n] = lp.addColumn(ModelNames.soc(plant.id(), ModelNames.dayOfYear(n + 1)), 0, storageGwh,
                VarKind.CONTINUOUS);
          }
          var days = chrono.time().days();
          dsoc[p] = new int[days.size()];
          for (int d = 0; d < days.size(); d++) {
            dsoc[p][d] = lp.addColumn(ModelNames.dsoc(plant.id(), days.get(d).id()), -INF, INF, VarKind.CONTINUOUS);
          }
        }
      }
      if (reservoir) {
        spill[p] = new int[nt];
        for (int t = 0; t < nt; t++) {
          spill[p][t] = lp.addColumn(ModelNames.spill(plant.id(), ctx.periodId(t)), 0, INF, VarKind.CONTINUOUS);
        }
      }
      if (plant.commitment()) {
        o[p] = new int[nt];
        int maxUnits = PlantCapacity.existingUnits(plant) + (plant.build() != null ? plant.build().maxUnits() : 0);
        for (int t = 0; t < nt; t++) {
          o[p][t] = lp.addColumn(ModelNames.o(plant.id(), ctx.periodId(t)), 0, maxUnits, VarKind.INTEGER);
        }
        if (UnitCommitment.applies(chrono, plant)) {
          su[p] = new int[nt];
          sd[p] = new int[nt];
          for (int t = 0; t < nt; t++) {
            su[p][t] = lp.addColumn(ModelNames.su(plant.id(), ctx.periodId(t)), 0, maxUnits, VarKind.INTEGER);
            sd[p][t] = lp.addColumn(ModelNames.sd(plant.id(), ctx.periodId(t)), 0, maxUnits, VarKind.INTEGER);
          }
        }
      }
    }

    List<Line> lines = in.lines();
    f = new int[lines.size()][nt];
    fr = new int[lines.size()][];
    bl = filled(lines.size());
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      if (line.build() != null) {
        bl[l] = lp.addColumn(ModelNames.bl(line.id()), 0, line.build().maxUnits(), VarKind.INTEGER);
      }
      for (int t = 0; t < nt; t++) {
        f[l][t] = lp.addColumn(ModelNames.f(line.id(), ctx.periodId(t)), 0, INF, VarKind.CONTINUOUS);
      }
      if (line.bidirectional()) {
        fr[l] = new int[nt];
        for (int t = 0; t < nt; t++) {
          fr[l][t] = lp.addColumn(ModelNames.fr(line.id(), ctx.periodId(t)), 0, INF, VarKind.CONTINUOUS);
        }
      }
    }

    List<Industry> inds = in.industries();
    w = new int[inds.size()][grades.size()][cls.size()];
    s = new int[inds.size()][nt];
    n = filled(inds.size());
    bp = filled(inds.size());
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      for (int g = 0; g < grades.size(); g++) {
        Arrays.fill(w[i][g], -1);
      }
      for (String gid : ind.coalFeedTPerT().keySet().stream().sorted().toList()) {
        int g = grade(gid);
        for (int c = 0; c < cls.size(); c++) {
          w[i][g][c] = lp.addColumn(ModelNames.w(ind.id(), gid, cls.get(c)), 0, INF, VarKind.CONTINUOUS);
        }
      }
      if (ind.potlines() != null) {
        var build = ind.potlines().build();
        n[i] = lp.addColumn(ModelNames.n(ind.id()), 0, ind.potlines().count() + (build != null ? build.maxUnits() : 0),
            VarKind.INTEGER);
        if (build != null) {
          bp[i] = lp.addColumn(ModelNames.bp(ind.id()), 0, build.maxUnits(), VarKind.INTEGER);
        }
      }
      for (int t = 0; t < nt; t++) {
        double ub = ind.profile() == LoadProfile.FREE
            ? ind.capacityT() * ctx.hours(t) / ctx.hoursInYear() / Units.T_PER_UNIT : INF;
        s[i][t] = lp.addColumn(ModelNames.s(ind.id(), ctx.periodId(t)), 0, ub, VarKind.CONTINUOUS);
      }
    }

    List<CoalDemand> cds = in.coalDemands();
    cd = new int[cds.size()][cls.size()];
    for (int k = 0; k < cds.size(); k++) {
      CoalDemand dem = cds.get(k);
      for (int c = 0; c < cls.size(); c++) {
        cd[k][c] = lp.addColumn(ModelNames.cd(dem.id(), cls.get(c)), 0, dem.maxOrFirm() / Units.T_PER_UNIT,
            VarKind.CONTINUOUS);
      }
    }

    List<DirectSupply> dss = in.directSupplies();
    d = new int[dss.size()][nt];
    for (int k = 0; k < dss.size(); k++) {
      DirectSupply ds = dss.get(k);
      for (int t = 0; t < nt; t++) {
        d[k][t] = lp.addColumn(ModelNames.d(ds.id(), ctx.periodId(t)), ds.minMw(), ds.maxMw(),
            VarKind.CONTINUOUS);
      }
    }

    List<Demand> dems = in.demands();
    u = new int[dems.size()][nt];
    for (int k = 0; k < dems.size(); k++) {
      for (int t = 0; t < nt; t++) {
        u[k][t] = lp.addColumn(ModelNames.u(dems.get(k).id(), ctx.periodId(t)), 0,
            demandMw(ctx, dems.get(k), t), VarKind.CONTINUOUS);
      }
    }

    List<ExportContract> exps = in.exports();
    e = new int[exps.size()][nt];
    sh = new int[exps.size()][nt];
    for (int k = 0; k < exps.size(); k++) {
      ExportContract ex = exps.get(k);
      for (int t = 0; t < nt; t++) {
        double max = ex.maxMw() != null ? ex.maxMw() : INF;
        e[k][t] = lp.addColumn(ModelNames.e(ex.id(), ctx.periodId(t)), 0, max, VarKind.CONTINUOUS);
        // no upper bound: with penalty >= 0 the shortfall never exceeds the firm energy, and a bound at the firm
        // energy would make the firm row's dual the delivery cost instead of the penalty when all of it is short
        sh[k][t] = lp.addColumn(ModelNames.sh(ex.id(), ctx.periodId(t)), 0, INF, VarKind.CONTINUOUS);
      }
    }

    // last, so the columns before keep their order: the annual output of FLAT industries (§4.12)
    sa = filled(inds.size());
    for (int i = 0; i < inds.size(); i++) {
      if (inds.get(i).profile() == LoadProfile.FLAT && nt > IndustryProduction.DENSE_FLAT_MAX_PERIODS) {
        sa[i] = lp.addColumn(ModelNames.sa(inds.get(i).id()), 0, INF, VarKind.CONTINUOUS);
      }
    }
  }

  /** True if storage plant {@code plant} carries energy between representative days (§4.8). */
  public static boolean interDay(ModelContext ctx, Plant plant) {
    return plant.storage() != null && plant.storage().interDay()
        && ctx.instance().time().form() == org.coalgrid.domain.TimeStructure.Form.REPRESENTATIVE_DAYS;
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
