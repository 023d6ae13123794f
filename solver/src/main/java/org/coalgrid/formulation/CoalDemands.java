package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalDemand;

/**
 * For every coal demand k with firmT &gt; 0, or every coal demand when 大煤保大电 splits coal by origin
 * (t/yr; kt in the model):
 * <pre>
 * firm[k] ≤ Σ_c cd[k,c]                      (≤ max[k] too when coal is split)          (coal_demand.k)
 * </pre>
 * Each column cd[k,c] is bounded by max[k] ({@code maxT}, else {@code firmT}); with two origin classes the
 * row also caps their sum, or the two could sell 2·max. Sales above the firm amount, up to max, are optional
 * and earn {@code priceCnyPerT} (§5): that is how outside coal buyers are modelled.
 */
public final class CoalDemands implements ConstraintFamily {
  @Override
  public String name() {
    return "coal_demand";
  }

  @Override
  public String title() {
    return "Firm coal demand";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.COAL_DEMAND);
  }

  @Override
  public Role role() {
    return Role.OBLIGATION;
  }

  @Override
  public String dualMeaning() {
    return "the marginal cost of a firm tonne delivered (CNY/t)";
  }

  @Override
  public void apply(ModelContext ctx) {
    List<CoalDemand> cds = ctx.instance().coalDemands();
    boolean split = ctx.classes().size() > 1;
    for (int k = 0; k < cds.size(); k++) {
      CoalDemand d = cds.get(k);
      if (d.firmT() <= 0 && !split) {
        continue;
      }
      LinearExpr e = new LinearExpr();
      for (int col : ctx.vars().cd[k]) {
        e.add(col, 1.0);
      }
      Rows.add(ctx.lp(), ModelNames.coalDemand(d.id()), e, d.firmT() / Units.T_PER_UNIT,
          split ? d.maxOrFirm() / Units.T_PER_UNIT : Double.POSITIVE_INFINITY,
          ModelContext.perTonne(name(), d.id()));
    }
  }
}
