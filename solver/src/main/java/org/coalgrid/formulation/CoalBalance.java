package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Region;

/**
 * For every region r, grade g and origin class c, over the year (kt/yr):
 * <pre>
 *   Σ_{m∈r, grade g} raw[m] + Σ_{m∈r, clean g} wc[m] + Σ_{m∈r, byproduct g} wb[m]
 * + Σ_{a into r} (1 − loss[a])·y[a,g,c] − Σ_{a out of r} y[a,g,c]
 * − Σ_{p∈r} z[p,g,c] − Σ_{i∈r} w[i,g,c] − Σ_{k∈r, grade g} cd[k,c]  ≥ 0                   (coal.r.g[.c])
 * </pre>
 * raw[m] = (1 − ws[m])·q[m] is the raw coal that leaves the mine unwashed, q[m] − ww[m] for a mine with a washery
 * capacity or build (§4.2, §4.19).
 * Mine output counts in class c when the mine is of that class (LARGE for a {@code large} mine, SMALL
 * otherwise, or the one class ANY when no 大煤保大电 policy splits coal). The balance is annual: coal that is
 * produced but not used is stockpiled at no cost, which is what "≥" means. Regions internal and external
 * alike have the row, wherever at least one term exists.
 */
public final class CoalBalance implements ConstraintFamily {
  @Override
  public String name() {
    return "coal_balance";
  }

  @Override
  public String title() {
    return "Coal balance";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.COAL);
  }

  @Override
  public Role role() {
    return Role.BALANCE;
  }

  @Override
  public String dualMeaning() {
    return "the **coal price** of grade g (origin c) in region r (CNY/t)";
  }

  @Override
  public void apply(ModelContext ctx) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    List<CoalGrade> grades = in.coalGrades();
    List<OriginClass> classes = ctx.classes();
    boolean split = classes.size() > 1;
    RegionIndex idx = ctx.byRegion();
    List<Mine> mines = in.mines();
    List<CoalArc> arcs = in.coalArcs();
    List<Plant> plants = in.plants();
    List<Industry> inds = in.industries();
    List<CoalDemand> cds = in.coalDemands();
    for (Region region : in.regions()) {
      String r = region.id();
      int[] minesHere = idx.mines(r);
      int[] arcsHere = idx.arcsTouching(r);
      int[] plantsHere = idx.plants(r);
      int[] indsHere = idx.industries(r);
      int[] cdsHere = idx.coalDemands(r);
      for (int g = 0; g < grades.size(); g++) {
        String gid = grades.get(g).id();
        for (int c = 0; c < classes.size(); c++) {
          OriginClass cls = classes.get(c);
          LinearExpr e = new LinearExpr();
          for (int m : minesHere) {
            Mine mine = mines.get(m);
            if (OriginClass.of(mine.large(), split) != cls) {
              continue;
            }
            if (mine.grade().equals(gid)) {
              Washing.addUnwashed(e, v, mine, m, 1.0);
            }
            if (v.wc[m] >= 0 && gid.equals(mine.washing().cleanGrade())) {
              e.add(v.wc[m], 1.0);
            }
            if (v.wb[m] >= 0 && gid.equals(mine.washing().byproductGrade())) {
              e.add(v.wb[m], 1.0);
            }
          }
          for (int a : arcsHere) {
            CoalArc arc = arcs.get(a);
            if (arc.to().equals(r)) {
              e.add(v.y[a][g][c], 1.0 - arc.lossShare());
            }
            if (arc.from().equals(r)) {
              e.add(v.y[a][g][c], -1.0);
            }
          }
          for (int p : plantsHere) {
            e.add(v.z[p][g][c], -1.0);
          }
          for (int i : indsHere) {
            e.add(v.w[i][g][c], -1.0);
          }
          for (int k : cdsHere) {
            if (cds.get(k).grade().equals(gid)) {
              e.add(v.cd[k][c], -1.0);
            }
          }
          if (!e.isEmpty()) {
            Rows.add(ctx.lp(), ModelNames.coalBalance(r, gid, cls), e, 0, org.coalgrid.lp.LinearProgram.INF,
                ModelContext.info(name(), r + "/" + gid, null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/t",
                    Units.T_PER_UNIT, "t/yr"));
          }
        }
      }
    }
  }
}
