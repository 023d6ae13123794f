package org.coalgrid.targets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.Progress;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Target;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.Units;
import org.coalgrid.io.Provenance;
import org.coalgrid.repair.ElasticRepair;
import org.coalgrid.repair.RelaxKind;
import org.coalgrid.repair.RepairResult;
import org.coalgrid.repair.RepairSettings;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetReport.Arithmetic;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.Joint;
import org.coalgrid.targets.TargetReport.Limit;
import org.coalgrid.targets.TargetReport.TargetResult;
import org.coalgrid.targets.TargetReport.Term;

/**
 * Compares the least-cost plan with the plan's own targets, using real re-solves (docs/targets.md):
 * <ol>
 *   <li>Solve the instance as it is (the base plan).</li>
 *   <li>A target the base plan meets is MET BY DATA if every plan the instance allows meets it (its least
 *       favourable value, found by optimising the metric itself, is still in the band: an input the optimisation
 *       cannot change), else MET.</li>
 *   <li>Otherwise the target is imposed as a row ({@link ForcedTargets}): a solution means MISSED, with extra
 *       cost = forced objective - base objective (within the solver tolerance an equally cheap plan meets it: MET).
 *       No solution means no plan meets it; the verdict then says why. For a sum of the instance's figures
 *       (capacity, export capability, cost-mode output: {@link DataTerms}) the arithmetic of those figures; for
 *       any other metric its reach (optimised) and the inputs the elastic repair would have to move. INFEASIBLE —
 *       PLAN when every one of those inputs cites a seed or an external reference, INFEASIBLE — INSTANCE when one
 *       is an assumption (named, with its id) or has no source.</li>
 *   <li>Conflicts: first among the targets' own numbers ({@link PlanArithmetic}, kind PLAN); then among the
 *       achievable targets (MET or MISSED) by re-solves: every pair with a target the base plan does not meet,
 *       then all at once, with a deletion filter for a minimal set when no pair explains a joint infeasibility.
 *       For each, the numbers that collide (the reach of one target's metric with the others imposed) and the
 *       inputs the repair would move (kind INSTANCE if one is an assumption, else PLAN).</li>
 * </ol>
 * Each solve uses the same backend and settings (time limit per solve); prices are not computed.
 */
public final class TargetCheck {
  private final Instance in;
  private final ObjectiveMode mode;
  private final SolverSettings settings;
  private final Inputs inputs;
  private int solves;
  /** The conflicts among the targets' own numbers (found first; re-solves that only repeat them are skipped). */
  private List<Conflict> planConflicts = List.of();
  private final Progress progress;
  /**
   * Steps of the check for {@link Progress#step}: the least-cost plan, each target, each pair, the joint check,
   * each target of a minimal set. A step may take several solves (a target's reach, a repair); the total grows
   * as each stage finds its work.
   */
  private int stepsDone;
  private int stepsPlanned;

  private TargetCheck(Instance in, Provenance provenance, ObjectiveMode mode, SolverSettings settings,
      Progress progress) {
    this.in = in;
    this.mode = mode;
    this.settings = settings;
    this.inputs = new Inputs(in, provenance);
    this.progress = progress;
    this.stepsPlanned = 1 + in.targets().size();
  }

  /** The next step starts: {@code what} it checks. */
  private void step(String what) {
    progress.step(stepsDone, stepsPlanned, what);
    stepsDone++;
  }

  /** One solve: its status, objective (million CNY) and unserved energy (MWh/yr). */
  private record Attempt(SolveStatus status, String message, double objective, double unservedMwh, double[] x,
      ModelContext ctx) {}

  /**
   * The check, with the provenance of the instance's figures (where they come from) so that the verdicts can
   * tell the plan's numbers from the instance's assumptions; without it every input counts as unsourced.
   */
  public static TargetReport check(Instance in, Provenance provenance, String instanceName, ObjectiveMode mode,
      SolverSettings settings) {
    return check(in, provenance, instanceName, mode, settings, Progress.NONE);
  }

  /**
   * As {@link #check(Instance, Provenance, String, ObjectiveMode, SolverSettings)}, telling {@code progress} as
   * each step starts and when all are done.
   */
  public static TargetReport check(Instance in, Provenance provenance, String instanceName, ObjectiveMode mode,
      SolverSettings settings, Progress progress) {
    TargetCheck c = new TargetCheck(in, provenance, mode, settings, progress);
    TargetReport r = c.run(instanceName);
    progress.step(c.stepsDone, c.stepsDone, "");
    return r;
  }

  /** {@link #check(Instance, Provenance, String, ObjectiveMode, SolverSettings)} without provenance. */
  public static TargetReport check(Instance in, String instanceName, ObjectiveMode mode, SolverSettings settings) {
    return check(in, null, instanceName, mode, settings);
  }

  private TargetReport run(String instanceName) {
    step("the least-cost plan");
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
    Map<String, String> units = new LinkedHashMap<>();
    for (Target t : in.targets()) {
      TargetMetric m = new TargetMetric(t, base.ctx);
      units.put(t.id(), m.name.unit());
      step("target " + t.id());
      TargetResult r = target(t, m, base, costTol);
      if (r.status() == TargetStatus.MET || r.status() == TargetStatus.MET_BY_DATA
          || r.status() == TargetStatus.MISSED) {
        achievable.add(t);
        if (!m.inBand(r.achieved())) {
          notMetByBase.add(t);
        }
      }
      results.add(r);
    }
    List<Conflict> conflicts = new ArrayList<>(PlanArithmetic.conflicts(in.targets(), units, in));
    planConflicts = List.copyOf(conflicts);
    conflicts.addAll(pairConflicts(achievable, notMetByBase));
    Joint joint = null;
    if (!notMetByBase.isEmpty()) {
      stepsPlanned++;
      step("all achievable targets together");
      Attempt all = solve(achievable);
      List<String> ids = achievable.stream().map(Target::id).toList();
      if (all.status.hasSolution()) {
        joint = new Joint(ids, "FEASIBLE", (all.objective - base.objective) * Units.CNY_PER_UNIT,
            "all achievable targets can be met together");
      } else if (all.status == SolveStatus.INFEASIBLE) {
        joint = new Joint(ids, "INFEASIBLE", null, "the achievable targets cannot all be met together");
        if (conflicts.stream().noneMatch(c -> c.method().equals("pair"))) {
          Conflict minimal = minimalSet(achievable);
          if (!explained(minimal.targetIds().stream().map(id -> find(achievable, id)).toList())) {
            conflicts.add(minimal);
          }
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

  /** The verdict on one target. */
  private TargetResult target(Target t, TargetMetric m, Attempt base, double costTol) {
    Double achieved = m.value(base.x);
    Double gap = achieved == null ? null : achieved - t.value();
    Double gapPct = gap == null || t.value() == 0 ? null : 100 * gap / Math.abs(t.value());
    String source = t.source() != null ? t.source().id() : null;
    String unit = t.unit() != null ? t.unit() : m.name.unit();
    TargetStatus status;
    Double extra = null;
    Double unservedUp = null;
    Double reach = null;
    Arithmetic arithmetic = null;
    List<Limit> limits = List.of();
    String note;
    if (m.inBand(achieved)) {
      Double worst = worst(m, base.ctx);
      reach = worst;
      if (worst != null && m.inBand(worst)) {
        status = TargetStatus.MET_BY_DATA;
        note = "met by the data: every plan the instance allows meets it, so it is an input, not a result of the "
            + "optimisation";
      } else {
        status = TargetStatus.MET;
        note = "met by the least-cost plan";
      }
    } else {
      Attempt forced = m.isFixedByData() ? null : solve(List.of(t));
      if (forced != null && forced.status.hasSolution()) {
        extra = (forced.objective - base.objective) * Units.CNY_PER_UNIT;
        unservedUp = forced.unservedMwh - base.unservedMwh;
        if (forced.objective - base.objective <= costTol) {
          status = TargetStatus.MET;
          note = "an equally cheap plan meets it (the reported least-cost plan is one of several)";
        } else {
          status = TargetStatus.MISSED;
          note = "can be met at an extra cost" + (unservedUp > 1 ? ", partly by leaving load unserved" : "");
        }
      } else if (forced == null || forced.status == SolveStatus.INFEASIBLE) {
        Why why = infeasible(t, m, base, achieved);
        status = why.status;
        reach = why.reach;
        arithmetic = why.arithmetic;
        limits = why.limits;
        note = why.note;
      } else {
        status = TargetStatus.UNDECIDED;
        note = "re-solve with the target imposed ended " + forced.status + ": " + forced.message;
      }
    }
    return new TargetResult(t.id(), t.name(), t.metric(), t.sense().symbol(), t.value(), t.tolerance(), unit, source,
        achieved, gap, gapPct, status, extra, unservedUp, reach, arithmetic, limits, note);
  }

  /** The least favourable value of a met target's metric over every plan (null if a solve failed). */
  private Double worst(TargetMetric m, ModelContext ctx) {
    if (m.isFixedByData()) {
      return m.linear() != null ? m.linear().constant() : null;
    }
    boolean hasLower = m.lower() > Double.NEGATIVE_INFINITY;
    boolean hasUpper = m.upper() < Double.POSITIVE_INFINITY;
    Double low = hasLower ? extreme(m, ctx, false) : null;
    Double high = hasUpper ? extreme(m, ctx, true) : null;
    if (hasLower && (low == null || !m.inBand(low))) {
      return low;
    }
    if (hasUpper && (high == null || !m.inBand(high))) {
      return high;
    }
    return hasLower ? low : high;
  }

  /** The largest or smallest value of the metric over the model of {@code ctx}. */
  private Double extreme(TargetMetric m, ModelContext ctx, boolean maximise) {
    Extremes.Found f = m.linear() != null ? Extremes.linear(ctx, m.linear(), maximise, settings)
        : Extremes.ratio(ctx, m.ratio(), maximise, m.target.value(), settings);
    solves += f.solves();
    return f.value();
  }

  private record Why(TargetStatus status, Double reach, Arithmetic arithmetic, List<Limit> limits, String note) {}

  /** Why no plan meets the target: its reach and the inputs that hold it there, named with their origin. */
  private Why infeasible(Target t, TargetMetric m, Attempt base, Double achieved) {
    boolean needsMore = achieved == null || achieved < m.lower();
    double bound = needsMore ? m.lower() : m.upper();
    String rel = needsMore ? "<" : ">";
    String boundLabel = t.id() + (needsMore ? " at least" : " at most");
    if (DataTerms.applies(m.name, mode)) {
      List<DataTerms.Term> terms = DataTerms.terms(m.name, in, inputs).stream()
          .filter(x -> needsMore || !x.label().contains("(candidate")).toList();
      double sum = terms.stream().mapToDouble(DataTerms.Term::value).sum();
      List<Limit> all = terms.stream().filter(x -> x.value() > 0).flatMap(x -> x.inputs().stream()).toList();
      List<Limit> assumed = all.stream().filter(Limit::assumed).toList();
      boolean plan = assumed.isEmpty();
      Arithmetic a = new Arithmetic(plan ? "the plan's own numbers" : "the instance's figures",
          terms.stream().map(x -> new Term(x.label(), x.value(), m.name.unit())).toList(), "+", sum, m.name.unit(),
          rel, bound, boundLabel);
      return new Why(plan ? TargetStatus.INFEASIBLE_PLAN : TargetStatus.INFEASIBLE_INSTANCE, sum, a,
          plan ? all : assumed, plan ? "the plan's own figures do not add up to the target"
              : "the instance's figures do not reach it, and " + assumed.size() + " of them "
                  + (assumed.size() == 1 ? "is an assumption" : "are assumptions") + " of the instance");
    }
    Double reach = extreme(m, base.ctx, needsMore);
    Arithmetic a = reach == null ? null : new Arithmetic((needsMore ? "at most" : "at least")
        + ", in any plan the instance allows", List.of(), "", reach, m.name.unit(), rel, bound, boundLabel);
    ModelContext forced = Formulation.build(in, mode, List.of(new ForcedTargets(List.of(t))));
    List<Limit> moved = repairInputs(forced);
    if (moved == null) {
      return new Why(TargetStatus.INFEASIBLE_INSTANCE, reach, a, List.of(), "no plan meets it, and no limit of the "
          + "instance that could be relaxed reaches it: the instance's coefficients (yields, heat rates, shares) "
          + "keep the metric out of reach");
    }
    List<Limit> assumed = moved.stream().filter(Limit::assumed).toList();
    boolean plan = assumed.isEmpty();
    return new Why(plan ? TargetStatus.INFEASIBLE_PLAN : TargetStatus.INFEASIBLE_INSTANCE, reach, a,
        plan ? moved : assumed, plan ? "to meet it the plan's own limits would have to move"
            : "to meet it the instance's limits would have to move, and " + assumed.size() + " of them "
                + (assumed.size() == 1 ? "is an assumption" : "are assumptions"));
  }

  /**
   * The inputs the elastic repair moves to make the forced model feasible (every kind relaxable, default
   * weights), or null when no relaxation helps or the repair fails.
   */
  private List<Limit> repairInputs(ModelContext forced) {
    RepairSettings all = RepairSettings.defaults().withRelaxable(EnumSet.allOf(RelaxKind.class));
    RepairResult r = ElasticRepair.run(forced, all, settings);
    solves += 2 + r.alternatives().size();
    if (!r.repaired()) {
      return null;
    }
    List<Limit> out = new ArrayList<>();
    r.relaxations().forEach(x -> out.addAll(inputs.of(x, mode == ObjectiveMode.COST)));
    return out;
  }

  /** Pairs of achievable targets, at least one not met by the base plan, that are infeasible together. */
  private List<Conflict> pairConflicts(List<Target> achievable, List<Target> notMetByBase) {
    List<Conflict> out = new ArrayList<>();
    List<List<Target>> pairs = new ArrayList<>();
    for (int i = 0; i < achievable.size(); i++) {
      for (int j = i + 1; j < achievable.size(); j++) {
        Target a = achievable.get(i);
        Target b = achievable.get(j);
        if (!notMetByBase.contains(a) && !notMetByBase.contains(b) || explained(List.of(a, b))) {
          continue; // the base plan meets both, or the pair is a conflict of the plan's own numbers
        }
        pairs.add(List.of(a, b));
      }
    }
    stepsPlanned += pairs.size();
    for (List<Target> pair : pairs) {
      Target a = pair.get(0);
      Target b = pair.get(1);
      step("targets " + a.id() + " and " + b.id() + " together");
      if (solve(List.of(a, b)).status == SolveStatus.INFEASIBLE) {
        out.add(instanceConflict(List.of(a, b), "pair"));
      }
    }
    return out;
  }

  /** Whether a plan conflict's targets are all among {@code set} (the set collides by the plan's arithmetic). */
  private boolean explained(List<Target> set) {
    List<String> ids = set.stream().map(Target::id).toList();
    return planConflicts.stream().anyMatch(c -> ids.containsAll(c.targetIds()));
  }

  private static Target find(List<Target> targets, String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  /** Deletion filter: a minimal subset of an infeasible set of targets that is still infeasible. */
  private Conflict minimalSet(List<Target> infeasible) {
    List<Target> set = new ArrayList<>(infeasible);
    stepsPlanned += set.size();
    for (Target t : List.copyOf(set)) {
      step("the targets without " + t.id());
      List<Target> without = new ArrayList<>(set);
      without.remove(t);
      if (solve(without).status == SolveStatus.INFEASIBLE) {
        set = without;
      }
    }
    return instanceConflict(set, "minimal set");
  }

  /**
   * A conflict found by re-solves: the reach of the last target's metric with the others imposed (the numbers
   * that collide), and the inputs the repair moves with all of them imposed.
   */
  private Conflict instanceConflict(List<Target> set, String method) {
    List<String> ids = set.stream().map(Target::id).toList();
    Target last = set.get(set.size() - 1);
    List<Target> others = set.subList(0, set.size() - 1);
    ModelContext ctx = Formulation.build(in, mode, List.of(new ForcedTargets(others)));
    TargetMetric m = new TargetMetric(last, ctx);
    Arithmetic a = null;
    if (m.lower() > Double.NEGATIVE_INFINITY) {
      Double most = extreme(m, ctx, true);
      if (most != null && most < m.lower()) {
        a = new Arithmetic("with " + String.join(", ", others.stream().map(Target::id).toList()) + " met, "
            + last.metric() + " is at most", List.of(), "", most, m.name.unit(), "<", m.lower(), last.id() + " at least");
      }
    }
    if (a == null && m.upper() < Double.POSITIVE_INFINITY) {
      Double least = extreme(m, ctx, false);
      if (least != null && least > m.upper()) {
        a = new Arithmetic("with " + String.join(", ", others.stream().map(Target::id).toList()) + " met, "
            + last.metric() + " is at least", List.of(), "", least, m.name.unit(), ">", m.upper(), last.id() + " at most");
      }
    }
    List<Limit> moved = repairInputs(Formulation.build(in, mode, List.of(new ForcedTargets(set))));
    List<Limit> assumed = moved == null ? List.of() : moved.stream().filter(Limit::assumed).toList();
    boolean plan = moved != null && assumed.isEmpty();
    String note = "targets " + String.join(", ", ids) + " cannot be met together"
        + (method.equals("minimal set") ? " (each smaller subset can)" : "")
        + (moved == null ? "; no limit of the instance that could be relaxed reconciles them: its coefficients "
            + "(heat rates, yields, shares) make them collide"
            : plan ? "; the limits that would have to move are the plan's own" : "; among the limits that would have "
                + "to move, " + assumed.size() + (assumed.size() == 1 ? " is an assumption" : " are assumptions"));
    return new Conflict(ids, plan ? "PLAN" : "INSTANCE", method, a, plan && moved != null ? moved : assumed, note);
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
