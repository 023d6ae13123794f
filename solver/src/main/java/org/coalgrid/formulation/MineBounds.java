package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Mine;
import org.coalgrid.lp.LinearProgram;

/**
 * For every mine m, in t/yr (kt in the model):
 * <pre>
 * minOutput[m] ≤ q[m] ≤ capacity[m]                                                        (mine.m)
 * </pre>
 * and for a mine with a candidate build (up to maxUnits[m] units of unitT[m] t/yr of extra capacity, 扩建):
 * <pre>
 * q[m] − unitT[m]·bm[m] ≤ capacity[m]                                                      (mine.m)
 * q[m] ≥ minOutput[m]                                     (mine_min.m, only if minOutput &gt; 0)
 * bm[m] ∈ {0, 1, …, maxUnits[m]}
 * </pre>
 * The bounds are a row rather than column bounds, so they have a dual and the repair can relax them. With a build
 * the minimum output moves to a row of its own: in mine.m it would bind q − unitT·bm, not q. Each unit built costs
 * unitT·capexCnyPerTYr a year (CAPEX, §5); in a pathway bm is the units in service in the year (§11).
 */
public final class MineBounds implements ConstraintFamily {
  @Override
  public String name() {
    return "mine_capacity";
  }

  @Override
  public String title() {
    return "Mine bounds";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.MINE, ModelNames.RowKind.MINE_MIN);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of one more tonne of mine capacity (CNY/t): negative when the capacity binds, positive "
        + "when the minimum output does";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Mine> mines = ctx.instance().mines();
    for (int m = 0; m < mines.size(); m++) {
      Mine mine = mines.get(m);
      int bm = ctx.vars().bm[m];
      int r = lp.addRow(ModelNames.mine(mine.id()), bm >= 0 ? -LinearProgram.INF : mine.minOutputT() / Units.T_PER_UNIT,
          mine.capacityT() / Units.T_PER_UNIT, ModelContext.perTonne(name(), mine.id()));
      lp.add(r, ctx.vars().q[m], 1.0);
      if (bm >= 0) {
        lp.add(r, bm, -mine.build().unitT() / Units.T_PER_UNIT);
        if (mine.minOutputT() > 0) {
          int rm = lp.addRow(ModelNames.mineMin(mine.id()), mine.minOutputT() / Units.T_PER_UNIT, LinearProgram.INF,
              ModelContext.perTonne(name(), mine.id()));
          lp.add(rm, ctx.vars().q[m], 1.0);
        }
      }
    }
  }
}
