package org.coalgrid.verify;

import static java.lang.Double.POSITIVE_INFINITY;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;

/**
 * The columns of the model (docs/formulation.md §3), in domain units, with their bounds and their values in
 * the solution: coal in t (per year; industry output per period), power in MW (average over the period),
 * stored energy and shortfall in MWh, integers in units. Index arrays hold -1 where a column does not exist.
 * Coal columns split by origin class have unknown values and a known total per group.
 */
final class Columns {
  /** Domain units per model unit of coal and industry output (t per kt), and of stored energy (MWh per GWh). */
  static final double KT = 1000;
  static final double GWH = 1000;

  final int[] q;
  final int[] washClean;
  final int[] washByproduct;
  /** [mine] units built (a mine with a build), [industry] potlines built (potlines with a build); -1 otherwise. */
  final int[] mineBuild;
  /** [mine] raw coal washed (ww) and washery units built (bw), for a mine with a washery capacity or build. */
  final int[] washed;
  final int[] washeryBuild;
  final int[] potlineBuild;
  /** [arc][grade][class], [plant][grade][class], [industry][grade][class]. */
  final int[][][] y;
  final int[][][] z;
  final int[][][] w;
  /** [coal demand][class]. */
  final int[][] cd;
  final int[][] x;
  final int[][] pump;
  /** [plant][period], or [plant][stage] for a reservoir with days (its level per month). */
  final int[][] level;
  /** Inter-day storage: [plant][day of the year] energy at the start of the day, [plant][day] net change. */
  final int[][] soc;
  final int[][] dsoc;
  /** [industry] annual output of a FLAT industry beyond 24 periods (t/yr); -1 otherwise. */
  final int[] sa;
  final int[][] spill;
  final int[][] online;
  /** Units started, stopped [plant][step] (§4.18); null rows unless the plant has start-up dynamics. */
  final int[][] started;
  final int[][] stopped;
  final int[] plantBuild;
  final int[][] flow;
  final int[][] flowReverse;
  final int[] lineBuild;
  final int[][] output;
  final int[] potlines;
  final int[][] direct;
  final int[][] unserved;
  final int[][] export;
  final int[][] shortfall;

  private final Context c;
  private final Map<String, Integer> gradeIndex;

  Columns(Context c) {
    this.c = c;
    Instance in = c.in;
    SolutionView s = c.s;
    DualModel m = c.model;
    int nt = c.nt;
    List<CoalGrade> grades = in.coalGrades();
    gradeIndex = Context.index(grades, CoalGrade::id);

    int nm = in.mines().size();
    q = new int[nm];
    washClean = filled(nm);
    washByproduct = filled(nm);
    mineBuild = filled(nm);
    washed = filled(nm);
    washeryBuild = filled(nm);
    for (int k = 0; k < nm; k++) {
      Mine mine = in.mines().get(k);
      q[k] = m.column(name("q", mine.id(), null), 0, POSITIVE_INFINITY, false, s.q[k], -1, KT);
      if (mine.build() != null) {
        mineBuild[k] = m.column(name("bm", mine.id(), null), 0, mine.build().maxUnits(), true, s.mineBuilt[k], -1, 1);
      }
      if (mine.washing() != null && mine.washing().washedShare() > 0) {
        washClean[k] = m.column(name("wc", mine.id(), null), 0, POSITIVE_INFINITY, false, s.washClean[k], -1, KT);
        if (mine.washing().byproductGrade() != null && mine.washing().byproductYield() > 0) {
          washByproduct[k] = m.column(name("wb", mine.id(), null), 0, POSITIVE_INFINITY, false, s.washByproduct[k], -1, KT);
        }
        if (mine.washing().hasCapacity()) {
          washed[k] = m.column(name("ww", mine.id(), null), 0, POSITIVE_INFINITY, false, s.washed[k], -1, KT);
          if (mine.washing().build() != null) {
            washeryBuild[k] = m.column(name("bw", mine.id(), null), 0, mine.washing().build().maxUnits(), true,
                s.washeryBuilt[k], -1, 1);
          }
        }
      }
    }

    y = new int[in.coalArcs().size()][][];
    for (int a = 0; a < y.length; a++) {
      CoalArc arc = in.coalArcs().get(a);
      y[a] = new int[grades.size()][];
      for (int g = 0; g < grades.size(); g++) {
        String gid = grades.get(g).id();
        y[a][g] = arc.carries(gid)
            ? coal("y", arc.id(), gid, s.arcFlows.get(a).getOrDefault(gid, 0.0), POSITIVE_INFINITY)
            : filled(c.classes.length);
      }
    }

    int np = in.plants().size();
    z = new int[np][][];
    x = new int[np][nt];
    pump = new int[np][];
    level = new int[np][];
    spill = new int[np][];
    online = new int[np][];
    started = new int[np][];
    stopped = new int[np][];
    soc = new int[np][];
    dsoc = new int[np][];
    plantBuild = filled(np);
    for (int p = 0; p < np; p++) {
      Plant plant = in.plants().get(p);
      z[p] = new int[grades.size()][];
      for (int g = 0; g < grades.size(); g++) {
        z[p][g] = filled(c.classes.length);
      }
      if (plant.type().burnsCoal()) {
        for (String gid : plant.grades()) {
          z[p][grade(gid)] = coal("z", plant.id(), gid, s.plantCoal.get(p).getOrDefault(gid, 0.0),
              POSITIVE_INFINITY);
        }
      }
      if (plant.build() != null) {
        plantBuild[p] = m.column(name("b", plant.id(), null), 0, plant.build().maxUnits(), true, s.plantBuilt[p], -1, 1);
      }
      for (int t = 0; t < nt; t++) {
        x[p][t] = m.column(name("x", plant.id(), c.pid[t]), 0, POSITIVE_INFINITY, false, s.mw[p][t], -1, 1);
      }
      boolean reservoir = Context.reservoir(plant);
      boolean pumped = Context.pumped(plant);
      if (pumped) {
        double cap = plant.storage().pumpCapacityMw() != null ? plant.storage().pumpCapacityMw() : plant.capacityMw();
        pump[p] = periods(plant, "pump", cap, false, require(s.pump[p], plant, "pumpMw"), 1);
      }
      if (reservoir && c.stageReservoir(plant)) {
        level[p] = stages(plant, p);
      } else if (reservoir || pumped) {
        double storage = reservoir ? plant.hydro().storageMwh() : plant.storage().storageMwh();
        level[p] = periods(plant, "lvl", storage, false, require(s.level[p], plant, "levelMwh"), GWH);
      }
      if (c.interDay(plant)) {
        interDay(plant, p);
      }
      if (reservoir) {
        spill[p] = periods(plant, "spill", POSITIVE_INFINITY, false, require(s.spill[p], plant, "spillMwh"), GWH);
      }
      if (plant.commitment()) {
        int max = Context.existingUnits(plant) + (plant.build() != null ? plant.build().maxUnits() : 0);
        online[p] = periods(plant, "o", max, true, require(s.online[p], plant, "onlineUnits"), 1);
        if (c.startUpDynamics(plant)) {
          started[p] = periods(plant, "su", max, true, require(s.started[p], plant, "startedUnits"), 1);
          stopped[p] = periods(plant, "sd", max, true, require(s.stopped[p], plant, "stoppedUnits"), 1);
        }
      }
    }

    int nl = in.lines().size();
    flow = new int[nl][nt];
    flowReverse = new int[nl][];
    lineBuild = filled(nl);
    for (int l = 0; l < nl; l++) {
      Line line = in.lines().get(l);
      if (line.build() != null) {
        lineBuild[l] = m.column(name("bl", line.id(), null), 0, line.build().maxUnits(), true, s.lineBuilt[l], -1, 1);
      }
      for (int t = 0; t < nt; t++) {
        flow[l][t] = m.column(name("f", line.id(), c.pid[t]), 0, POSITIVE_INFINITY, false, s.flow[l][t], -1, 1);
      }
      if (line.bidirectional()) {
        flowReverse[l] = new int[nt];
        for (int t = 0; t < nt; t++) {
          flowReverse[l][t] = m.column(name("fr", line.id(), c.pid[t]), 0, POSITIVE_INFINITY, false,
              s.reverse[l][t], -1, 1);
        }
      }
    }

    int ni = in.industries().size();
    sa = filled(ni);
    w = new int[ni][][];
    output = new int[ni][nt];
    potlines = filled(ni);
    potlineBuild = filled(ni);
    for (int i = 0; i < ni; i++) {
      Industry ind = in.industries().get(i);
      w[i] = new int[grades.size()][];
      for (int g = 0; g < grades.size(); g++) {
        w[i][g] = filled(c.classes.length);
      }
      for (String gid : ind.coalFeedTPerT().keySet().stream().sorted().toList()) {
        w[i][grade(gid)] = coal("w", ind.id(), gid, s.industryCoal.get(i).getOrDefault(gid, 0.0),
            POSITIVE_INFINITY);
      }
      if (ind.potlines() != null) {
        var build = ind.potlines().build();
        potlines[i] = m.column(name("n", ind.id(), null), 0,
            ind.potlines().count() + (build != null ? build.maxUnits() : 0), true,
            s.potlines[i] != null ? s.potlines[i] : 0, -1, 1);
        if (build != null) {
          potlineBuild[i] = m.column(name("bp", ind.id(), null), 0, build.maxUnits(), true, s.potlinesBuilt[i], -1, 1);
        }
      }
      if (c.flatWithAnnualColumn(ind)) {
        sa[i] = m.column(name("sa", ind.id(), null), 0, POSITIVE_INFINITY, false, Arrays.stream(s.output[i]).sum(), -1,
            KT);
      }
      for (int t = 0; t < nt; t++) {
        double ub = ind.profile() == LoadProfile.FREE ? ind.capacityT() * c.h[t] / c.hoursInYear : POSITIVE_INFINITY;
        output[i][t] = m.column(name("s", ind.id(), c.pid[t]), 0, ub, false, s.output[i][t], -1, KT);
      }
    }

    cd = new int[in.coalDemands().size()][];
    for (int k = 0; k < cd.length; k++) {
      var d = in.coalDemands().get(k);
      cd[k] = coal("cd", d.id(), null, s.served[k], d.maxOrFirm());
    }

    direct = new int[in.directSupplies().size()][nt];
    for (int k = 0; k < direct.length; k++) {
      var ds = in.directSupplies().get(k);
      for (int t = 0; t < nt; t++) {
        direct[k][t] = m.column(name("d", ds.id(), c.pid[t]), ds.minMw(), ds.maxMw(), false, s.direct[k][t], -1, 1);
      }
    }

    unserved = new int[in.demands().size()][nt];
    for (int k = 0; k < unserved.length; k++) {
      var d = in.demands().get(k);
      for (int t = 0; t < nt; t++) {
        unserved[k][t] = m.column(name("u", d.id(), c.pid[t]), 0, c.demandMw(d, t), false, s.unserved[k][t], -1, 1);
      }
    }

    export = new int[in.exports().size()][nt];
    shortfall = new int[in.exports().size()][nt];
    for (int k = 0; k < export.length; k++) {
      ExportContract ex = in.exports().get(k);
      double max = ex.maxMw() != null ? ex.maxMw() : POSITIVE_INFINITY;
      for (int t = 0; t < nt; t++) {
        export[k][t] = m.column(name("e", ex.id(), c.pid[t]), 0, max, false, s.delivered[k][t], -1, 1);
        shortfall[k][t] = m.column(name("sh", ex.id(), c.pid[t]), 0, POSITIVE_INFINITY, false,
            s.shortfall[k][t], -1, GWH);
      }
    }
  }

  int grade(String id) {
    Integer g = gradeIndex.get(id);
    if (g == null) {
      throw new MalformedSolutionException("unknown coal grade '" + id + "'");
    }
    return g;
  }

  /** A coal column per origin class: with one class its value is {@code total}; with two a group of that total. */
  private static DualModel.Name name(String prefix, String id, String part) {
    return new DualModel.Name(prefix, id, part, "");
  }

  private int[] coal(String prefix, String id, String grade, double total, double upper) {
    int[] cols = new int[c.classes.length];
    int grp = c.split ? c.model.group(total) : -1;
    for (int k = 0; k < cols.length; k++) {
      cols[k] = c.model.column(new DualModel.Name(prefix, id, grade, c.classes[k]), 0, upper, false, c.split ? Double.NaN : total, grp, KT);
    }
    return cols;
  }

  private int[] periods(Plant plant, String prefix, double upper, boolean integer, double[] values, double scale) {
    int[] cols = new int[c.nt];
    for (int t = 0; t < c.nt; t++) {
      cols[t] = c.model.column(name(prefix, plant.id(), c.pid[t]), 0, upper, integer, values[t], -1, scale);
    }
    return cols;
  }

  /** A reservoir's level per stage, valued from the solution's stageLevelsMwh. */
  private int[] stages(Plant plant, int p) {
    var levels = c.s.stageLevel[p];
    if (levels == null) {
      throw new MalformedSolutionException("plant " + plant.id() + ": 'stageLevelsMwh' (the reservoir's level per"
          + " stage) is missing");
    }
    List<String> ids = c.ts.stageIds;
    int[] cols = new int[ids.size()];
    for (int k = 0; k < cols.length; k++) {
      Double value = levels.get(ids.get(k));
      if (value == null) {
        throw new MalformedSolutionException("plant " + plant.id() + ": stageLevelsMwh has no level for stage "
            + ids.get(k));
      }
      cols[k] = c.model.column(name("lvl", plant.id(), ids.get(k)), 0, plant.hydro().storageMwh(), false, value, -1,
          GWH);
    }
    return cols;
  }

  /**
   * Inter-day storage: soc per day of the year (from dayStartLevelsMwh) and dsoc per representative day, free,
   * valued as the day's net change Σ (efficiency·pump − x)·δ.
   */
  private void interDay(Plant plant, int p) {
    int[] year = TimeSteps.yearDays(c.in);
    double[] start = c.s.dayStart[p];
    if (start == null || start.length != year.length) {
      throw new MalformedSolutionException("plant " + plant.id() + ": 'dayStartLevelsMwh' must give the stored"
          + " energy at the start of each of the " + year.length + " days of the year");
    }
    soc[p] = new int[year.length];
    for (int n = 0; n < year.length; n++) {
      soc[p][n] = c.model.column(name("soc", plant.id(), String.format("%03d", n + 1)), 0,
          plant.storage().storageMwh(), false, start[n], -1, GWH);
    }
    var days = c.in.time().days();
    dsoc[p] = new int[days.size()];
    for (int d = 0; d < days.size(); d++) {
      double net = 0;
      for (int k = 0; k < c.ts.stepsPerDay; k++) {
        int t = d * c.ts.stepsPerDay + k;
        net += (plant.storage().efficiency() * c.s.pump[p][t] - c.s.mw[p][t]) * c.ts.delta[t];
      }
      dsoc[p][d] = c.model.column(name("dsoc", plant.id(), days.get(d).id()), Double.NEGATIVE_INFINITY,
          POSITIVE_INFINITY, false, net, -1, GWH);
    }
  }

  private static double[] require(double[] values, Plant plant, String field) {
    if (values == null) {
      throw new MalformedSolutionException("plant " + plant.id() + ": '" + field + "' is missing from its periods");
    }
    return values;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
