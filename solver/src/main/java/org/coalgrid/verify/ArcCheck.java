package org.coalgrid.verify;

import org.coalgrid.domain.CoalArc;

/**
 * §4.4 Arc capacity (row {@code arc.a}): Σ_{g,c} y ≤ capacity (t/yr) for arcs with a capacity; flows are
 * non-negative and only of the grades the arc carries.
 */
final class ArcCheck implements FamilyCheck {
  @Override
  public String family() {
    return "arc_capacity";
  }

  @Override
  public void rows(Context c) {
    for (int a = 0; a < c.in.coalArcs().size(); a++) {
      CoalArc arc = c.in.coalArcs().get(a);
      if (arc.capacityT() == null) {
        continue;
      }
      int r = c.model.row(FamilyCheck.spec("arc." + arc.id(), "arc_capacity", arc.id(), null,
          Double.NEGATIVE_INFINITY, arc.capacityT(), "CNY/t", "t/yr", 1, Columns.KT));
      c.rows.arc[a] = r;
      for (int[] byClass : c.v.y[a]) {
        for (int col : byClass) {
          c.model.add(r, col, 1);
        }
      }
    }
  }

  @Override
  public void check(Context c) {
    for (int a = 0; a < c.in.coalArcs().size(); a++) {
      CoalArc arc = c.in.coalArcs().get(a);
      double total = 0;
      for (var e : c.s.arcFlows.get(a).entrySet()) {
        c.grade(e.getKey(), "coal arc " + arc.id());
        c.f.nonneg(new Findings.Ent(arc.id(), e.getKey()), "flow", e.getValue(), "t");
        if (!arc.carries(e.getKey())) {
          c.f.le("arc grades", new Findings.Ent(arc.id(), e.getKey()), "flow of a grade the arc does not carry", e.getValue(),
              "allowed", 0, "t", 0);
        }
        total += e.getValue();
      }
      if (arc.capacityT() != null) {
        c.f.le("arc capacity", arc.id(), "flow", total, "capacity", arc.capacityT(), "t", 0);
      }
    }
  }
}
