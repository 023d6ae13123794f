package org.coalgrid.stages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.VarKind;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.Prices;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolverSettings;

/**
 * A model of several stages: the single-year model ({@link Formulation}) built once per {@link Stage} — a year of
 * a pathway (issue 11), a scenario of a two-stage plan (issue 12) — from the stage's own derived instance, copied
 * into one {@link LinearProgram}, and tied together by linking rows and columns that the caller adds before
 * {@link #freeze()}. Nothing here knows what a stage stands for.
 *
 * <p>The whole model is
 * <pre>
 * min  Σ_s w[s]·(c[s]·x[s] + offset[s])  +  c_L·x_L
 * s.t. A[s]·x[s] within the row bounds of stage s          (every stage s, its rows as its own model has them)
 *      Σ_s B[s]·x[s] + B_L·x_L within the linking bounds   (rows the caller adds)
 * </pre>
 * where x[s] are the columns of stage s, w[s] its weight ({@link Stage#weight()}: discount factor × years it
 * stands for, or a probability) and x_L the linking columns the caller adds. Every row and column of stage s is
 * named {@code s:name} ({@link ModelNames#staged}), so {@code ModelNames.RowKind.of} still gives its kind; the
 * family, entity and period of each row ({@code RowInfo}) are those of the stage's model. A column named in
 * {@code shared} is one column for all stages (a first-stage decision of a two-stage plan), named without a
 * stage; its bounds are the intersection of the stages' bounds, integer if any stage has it integer, and its cost
 * the weighted sum of the stages' costs. Each cost keeps its {@link CostTerm}.
 *
 * <p>Stage s's view of a solution ({@link #stageOutcome}): its columns' values, and its rows' duals divided by
 * w[s], so that prices of a year are in that year's money (undiscounted) and prices of a scenario are conditional
 * on it. Stage rows come first, stage by stage, then linking rows; columns likewise. Not thread-safe while
 * building; read-only after {@link #freeze()}.
 */
public final class StagedModel {
  private final List<Stage> stages;
  private final List<ModelContext> models;
  private final LinearProgram lp = new LinearProgram();
  /** colMap[s][j]: the column of the whole model that stage s's column j became. */
  private final int[][] colMap;
  /** rowStart[s]: the first row of stage s in the whole model; rowStart[n]: the first linking row. */
  private final int[] rowStart;
  private final int stageColumns;

  private StagedModel(List<Stage> stages, List<ModelContext> models, Set<String> shared) {
    this.stages = List.copyOf(stages);
    this.models = List.copyOf(models);
    if (stages.isEmpty() || stages.size() != models.size()) {
      throw new IllegalArgumentException("one model per stage, at least one stage");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Stage s : stages) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two stages with id " + s.id());
      }
    }
    int n = stages.size();
    colMap = new int[n][];
    rowStart = new int[n + 1];
    Map<String, Integer> sharedCols = new HashMap<>();
    for (int s = 0; s < n; s++) {
      LinearProgram m = models.get(s).lp().freeze();
      String id = stages.get(s).id();
      colMap[s] = new int[m.numColumns()];
      for (int j = 0; j < m.numColumns(); j++) {
        String name = m.columnName(j);
        VarKind kind = m.isInteger(j) ? VarKind.INTEGER : VarKind.CONTINUOUS;
        if (shared.contains(name)) {
          Integer k = sharedCols.get(name);
          if (k == null) {
            k = lp.addColumn(name, m.columnLower(j), m.columnUpper(j), kind);
            sharedCols.put(name, k);
          } else {
            lp.setColumnBounds(k, Math.max(lp.columnLower(k), m.columnLower(j)),
                Math.min(lp.columnUpper(k), m.columnUpper(j)));
            if (kind == VarKind.INTEGER) {
              lp.makeInteger(k);
            }
          }
          colMap[s][j] = k;
        } else {
          colMap[s][j] = lp.addColumn(ModelNames.staged(id, name), m.columnLower(j), m.columnUpper(j), kind);
        }
      }
      double w = stages.get(s).weight();
      int[] map = colMap[s];
      m.forEachCost((term, j, coef) -> lp.addCost(map[j], term, w * coef));
      lp.addOffset(w * m.offset());
      rowStart[s] = lp.numRows();
      for (int i = 0; i < m.numRows(); i++) {
        int r = lp.addRow(ModelNames.staged(id, m.rowName(i)), m.rowLower(i), m.rowUpper(i), m.rowInfo(i));
        lp.setRowConstant(r, m.rowConstant(i));
        for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
          lp.add(r, map[m.nonzeroColumns()[k]], m.nonzeroValues()[k]);
        }
      }
    }
    rowStart[n] = lp.numRows();
    stageColumns = lp.numColumns();
  }

  /** The stages' single-year models built from their instances in {@code mode}, copied into one model. */
  public static StagedModel build(List<Stage> stages, ObjectiveMode mode, Set<String> shared) {
    List<ModelContext> models = new ArrayList<>();
    for (Stage s : stages) {
      models.add(Formulation.build(s.instance(), mode));
    }
    return new StagedModel(stages, models, shared);
  }

  /** The stages with models already built (e.g. with extra families); each model is frozen if it is not. */
  public static StagedModel of(List<Stage> stages, List<ModelContext> models, Set<String> shared) {
    return new StagedModel(stages, models, shared);
  }

  /** The whole model: open for linking rows and columns until {@link #freeze()}. */
  public LinearProgram lp() {
    return lp;
  }

  /** Freezes the whole model (after the linking rows and columns are added). */
  public StagedModel freeze() {
    lp.freeze();
    return this;
  }

  public List<Stage> stages() {
    return stages;
  }

  public int numStages() {
    return stages.size();
  }

  /** Index of the stage with id {@code id}, or -1. */
  public int stageIndex(String id) {
    for (int s = 0; s < stages.size(); s++) {
      if (stages.get(s).id().equals(id)) {
        return s;
      }
    }
    return -1;
  }

  /** Stage s's own single-year model (its context: instance, variables, rows in its own numbering). */
  public ModelContext model(int s) {
    return models.get(s);
  }

  /** The column of the whole model that column {@code local} of stage s's own model became. */
  public int column(int s, int local) {
    return local < 0 ? -1 : colMap[s][local];
  }

  /** The row of the whole model that row {@code local} of stage s's own model became. */
  public int row(int s, int local) {
    return rowStart[s] + local;
  }

  /** The rows of the whole model from the first linking row on (rows added after the stages). */
  public int firstLinkingRow() {
    return rowStart[stages.size()];
  }

  /** The columns of the whole model from the first linking column on (columns added after the stages). */
  public int firstLinkingColumn() {
    return stageColumns;
  }

  /** Stage s's part of a solution {@code x} of the whole model, in the stage's own column order. */
  public double[] columns(int s, double[] x) {
    int[] map = colMap[s];
    double[] out = new double[map.length];
    for (int j = 0; j < map.length; j++) {
      out[j] = x[map[j]];
    }
    return out;
  }

  /** Stage s's part of row values {@code duals} of the whole model, divided by the stage's weight; null if null. */
  public double[] rowDuals(int s, double[] duals) {
    if (duals == null) {
      return null;
    }
    double w = stages.get(s).weight();
    double[] out = Arrays.copyOfRange(duals, rowStart[s], rowStart[s + 1]);
    for (int i = 0; i < out.length; i++) {
      out[i] /= w;
    }
    return out;
  }

  /** Stage s's objective at x, unweighted (million CNY, the stage's own money), term by term. */
  public Map<CostTerm, Double> stageTerms(int s, double[] x) {
    return new EnumMap<>(models.get(s).lp().termValues(columns(s, x)));
  }

  /** Stage s's objective at x, unweighted (million CNY): c[s]·x[s] + offset[s]. */
  public double stageObjective(int s, double[] x) {
    return models.get(s).lp().objective(columns(s, x));
  }

  /**
   * Solves the whole model (frozen first) with prices as {@link LpSolver#solve} gives them: a MILP is priced by its
   * LP with the integers fixed, the duals checked by the dual certificate.
   */
  public LpSolver.Solved solve(SolverSettings settings) {
    freeze();
    return LpSolver.solve(lp, settings);
  }

  /**
   * What stage s alone would report of a solve of the whole model: its model, its columns' values, its objective
   * unweighted, its rows' duals and prices divided by its weight (in the stage's own money). The best bound is the
   * stage's objective less its share of the whole model's gap, in the stage's money: the gap G = objective − bound
   * is shared over the stages in proportion to |w_s·obj_s| among Σ_t |w_t·obj_t| + |the shared columns' part|, so
   * that no stage shows a relative gap above the whole model's (a stage with a small objective would otherwise show
   * the whole gap against its own small figure). {@code buildSeconds} is the whole model's.
   */
  public SolveOutcome stageOutcome(int s, LpSolver.Solved whole, SolverSettings settings, double buildSeconds) {
    RawSolution r = whole.raw();
    double w = stages.get(s).weight();
    double[] x = r.x() == null ? null : columns(s, r.x());
    double obj = x == null ? Double.NaN : models.get(s).lp().objective(x);
    double bound = Double.isFinite(r.bestBound()) && x != null
        ? obj - (r.objective() - r.bestBound()) * gapShare(s, r.x(), r.objective()) / w : r.bestBound();
    RawSolution sr = new RawSolution(r.status(), obj, bound, x, rowDuals(s, r.duals()), r.iterations(), r.nodes(),
        r.wallSeconds(), r.backend(), r.message());
    Prices p = whole.prices();
    Prices sp = p.available() ? new Prices(rowDuals(s, p.duals()), p.check(), p.source(), p.note()) : p;
    return new SolveOutcome(models.get(s), settings, sr, sp, buildSeconds, whole.solveSeconds());
  }

  /** Stage s's share of the whole model's gap: |w_s·obj_s| / (Σ_t |w_t·obj_t| + |objective − Σ_t w_t·obj_t|). */
  private double gapShare(int s, double[] whole, double objective) {
    double sum = 0;
    double signed = 0;
    double own = 0;
    for (int t = 0; t < stages.size(); t++) {
      double wo = stages.get(t).weight() * models.get(t).lp().objective(columns(t, whole));
      sum += Math.abs(wo);
      signed += wo;
      if (t == s) {
        own = Math.abs(wo);
      }
    }
    double total = sum + Math.abs(objective - signed);
    return total > 0 ? own / total : 1.0 / stages.size();
  }
}
