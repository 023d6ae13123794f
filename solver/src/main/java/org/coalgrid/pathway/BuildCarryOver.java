package org.coalgrid.pathway;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.MineBuild;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Plant;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.Units;
import org.coalgrid.formulation.Variables;
import org.coalgrid.formulation.WasheryNames;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.lp.VarKind;
import org.coalgrid.stages.StagedModel;
import org.coalgrid.validate.PathwayRules;

/**
 * Capacity carry-over and investment (linking rows of a pathway, docs/formulation.md §11). For every candidate build
 * of a plant p (a line l likewise, with {@code nbl.l}, {@code carry_line.l} and the year model's {@code bl.l}; a
 * mine m with {@code nbm.m}, {@code carry_mine.m} and {@code bm.m}; an industry's potlines i with {@code nbp.i},
 * {@code carry_potline.i} and {@code bp.i}; a mine's washery 洗煤厂 with {@code nbw.m}, {@code carry_wash.m} and
 * {@code bw.m}) and every year y of the model:
 * <pre>
 * nb[p,y] ∈ {0, 1, …, maxUnits[p]}, = 0 for y &lt; max(earliestYear[p], y0 + λ[p])       (units that come in in y)
 * b[p,y] − Σ_{y' ≤ y in the model, y' + L[p] &gt; y} nb[p,y'] = Σ_{y' before the model, y' + L[p] &gt; y} n̄[p,y']   (y:carry.p)
 * </pre>
 * b[p,y] is the year model's build column (§4.6: the units in service in y, at most maxUnits, the site's limit);
 * L[p] is the unit's lifetime (none: beyond the horizon), n̄ the units that came in before the model's first year
 * (a myopic run passes its earlier years' builds on). A unit built in y is in service in y … y + L − 1 and not after;
 * the capacity before builds follows commissioningYear and retirementYear in the year instances themselves
 * ({@code PathwayReader}), so a retirement shows as less capacity that a build may replace.
 *
 * <p>Investment: a build with an overnight cost K[p] (CNY/MW) costs, in the objective ({@code INVESTMENT}),
 * <pre>
 * unitMw[p]·K[p]·(δ(y − λ[p]) − δ(y)·S(y))·nb[p,y]                                       ({@link Discounting})
 * </pre>
 * and its year models carry no annualised capex. A build without an overnight cost keeps its annualised
 * {@code capexCnyPerMwYr} on b[p,y] in every year's model (CAPEX, weighted by δ(y) like every operating cost).
 * For a mine the unit is unitT[m] t/yr and K[m] is CNY per t/yr ({@code overnightCapexCnyPerT}); for potlines the
 * unit is a line of sizeT[i] t/yr, K[i] likewise per t/yr; for a washery a unit of unitT t/yr of raw coal washed; a retired mine or potlines set have capacity (count) 0
 * in the year instances.
 * The dual of y:carry.p is the value of one more unit in service in year y (CNY, in present value).
 */
final class BuildCarryOver {
  /**
   * A candidate build of the pathway, with its nb columns by model year (-1 where the year has none). {@code asset}
   * is what it builds ({@link PathwayResult#PLANT}, LINE, MINE, POTLINE, WASHERY); {@code unitSize} the size of one
   * unit in MW (plant, line) or t/yr (mine, potline, washery).
   */
  record Candidate(String asset, String id, String region, String type, double unitSize, int maxUnits,
      Pathway.AssetLife life, int firstYear, int[] nb) {

    boolean line() {
      return asset.equals(PathwayResult.LINE);
    }

    /** Lifetime in years, or a huge number for "beyond the horizon". */
    int lifetime() {
      return life == null || life.lifetimeYears() == null ? Integer.MAX_VALUE / 2 : life.lifetimeYears();
    }

    int lag() {
      return life == null ? 0 : life.buildLagYears();
    }

    Double overnightCnyPerMw() {
      return life == null ? null : life.overnightCapexCnyPerMw();
    }

    boolean inService(int built, int year) {
      return built <= year && year - built < lifetime();
    }
  }

  private BuildCarryOver() {}

  /**
   * Adds the nb columns, the carry rows and the investment costs of every candidate build to {@code m}, whose stages
   * are {@code years} in order; {@code before} are units that came in before the first of them; {@code end} is the
   * horizon's last year (for salvage). Returns the candidates with their columns.
   */
  static List<Candidate> apply(StagedModel m, LoadedPathway pw, List<Integer> years, int end,
      List<PathwayResult.Build> before, Discounting money) {
    LinearProgram lp = m.lp();
    List<Candidate> out = new ArrayList<>();
    var base = pw.base().instance();
    for (int p = 0; p < base.plants().size(); p++) {
      Plant plant = base.plants().get(p);
      if (plant.build() != null) {
        out.add(add(m, lp, years, end, before, money, p, new Candidate(PathwayResult.PLANT, plant.id(),
            plant.region(), plant.type().name(), plant.build().unitMw(), plant.build().maxUnits(),
            life(pw.pathway().plants(), plant.id()), 0, null), pw));
      }
    }
    for (int l = 0; l < base.lines().size(); l++) {
      Line line = base.lines().get(l);
      if (line.build() != null) {
        out.add(add(m, lp, years, end, before, money, l, new Candidate(PathwayResult.LINE, line.id(),
            line.from() + "→" + line.to(), "LINE", line.build().unitMw(), line.build().maxUnits(),
            life(pw.pathway().lines(), line.id()), 0, null), pw));
      }
    }
    for (int k = 0; k < base.mines().size(); k++) {
      Mine mine = base.mines().get(k);
      if (mine.build() != null) {
        out.add(add(m, lp, years, end, before, money, k, new Candidate(PathwayResult.MINE, mine.id(), mine.region(),
            PathwayResult.MINE, mine.build().unitT(), mine.build().maxUnits(),
            life(pw.pathway().mineLives(), mine.id()), 0, null), pw));
      }
    }
    for (int k = 0; k < base.mines().size(); k++) {
      Mine mine = base.mines().get(k);
      MineBuild wb = mine.washing() != null && mine.washing().hasCapacity() ? mine.washing().build() : null;
      if (wb != null) {
        out.add(add(m, lp, years, end, before, money, k, new Candidate(PathwayResult.WASHERY, mine.id(), mine.region(),
            PathwayResult.WASHERY, wb.unitT(), wb.maxUnits(), life(pw.pathway().washeryLives(), mine.id()), 0, null),
            pw));
      }
    }
    for (int i = 0; i < base.industries().size(); i++) {
      Industry ind = base.industries().get(i);
      if (ind.potlines() != null && ind.potlines().build() != null) {
        out.add(add(m, lp, years, end, before, money, i, new Candidate(PathwayResult.POTLINE, ind.id(), ind.region(),
            PathwayResult.POTLINE, ind.potlines().sizeT(), ind.potlines().build().maxUnits(),
            life(pw.pathway().industryLives(), ind.id()), 0, null), pw));
      }
    }
    return out;
  }

  private static Pathway.AssetLife life(List<Pathway.AssetLife> lives, String id) {
    return lives.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  /** The year model's column of the units in service of candidate {@code c} (entity {@code index}). */
  private static int inService(Variables vars, Candidate c, int index) {
    return switch (c.asset()) {
      case PathwayResult.LINE -> vars.bl[index];
      case PathwayResult.MINE -> vars.bm[index];
      case PathwayResult.POTLINE -> vars.bp[index];
      case PathwayResult.WASHERY -> vars.bw[index];
      default -> vars.b[index];
    };
  }

  /** The names of candidate {@code c}'s nb column and carry row. */
  private static String nbName(Candidate c) {
    return switch (c.asset()) {
      case PathwayResult.LINE -> ModelNames.nbl(c.id());
      case PathwayResult.MINE -> ModelNames.nbm(c.id());
      case PathwayResult.POTLINE -> ModelNames.nbp(c.id());
      case PathwayResult.WASHERY -> WasheryNames.nbw(c.id());
      default -> ModelNames.nb(c.id());
    };
  }

  private static String carryName(Candidate c) {
    return switch (c.asset()) {
      case PathwayResult.LINE -> ModelNames.carryLine(c.id());
      case PathwayResult.MINE -> ModelNames.carryMine(c.id());
      case PathwayResult.POTLINE -> ModelNames.carryPotline(c.id());
      case PathwayResult.WASHERY -> WasheryNames.carryWash(c.id());
      default -> ModelNames.carry(c.id());
    };
  }

  private static Candidate add(StagedModel m, LinearProgram lp, List<Integer> years, int end,
      List<PathwayResult.Build> before, Discounting money, int index, Candidate proto, LoadedPathway pw) {
    Pathway.AssetLife life = proto.life();
    String id = proto.id();
    int first = life == null ? pw.pathway().firstYear() : PathwayRules.firstBuildYear(pw.pathway(), life);
    Candidate c = new Candidate(proto.asset(), id, proto.region(), proto.type(), proto.unitSize(), proto.maxUnits(),
        life, first, new int[years.size()]);
    for (int s = 0; s < years.size(); s++) {
      int y = years.get(s);
      String stage = m.stages().get(s).id();
      int ub = y < first ? 0 : c.maxUnits();
      int col = lp.addColumn(ModelNames.staged(stage, nbName(c)), 0, ub, VarKind.INTEGER);
      c.nb()[s] = col;
      if (c.overnightCnyPerMw() != null) {
        double k = c.unitSize() * c.overnightCnyPerMw();
        lp.addCost(col, CostTerm.INVESTMENT, k * (money.capital(y, c.lag()) - money.salvage(y, c.lifetime(), end))
            / Units.CNY_PER_UNIT);
      }
    }
    for (int s = 0; s < years.size(); s++) {
      int y = years.get(s);
      String stage = m.stages().get(s).id();
      int b = m.column(s, inService(m.model(s).vars(), c, index));
      double carried = 0;
      for (PathwayResult.Build done : before) {
        if (done.asset().equals(c.asset()) && done.id().equals(id) && c.inService(done.year(), y)) {
          carried += done.units();
        }
      }
      int row = lp.addRow(ModelNames.staged(stage, carryName(c)), carried, carried, new RowInfo("carry", id, null, Units.CNY_PER_UNIT, "CNY/unit", 1, "units"));
      lp.add(row, b, 1);
      for (int s2 = 0; s2 <= s; s2++) {
        if (c.inService(years.get(s2), y)) {
          lp.add(row, c.nb()[s2], -1);
        }
      }
    }
    return c;
  }
}
