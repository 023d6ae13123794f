package org.coalgrid.formulation;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.lp.LinearProgram;

/**
 * For every industry i (output s in kt per period):
 * <pre>
 * cost mode:     Σ_t s[i,t] = planned[i]                                                  (ind_output.i)
 * welfare mode:  minOutput[i] ≤ Σ_t s[i,t] ≤ capacity[i]                                  (ind_output.i)
 * potlines:      Σ_t s[i,t] ≤ sizeT[i]·n[i],  n integer in [0, count]                   (ind_potlines.i)
 *   with a potline build:  n[i] − bp[i] ≤ count[i],  bp integer in [0, maxUnits]   (ind_potline_build.i)
 * FLAT profile:  s[i,t] = h[t]/H·Σ_t' s[i,t'],  every t but the last,  up to 24 periods   (ind_flat.i.t)
 *   beyond:      sa[i] = Σ_t s[i,t]                                                        (ind_sum.i)
 *                s[i,t] = h[t]/H·sa[i],  every t but the last                              (ind_flat.i.t)
 * FREE profile:  s[i,t] ≤ capacity[i]·h[t]/H                                           (column bound)
 * coal feed:     Σ_c w[i,g,c] = feed[i,g]·Σ_t s[i,t],  every grade g of the feed          (ind_feed.i.g)
 * </pre>
 * planned is {@code plannedOutputT}, else the capacity. The dense FLAT form has nt terms per row, nt² in all,
 * so beyond 24 periods a FLAT industry's annual output is a column of its own, sa (kt/yr): each FLAT row then
 * has two terms and the family grows linearly with the periods. Substituting sa gives the dense rows back, so
 * the feasible set, the objective and the duals of {@code ind_flat} are the same; {@code ind_sum} only defines
 * sa (its dual is not reported). Up to 24 periods the dense form stays (at most 552 terms per industry, a
 * constant): the shipped instances have 24 periods and degenerate LPs, and another form of the same rows lets
 * the solver stop at another of their optimal vertices (same objective, other flows and prices). The FLAT row of the last
 * period is left out because it follows from the others (keeping it would make the duals degenerate). The feed mix is fixed per tonne of
 * product; electricity and heat of the industry enter §4.9 and §4.13. A potline build (新建电解槽系列) adds up to
 * maxUnits lines of the same sizeT (n then up to count + maxUnits), each costing sizeT·capexCnyPerTYr a year (CAPEX,
 * §5); the industry's capacity still caps its output in welfare mode. In a pathway bp is the lines in service in the
 * year (§11).
 */
public final class IndustryProduction implements ConstraintFamily {
  /** Most periods for which FLAT rows keep their dense form (see the class comment). */
  public static final int DENSE_FLAT_MAX_PERIODS = 24;

  @Override
  public String name() {
    return "industry";
  }

  @Override
  public String title() {
    return "Industry";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.INDUSTRY_OUTPUT, ModelNames.RowKind.INDUSTRY_POTLINES,
        ModelNames.RowKind.INDUSTRY_POTLINE_BUILD, ModelNames.RowKind.INDUSTRY_SUM, ModelNames.RowKind.INDUSTRY_FLAT, ModelNames.RowKind.INDUSTRY_FEED);
  }

  @Override
  public Role role(ModelNames.RowKind kind) {
    return kind == ModelNames.RowKind.INDUSTRY_SUM ? Role.DEFINITION : role();
  }

  @Override
  public Role role() {
    return Role.OBLIGATION;
  }

  @Override
  public String dualMeaning() {
    return "the dual of `ind_output` is the marginal cost of one tonne of product (CNY/t); that of `ind_feed` "
        + "the price of the feed coal at the plant gate (not ranked by explain)";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Industry> inds = ctx.instance().industries();
    Variables v = ctx.vars();
    int nt = ctx.numPeriods();
    double perT = Units.CNY_PER_UNIT / Units.T_PER_UNIT;
    for (int i = 0; i < inds.size(); i++) {
      Industry ind = inds.get(i);
      String id = ind.id();
      double lb;
      double ub;
      if (ctx.mode() == ObjectiveMode.COST) {
        lb = ind.plannedOutput() / Units.T_PER_UNIT;
        ub = lb;
      } else {
        lb = ind.minOutputT() / Units.T_PER_UNIT;
        ub = ind.capacityT() / Units.T_PER_UNIT;
      }
      int r = lp.addRow(ModelNames.industryOutput(id), lb, ub, ModelContext.info(name(), id, null, perT, "CNY/t",
          Units.T_PER_UNIT, "t/yr"));
      for (int t = 0; t < nt; t++) {
        lp.add(r, v.s[i][t], 1.0);
      }
      if (v.n[i] >= 0) {
        int rp = lp.addRow(ModelNames.industryPotlines(id), Double.NEGATIVE_INFINITY, 0,
            ModelContext.info(name(), id, null, perT, "CNY/t", Units.T_PER_UNIT, "t/yr"));
        for (int t = 0; t < nt; t++) {
          lp.add(rp, v.s[i][t], 1.0);
        }
        lp.add(rp, v.n[i], -ind.potlines().sizeT() / Units.T_PER_UNIT);
        if (v.bp[i] >= 0) {
          int rb = lp.addRow(ModelNames.industryPotlineBuild(id), Double.NEGATIVE_INFINITY, ind.potlines().count(),
              ModelContext.info(name(), id, null, Units.CNY_PER_UNIT, "CNY/line", 1, "lines"));
          lp.add(rb, v.n[i], 1.0);
          lp.add(rb, v.bp[i], -1.0);
        }
      }
      if (ind.profile() == LoadProfile.FLAT && v.sa[i] < 0) {
        double total = ctx.hoursInYear();
        for (int t = 0; t < nt - 1; t++) {
          int rf = lp.addRow(ModelNames.industryFlat(id, ctx.periodId(t)), 0, 0,
              ModelContext.info(name(), id, ctx.periodId(t), perT, "CNY/t", Units.T_PER_UNIT, "t"));
          double share = ctx.hours(t) / total;
          for (int t2 = 0; t2 < nt; t2++) {
            lp.add(rf, v.s[i][t2], (t2 == t ? 1.0 : 0.0) - share);
          }
        }
      } else if (v.sa[i] >= 0) {
        int rs = lp.addRow(ModelNames.industrySum(id), 0, 0,
            ModelContext.info(name(), id, null, perT, "CNY/t", Units.T_PER_UNIT, "t/yr"));
        for (int t = 0; t < nt; t++) {
          lp.add(rs, v.s[i][t], 1.0);
        }
        lp.add(rs, v.sa[i], -1.0);
        double total = ctx.hoursInYear();
        for (int t = 0; t < nt - 1; t++) {
          int rf = lp.addRow(ModelNames.industryFlat(id, ctx.periodId(t)), 0, 0,
              ModelContext.info(name(), id, ctx.periodId(t), perT, "CNY/t", Units.T_PER_UNIT, "t"));
          lp.add(rf, v.s[i][t], 1.0);
          lp.add(rf, v.sa[i], -ctx.hours(t) / total);
        }
      }
      for (Map.Entry<String, Double> feed : ind.coalFeedTPerT().entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        int g = v.grade(feed.getKey());
        int rc = lp.addRow(ModelNames.industryFeed(id, feed.getKey()), 0, 0,
            ModelContext.info(name(), id, null, perT, "CNY/t", Units.T_PER_UNIT, "t/yr"));
        for (int col : v.w[i][g]) {
          lp.add(rc, col, 1.0);
        }
        for (int t = 0; t < nt; t++) {
          lp.add(rc, v.s[i][t], -feed.getValue());
        }
      }
    }
  }
}
