package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Mine;
import org.coalgrid.lp.LinearProgram;

/**
 * Washing (洗选). For a mine m washing share ws of its raw output q[m]:
 * {@code wc[m] = ws * cleanYield * q[m]} (clean coal of the clean grade) and
 * {@code wb[m] = ws * byproductYield * q[m]} (gangue / slurry of the byproduct grade), all kt/yr.
 * The unwashed part (1 - ws) q[m] stays raw coal of the mine's grade (see {@link CoalBalance}).
 */
public final class Washing implements ConstraintFamily {
  @Override
  public String name() {
    return "washing";
  }

  @Override
  public String title() {
    return "Washing 洗选";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.WASH_CLEAN, ModelNames.RowKind.WASH_BYPRODUCT);
  }

  @Override
  public Role role() {
    return Role.DEFINITION;
  }

  @Override
  public String dualMeaning() {
    return "the value of the washed output at the mine (CNY/t); not reported";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    Variables v = ctx.vars();
    List<Mine> mines = ctx.instance().mines();
    for (int m = 0; m < mines.size(); m++) {
      org.coalgrid.domain.Washing wash = mines.get(m).washing();
      String id = mines.get(m).id();
      if (v.wc[m] >= 0) {
        int r = lp.addRow(ModelNames.washClean(id), 0, 0, info(id));
        lp.add(r, v.wc[m], 1.0);
        lp.add(r, v.q[m], -wash.washedShare() * wash.cleanYield());
      }
      if (v.wb[m] >= 0) {
        int r = lp.addRow(ModelNames.washByproduct(id), 0, 0, info(id));
        lp.add(r, v.wb[m], 1.0);
        lp.add(r, v.q[m], -wash.washedShare() * wash.byproductYield());
      }
    }
  }

  private org.coalgrid.lp.RowInfo info(String id) {
    return ModelContext.info(name(), id, null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/t", Units.T_PER_UNIT,
        "t/yr");
  }
}
