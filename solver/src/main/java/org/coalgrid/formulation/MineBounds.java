package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Mine;
import org.coalgrid.lp.LinearProgram;

/**
 * For every mine m, in t/yr (kt in the model):
 * <pre>
 * minOutput[m] ≤ q[m] ≤ capacity[m]                                                        (mine.m)
 * </pre>
 * The bounds are a row rather than column bounds, so they have a dual and the repair can relax them.
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
    return List.of(ModelNames.RowKind.MINE);
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
      int r = lp.addRow(ModelNames.mine(mine.id()), mine.minOutputT() / Units.T_PER_UNIT,
          mine.capacityT() / Units.T_PER_UNIT,
          ModelContext.info(name(), mine.id(), null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/t",
              Units.T_PER_UNIT, "t/yr"));
      lp.add(r, ctx.vars().q[m], 1.0);
    }
  }
}
