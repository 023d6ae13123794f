package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * Ramping limits on chronological steps (representative days or a full year, §2): for every plant p with
 * {@code rampMwPerHour} and every step t, with prev(t) the step before t in its sequence (cyclic: a
 * representative day's first step follows its last) and δ[t] the step's duration, in MW:
 * <pre>
 * x[p,t] − x[p,prev(t)] ≤ ramp[p]·δ[t]                                                       (ramp_up.p.t)
 * x[p,prev(t)] − x[p,t] ≤ ramp[p]·δ[t]                                                     (ramp_down.p.t)
 * </pre>
 * With blocks the periods are not consecutive hours, so the rows are left out (the validator warns). Built units
 * ramp at the same MW/h as given: the limit is the plant's, not per unit.
 */
public final class Ramping implements ConstraintFamily {
  @Override
  public String name() {
    return "ramping";
  }

  @Override
  public String title() {
    return "Ramping 爬坡";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.RAMP_UP, ModelNames.RowKind.RAMP_DOWN);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of one more MW of change allowed between the step and the one before it (CNY/MW per year)";
  }

  @Override
  public void apply(ModelContext ctx) {
    Chronology chrono = ctx.chronology();
    if (!chrono.chronological()) {
      return;
    }
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (plant.rampMwPerHour() == null) {
        continue;
      }
      for (int t = 0; t < ctx.numPeriods(); t++) {
        int prev = ctx.prev(t);
        if (prev == t) {
          continue; // a one-step sequence: no change to limit
        }
        String pid = ctx.periodId(t);
        double limit = plant.rampMwPerHour() * ctx.duration(t);
        var info = ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT, "CNY/MW", 1.0, "MW");
        int up = lp.addRow(ModelNames.rampUp(plant.id(), pid), Double.NEGATIVE_INFINITY, limit, info);
        lp.add(up, v.x[p][t], 1.0);
        lp.add(up, v.x[p][prev], -1.0);
        int down = lp.addRow(ModelNames.rampDown(plant.id(), pid), Double.NEGATIVE_INFINITY, limit, info);
        lp.add(down, v.x[p][prev], 1.0);
        lp.add(down, v.x[p][t], -1.0);
      }
    }
  }
}
