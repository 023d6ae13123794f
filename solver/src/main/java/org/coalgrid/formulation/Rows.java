package org.coalgrid.formulation;

import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;

/** Adds a row from a {@link LinearExpr}, moving its constant to the bounds: lb &lt;= expr &lt;= ub. */
public final class Rows {
  private Rows() {}

  public static int add(LinearProgram lp, String name, LinearExpr expr, double lb, double ub, RowInfo info) {
    int r = lp.addRow(name, lb - expr.constant(), ub - expr.constant(), info);
    lp.setRowConstant(r, expr.constant());
    for (int k = 0; k < expr.size(); k++) {
      lp.add(r, expr.col(k), expr.coef(k));
    }
    return r;
  }
}
