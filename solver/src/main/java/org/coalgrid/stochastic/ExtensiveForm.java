package org.coalgrid.stochastic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.domain.Uncertainty.Cvar;
import org.coalgrid.domain.Uncertainty.HydroScenario;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.Units;
import org.coalgrid.formulation.Variables;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;
import org.coalgrid.stages.Stage;
import org.coalgrid.stages.StagedModel;
import org.coalgrid.uncertainty.FirstStagePlan;
import org.coalgrid.uncertainty.ScenarioInstances;

/**
 * The two-stage stochastic program in extensive form: the scenarios are the stages of a {@link StagedModel} (the
 * single-year model of each built by {@link Formulation} from its derived instance, names prefixed {@code s:}, weight
 * (1 − λ)·π_s), with the first-stage columns shared and the commitment and CVaR columns and rows linking them. With scenario probabilities π_s, first-stage decisions ξ (units built b.p and
 * bl.l, potlines n.i, committed shares φ_x ∈ [0, 1] of firm export energy F_x) and second-stage decisions x_s
 * (dispatch, coal flows, trade), in million CNY/yr:
 * <pre>
 * C_s = c_s·x_s + c_ξ·ξ − Σ_x premium[x]·F_x·φ_x                    (the scenario's cost, first stage included)
 * min (1 − λ)·Σ_s π_s·C_s + λ·(η + 1/(1 − α)·Σ_s π_s·ν_s)
 * s.t. A_s (x_s, ξ) within the single-year model's bounds, for every s
 *      Σ_t e[x,t,s]·h[t] + Σ_t sh[x,t,s] ≥ F[x,t]·φ_x              (export_firm rows of committed contracts)
 *      ν_s ≥ C_s − η,  ν_s ≥ 0,  η free                             (cvar.s; Rockafellar–Uryasev)
 * </pre>
 * λ is the CVaR weight and α its level; without CVaR (λ = 0) η and ν do not exist and the objective is the expected
 * cost E[C]. At the optimum η is the value at risk VaR_α and η + Σ π_s ν_s / (1 − α) the CVaR_α of the cost: the
 * mean of the worst 1 − α of its distribution (Rockafellar and Uryasev 2000, "Optimization of conditional
 * value-at-risk", J. Risk 2(3)). A first-stage plan may be fixed (column bounds), which makes the program decompose
 * into the scenarios. Not thread-safe (build one per solve).
 */
public final class ExtensiveForm {
  /** One scenario's block: the scenario and its index among the stages of the staged model. */
  record Block(HydroScenario scenario, int stage) {}

  private final Instance base;
  private final StagedModel staged;
  private final LinearProgram lp;
  private final List<Block> blocks = new ArrayList<>();
  private final Map<String, Integer> commitment = new LinkedHashMap<>();

  private ExtensiveForm(Instance base, StagedModel staged) {
    this.base = base;
    this.staged = staged;
    this.lp = staged.lp();
  }

  /**
   * Builds the extensive form of {@code scenarios} of {@code base} (their probabilities must add up to 1) in
   * {@code mode}, with {@code cvar} (null: expected cost only) and the first stage fixed to {@code fixed} (null:
   * free). Each scenario's instance is {@link ScenarioInstances#derive}d from {@code base}.
   */
  public static ExtensiveForm build(Instance base, List<HydroScenario> scenarios, ObjectiveMode mode, Cvar cvar,
      FirstStagePlan fixed) {
    List<Instance> years = scenarios.stream().map(s -> ScenarioInstances.derive(base, s)).toList();
    return build(base, scenarios, years, mode, cvar, fixed);
  }

  /**
   * As {@link #build(Instance, List, ObjectiveMode, Cvar, FirstStagePlan)}, with the scenarios' instances given.
   * A scenario of probability 0 adds nothing to either term of the objective and is left out.
   */
  public static ExtensiveForm build(Instance base, List<HydroScenario> scenarios, List<Instance> years,
      ObjectiveMode mode, Cvar cvar, FirstStagePlan fixed) {
    Uncertainty.FirstStage stage = base.uncertainty().firstStage();
    double lambda = cvar == null || scenarios.size() < 2 ? 0 : cvar.weight();
    if (!(lambda < 1)) {
      throw new IllegalArgumentException("the CVaR weight must be below 1, got " + lambda);
    }
    List<Stage> stages = new ArrayList<>();
    List<ModelContext> models = new ArrayList<>();
    List<HydroScenario> kept = new ArrayList<>();
    Set<String> shared = new LinkedHashSet<>();
    for (int s = 0; s < scenarios.size(); s++) {
      HydroScenario sc = scenarios.get(s);
      if (sc.probability() <= 0) {
        continue;
      }
      ModelContext ctx = Formulation.build(years.get(s), mode);
      boolean[] first = firstStageColumns(ctx, stage);
      for (int j = 0; j < first.length; j++) {
        if (first[j]) {
          shared.add(ctx.lp().columnName(j));
        }
      }
      stages.add(new Stage(sc.id(), years.get(s), (1 - lambda) * sc.probability()));
      models.add(ctx);
      kept.add(sc);
    }
    ExtensiveForm ef = new ExtensiveForm(base, StagedModel.of(stages, models, shared));
    for (int s = 0; s < kept.size(); s++) {
      ef.blocks.add(new Block(kept.get(s), s));
    }
    for (Uncertainty.Commitment c : stage.commitments()) {
      ExportContract x = contract(base, c.export());
      int j = ef.lp.addColumn(ModelNames.fc(c.export()), 0, 1, VarKind.CONTINUOUS);
      ef.lp.addCost(j, CostTerm.COMMITMENT, -(1 - lambda) * premium(c, x));
      ef.commitment.put(c.export(), j);
    }
    ef.commitRows();
    if (lambda > 0) {
      ef.addCvar(stage, cvar, lambda);
    }
    if (fixed != null) {
      ef.fix(fixed);
    }
    ef.staged.freeze();
    return ef;
  }

  /** The export_firm rows of committed contracts: Σ e·h + sh ≥ F·φ instead of ≥ F. */
  private void commitRows() {
    for (Block b : blocks) {
      LinearProgram m = staged.model(b.stage()).lp();
      for (int i = 0; i < m.numRows(); i++) {
        if (ModelNames.RowKind.of(m.rowName(i)) != ModelNames.RowKind.EXPORT_FIRM) {
          continue;
        }
        Integer phi = commitment.get(m.rowInfo(i).entity());
        if (phi != null) {
          int r = staged.row(b.stage(), i);
          lp.setRowBounds(r, 0, m.rowUpper(i));
          lp.add(r, phi, -m.rowLower(i));
        }
      }
    }
  }

  /** η, ν_s and the rows ν_s + η − C_s ≥ 0 (C_s with its offset moved to the bound). */
  private void addCvar(Uncertainty.FirstStage stage, Cvar cvar, double lambda) {
    int eta = lp.addColumn(ModelNames.cvarEta(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        VarKind.CONTINUOUS);
    lp.addCost(eta, CostTerm.RISK, lambda);
    for (Block b : blocks) {
      HydroScenario sc = b.scenario();
      int nu = lp.addColumn(ModelNames.cvarExcess(sc.id()), 0, Double.POSITIVE_INFINITY, VarKind.CONTINUOUS);
      lp.addCost(nu, CostTerm.RISK, lambda * sc.probability() / (1 - cvar.alpha()));
      LinearProgram m = staged.model(b.stage()).lp();
      int r = lp.addRow(ModelNames.cvar(sc.id()), m.offset(), Double.POSITIVE_INFINITY,
          ModelContext.info("cvar", sc.id(), null, Units.CNY_PER_UNIT, "CNY", Units.CNY_PER_UNIT, "CNY"));
      lp.add(r, nu, 1);
      lp.add(r, eta, 1);
      for (int j = 0; j < m.numColumns(); j++) {
        lp.add(r, staged.column(b.stage(), j), -m.cost(j));
      }
      for (Uncertainty.Commitment c : stage.commitments()) {
        lp.add(r, commitment.get(c.export()), premium(c, contract(base, c.export())));
      }
    }
  }

  private void fix(FirstStagePlan plan) {
    Map<String, Double> values = FirstStageFix.asColumns(plan);
    for (int j = 0; j < staged.firstLinkingColumn(); j++) {
      Double v = ModelNames.stageOf(lp.columnName(j)) == null ? values.get(lp.columnName(j)) : null;
      if (v != null) {
        lp.setColumnBounds(j, v, v);
      }
    }
    commitment.forEach((x, j) -> {
      double v = values.getOrDefault(ModelNames.fc(x), 0.0);
      lp.setColumnBounds(j, v, v);
    });
  }

  /** Which columns of a scenario model are first stage: b.p and bl.l with builds, n.i with potlines. */
  static boolean[] firstStageColumns(ModelContext ctx, Uncertainty.FirstStage stage) {
    boolean[] first = new boolean[ctx.lp().numColumns()];
    Variables v = ctx.vars();
    if (stage.builds()) {
      mark(first, v.b);
      mark(first, v.bl);
    }
    if (stage.potlines()) {
      mark(first, v.n);
    }
    return first;
  }

  private static void mark(boolean[] first, int[] cols) {
    for (int j : cols) {
      if (j >= 0) {
        first[j] = true;
      }
    }
  }

  /** premium[x]·F_x in million CNY (the cost coefficient of φ_x, negated). */
  private static double premium(Uncertainty.Commitment c, ExportContract x) {
    return c.premiumCnyPerMwh() * FirstStagePlan.firmEnergyMwh(x) / Units.CNY_PER_UNIT;
  }

  private static ExportContract contract(Instance in, String id) {
    return in.exports().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  public LinearProgram lp() {
    return lp;
  }

  /** The scenarios in the model (those of positive probability), in order. */
  public List<HydroScenario> scenarios() {
    return blocks.stream().map(Block::scenario).toList();
  }

  List<Block> blocks() {
    return blocks;
  }

  /** The first-stage plan in a solution {@code x} of this model (integers rounded). */
  public FirstStagePlan plan(double[] x) {
    ModelContext ctx = staged.model(0);
    Map<String, Integer> shared = new LinkedHashMap<>();
    for (int j = 0; j < staged.firstLinkingColumn(); j++) {
      if (ModelNames.stageOf(lp.columnName(j)) == null) {
        shared.put(lp.columnName(j), j);
      }
    }
    Instance in = ctx.instance();
    Map<String, Integer> builds = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, Integer> pots = new LinkedHashMap<>();
    Variables v = ctx.vars();
    List<Plant> plants = in.plants();
    for (int p = 0; p < plants.size(); p++) {
      Integer j = v.b[p] >= 0 ? shared.get(ModelNames.b(plants.get(p).id())) : null;
      if (j != null) {
        builds.put(plants.get(p).id(), (int) Math.round(x[j]));
      }
    }
    List<Line> ls = in.lines();
    for (int l = 0; l < ls.size(); l++) {
      Integer j = v.bl[l] >= 0 ? shared.get(ModelNames.bl(ls.get(l).id())) : null;
      if (j != null) {
        lines.put(ls.get(l).id(), (int) Math.round(x[j]));
      }
    }
    List<Industry> inds = in.industries();
    for (int i = 0; i < inds.size(); i++) {
      Integer j = v.n[i] >= 0 ? shared.get(ModelNames.n(inds.get(i).id())) : null;
      if (j != null) {
        pots.put(inds.get(i).id(), (int) Math.round(x[j]));
      }
    }
    Map<String, Double> phi = new LinkedHashMap<>();
    commitment.forEach((id, j) -> phi.put(id, Math.min(1, Math.max(0, x[j]))));
    return new FirstStagePlan(builds, lines, pots, phi);
  }

  /**
   * C_s of every scenario at {@code x} (CNY/yr): the scenario model's objective at its part of x, less the
   * commitment premium.
   */
  public double[] scenarioCostsCny(double[] x) {
    FirstStagePlan plan = plan(x);
    double premium = base.uncertainty() == null ? 0 : plan.premiumCny(base);
    double[] out = new double[blocks.size()];
    for (int s = 0; s < blocks.size(); s++) {
      out[s] = staged.stageObjective(blocks.get(s).stage(), x) * Units.CNY_PER_UNIT - premium;
    }
    return out;
  }
}
