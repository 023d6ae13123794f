package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Line;
import org.coalgrid.lp.LinearProgram;

/**
 * Line capacity, for every line l and period t (MW): {@code f[l,t] (+ fr[l,t] if bidirectional) <=
 * capacity[l,t] + unitMw[l] bl[l]}. A bidirectional line shares its capacity between directions. Row
 * {@code line.<l>.<t>}; minus its dual is the congestion rent (CNY/MWh) — the value of one more MW there.
 */
public final class LineCapacity implements ConstraintFamily {
  @Override
  public String name() {
    return "line_capacity";
  }

  @Override
  public String title() {
    return "Line capacity";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.LINE);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "minus the dual is the **congestion rent** (CNY/MWh): the value of one more MW on the corridor in that period";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Line> lines = ctx.instance().lines();
    Variables v = ctx.vars();
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        String pid = ctx.periodId(t);
        int r = lp.addRow(ModelNames.line(line.id(), pid), Double.NEGATIVE_INFINITY, line.capacityIn(pid),
            ModelContext.info(name(), line.id(), pid, Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0, "MW"));
        lp.add(r, v.f[l][t], 1.0);
        if (v.fr[l] != null) {
          lp.add(r, v.fr[l][t], 1.0);
        }
        if (v.bl[l] >= 0) {
          lp.add(r, v.bl[l], -line.build().unitMw());
        }
      }
    }
  }
}
