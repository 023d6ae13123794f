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
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    List<Line> lines = ctx.instance().lines();
    Variables v = ctx.vars();
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      for (int t = 0; t < ctx.numPeriods(); t++) {
        String pid = ctx.periodId(t);
        int r = lp.addRow("line." + line.id() + "." + pid, Double.NEGATIVE_INFINITY, line.capacityIn(pid),
            ModelContext.info(name(), line.id(), pid, Units.CNY_PER_UNIT / ctx.hours(t), "CNY/MWh", 1.0, "MW"));
        lp.add(r, v.flow[l][t], 1.0);
        if (v.flowReverse[l] != null) {
          lp.add(r, v.flowReverse[l][t], 1.0);
        }
        if (v.lineBuild[l] >= 0) {
          lp.add(r, v.lineBuild[l], -line.build().unitMw());
        }
      }
    }
  }
}
