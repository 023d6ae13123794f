package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.MineBuild;
import org.coalgrid.lp.LinearProgram;

/**
 * For every mine m whose washing has a washery 洗煤厂 capacity washCap[m] ({@code washing.capacityT}, t/yr of raw
 * coal; 0 when only a build is given) or a candidate washery build (up to maxW[m] units of unitW[m] t/yr,
 * {@code washing.build.maxUnits} and {@code washing.build.unitT}: the washery's build, not the mine's of §4.1), the
 * raw tonnes washed ww[m] (kt/yr, §4.2) are a decision:
 * <pre>
 * ww[m] − ws[m]·q[m] ≤ 0                                                                 (wash_share.m)
 * ww[m] − unitW[m]·bw[m] ≤ washCap[m]                                                      (wash_cap.m)
 * ww[m] ≥ 0,  bw[m] ∈ {0, 1, …, maxW[m]}                                   (bw only with a washery build)
 * </pre>
 * Both rows exist for every such mine (the validator requires ws &gt; 0 there); with a capacity and no build,
 * wash_cap is ww ≤ washCap, with no bw. washedShare ws is then the most of the raw output that can be washed (the
 * coal's washability, or a plan's 入选 limit), not a fixed share: nothing forces ww above 0, so the mine washes
 * only what pays (clean coal's value against washCost, the rock lost and capex). A plan's washing target
 * (入选比例) is imposed by a GENERIC policy ({@code coal.washed − r·coal.produced ≥ 0}) or compared after the
 * solve by a target on {@code coal.washedShare}; both count ww for these mines (ws·q for the others). A mine's minimum
 * output binds q only (§4.1); it does not make the mine wash. Each unit built costs unitW·capexW a year
 * ({@code washing.build.capexCnyPerTYr}, CNY per t/yr of raw coal washed, per year; CAPEX, §5); in a pathway bw is
 * the units in service in the year (§11). The dual of wash_cap.m is what one more t/yr of washery capacity is worth
 * (CNY/t, negative when it binds); that of wash_share.m what one more tonne of washable raw coal is worth.
 */
public final class WashingCapacity implements ConstraintFamily {
  @Override
  public String name() {
    return "washing_capacity";
  }

  @Override
  public String title() {
    return "Washery capacity 洗煤厂能力";
  }

  @Override
  public List<ModelNames.RowKind> rows() {
    return List.of(ModelNames.RowKind.WASH_SHARE, ModelNames.RowKind.WASH_CAPACITY);
  }

  @Override
  public Role role() {
    return Role.CAP;
  }

  @Override
  public String dualMeaning() {
    return "the value of one more tonne a year of washery capacity 洗煤厂能力 (wash_cap) or of washable raw coal "
        + "(wash_share), CNY/t: negative when the row binds";
  }

  @Override
  public void apply(ModelContext ctx) {
    LinearProgram lp = ctx.lp();
    Variables v = ctx.vars();
    List<Mine> mines = ctx.instance().mines();
    for (int m = 0; m < mines.size(); m++) {
      if (v.ww[m] < 0) {
        continue;
      }
      Mine mine = mines.get(m);
      org.coalgrid.domain.Washing wash = mine.washing();
      int rs = lp.addRow(WasheryNames.washShare(mine.id()), -LinearProgram.INF, 0,
          ModelContext.perTonne(name(), mine.id()));
      lp.add(rs, v.ww[m], 1.0);
      lp.add(rs, v.q[m], -wash.washedShare());
      int rc = lp.addRow(WasheryNames.washCapacity(mine.id()), -LinearProgram.INF,
          wash.capacityBeforeBuilds() / Units.T_PER_UNIT, ModelContext.perTonne(name(), mine.id()));
      lp.add(rc, v.ww[m], 1.0);
      if (v.bw[m] >= 0) {
        MineBuild b = wash.build();
        lp.add(rc, v.bw[m], -b.unitT() / Units.T_PER_UNIT);
      }
    }
  }
}
