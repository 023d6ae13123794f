package org.coalgrid.diagnostics;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for messages and documents: 8760 not 8760.0, 1.1 not 1.1000000000000001. */
public final class Num {

  private Num() {}

  public static String fmt(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-6) {
      return Double.toString(x);
    }
    return new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros().toPlainString();
  }
}
