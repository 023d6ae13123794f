package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;
import org.coalgrid.lp.RowInfo;

/**
 * One row per policy, so every policy has a shadow price. A policy applies in its listed {@code regions}, or
 * in every internal region when it lists none ("in scope"). Coal in t/yr (kt in the model).
 * <pre>
 * COAL_PRODUCTION_CAP        Σ_{m in scope} q[m] ≤ limit
 * COAL_OUTBOUND_CAP 限制煤炭外运 Σ_{a: scope → external} Σ_{g,c} y[a,g,c] ≤ limit     (tonnes sent)
 * LARGE_MINE_TO_LARGE_PLANT  Σ_{p large in scope} Σ_g z[p,g,LARGE] ≥ limit·Σ_{p large in scope} Σ_{g,c} z[p,g,c]
 *   大煤保大电
 * LOCAL_CONVERSION 就地转化率  Σ_{p in scope} z + Σ_{i in scope} w + Σ_{k in scope} cd ≥ limit·Σ_{m in scope} q
 * CO2_CAP                    Σ_{p in scope} Σ_{g,c} tcePerT[g]·co2PerTce[g]·z[p,g,c] ≤ limit    (t CO2)
 * SO2_CAP                    Σ_{p in scope} Σ_{g,c} 2·S%[g]/100·(1 − desulfurisation[p])·z[p,g,c] ≤ limit (t SO2)
 * EXPORT_CAPABILITY 外送能力   Σ_{l: to = region} (capacityMw[l] + unitMw[l]·bl[l]) ≥ limit    (MW)
 * RESERVE_MARGIN 备用率        Σ_{p in scope} credit[p]·(firm[p] + unitMw[p]·b[p]) ≥ (1 + limit)·peak   (MW)
 * GANGUE_UTILISATION 煤矸石综合利用
 *                            Σ_{p in scope} Σ_{g byproduct} z[p,g,c] ≥ limit·(Σ_{m in scope} wb[m]
 *                              + Σ_{m in scope, grade byproduct} raw[m])        (raw[m]: unwashed raw coal, §4.3)
 * GENERIC                    Σ_k coef_k·metric_k (LE | GE | EQ) limit
 * </pre>
 * <ul>
 * <li>COAL_PRODUCTION_CAP, LOCAL_CONVERSION and GANGUE_UTILISATION take a mine's scope from its region, plants',
 * industries' and coal demands' from theirs. q is the raw output, the tonnes later washed included, with or
 * without a washery.
 * <li>LARGE_MINE_TO_LARGE_PLANT compares tonnes burned; LARGE coal is coal from {@code large} mines: their
 * unwashed raw coal (1 − ws)·q, or q − ww with a washery, and their clean coal wc and byproduct wb (§4.2, §4.3).
 * The policy is what splits coal into origin classes (§2).
 * <li>LOCAL_CONVERSION counts raw tonnes produced (Σ q, not q − ww) against tonnes used after washing (clean coal
 * and byproduct burned or fed are counted as they are, wc and wb tonnes): the rock and water washed out,
 * (1 − cleanYield − byproductYield) of the tonnes washed, count as produced, not used. A raw tonne washed and all
 * used in scope counts cleanYield + byproductYield on the left and 1 on the right, fixed share or washery alike.
 * <li>CO2_CAP and SO2_CAP count coal burned in plants only (industry feed may be feedstock). The S → SO2
 * mass ratio is 2, with no ash retention.
 * <li>EXPORT_CAPABILITY sums the rated {@code capacityMw} of the lines whose {@code to} is the policy's
 * {@code region}, plus their built units; {@code capacityMwByPeriod} does not count, and a line declared out
 * of the region does not count even when it is bidirectional (declare export corridors toward the market).
 * <li>RESERVE_MARGIN: firm capacity (capacity × capacity credit; hydro by the average MW of its driest
 * season, and a hydro build adds none) against the planning peak: the largest step of the demands in scope
 * plus the industries' planned average load (export contracts left out). Its shadow price is the capacity
 * price, in CNY per MW of firm capacity per year (÷ 1000: CNY/kW-yr).
 * <li>GANGUE_UTILISATION: a grade is byproduct when its {@code byproduct} flag is set. The numerator counts
 * only flagged grades burned; the denominator counts all washing byproduct wb of mines in scope, whatever the
 * flag of its grade, plus the raw output of mines in scope whose own grade is flagged. A byproduct grade left
 * unflagged therefore counts as produced but never as used: flag gangue and slurry grades. For a mine with a
 * washery wb is byproductYield·ww and raw[m] is q − ww, so the denominator moves with the tonnes washed; for a
 * fixed share they are ws·byproductYield·q and (1 − ws)·q.
 * <li>GENERIC: the metrics are those of the table below (the one list is {@code MetricName.Kind}; the model
 * expressions are built in {@code Metrics}); each is over internal regions only unless its name names an
 * entity or region. The row is divided by its largest |coef| so numbers stay near 1.
 * </ul>
 */
public final class PolicyConstraints implements ConstraintFamily {
  @Override
  public String name() {
    return "policy";
  }

  @Override
  public String title() {
    return "Policies";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.POLICY);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the **shadow price** of the policy in CNY per unit of its limit (per t, t CO2, t SO2, MW/yr, or per "
        + "unit of a GENERIC row); minus it for a cap is the value of one more unit of allowance";
  }

  @Override
  public void apply(ModelContext ctx) {
    for (Policy policy : ctx.instance().policies()) {
      LinearExpr e = new LinearExpr();
      double lb = Double.NEGATIVE_INFINITY;
      double ub = Double.POSITIVE_INFINITY;
      double perT = Units.CNY_PER_UNIT / Units.T_PER_UNIT;
      RowInfo info = info(policy, perT, "CNY/t", Units.T_PER_UNIT, "t/yr");
      double limitKt = policy.limit() / Units.T_PER_UNIT;
      switch (policy.type()) {
        case COAL_PRODUCTION_CAP -> {
          minesInScope(ctx, policy, e, 1.0);
          ub = limitKt;
        }
        case COAL_OUTBOUND_CAP -> {
          outbound(ctx, policy, e);
          ub = limitKt;
        }
        case LARGE_MINE_TO_LARGE_PLANT -> {
          largeToLarge(ctx, policy, e);
          lb = 0;
        }
        case LOCAL_CONVERSION -> {
          localUse(ctx, policy, e);
          minesInScope(ctx, policy, e, -policy.limit());
          lb = 0;
        }
        case CO2_CAP, SO2_CAP -> {
          emissions(ctx, policy, e, policy.type() == org.coalgrid.domain.PolicyType.CO2_CAP);
          ub = limitKt;
          info = info(policy, perT, policy.type() == org.coalgrid.domain.PolicyType.CO2_CAP ? "CNY/t CO2" : "CNY/t SO2",
              Units.T_PER_UNIT, "t/yr");
        }
        case EXPORT_CAPABILITY -> {
          exportCapability(ctx, policy, e);
          lb = policy.limit();
          info = info(policy, Units.CNY_PER_UNIT, "CNY/MW/yr", 1.0, "MW");
        }
        case RESERVE_MARGIN -> {
          ReserveMargin.firmCapacity(ctx, policy, e);
          lb = (1 + policy.limit()) * ReserveMargin.peakMw(ctx, policy);
          info = info(policy, Units.CNY_PER_UNIT, "CNY/MW/yr", 1.0, "MW");
        }
        case GANGUE_UTILISATION -> {
          gangue(ctx, policy, e);
          lb = 0;
        }
        case GENERIC -> {
          Metrics metrics = new Metrics(ctx);
          double scale = 0;
          for (Policy.Term term : policy.terms()) {
            scale = Math.max(scale, Math.abs(term.coef()));
          }
          // rows of a generic policy are in domain units; divide by the largest coefficient so numbers stay near 1
          scale = scale == 0 ? 1 : scale;
          for (Policy.Term term : policy.terms()) {
            LinearExpr m = metrics.linear(term.metric()).orElseThrow(
                () -> new IllegalArgumentException("unknown metric " + term.metric() + " in policy " + policy.id()));
            e.addScaled(m, term.coef() / scale);
          }
          double rhs = policy.limit() / scale;
          switch (policy.sense()) {
            case LE -> ub = rhs;
            case GE -> lb = rhs;
            case EQ -> {
              lb = rhs;
              ub = rhs;
            }
            default -> throw new IllegalStateException();
          }
          info = info(policy, Units.CNY_PER_UNIT / scale, "CNY per unit of the policy", scale, "policy units");
        }
        default -> throw new IllegalStateException("unhandled policy type " + policy.type());
      }
      Rows.add(ctx.lp(), ModelNames.policy(policy.id()), e, lb, ub, info);
    }
  }

  private RowInfo info(Policy policy, double dualToDomain, String unit, double rhsToDomain, String rhsUnit) {
    return ModelContext.info(name(), policy.id(), null, dualToDomain, unit, rhsToDomain, rhsUnit);
  }

  static boolean inScope(ModelContext ctx, Policy policy, String region) {
    return policy.regions().isEmpty() ? !ctx.isExternal(region) : policy.regions().contains(region);
  }

  private static void minesInScope(ModelContext ctx, Policy policy, LinearExpr e, double coef) {
    List<Mine> mines = ctx.instance().mines();
    for (int m = 0; m < mines.size(); m++) {
      if (inScope(ctx, policy, mines.get(m).region())) {
        e.add(ctx.vars().q[m], coef);
      }
    }
  }

  private static void outbound(ModelContext ctx, Policy policy, LinearExpr e) {
    Instance in = ctx.instance();
    List<CoalArc> arcs = in.coalArcs();
    for (int a = 0; a < arcs.size(); a++) {
      CoalArc arc = arcs.get(a);
      if (inScope(ctx, policy, arc.from()) && ctx.isExternal(arc.to())) {
        for (int[] byClass : ctx.vars().y[a]) {
          for (int col : byClass) {
            e.add(col, 1.0);
          }
        }
      }
    }
  }

  private static void largeToLarge(ModelContext ctx, Policy policy, LinearExpr e) {
    List<Plant> plants = ctx.instance().plants();
    int large = ctx.classes().indexOf(OriginClass.LARGE);
    for (int p = 0; p < plants.size(); p++) {
      if (!plants.get(p).large() || !inScope(ctx, policy, plants.get(p).region())) {
        continue;
      }
      for (int[] byClass : ctx.vars().z[p]) {
        for (int c = 0; c < byClass.length; c++) {
          e.add(byClass[c], (c == large ? 1.0 : 0.0) - policy.limit());
        }
      }
    }
  }

  private static void localUse(ModelContext ctx, Policy policy, LinearExpr e) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    for (int p = 0; p < in.plants().size(); p++) {
      if (inScope(ctx, policy, in.plants().get(p).region())) {
        addAll(e, v.z[p]);
      }
    }
    for (int i = 0; i < in.industries().size(); i++) {
      if (inScope(ctx, policy, in.industries().get(i).region())) {
        addAll(e, v.w[i]);
      }
    }
    for (int k = 0; k < in.coalDemands().size(); k++) {
      if (inScope(ctx, policy, in.coalDemands().get(k).region())) {
        for (int col : v.cd[k]) {
          e.add(col, 1.0);
        }
      }
    }
  }

  private static void emissions(ModelContext ctx, Policy policy, LinearExpr e, boolean co2) {
    Instance in = ctx.instance();
    Metrics metrics = new Metrics(ctx);
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      if (!inScope(ctx, policy, plant.region())) {
        continue;
      }
      for (int g = 0; g < in.coalGrades().size(); g++) {
        double f = co2 ? metrics.co2PerT(g) : metrics.so2PerT(plant, g);
        for (int col : ctx.vars().z[p][g]) {
          e.add(col, f);
        }
      }
    }
  }

  private static void exportCapability(ModelContext ctx, Policy policy, LinearExpr e) {
    List<Line> lines = ctx.instance().lines();
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      if (line.to().equals(policy.region())) {
        e.addConstant(line.capacityMw());
        if (ctx.vars().bl[l] >= 0) {
          e.add(ctx.vars().bl[l], line.build().unitMw());
        }
      }
    }
  }

  private static void gangue(ModelContext ctx, Policy policy, LinearExpr e) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    for (int p = 0; p < in.plants().size(); p++) {
      if (!inScope(ctx, policy, in.plants().get(p).region())) {
        continue;
      }
      for (int g = 0; g < in.coalGrades().size(); g++) {
        if (in.coalGrades().get(g).byproduct()) {
          for (int col : v.z[p][g]) {
            e.add(col, 1.0);
          }
        }
      }
    }
    var grades = in.gradesById();
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      if (!inScope(ctx, policy, mine.region())) {
        continue;
      }
      e.add(v.wb[m], -policy.limit());
      if (grades.get(mine.grade()).byproduct()) {
        Washing.addUnwashed(e, v, mine, m, -policy.limit());
      }
    }
  }

  private static void addAll(LinearExpr e, int[][] cols) {
    for (int[] a : cols) {
      for (int c : a) {
        e.add(c, 1.0);
      }
    }
  }
}
