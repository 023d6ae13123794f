package org.coalgrid.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.solve.BasisStatus;

/**
 * Classic LP sensitivity ranging from an optimal basis, computed here because OR-Tools 9.15 exposes no ranging
 * (docs/whatif.md). The LP is min c'x s.t. lb &lt;= Ax &lt;= ub, l &lt;= x &lt;= u; each row i has an activity r_i = a_i'x
 * with reduced cost y_i. With S the basic columns and N the rows whose activity is nonbasic (binding rows),
 * |S| = |N| and the basis reduces to the square matrix M = A[N, S]:
 * <ul>
 *   <li><b>cost of a basic column</b> j (position p in S): u = M^-T e_p; for each nonbasic q, alpha_q = u'a_q[N]
 *       (column q) or -u_i (activity of binding row i). c_j + delta stays optimal while every reduced cost
 *       d_q - delta alpha_q keeps its sign (&gt;= 0 at a lower bound, &lt;= 0 at an upper bound, = 0 if free);</li>
 *   <li><b>cost of a nonbasic column</b>: from its reduced cost d_j alone: [c_j - d_j, inf) at a lower bound,
 *       (-inf, c_j - d_j] at an upper bound;</li>
 *   <li><b>bound of a binding row</b> i: w = M^-1 e_i moves the basic columns, A[B, S] w the basic row
 *       activities; the bound may move while all stay within their bounds (the ratio test), and the row's dual
 *       is constant over that range;</li>
 *   <li><b>bound of a nonbasic column</b> q at a finite bound: the same with w = -M^-1 a_q[N];</li>
 *   <li><b>bound of a non-binding row</b>: down (or up) to its activity, with dual 0.</li>
 * </ul>
 * Dense LU of M (Apache Commons Math), so M is limited to {@link #MAX_BASIS} rows. With a degenerate basis (a
 * basic variable at a bound) the ranges are those of this basis; another optimal basis can give others.
 */
public final class Ranging {
  /** Largest M (binding rows = basic columns) handled: dense LU needs 8 M^2 bytes and M^3 / 3 flops per ranging. */
  public static final int MAX_BASIS = 1500;
  private static final double TOL = 1e-9;

  /** An interval in model units; infinite ends are +-Infinity. */
  public record Range(double lower, double upper) {}

  /** What ranging found: cost ranges per column, bound ranges per row and column (null where not ranged). */
  public record Result(Range[] cost, Range[] rowBound, Range[] columnBound, int degenerate) {}

  private final LinearProgram lp;
  private final double[] x;
  private final double[] y;
  private final BasisStatus[] cs;
  private final BasisStatus[] rs;
  private final double[] d;
  private final double[] act;
  private final int[] basicCols;
  private final int[] bindingRows;
  private final int[] posOfRow;
  private final Array2DRowRealMatrix basis;
  private final DecompositionSolver m;
  private DecompositionSolver mt;

  private Ranging(LinearProgram lp, double[] x, double[] y, BasisStatus[] cs, BasisStatus[] rs) {
    this.lp = lp.freeze();
    this.x = x;
    this.y = y;
    this.cs = cs;
    this.rs = rs;
    this.d = ParameterGradient.reducedCosts(lp, y);
    this.act = new double[lp.numRows()];
    for (int i = 0; i < act.length; i++) {
      act[i] = lp.rowActivity(i, x);
    }
    List<Integer> s = new ArrayList<>();
    for (int j = 0; j < cs.length; j++) {
      if (cs[j] == BasisStatus.BASIC) {
        s.add(j);
      }
    }
    List<Integer> n = new ArrayList<>();
    posOfRow = new int[lp.numRows()];
    for (int i = 0; i < rs.length; i++) {
      posOfRow[i] = -1;
      if (rs[i] != BasisStatus.BASIC) {
        posOfRow[i] = n.size();
        n.add(i);
      }
    }
    basicCols = s.stream().mapToInt(Integer::intValue).toArray();
    bindingRows = n.stream().mapToInt(Integer::intValue).toArray();
    if (basicCols.length != bindingRows.length) {
      throw new IllegalArgumentException("not a basis: " + basicCols.length + " basic columns but "
          + bindingRows.length + " nonbasic rows");
    }
    if (basicCols.length > MAX_BASIS) {
      throw new IllegalArgumentException("the basis has " + basicCols.length + " binding rows; ranging here is "
          + "limited to " + MAX_BASIS + " (dense LU)");
    }
    int k = basicCols.length;
    int[] posOfCol = new int[lp.numColumns()];
    Arrays.fill(posOfCol, -1);
    for (int p = 0; p < k; p++) {
      posOfCol[basicCols[p]] = p;
    }
    double[][] a = new double[k][k];
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int r = 0; r < k; r++) {
      int i = bindingRows[r];
      for (int t = lp.rowStart(i); t < lp.rowStart(i + 1); t++) {
        if (posOfCol[cols[t]] >= 0) {
          a[r][posOfCol[cols[t]]] = vals[t];
        }
      }
    }
    this.basis = new Array2DRowRealMatrix(a, false);
    this.m = k == 0 ? null : new LUDecomposition(basis, 1e-12).getSolver();
    if (m != null && !m.isNonSingular()) {
      throw new IllegalArgumentException("the basis matrix is singular");
    }
  }

  /**
   * Ranges at an optimal basic solution {@code x} with duals {@code y} and basis statuses. Throws
   * IllegalArgumentException when the statuses do not form a basis or it is too large.
   */
  public static Result of(LinearProgram lp, double[] x, double[] y, BasisStatus[] columns, BasisStatus[] rows) {
    return new Ranging(lp, x, y, columns, rows).compute();
  }

  private Result compute() {
    int n = lp.numColumns();
    Range[] cost = new Range[n];
    Range[] colBound = new Range[n];
    for (int j = 0; j < n; j++) {
      cost[j] = cs[j] == BasisStatus.BASIC ? basicCost(j) : nonbasicCost(j);
      if (cs[j] != BasisStatus.BASIC && cs[j] != BasisStatus.FREE) {
        colBound[j] = columnBound(j);
      }
    }
    Range[] rowBound = new Range[lp.numRows()];
    for (int i = 0; i < rowBound.length; i++) {
      rowBound[i] = rs[i] == BasisStatus.BASIC ? slackRow(i) : bindingRow(i);
    }
    int degenerate = 0;
    for (int j : basicCols) {
      if (near(x[j], lp.columnLower(j)) || near(x[j], lp.columnUpper(j))) {
        degenerate++;
      }
    }
    for (int i = 0; i < rs.length; i++) {
      if (rs[i] == BasisStatus.BASIC && (near(act[i], lp.rowLower(i)) || near(act[i], lp.rowUpper(i)))) {
        degenerate++;
      }
    }
    return new Result(cost, rowBound, colBound, degenerate);
  }

  private static boolean near(double v, double bound) {
    return Double.isFinite(bound) && Math.abs(v - bound) <= 1e-9 * Math.max(1, Math.abs(bound));
  }

  private Range nonbasicCost(int j) {
    double c = lp.cost(j);
    return switch (cs[j]) {
      case AT_LOWER -> new Range(c - d[j], Double.POSITIVE_INFINITY);
      case AT_UPPER -> new Range(Double.NEGATIVE_INFINITY, c - d[j]);
      case FIXED -> new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      default -> new Range(c, c);
    };
  }

  private Range basicCost(int j) {
    int p = indexOf(basicCols, j);
    double[] e = new double[basicCols.length];
    e[p] = 1;
    double[] u = solveTransposed(e);
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    // alpha_q for nonbasic columns: u' a_q[N], accumulated row by row over the binding rows
    double[] alpha = new double[lp.numColumns()];
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int r = 0; r < bindingRows.length; r++) {
      if (u[r] == 0) {
        continue;
      }
      int i = bindingRows[r];
      for (int t = lp.rowStart(i); t < lp.rowStart(i + 1); t++) {
        alpha[cols[t]] += u[r] * vals[t];
      }
    }
    for (int q = 0; q < alpha.length; q++) {
      if (cs[q] != BasisStatus.BASIC) {
        double[] lh = limit(cs[q], d[q], alpha[q]);
        lo = Math.max(lo, lh[0]);
        hi = Math.min(hi, lh[1]);
      }
    }
    for (int r = 0; r < bindingRows.length; r++) {
      int i = bindingRows[r];
      double[] lh = limit(rs[i], y[i], -u[r]);
      lo = Math.max(lo, lh[0]);
      hi = Math.min(hi, lh[1]);
    }
    double c = lp.cost(j);
    return new Range(c + lo, c + hi);
  }

  /** The delta interval over which reduced cost dq - delta alpha keeps the sign its status needs. */
  private static double[] limit(BasisStatus st, double dq, double alpha) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    if (Math.abs(alpha) <= TOL || st == BasisStatus.FIXED) {
      return new double[] {lo, hi};
    }
    double ratio = dq / alpha;
    boolean needNonNegative = st == BasisStatus.AT_LOWER;
    if (st == BasisStatus.FREE) {
      return new double[] {0, 0};
    }
    // needNonNegative: dq - delta alpha >= 0; else dq - delta alpha <= 0
    if (needNonNegative == (alpha > 0)) {
      hi = ratio;
    } else {
      lo = ratio;
    }
    return new double[] {lo, hi};
  }

  private Range bindingRow(int i) {
    double[] rhs = new double[bindingRows.length];
    rhs[posOfRow[i]] = 1;
    double[] w = solve(rhs);
    double[] lh = ratioTest(w, null);
    double b = rs[i] == BasisStatus.AT_UPPER ? lp.rowUpper(i) : lp.rowLower(i);
    double lo = lh[0];
    double hi = lh[1];
    if (rs[i] == BasisStatus.AT_LOWER && Double.isFinite(lp.rowUpper(i))) {
      hi = Math.min(hi, lp.rowUpper(i) - b);
    } else if (rs[i] == BasisStatus.AT_UPPER && Double.isFinite(lp.rowLower(i))) {
      lo = Math.max(lo, lp.rowLower(i) - b);
    }
    return new Range(b + lo, b + hi);
  }

  private Range columnBound(int q) {
    double b = cs[q] == BasisStatus.AT_UPPER ? lp.columnUpper(q) : lp.columnLower(q);
    if (!Double.isFinite(b)) {
      return null;
    }
    double[] rhs = new double[bindingRows.length];
    double[] aq = new double[lp.numRows()];
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int i = 0; i < lp.numRows(); i++) {
      for (int t = lp.rowStart(i); t < lp.rowStart(i + 1); t++) {
        if (cols[t] == q) {
          aq[i] = vals[t];
        }
      }
    }
    for (int r = 0; r < bindingRows.length; r++) {
      rhs[r] = -aq[bindingRows[r]];
    }
    double[] lh = ratioTest(solve(rhs), aq);
    double lo = lh[0];
    double hi = lh[1];
    if (cs[q] == BasisStatus.AT_LOWER) {
      hi = Math.min(hi, lp.columnUpper(q) - b);
    } else if (cs[q] == BasisStatus.AT_UPPER) {
      lo = Math.max(lo, lp.columnLower(q) - b);
    }
    return new Range(b + lo, b + hi);
  }

  /**
   * The step interval over which basic columns x_S + delta w and basic row activities
   * r_B + delta (A[B, S] w + extra[B]) stay within their bounds.
   */
  private double[] ratioTest(double[] w, double[] extra) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (int p = 0; p < basicCols.length; p++) {
      int j = basicCols[p];
      double[] lh = step(x[j], w[p], lp.columnLower(j), lp.columnUpper(j));
      lo = Math.max(lo, lh[0]);
      hi = Math.min(hi, lh[1]);
    }
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    double[] wFull = new double[lp.numColumns()];
    for (int p = 0; p < basicCols.length; p++) {
      wFull[basicCols[p]] = w[p];
    }
    for (int i = 0; i < lp.numRows(); i++) {
      if (rs[i] != BasisStatus.BASIC) {
        continue;
      }
      double dr = extra == null ? 0 : extra[i];
      for (int t = lp.rowStart(i); t < lp.rowStart(i + 1); t++) {
        dr += vals[t] * wFull[cols[t]];
      }
      double[] lh = step(act[i], dr, lp.rowLower(i), lp.rowUpper(i));
      lo = Math.max(lo, lh[0]);
      hi = Math.min(hi, lh[1]);
    }
    return new double[] {Math.min(lo, 0), Math.max(hi, 0)};
  }

  /** The delta interval keeping v + delta dv within [l, u]. */
  private static double[] step(double v, double dv, double l, double u) {
    if (Math.abs(dv) <= TOL) {
      return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }
    double toUpper = (u - v) / dv;
    double toLower = (l - v) / dv;
    return dv > 0 ? new double[] {toLower, toUpper} : new double[] {toUpper, toLower};
  }

  private Range slackRow(int i) {
    // a row with slack: its upper bound may fall to the activity, its lower bound rise to it (dual stays 0)
    if (Double.isFinite(lp.rowUpper(i)) && !Double.isFinite(lp.rowLower(i))) {
      return new Range(act[i], Double.POSITIVE_INFINITY);
    }
    if (Double.isFinite(lp.rowLower(i)) && !Double.isFinite(lp.rowUpper(i))) {
      return new Range(Double.NEGATIVE_INFINITY, act[i]);
    }
    return null; // ranged or free row: two bounds, reported as none
  }

  private double[] solve(double[] rhs) {
    return m.solve(new ArrayRealVector(rhs, false)).toArray();
  }

  /** Solves M'u = rhs (the transpose is factorised once, on first use). */
  private double[] solveTransposed(double[] rhs) {
    if (mt == null) {
      mt = new LUDecomposition(basis.transpose(), 1e-12).getSolver();
    }
    RealVector u = mt.solve(new ArrayRealVector(rhs, false));
    return u.toArray();
  }

  private static int indexOf(int[] a, int v) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] == v) {
        return k;
      }
    }
    return -1;
  }
}
