package org.coalgrid.formulation;

import java.util.List;
import org.coalgrid.domain.Mine;
import org.coalgrid.lp.LinearProgram;

/**
 * For every mine m that washes a share ws[m] &gt; 0 of its raw output q[m] (kt/yr):
 * <pre>
 * wc[m] = ws[m]·cleanYield[m]·q[m]                                                    (wash_clean.m)
 * wb[m] = ws[m]·byproductYield[m]·q[m]                                            (wash_byproduct.m)
 * </pre>
 * wc is coal of the clean grade; wb (gangue, slurry) is coal of the byproduct grade and exists when the mine
 * gives a {@code byproductGrade} and {@code byproductYield} &gt; 0. The unwashed part (1 − ws)·q stays raw coal of
 * the mine's grade (§4.3). The rest of the washed coal, 1 − cleanYield − byproductYield, is rock and water.
 * Washing costs ws·washCost per raw tonne (§5). Washed output keeps the mine's origin: the clean coal and
 * byproduct of a {@code large} mine are LARGE coal for 大煤保大电 (§4.16).
 *
 * <p>A mine whose washing has a washery capacity or a washery build (§4.19) washes ww[m] raw tonnes, a decision
 * in [0, min(ws·q, the washery's capacity)], in place of the fixed ws·q:
 * <pre>
 * wc[m] = cleanYield[m]·ww[m]                                                          (wash_clean.m)
 * wb[m] = byproductYield[m]·ww[m]                                                  (wash_byproduct.m)
 * </pre>
 * its raw coal of the mine's grade is q − ww (§4.3) and washing costs washCost·ww (§5).
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
    return "the value of the washed output at the mine (CNY/t)";
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
        int r = lp.addRow(ModelNames.washClean(id), 0, 0, ModelContext.perTonne(name(), id));
        lp.add(r, v.wc[m], 1.0);
        washed(lp, r, v, m, wash, -wash.cleanYield());
      }
      if (v.wb[m] >= 0) {
        int r = lp.addRow(ModelNames.washByproduct(id), 0, 0, ModelContext.perTonne(name(), id));
        lp.add(r, v.wb[m], 1.0);
        washed(lp, r, v, m, wash, -wash.byproductYield());
      }
    }
  }

  /** Adds coef × the raw tonnes washed at mine m to row r: coef·ww, or coef·ws·q for a fixed share. */
  private static void washed(LinearProgram lp, int r, Variables v, int m, org.coalgrid.domain.Washing wash,
      double coef) {
    if (v.ww[m] >= 0) {
      lp.add(r, v.ww[m], coef);
    } else {
      lp.add(r, v.q[m], coef * wash.washedShare());
    }
  }

  /**
   * Adds coef × the raw tonnes washed at mine m to {@code e} (kt/yr): coef·ww[m] for a mine with a washery,
   * coef·ws·q[m] for a fixed share, nothing for a mine without washing.
   */
  static void addWashed(LinearExpr e, Variables v, Mine mine, int m, double coef) {
    if (v.ww[m] >= 0) {
      e.add(v.ww[m], coef);
    } else if (mine.washing() != null) {
      e.add(v.q[m], coef * mine.washing().washedShare());
    }
  }

  /**
   * Adds coef × the raw coal of the mine's own grade that leaves mine m unwashed to {@code e} (kt/yr): coef·(q − ww)
   * for a mine with a washery, coef·(1 − ws)·q otherwise.
   */
  static void addUnwashed(LinearExpr e, Variables v, Mine mine, int m, double coef) {
    if (v.ww[m] >= 0) {
      e.add(v.q[m], coef);
      e.add(v.ww[m], -coef);
    } else {
      e.add(v.q[m], coef * (1.0 - (mine.washing() != null ? mine.washing().washedShare() : 0)));
    }
  }
}
