package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalArc;

/**
 * For every coal arc a that has a {@code capacityT} (t/yr; kt in the model):
 * <pre>
 * Σ_{g,c} y[a,g,c] ≤ capacity[a]                                                            (arc.a)
 * </pre>
 * y is what is sent; the loss share is taken on arrival (§4.3). An arc without a capacity has no row.
 */
public final class ArcCapacity implements ConstraintFamily {
  @Override
  public String name() {
    return "arc_capacity";
  }

  @Override
  public String title() {
    return "Arc capacity";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.ARC);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of one more tonne of rail or road capacity (CNY/t)";
  }

  @Override
  public void apply(ModelContext ctx) {
    List<CoalArc> arcs = ctx.instance().coalArcs();
    Variables v = ctx.vars();
    for (int a = 0; a < arcs.size(); a++) {
      CoalArc arc = arcs.get(a);
      if (arc.capacityT() == null) {
        continue;
      }
      LinearExpr e = new LinearExpr();
      for (int[] byClass : v.y[a]) {
        for (int col : byClass) {
          e.add(col, 1.0);
        }
      }
      Rows.add(ctx.lp(), ModelNames.arc(arc.id()), e, Double.NEGATIVE_INFINITY, arc.capacityT() / Units.T_PER_UNIT,
          ModelContext.perTonne(name(), arc.id()));
    }
  }
}
