package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * For every storage plant p (PUMPED_STORAGE 抽水蓄能 or BATTERY) and period t, in GWh:
 * <pre>
 * lvl[p,t] = lvl[p,prev(t)] + efficiency[p]·pump[p,t]·δ[t] − x[p,t]·δ[t]                 (ps_level.p.t)
 * </pre>
 * with 0 ≤ lvl ≤ storageMwh and 0 ≤ pump ≤ pumpCapacityMw (absent: the plant's {@code capacityMw}). prev(t) is
 * the period before t in its sequence and δ[t] its duration (§2). With blocks the periods follow each other in
 * file order, cyclic over the year (the first period follows the last), and δ is the period's hours. With
 * representative days each day cycles on itself (day-cyclic: the level at the end of the day is the level at its
 * start) and δ is {@code stepHours}; each step's pumping and generation count w·δ hours in the year's energy,
 * costs and prices. A full year is one sequence, cyclic over the year. The efficiency is the round-trip
 * efficiency, taken on pumping. Pumping is a load in the power balance (§4.9); generation is capped by §4.6. A
 * build adds generating capacity only: pumpCapacityMw (or its default, the capacity before builds) and storageMwh
 * stay as given.
 *
 * <p>Inter-day storage ({@code storage.interDay}, representative days only) carries energy from day to day, as
 * GenX's long-duration storage does (after Kotzur et al. 2018). Let n = 1..N be the days of the year and c(n)
 * the representative day that stands for day n ({@code time.calendar}; without one, the days in file order,
 * each repeated by its weight). The first step of every day d then starts from the level at the end of the day
 * less the day's net change, and the year is walked day by day:
 * <pre>
 * lvl[p,first(d)] = lvl[p,last(d)] − dsoc[p,d] + efficiency[p]·pump[p,first(d)]·δ − x[p,first(d)]·δ
 *                                                                                         (ps_level.p.t)
 * soc[p,n+1] = soc[p,n] + dsoc[p,c(n)],  soc[p,N+1] = soc[p,1]                              (ps_link.p.n)
 * soc[p,n(d)] = lvl[p,last(d)] − dsoc[p,d]                                                (ps_anchor.p.d)
 * </pre>
 * with 0 ≤ soc ≤ storageMwh (the level at the start of each day of the year), dsoc free (the net change over
 * the day) and n(d) the first day of the year that d stands for. Over the year Σ_d weight[d]·dsoc[p,d] = 0, so
 * pumped and generated energy balance. The level within a day is bounded for the day's first occurrence
 * (ps_anchor); on the other days it stands for only the start of the day is (GenX's simplification of the
 * hour-by-hour bounds of Kotzur et al.).
 *
 * <p>The dual of {@code ps_level.p.t} is reported per MWh stored: a step of a representative day counts w·δ hours
 * in the objective, so the row's dual is divided by the day's weight w (blocks and a full year: w = 1), and a
 * MWh of its right-hand side stands for the w days the row repeats.
 */
public final class PumpedStorage implements ConstraintFamily {
  @Override
  public String name() {
    return "pumped_storage";
  }

  @Override
  public String title() {
    return "Storage: pumped storage 抽水蓄能 and batteries";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.STORAGE_LEVEL, ModelNames.RowKind.STORAGE_LINK,
        ModelNames.RowKind.STORAGE_ANCHOR);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of stored energy at the end of the period (CNY/MWh); for `ps_link` and `ps_anchor`, of energy"
        + " carried into the next day of the year";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    Chronology chrono = ctx.chronology();
    int nt = ctx.numPeriods();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (!plant.type().storesEnergy() || plant.storage() == null) {
        continue;
      }
      var info = ModelContext.info(name(), plant.id(), null, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT, "CNY/MWh",
          Units.MWH_PER_UNIT, "MWh");
      boolean linked = v.soc[p] != null;
      for (int t = 0; t < nt; t++) {
        String pid = ctx.periodId(t);
        double toGwh = ctx.duration(t) / Units.MWH_PER_UNIT;
        // the row holds within one day that stands for w days: its dual is w × the value of a MWh stored
        double w = ctx.hours(t) / ctx.duration(t);
        int r = lp.addRow(ModelNames.storageLevel(plant.id(), pid), 0, 0,
            ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT / Units.MWH_PER_UNIT / w, "CNY/MWh",
                Units.MWH_PER_UNIT * w, "MWh"));
        lp.add(r, v.lvl[p][t], 1.0);
        lp.add(r, v.lvl[p][ctx.prev(t)], -1.0);
        if (linked && chrono.isSequenceStart(t)) {
          lp.add(r, v.dsoc[p][chrono.day(t)], 1.0);
        }
        lp.add(r, v.pump[p][t], -plant.storage().efficiency() * toGwh);
        lp.add(r, v.x[p][t], toGwh);
      }
      if (linked) {
        link(ctx, p, plant, info);
      }
    }
  }

  /** The inter-day rows of plant p: ps_link for every day of the year, ps_anchor for every representative day. */
  private static void link(ModelContext ctx, int p, Plant plant, org.coalgrid.lp.RowInfo info) {
    LinearProgram lp = ctx.lp();
    Variables v = ctx.vars();
    Chronology chrono = ctx.chronology();
    int[] year = chrono.yearDays();
    int n = year.length;
    int[] first = new int[v.dsoc[p].length];
    java.util.Arrays.fill(first, -1);
    for (int j = 0; j < n; j++) {
      int r = lp.addRow(ModelNames.storageLink(plant.id(), ModelNames.dayOfYear(j + 1)), 0, 0, info);
      lp.add(r, v.soc[p][(j + 1) % n], 1.0);
      lp.add(r, v.soc[p][j], -1.0);
      lp.add(r, v.dsoc[p][year[j]], -1.0);
      if (first[year[j]] < 0) {
        first[year[j]] = j;
      }
    }
    int spd = chrono.time().stepsPerDay();
    for (int d = 0; d < first.length; d++) {
      if (first[d] < 0) {
        continue; // a day the calendar never names: the validator has reported it
      }
      int last = chrono.firstStepOfDay(d) + spd - 1;
      int r = lp.addRow(ModelNames.storageAnchor(plant.id(), chrono.time().days().get(d).id()), 0, 0, info);
      lp.add(r, v.soc[p][first[d]], 1.0);
      lp.add(r, v.lvl[p][last], -1.0);
      lp.add(r, v.dsoc[p][d], 1.0);
    }
  }
}
