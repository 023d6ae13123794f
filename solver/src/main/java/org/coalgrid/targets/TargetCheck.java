package org.coalgrid.targets;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Target;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.Units;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.Joint;
import org.coalgrid.targets.TargetReport.TargetResult;

/**
 * Compares the least-cost plan with the plan's own targets, using real re-solves:
 * <ol>
 *   <li>Solve the instance as it is (the base plan). A target whose metric lies in its band is MET.</li>
 *   <li>Otherwise impose the target as a row ({@link ForcedTargets}) and re-solve: a solution means MISSED,
 *       with extra cost = forced objective - base objective (if that is within the solver tolerance, an
 *       equally cheap plan meets it and it counts as MET); INFEASIBLE means it cannot be met at all. A metric
 *       no decision changes (e.g. capacity without candidate builds) outside its band is INFEASIBLE at once.</li>
 *   <li>Conflicts among the achievable targets (MET or MISSED): every pair with at least one target not met
 *       by the base plan is forced together; an infeasible pair is a conflict. Then all achievable targets
 *       are forced at once (the joint check); if that is infeasible and no pair explains it, a deletion
 *       filter (drop one target at a time, keep it out while the rest stay infeasible) finds a minimal
 *       conflicting set.</li>
 * </ol>
 * Each re-solve uses the same backend and settings (time limit per solve); prices are not computed.
 */
public final class TargetCheck {
  private final Instance in;
  private final ObjectiveMode mode;
  private final SolverSettings settings;
  private int solves;

  private TargetCheck(Instance in, ObjectiveMode mode, SolverSettings settings) {
    this.in = in;
    this.mode = mode;
    this.settings = settings;
  }

  /** One solve: its status, objective (million CNY) and unserved energy (MWh/yr). */
  private record Attempt(SolveStatus status, String message, double objective, double unservedMwh, double[] x,
      ModelContext ctx) {}

  public static TargetReport check(Instance in, String instanceName, ObjectiveMode mode, SolverSettings settings) {
    return new TargetCheck(in, mode, settings).run(instanceName);
  }

  private TargetReport run(String instanceName) {
    Attempt base = solve(List.of());
    if (!base.status.hasSolution()) {
      return new TargetReport(instanceName, mode.name(), settings.backend().cliName(), base.status.name(), null,
          List.of(), null, List.of(), solves);
    }
    boolean mip = base.ctx.lp().isMip();
    double costTol = Math.max(1e-6, mip ? settings.relativeGap() : 0) * Math.max(1, Math.abs(base.objective));
    List<TargetResult> results = new ArrayList<>();
    List<Target> achievable = new ArrayList<>();
    List<Target> notMetByBase = new ArrayList<>();
    for (Target t : in.targets()) {
      TargetMetric m = new TargetMetric(t, base.ctx);
      Double achieved = m.value(base.x);
      Double gap = achieved == null ? null : achieved - t.value();
      Double gapPct = gap == null || t.value() == 0 ? null : 100 * gap / Math.abs(t.value());
      TargetStatus status;
      Double extra = null;
      Double unservedUp = null;
      String note;
      if (m.inBand(achieved)) {
        status = TargetStatus.MET;
        note = "met by the least-cost plan";
      } else if (m.isFixedByData()) {
        status = TargetStatus.INFEASIBLE;
        note = "fixed by the instance data (no candidate build changes " + t.metric() + ")";
      } else {
        Attempt forced = solve(List.of(t));
        if (forced.status.hasSolution()) {
          extra = (forced.objective - base.objective) * Units.CNY_PER_UNIT;
          unservedUp = forced.unservedMwh - base.unservedMwh;
          if (forced.objective - base.objective <= costTol) {
            status = TargetStatus.MET;
            note = "an equally cheap plan meets it (the reported least-cost plan is one of several)";
          } else {
            status = TargetStatus.MISSED;
            note = "can be met at an extra cost" + (unservedUp > 1 ? ", partly by leaving load unserved" : "");
          }
        } else if (forced.status == SolveStatus.INFEASIBLE) {
          status = TargetStatus.INFEASIBLE;
          note = "no plan meets it: the model is infeasible with the target imposed";
        } else {
          status = TargetStatus.UNDECIDED;
          note = "re-solve with the target imposed ended " + forced.status + ": " + forced.message;
        }
      }
      if (status == TargetStatus.MET || status == TargetStatus.MISSED) {
        achievable.add(t);
        if (!m.inBand(achieved)) {
          notMetByBase.add(t);
        }
      }
      String source = t.source() != null ? t.source().id() : null;
      results.add(new TargetResult(t.id(), t.name(), t.metric(), t.sense().symbol(), t.value(), t.tolerance(),
          t.unit() != null ? t.unit() : m.name.unit(), source, achieved, gap, gapPct, status, extra, unservedUp,
          note));
    }
    List<Conflict> conflicts = pairConflicts(achievable, notMetByBase);
    Joint joint = null;
    if (!notMetByBase.isEmpty()) {
      Attempt all = solve(achievable);
      List<String> ids = achievable.stream().map(Target::id).toList();
      if (all.status.hasSolution()) {
        joint = new Joint(ids, "FEASIBLE", (all.objective - base.objective) * Units.CNY_PER_UNIT,
            "all achievable targets can be met together");
      } else if (all.status == SolveStatus.INFEASIBLE) {
        joint = new Joint(ids, "INFEASIBLE", null, "the achievable targets cannot all be met together");
        if (conflicts.isEmpty()) {
          conflicts.add(minimalSet(achievable));
        }
      } else {
        joint = new Joint(ids, all.status.name(), null, "joint re-solve ended " + all.status + ": " + all.message);
      }
    } else if (!achievable.isEmpty()) {
      joint = new Joint(achievable.stream().map(Target::id).toList(), "FEASIBLE", 0.0,
          "the least-cost plan meets every achievable target");
    }
    return new TargetReport(instanceName, mode.name(), settings.backend().cliName(), base.status.name(),
        base.objective * Units.CNY_PER_UNIT, results, joint, conflicts, solves);
  }

  /** Pairs of achievable targets, at least one not met by the base plan, that are infeasible together. */
  private List<Conflict> pairConflicts(List<Target> achievable, List<Target> notMetByBase) {
    List<Conflict> out = new ArrayList<>();
    for (int i = 0; i < achievable.size(); i++) {
      for (int j = i + 1; j < achievable.size(); j++) {
        Target a = achievable.get(i);
        Target b = achievable.get(j);
        if (!notMetByBase.contains(a) && !notMetByBase.contains(b)) {
          continue; // the base plan meets both
        }
        if (solve(List.of(a, b)).status == SolveStatus.INFEASIBLE) {
          out.add(new Conflict(List.of(a.id(), b.id()), "pair",
              "targets " + a.id() + " and " + b.id() + " cannot be met together"));
        }
      }
    }
    return out;
  }

  /** Deletion filter: a minimal subset of an infeasible set of targets that is still infeasible. */
  private Conflict minimalSet(List<Target> infeasible) {
    List<Target> set = new ArrayList<>(infeasible);
    for (Target t : List.copyOf(set)) {
      List<Target> without = new ArrayList<>(set);
      without.remove(t);
      if (solve(without).status == SolveStatus.INFEASIBLE) {
        set = without;
      }
    }
    List<String> ids = set.stream().map(Target::id).toList();
    return new Conflict(ids, "minimal set",
        "targets " + String.join(", ", ids) + " cannot be met together (each smaller subset can)");
  }

  private Attempt solve(List<Target> forced) {
    solves++;
    ModelContext ctx = Formulation.build(in, mode, forced.isEmpty() ? List.of() : List.of(new ForcedTargets(forced)));
    RawSolution raw = AllocationSolver.solveWithoutPrices(ctx, settings).raw();
    double unserved = 0;
    if (raw.status().hasSolution()) {
      Metrics metrics = new Metrics(ctx);
      unserved = metrics.linear(new MetricName(MetricName.Kind.UNSERVED_TOTAL, null)).evaluate(raw.x());
    }
    return new Attempt(raw.status(), raw.message(), raw.objective(), unserved, raw.x(), ctx);
  }
}
