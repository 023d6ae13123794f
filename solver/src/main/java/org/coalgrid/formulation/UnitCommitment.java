package org.coalgrid.formulation;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Plant;
import org.coalgrid.lp.LinearProgram;

/**
 * Unit commitment over time 机组启停 on chronological steps (representative days or a full year, §2), for a
 * committed plant p (§4.6) with {@code startupCostCny}, {@code minUpHours} or {@code minDownHours}. Units
 * started su[p,t] and stopped sd[p,t] (integers) at the start of step t follow the units online o, with prev(t)
 * the step before t in its sequence (cyclic: a representative day's first step follows its last, a full year's
 * first hour its last):
 * <pre>
 * o[p,t] − o[p,prev(t)] − su[p,t] + sd[p,t] = 0                                               (startup.p.t)
 * Σ_{τ ∈ U(t)} su[p,τ] ≤ o[p,t]                                          (min_up.p.t, with minUpHours)
 * o[p,t] + Σ_{τ ∈ D(t)} sd[p,τ] ≤ ⌈capacity[p] / unit[p]⌉ + b[p]      (min_down.p.t, with minDownHours)
 * </pre>
 * U(t) is step t and the steps before it in its sequence that start less than minUpHours before t starts:
 * with steps of δ hours the last ⌈minUp/δ⌉ steps, and at most the whole sequence. A unit started in U(t) is
 * still on in t. D(t) is the same window for minDownHours: a unit stopped in D(t) is still off in t, so the
 * units online and those stopped within the window are at most the units installed (built ones included).
 * The start-up cost enters the objective (§5) as STARTUP, Σ_t w[t]·startupCost[p]·su[p,t], w[t] the days step
 * t's day stands for (1 in a full year): what one start of one unit costs, once per start. A plant's result
 * gives its starts per year Σ_t w[t]·su[p,t], the MW started Σ_t w[t]·unit[p]·su[p,t] and the cost.
 *
 * <p>The rows exist only on chronological steps: with blocks the periods are not consecutive hours and no unit
 * is started or stopped in time order (the validator warns). Day-cyclic windows follow GenX's clustered
 * commitment (Rajan and Takriti 2005 minimum up/down inequalities for units counted as integers). The rows
 * hold integers only, so in the LP that prices a MILP (integers fixed, §6) their duals carry no price.
 */
public final class UnitCommitment implements ConstraintFamily {
  @Override
  public String name() {
    return "unit_commitment";
  }

  @Override
  public String title() {
    return "Unit commitment over time 机组启停";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.STARTUP, ModelNames.RowKind.MIN_UP, ModelNames.RowKind.MIN_DOWN);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public Role role(ModelNames.RowKind kind) {
    return kind == ModelNames.RowKind.STARTUP ? Role.DEFINITION : Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of one unit more allowed online or offline in the window (CNY/unit); as the rows hold only"
        + " integers, the LP with integers fixed gives them no price (0)";
  }

  /** True if {@code plant} gets start-up and stop columns and rows: committed, with dynamics, on chronological steps. */
  public static boolean applies(Chronology chrono, Plant plant) {
    return plant.commitment() && plant.hasCommitmentDynamics() && chrono.chronological();
  }

  /**
   * The window of steps ending at {@code t}: t and the steps before it in its sequence that start less than
   * {@code hours} before t starts, at most the whole sequence; empty when {@code hours} is 0.
   */
  public static List<Integer> window(Chronology chrono, int t, double hours) {
    List<Integer> steps = new ArrayList<>();
    if (!(hours > 0)) {
      return steps;
    }
    steps.add(t);
    double elapsed = 0;
    for (int tau = chrono.prev(t); tau != t; tau = chrono.prev(tau)) {
      elapsed += chrono.duration(tau);
      if (elapsed >= hours - 1e-9) {
        break;
      }
      steps.add(tau);
    }
    return steps;
  }

  @Override
  public void apply(ModelContext ctx) {
    Chronology chrono = ctx.chronology();
    LinearProgram lp = ctx.lp();
    List<Plant> plants = ctx.instance().plants();
    Variables v = ctx.vars();
    for (int p = 0; p < plants.size(); p++) {
      Plant plant = plants.get(p);
      if (v.su[p] == null) {
        continue;
      }
      double upHours = plant.minUpHours() == null ? 0 : plant.minUpHours();
      double downHours = plant.minDownHours() == null ? 0 : plant.minDownHours();
      for (int t = 0; t < ctx.numPeriods(); t++) {
        String pid = ctx.periodId(t);
        var info = ModelContext.info(name(), plant.id(), pid, Units.CNY_PER_UNIT, "CNY/unit", 1.0, "units");
        int r = lp.addRow(ModelNames.startup(plant.id(), pid), 0, 0, info);
        lp.add(r, v.o[p][t], 1.0);
        lp.add(r, v.o[p][ctx.prev(t)], -1.0);
        lp.add(r, v.su[p][t], -1.0);
        lp.add(r, v.sd[p][t], 1.0);
        if (upHours > 0) {
          int up = lp.addRow(ModelNames.minUp(plant.id(), pid), Double.NEGATIVE_INFINITY, 0, info);
          for (int tau : window(chrono, t, upHours)) {
            lp.add(up, v.su[p][tau], 1.0);
          }
          lp.add(up, v.o[p][t], -1.0);
        }
        if (downHours > 0) {
          int down = lp.addRow(ModelNames.minDown(plant.id(), pid), Double.NEGATIVE_INFINITY,
              PlantCapacity.existingUnits(plant), info);
          for (int tau : window(chrono, t, downHours)) {
            lp.add(down, v.sd[p][tau], 1.0);
          }
          lp.add(down, v.o[p][t], 1.0);
          if (v.b[p] >= 0) {
            lp.add(down, v.b[p], -1.0);
          }
        }
      }
    }
  }
}
