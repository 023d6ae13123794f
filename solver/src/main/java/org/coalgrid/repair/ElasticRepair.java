package org.coalgrid.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.Units;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.words.EntityWords;

/**
 * Infeasibility repair by an elastic re-solve of the built model (see {@link ElasticModel} for the math):
 * phase 1 finds the least total weighted relaxation z1; phase 2 keeps sum weight x relaxation &lt;= z1 (1 + 1e-7)
 * and finds the least system cost, so the relaxations reported are those of the cheapest plan among the least
 * relaxed ones. Works on LPs and MILPs with any backend that solves the model (GLOP, CLP, PDLP, HiGHS, SCIP,
 * CBC): it uses primal values only, never duals.
 */
public final class ElasticRepair {
  /** Slack values (model units) at or below this count as zero. */
  static final double ZERO = 1e-7;
  /** Relaxations weighing at most this share of the total are solver noise and not reported. */
  static final double NEGLIGIBLE = 1e-6;
  private static final double BUDGET_REL = 1e-7;
  private static final double BUDGET_ABS = 1e-7;

  private ElasticRepair() {}

  public static RepairResult run(ModelContext ctx, RepairSettings settings, SolverSettings solver) {
    List<String> kinds = settings.relaxable().stream().map(RelaxKind::cliName).toList();
    Map<String, Double> weights = new LinkedHashMap<>();
    settings.weights().forEach((k, w) -> weights.put(k.cliName(), w));
    String backend = solver.backend().cliName();
    if (settings.relaxable().isEmpty()) {
      return new RepairResult("NOT_REPAIRABLE", "no kind may be relaxed", backend, kinds, weights, null, null,
          List.of(), List.of());
    }
    EntityWords names = new EntityWords(ctx.instance());
    Phase1 best = phase1(ctx, settings, solver);
    if (best.status != SolveStatus.OPTIMAL) {
      return new RepairResult(best.status == SolveStatus.INFEASIBLE ? "NOT_REPAIRABLE" : "FAILED",
          best.note, backend, kinds, weights, null, null, List.of(), List.of());
    }
    ElasticModel em2 = ElasticModel.build(ctx, settings, best.z * (1 + BUDGET_REL) + BUDGET_ABS);
    RawSolution s2 = OrToolsAdapter.solve(em2.lp, solver);
    String note = "";
    List<Relaxation> relaxations;
    Double objective = null;
    if (s2.status() == SolveStatus.OPTIMAL) {
      relaxations = relaxations(em2, s2.x(), names, ctx);
      objective = s2.objective() * Units.CNY_PER_UNIT;
    } else {
      relaxations = best.relaxations;
      note = "phase 2 (least cost at the least relaxation) ended " + s2.status() + "; relaxations from phase 1";
    }
    List<RepairResult.Alternative> alternatives = new ArrayList<>();
    for (String used : relaxations.stream().map(Relaxation::kind).distinct().toList()) {
      RelaxKind k = RelaxKind.parse(used);
      Set<RelaxKind> fewer = EnumSet.copyOf(settings.relaxable());
      fewer.remove(k);
      if (fewer.isEmpty()) {
        alternatives.add(new RepairResult.Alternative(used, null, List.of(), "nothing else may be relaxed"));
        continue;
      }
      Phase1 alt = phase1(ctx, settings.withRelaxable(fewer), solver);
      alternatives.add(alt.status == SolveStatus.OPTIMAL
          ? new RepairResult.Alternative(used, alt.z * Units.CNY_PER_UNIT, alt.relaxations, "")
          : new RepairResult.Alternative(used, null, List.of(), alt.status == SolveStatus.INFEASIBLE
              ? "no repair without " + used : alt.note));
    }
    return new RepairResult("REPAIRED", note, backend, kinds, weights, best.z * Units.CNY_PER_UNIT, objective,
        relaxations, alternatives);
  }

  private record Phase1(SolveStatus status, double z, List<Relaxation> relaxations, String note) {}

  private static Phase1 phase1(ModelContext ctx, RepairSettings settings, SolverSettings solver) {
    ElasticModel em = ElasticModel.build(ctx, settings, Double.NaN);
    RawSolution s = OrToolsAdapter.solve(em.lp, solver);
    if (s.status() != SolveStatus.OPTIMAL) {
      String why = switch (s.status()) {
        case INFEASIBLE -> "the plan cannot close even with every allowed relaxation (" + settings.relaxable().stream()
            .map(RelaxKind::cliName).sorted().toList() + "); allow more kinds with --relax";
        case FEASIBLE -> "the repair solve stopped at the time limit before proving the least relaxation";
        default -> "the repair solve ended " + s.status() + (s.message().isEmpty() ? "" : ": " + s.message());
      };
      return new Phase1(s.status(), Double.NaN, List.of(), why);
    }
    return new Phase1(s.status(), em.weighted(s.x()), relaxations(em, s.x(), new EntityWords(ctx.instance()), ctx), "");
  }

  /** Nonzero slacks grouped by kind, entity and direction, largest weighted first, noise dropped. */
  private static List<Relaxation> relaxations(ElasticModel em, double[] x, EntityWords names, ModelContext ctx) {
    record Key(RelaxKind kind, String entity, boolean above) {}
    Map<Key, List<ElasticModel.Slack>> groups = new LinkedHashMap<>();
    for (ElasticModel.Slack s : em.slacks) {
      if (x[s.column()] > ZERO) {
        groups.computeIfAbsent(new Key(s.kind(), s.entity(), s.above()), k -> new ArrayList<>()).add(s);
      }
    }
    List<Relaxation> out = new ArrayList<>();
    RepairFields fields = new RepairFields(ctx.instance(), ctx.mode());
    groups.forEach((key, slacks) -> {
      double amount = 0;
      double peak = 0;
      double energy = 0;
      double weighted = 0;
      boolean perPeriodMw = slacks.get(0).hours() > 0;
      Map<String, Double> periods = slacks.get(0).period() != null ? new LinkedHashMap<>() : null;
      for (ElasticModel.Slack s : slacks) {
        double a = x[s.column()] * s.toDomain();
        amount += a;
        peak = Math.max(peak, a);
        energy += a * s.hours();
        weighted += x[s.column()] * s.weight() * Units.CNY_PER_UNIT;
        if (periods != null) {
          periods.merge(s.period(), a, Double::sum);
        }
      }
      ElasticModel.Slack first = slacks.get(0);
      String unit = key.kind() == RelaxKind.POLICY ? names.policyUnit(key.entity(), first.unit()) : first.unit();
      double shown = perPeriodMw ? peak : amount;
      String name = names.entity(familyOf(key.kind()), key.entity());
      List<Relaxation.Fix> fixes = key.kind() == RelaxKind.POLICY
          ? PolicyFix.of(ctx, key.entity(), key.above(), x, unit).map(List::of).orElse(List.of())
          : fields.of(key.kind(), key.entity(), key.above(), amount, periods, unit);
      String text = RepairText.sentence(key.kind(), key.above(), name, shown, unit,
          perPeriodMw ? energy : null, periods == null ? null : names.periods(List.copyOf(periods.keySet())))
          + RepairFields.words(fixes);
      out.add(new Relaxation(key.kind().cliName(), key.entity(), name, key.above() ? "above" : "below", shown, unit,
          perPeriodMw ? energy : null, periods, weighted, text, fixes));
    });
    // solver noise: drop relaxations below a millionth of the total weighted relaxation
    double total = out.stream().mapToDouble(Relaxation::weightedCny).sum();
    out.removeIf(r -> r.weightedCny() <= NEGLIGIBLE * total);
    out.sort(Comparator.comparingDouble(Relaxation::weightedCny).reversed().thenComparing(Relaxation::entity));
    return out;
  }

  /** The constraint family whose entities a kind relaxes (for naming). */
  static String familyOf(RelaxKind k) {
    return switch (k) {
      case MINE_MIN, MINE_CAPACITY -> "mine_capacity";
      default -> k.cliName();
    };
  }
}
