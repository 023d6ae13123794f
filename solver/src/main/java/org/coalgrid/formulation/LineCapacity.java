package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Line;
import org.coalgrid.lp.LinearProgram;

/**
 * For every line l and period t, in MW:
 * <pre>
 * f[l,t] + fr[l,t] ≤ capacity[l,t] + unitMw[l]·bl[l]                                        (line.l.t)
 * </pre>
 * capacity[l,t] is {@code capacityMwByPeriod} for t, else {@code capacityMw}. fr exists for bidirectional lines
 * only: the two directions share the capacity. Losses are taken on what arrives (§4.9).
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
    return "minus the dual is the **congestion rent** (CNY/MWh): the value of one more MW on the corridor in "
        + "that period";
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
