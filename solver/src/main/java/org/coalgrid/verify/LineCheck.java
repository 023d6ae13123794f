package org.coalgrid.verify;

import org.coalgrid.domain.Line;

/**
 * §4.10 Line capacity (row {@code line.l.t}): f + fr ≤ capacity[l,t] + unitMw·bl (MW; kept in MWh so the dual
 * is in CNY/MWh; minus the dual is the congestion rent). A one-way line carries no reverse flow.
 */
final class LineCheck implements FamilyCheck {
  @Override
  public String family() {
    return "line_capacity";
  }

  @Override
  public void rows(Context c) {
    for (int l = 0; l < c.in.lines().size(); l++) {
      Line line = c.in.lines().get(l);
      for (int t = 0; t < c.nt; t++) {
        double h = c.h[t];
        int r = c.model.row(FamilyCheck.spec("line." + line.id() + "." + c.pid[t], "line_capacity", line.id(),
            c.pid[t], Double.NEGATIVE_INFINITY, line.capacityIn(c.pid[t]) * h, "CNY/MWh", "MW", h, h));
        c.rows.line[l][t] = r;
        c.model.add(r, c.v.flow[l][t], h);
        if (c.v.flowReverse[l] != null) {
          c.model.add(r, c.v.flowReverse[l][t], h);
        }
        if (line.build() != null) {
          c.model.add(r, c.v.lineBuild[l], -line.build().unitMw() * h);
        }
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int l = 0; l < c.in.lines().size(); l++) {
      Line line = c.in.lines().get(l);
      PlantCapacityCheck.builds(c, line.id(), line.build(), c.s.lineBuilt[l]);
      double extra = c.lineBuiltMw(l);
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(line.id(), c.pid[t]);
        double f = c.s.flow[l][t];
        double r = c.s.reverse[l][t];
        c.f.nonneg(ent, "flow", f, "MW");
        c.f.nonneg(ent, "reverse flow", r, "MW");
        if (!line.bidirectional()) {
          c.f.le("line capacity", ent, "reverse flow on a one-way line", r, "allowed", 0, "MW", 0);
        }
        c.f.le("line capacity", ent, "flow (both directions)", f + r, "capacity incl. built",
            line.capacityIn(c.pid[t]) + extra, "MW", 0);
      }
    }
  }
}
