package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.CoalDemand;

/**
 * Coal demand k served, over origin classes c: {@code firm[k] <= sum_c cd[k,c] <= max[k]} (t/yr; kt in the
 * model); sales above the firm part up to maxT are optional. Row {@code coal_demand.k} whenever firmT &gt; 0
 * or the coal is split into origin classes (each class column alone is bounded by max[k], so without the row
 * the classes together could sell more than max[k]).
 */
public final class CoalDemands implements ConstraintFamily {
  @Override
  public String name() {
    return "coal_demand";
  }

  @Override
  public void apply(ModelContext ctx) {
    List<CoalDemand> cds = ctx.instance().coalDemands();
    for (int k = 0; k < cds.size(); k++) {
      CoalDemand d = cds.get(k);
      boolean split = ctx.classes().size() > 1;
      if (d.firmT() <= 0 && !split) {
        continue;
      }
      LinearExpr e = new LinearExpr();
      for (int col : ctx.vars().cd[k]) {
        e.add(col, 1.0);
      }
      Rows.add(ctx.lp(), "coal_demand." + d.id(), e, d.firmT() / Units.T_PER_UNIT,
          split ? d.maxOrFirm() / Units.T_PER_UNIT : Double.POSITIVE_INFINITY,
          ModelContext.info(name(), d.id(), null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/t", Units.T_PER_UNIT,
              "t/yr"));
    }
  }
}
