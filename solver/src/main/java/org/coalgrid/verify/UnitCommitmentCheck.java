package org.coalgrid.verify;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Plant;

/**
 * §4.18 Unit commitment over time (units; duals CNY/unit), on chronological steps only, for a committed plant
 * with {@code startupCostCny}, {@code minUpHours} or {@code minDownHours}: units started su and stopped sd at
 * the start of step t (whole numbers ≥ 0, read from the solution's {@code startedUnits} and
 * {@code stoppedUnits}) with, prev(t) cyclic within the step's sequence:
 * <ul>
 * <li>{@code startup.p.t}: o[t] − o[prev(t)] = su[t] − sd[t];
 * <li>{@code min_up.p.t}: the units started in the steps that start less than minUpHours before t (t included,
 *     at most the whole sequence) are at most o[t];
 * <li>{@code min_down.p.t}: o[t] plus the units stopped in the same window for minDownHours are at most the
 *     units installed, ⌈capacity/unit⌉ + built.
 * </ul>
 * The start-up cost is checked with the objective (STARTUP, Σ w[t]·startupCost·su[t]).
 */
final class UnitCommitmentCheck implements FamilyCheck {
  private static final String FAMILY = "unit_commitment";

  @Override
  public String family() {
    return FAMILY;
  }

  /** Steps t, prev(t), ... that start less than {@code hours} before t starts (none for 0 h). */
  static List<Integer> window(Context c, int t, double hours) {
    List<Integer> out = new ArrayList<>();
    if (!(hours > 0)) {
      return out;
    }
    out.add(t);
    double back = 0;
    int tau = c.ts.prev[t];
    while (tau != t) {
      back += c.ts.delta[tau];
      if (back >= hours - 1e-9) {
        break;
      }
      out.add(tau);
      tau = c.ts.prev[tau];
    }
    return out;
  }

  private static double hours(Double h) {
    return h == null ? 0 : h;
  }

  private static DualModel.RowSpec spec(String kind, Plant plant, Context c, int t, double lb, double ub) {
    return FamilyCheck.spec(kind + "." + plant.id() + "." + c.pid[t], FAMILY, plant.id(), c.pid[t], lb, ub,
        "CNY/unit", "units", 1, 1);
  }

  @Override
  public void rows(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (c.v.started[p] == null) {
        continue;
      }
      int[] o = c.v.online[p];
      int[] su = c.v.started[p];
      int[] sd = c.v.stopped[p];
      for (int t = 0; t < c.nt; t++) {
        int r = c.model.row(spec("startup", plant, c, t, 0, 0));
        c.model.add(r, o[t], 1);
        c.model.add(r, o[c.ts.prev[t]], -1);
        c.model.add(r, su[t], -1);
        c.model.add(r, sd[t], 1);
        if (hours(plant.minUpHours()) > 0) {
          int up = c.model.row(spec("min_up", plant, c, t, Double.NEGATIVE_INFINITY, 0));
          for (int tau : window(c, t, plant.minUpHours())) {
            c.model.add(up, su[tau], 1);
          }
          c.model.add(up, o[t], -1);
        }
        if (hours(plant.minDownHours()) > 0) {
          int down = c.model.row(spec("min_down", plant, c, t, Double.NEGATIVE_INFINITY,
              Context.existingUnits(plant)));
          for (int tau : window(c, t, plant.minDownHours())) {
            c.model.add(down, sd[tau], 1);
          }
          c.model.add(down, o[t], 1);
          c.model.add(down, c.v.plantBuild[p], -1);
        }
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int p = 0; p < c.in.plants().size(); p++) {
      Plant plant = c.in.plants().get(p);
      if (c.v.started[p] == null) {
        continue;
      }
      double[] o = c.s.online[p];
      double[] su = c.s.started[p];
      double[] sd = c.s.stopped[p];
      double installed = Context.existingUnits(plant) + c.s.plantBuilt[p];
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(plant.id(), c.pid[t]);
        for (double[] count : new double[][] {su, sd}) {
          String what = count == su ? "units started" : "units stopped";
          c.f.ge(FAMILY, ent, what, count[t], "zero", 0, "units", 0);
          c.f.eq(FAMILY, ent, what, count[t], "a whole number", Math.rint(count[t]), "units", 0);
        }
        c.f.eq(FAMILY, ent, "units online less those of the step before", o[t] - o[c.ts.prev[t]],
            "units started less units stopped", su[t] - sd[t], "units", 0);
        if (hours(plant.minUpHours()) > 0) {
          double sum = 0;
          for (int tau : window(c, t, plant.minUpHours())) {
            sum += su[tau];
          }
          c.f.le(FAMILY, ent, "units started within the minimum up time", sum, "units online", o[t], "units", 0);
        }
        if (hours(plant.minDownHours()) > 0) {
          double sum = 0;
          for (int tau : window(c, t, plant.minDownHours())) {
            sum += sd[tau];
          }
          c.f.le(FAMILY, ent, "units online plus units stopped within the minimum down time", o[t] + sum,
              "units installed incl. built", installed, "units", 0);
        }
      }
    }
  }
}
