package org.coalgrid.pathway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.Units;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.result.ResultBuilder;
import org.coalgrid.solve.LpSolver;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.stages.Stage;
import org.coalgrid.stages.StagedModel;

/**
 * Solves a pathway (issue 11) in one of two modes, as PyPSA and TIMES offer them:
 * <ul>
 *   <li><b>perfect foresight</b>: one model of all years ({@link StagedModel}, one stage per year weighted by δ(y),
 *   with the carry-over rows of {@link BuildCarryOver}), solved at once;</li>
 *   <li><b>myopic</b>: year by year, each year a model of its own whose horizon ends that year (a unit's capital net
 *   of salvage is then its first year's annuity), the units that came in in earlier years passed on as fixed. The
 *   myopic build schedule is then valued like a perfect-foresight plan — the all-years model with every nb fixed to
 *   the myopic builds — so that the two present values compare like for like.</li>
 * </ul>
 * Each year's part of the solution is a single-year result ({@link ResultBuilder}) with prices in the year's money
 * (a MILP priced by its LP with the integers fixed, as every MILP). Stateless; thread-safe.
 */
public final class PathwaySolver {
  /** FORESIGHT or MYOPIC. */
  public enum Mode { FORESIGHT, MYOPIC }

  private PathwaySolver() {}

  /** Solves {@code pw} in {@code mode}; {@code name} names the instance in the results. */
  public static PathwayResult solve(LoadedPathway pw, Mode mode, ObjectiveMode objective, SolverSettings ss,
      String name) {
    return mode == Mode.FORESIGHT ? foresight(pw, objective, ss, name) : myopic(pw, objective, ss, name);
  }

  private static PathwayResult foresight(LoadedPathway pw, ObjectiveMode objective, SolverSettings ss, String name) {
    Built model = model(pw, pw.pathway().years(), pw.pathway().lastYear(), List.of(), objective);
    return assemble(pw, model, model.staged.solve(ss), ss, Mode.FORESIGHT, name, 0);
  }

  private static PathwayResult myopic(LoadedPathway pw, ObjectiveMode objective, SolverSettings ss, String name) {
    List<PathwayResult.Build> before = new ArrayList<>();
    double stepSeconds = 0;
    for (int y : pw.pathway().years()) {
      Built step = model(pw, List.of(y), y, before, objective);
      LpSolver.Solved s = LpSolver.solveWithoutPrices(step.staged.freeze().lp(), ss);
      stepSeconds += s.solveSeconds();
      if (!s.raw().status().hasSolution()) {
        return failed(pw, s.raw(), Mode.MYOPIC, name, "the myopic step of " + y + " has no solution ("
            + s.raw().status() + ")");
      }
      before.addAll(builds(pw, step, s.raw().x()));
    }
    Built all = model(pw, pw.pathway().years(), pw.pathway().lastYear(), List.of(), objective);
    LinearProgram lp = all.staged.lp();
    for (BuildCarryOver.Candidate c : all.candidates) {
      for (int s = 0; s < c.nb().length; s++) {
        int year = pw.pathway().years().get(s);
        double units = before.stream().filter(b -> b.asset().equals(c.asset()) && b.id().equals(c.id())
            && b.year() == year)
            .mapToInt(PathwayResult.Build::units).sum();
        lp.setColumnBounds(c.nb()[s], units, units);
      }
    }
    return assemble(pw, all, all.staged.solve(ss), ss, Mode.MYOPIC, name, stepSeconds);
  }

  /** A pathway model: the staged model of {@code years}, its candidates, how long it took to build (s). */
  private record Built(StagedModel staged, List<BuildCarryOver.Candidate> candidates, List<Integer> years,
      Discounting money, int end, double seconds) {}

  private static Built model(LoadedPathway pw, List<Integer> years, int end, List<PathwayResult.Build> before,
      ObjectiveMode objective) {
    long t0 = System.nanoTime();
    Discounting money = new Discounting(pw.pathway().firstYear(), pw.pathway().discountRate());
    List<Stage> stages = new ArrayList<>();
    for (int y : years) {
      stages.add(new Stage("y" + y, pw.instance(y), money.factor(y)));
    }
    StagedModel m = StagedModel.build(stages, objective, Set.of());
    List<BuildCarryOver.Candidate> cands = BuildCarryOver.apply(m, pw, years, end, before, money);
    return new Built(m, cands, years, money, end, (System.nanoTime() - t0) / 1e9);
  }

  /** The units that come in in each year of {@code m}'s solution x, with their capital. */
  private static List<PathwayResult.Build> builds(LoadedPathway pw, Built m, double[] x) {
    List<PathwayResult.Build> out = new ArrayList<>();
    for (BuildCarryOver.Candidate c : m.candidates) {
      for (int s = 0; s < c.nb().length; s++) {
        int units = (int) Math.rint(x[c.nb()[s]]);
        if (units <= 0) {
          continue;
        }
        int y = m.years.get(s);
        Double k = c.overnightCnyPerMw() == null ? null : units * c.unitSize() * c.overnightCnyPerMw();
        double cap = k == null ? 0 : k * m.money.capital(y, c.lag());
        double salvage = k == null ? 0 : k * m.money.salvage(y, c.lifetime(), m.end);
        boolean tonnes = c.asset().equals(PathwayResult.MINE) || c.asset().equals(PathwayResult.POTLINE)
            || c.asset().equals(PathwayResult.WASHERY);
        out.add(new PathwayResult.Build(c.line(), c.id(), c.type(), c.region(), y, units, tonnes ? 0 : c.unitSize(),
            k, y - c.lag(), cap, salvage, tonnes ? c.unitSize() : null));
      }
    }
    return out;
  }

  private static PathwayResult assemble(LoadedPathway pw, Built m, LpSolver.Solved whole, SolverSettings ss,
      Mode mode, String name, double stepSeconds) {
    RawSolution raw = whole.raw();
    if (!raw.status().hasSolution()) {
      return failed(pw, raw, mode, name, raw.message());
    }
    List<PathwayResult.Build> builds = builds(pw, m, raw.x());
    List<PathwayResult.Year> years = new ArrayList<>();
    Map<String, Double> totalPv = new LinkedHashMap<>();
    for (int s = 0; s < m.years.size(); s++) {
      int y = m.years.get(s);
      SolveOutcome out = m.staged.stageOutcome(s, whole, ss, m.seconds);
      AllocationResult r = ResultBuilder.build(out, name + " " + y);
      double d = m.money.factor(y);
      Map<String, Double> terms = new LinkedHashMap<>(r.objective().termsCny());
      Map<String, Double> pv = new LinkedHashMap<>();
      terms.forEach((k, v) -> pv.put(k, v * d));
      double investment = builds.stream().filter(b -> b.year() == y)
          .mapToDouble(b -> b.capitalPvCny() - b.salvagePvCny()).sum();
      if (investment != 0) {
        pv.put(CostTerm.INVESTMENT.name(), investment);
      }
      pv.forEach((k, v) -> totalPv.merge(k, v, Double::sum));
      double spent = builds.stream().filter(b -> b.paidYear() == y && b.overnightCny() != null)
          .mapToDouble(PathwayResult.Build::overnightCny).sum();
      years.add(new PathwayResult.Year(y, d, r, terms, pv, spent));
    }
    List<PathwayResult.TargetRow> targets = targets(pw, m, raw.x());
    double objective = raw.objective() * Units.CNY_PER_UNIT;
    Double bound = Double.isFinite(raw.bestBound()) ? raw.bestBound() * Units.CNY_PER_UNIT : null;
    return new PathwayResult(name, mode.name(), raw.status().name(), raw.message(), pw.pathway().firstYear(),
        pw.pathway().lastYear(), pw.pathway().discountRate(), objective, bound, totalPv, years, builds,
        targets, solver(ss, m, whole, stepSeconds), whole.prices().available() ? whole.prices().source()
            : whole.prices().note());
  }

  /** Every target's metric in every year of the solution x. */
  private static List<PathwayResult.TargetRow> targets(LoadedPathway pw, Built m, double[] x) {
    List<PathwayResult.TargetRow> out = new ArrayList<>();
    var base = pw.base().instance();
    for (var yt : YearTargets.all(base.targets(), pw.pathway())) {
      Map<Integer, Double> values = new LinkedHashMap<>();
      for (int s = 0; s < m.years.size(); s++) {
        values.put(m.years.get(s), YearTargets.value(yt.target(), m.staged.model(s), m.staged.columns(s, x)));
      }
      String unit = org.coalgrid.domain.MetricName.parse(yt.target().metric(), base).unit();
      out.add(YearTargets.row(yt, values, unit));
    }
    return out;
  }

  private static Map<String, Object> solver(SolverSettings ss, Built m, LpSolver.Solved whole, double stepSeconds) {
    Map<String, Object> out = new LinkedHashMap<>(ss.describe());
    LinearProgram lp = m.staged.lp();
    out.put("rows", lp.numRows());
    out.put("columns", lp.numColumns());
    out.put("integerColumns", lp.numIntegers());
    out.put("nonzeros", lp.numNonzeros());
    out.put("buildSeconds", m.seconds);
    out.put("solveSeconds", whole.solveSeconds());
    if (stepSeconds > 0) {
      out.put("myopicStepsSolveSeconds", stepSeconds);
    }
    return out;
  }

  private static PathwayResult failed(LoadedPathway pw, RawSolution raw, Mode mode, String name, String note) {
    return new PathwayResult(name, mode.name(), raw.status().name(), note, pw.pathway().firstYear(),
        pw.pathway().lastYear(), pw.pathway().discountRate(), null, null, Map.of(), List.of(), List.of(),
        List.of(), Map.of(), "no solution, no prices");
  }
}
