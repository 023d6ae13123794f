package org.coalgrid.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimisation LP/MILP: min c'x + offset s.t. rowLb &lt;= Ax &lt;= rowUb, colLb &lt;= x &lt;= colUb.
 *
 * <p>Nonzeros may be added to any row in any order ({@link #add(int, int, double)}); {@link #freeze()} sorts
 * them row-major, sums duplicates and drops zeros, deterministically. Costs carry their {@link CostTerm} so
 * the objective can be reported term by term. Names are unique; families build them from domain ids.
 * The name-to-index maps are built on the first lookup by name (one pre-sized pass, which also checks that
 * names are unique), not while adding: building a model then costs no hashing. Not thread-safe.
 */
public final class LinearProgram {
  public static final double INF = Double.POSITIVE_INFINITY;

  // columns
  private final List<String> colNames = new ArrayList<>();
  private double[] colLb = new double[64];
  private double[] colUb = new double[64];
  private double[] cost = new double[64];
  private boolean[] integer = new boolean[64];
  private final Map<CostTerm, TermCosts> termCosts = new EnumMap<>(CostTerm.class);
  // rows
  private final List<String> rowNames = new ArrayList<>();
  private final List<RowInfo> rowInfos = new ArrayList<>();
  private double[] rowLb = new double[64];
  private double[] rowUb = new double[64];
  // nonzeros (coordinate form until frozen)
  private int[] nzRow = new int[256];
  private int[] nzCol = new int[256];
  private double[] nzVal = new double[256];
  private int nnz;
  private double offset;
  private final Map<Integer, Double> rowConstants = new HashMap<>();
  /** Built on the first {@link #column(String)}; null until then and after any column is added. */
  private Map<String, Integer> colIndex;
  /** Built on the first {@link #row(String)}; null until then and after any row is added. */
  private Map<String, Integer> rowIndex;
  // frozen CSR
  private int[] rowStart;
  private boolean frozen;

  /** Adds a column and returns its index. */
  public int addColumn(String name, double lb, double ub, VarKind kind) {
    checkOpen();
    int j = colNames.size();
    colIndex = null;
    colNames.add(name);
    if (j == colLb.length) {
      int n = j * 2;
      colLb = Arrays.copyOf(colLb, n);
      colUb = Arrays.copyOf(colUb, n);
      cost = Arrays.copyOf(cost, n);
      integer = Arrays.copyOf(integer, n);
    }
    colLb[j] = lb;
    colUb[j] = ub;
    integer[j] = kind == VarKind.INTEGER;
    return j;
  }

  /** Adds {@code coef} (million CNY per model unit) to the cost of column j under term {@code term}. */
  public void addCost(int j, CostTerm term, double coef) {
    if (coef == 0.0) {
      return;
    }
    cost[j] += coef;
    termCosts.computeIfAbsent(term, t -> new TermCosts()).add(j, coef);
  }

  /** Adds a constant to the objective (million CNY). */
  public void addOffset(double value) {
    offset += value;
  }

  /** Adds a row lb &lt;= a'x &lt;= ub and returns its index. */
  public int addRow(String name, double lb, double ub, RowInfo info) {
    checkOpen();
    int i = rowNames.size();
    rowIndex = null;
    rowNames.add(name);
    rowInfos.add(info);
    if (i == rowLb.length) {
      rowLb = Arrays.copyOf(rowLb, i * 2);
      rowUb = Arrays.copyOf(rowUb, i * 2);
    }
    rowLb[i] = lb;
    rowUb[i] = ub;
    return i;
  }

  /** Adds coefficient {@code value} of column j in row i (summed with any earlier entry for (i, j)). */
  public void add(int i, int j, double value) {
    checkOpen();
    if (value == 0.0) {
      return;
    }
    if (nnz == nzRow.length) {
      int n = nnz * 2;
      nzRow = Arrays.copyOf(nzRow, n);
      nzCol = Arrays.copyOf(nzCol, n);
      nzVal = Arrays.copyOf(nzVal, n);
    }
    nzRow[nnz] = i;
    nzCol[nnz] = j;
    nzVal[nnz] = value;
    nnz++;
  }

  /**
   * Records that row i stands for {@code expr + constant} with the constant moved into its bounds, so reports
   * can show the activity and bounds of the original expression.
   */
  public void setRowConstant(int i, double constant) {
    if (constant != 0.0) {
      rowConstants.put(i, constant);
    }
  }

  /** The constant moved from row i's expression into its bounds (0 for most rows). */
  public double rowConstant(int i) {
    return rowConstants.getOrDefault(i, 0.0);
  }

  /** Changes the bounds of row i (before or after freezing; used for scenario edits and relaxation). */
  public void setRowBounds(int i, double lb, double ub) {
    rowLb[i] = lb;
    rowUb[i] = ub;
  }

  /** Changes the bounds of column j. */
  public void setColumnBounds(int j, double lb, double ub) {
    colLb[j] = lb;
    colUb[j] = ub;
  }

  /** Sorts nonzeros row-major (then by column), sums duplicates, drops zeros. Idempotent. */
  public LinearProgram freeze() {
    if (frozen) {
      return this;
    }
    int m = rowNames.size();
    int[] count = new int[m + 1];
    for (int k = 0; k < nnz; k++) {
      count[nzRow[k] + 1]++;
    }
    for (int i = 0; i < m; i++) {
      count[i + 1] += count[i];
    }
    int[] pos = Arrays.copyOf(count, m);
    int[] cols = new int[nnz];
    double[] vals = new double[nnz];
    for (int k = 0; k < nnz; k++) {
      int p = pos[nzRow[k]]++;
      cols[p] = nzCol[k];
      vals[p] = nzVal[k];
    }
    // sort each row by column and merge duplicates
    int[] outStart = new int[m + 1];
    int out = 0;
    for (int i = 0; i < m; i++) {
      int from = count[i];
      int to = count[i + 1];
      sortByColumn(cols, vals, from, to);
      outStart[i] = out;
      int k = from;
      while (k < to) {
        int c = cols[k];
        double v = 0;
        while (k < to && cols[k] == c) {
          v += vals[k++];
        }
        if (v != 0.0) {
          cols[out] = c;
          vals[out] = v;
          out++;
        }
      }
    }
    outStart[m] = out;
    nzCol = Arrays.copyOf(cols, out);
    nzVal = Arrays.copyOf(vals, out);
    nzRow = null;
    nnz = out;
    rowStart = outStart;
    frozen = true;
    return this;
  }

  private static void sortByColumn(int[] cols, double[] vals, int from, int to) {
    // insertion sort: rows are short and nearly sorted; fall back to index sort for long rows
    if (to - from > 32) {
      Integer[] idx = new Integer[to - from];
      for (int k = 0; k < idx.length; k++) {
        idx[k] = k;
      }
      int[] c0 = Arrays.copyOfRange(cols, from, to);
      double[] v0 = Arrays.copyOfRange(vals, from, to);
      Arrays.sort(idx, (a, b) -> Integer.compare(c0[a], c0[b]));
      for (int k = 0; k < idx.length; k++) {
        cols[from + k] = c0[idx[k]];
        vals[from + k] = v0[idx[k]];
      }
      return;
    }
    for (int a = from + 1; a < to; a++) {
      int c = cols[a];
      double v = vals[a];
      int b = a - 1;
      while (b >= from && cols[b] > c) {
        cols[b + 1] = cols[b];
        vals[b + 1] = vals[b];
        b--;
      }
      cols[b + 1] = c;
      vals[b + 1] = v;
    }
  }

  private void checkOpen() {
    if (frozen) {
      throw new IllegalStateException("the linear program is frozen");
    }
  }

  private void checkFrozen() {
    if (!frozen) {
      throw new IllegalStateException("freeze() the linear program first");
    }
  }

  public int numColumns() {
    return colNames.size();
  }

  public int numRows() {
    return rowNames.size();
  }

  /** Number of nonzeros (after freezing: after merging duplicates). */
  public int numNonzeros() {
    return nnz;
  }

  public int numIntegers() {
    int n = 0;
    for (int j = 0; j < numColumns(); j++) {
      if (integer[j]) {
        n++;
      }
    }
    return n;
  }

  public boolean isMip() {
    return numIntegers() > 0;
  }

  public String columnName(int j) {
    return colNames.get(j);
  }

  public String rowName(int i) {
    return rowNames.get(i);
  }

  public RowInfo rowInfo(int i) {
    return rowInfos.get(i);
  }

  /** Index of the named column, or -1. Throws IllegalStateException if two columns share a name. */
  public int column(String name) {
    if (colIndex == null) {
      colIndex = index(colNames, "column");
    }
    return colIndex.getOrDefault(name, -1);
  }

  /** Index of the named row, or -1. Throws IllegalStateException if two rows share a name. */
  public int row(String name) {
    if (rowIndex == null) {
      rowIndex = index(rowNames, "row");
    }
    return rowIndex.getOrDefault(name, -1);
  }

  private static Map<String, Integer> index(List<String> names, String what) {
    Map<String, Integer> m = new HashMap<>(names.size() * 4 / 3 + 16);
    for (int k = 0; k < names.size(); k++) {
      if (m.putIfAbsent(names.get(k), k) != null) {
        throw new IllegalStateException("duplicate " + what + " name " + names.get(k));
      }
    }
    return m;
  }

  public double columnLower(int j) {
    return colLb[j];
  }

  public double columnUpper(int j) {
    return colUb[j];
  }

  public double cost(int j) {
    return cost[j];
  }

  public boolean isInteger(int j) {
    return integer[j];
  }

  public double rowLower(int i) {
    return rowLb[i];
  }

  public double rowUpper(int i) {
    return rowUb[i];
  }

  public double offset() {
    return offset;
  }

  /** Start of row i's nonzeros in {@link #nonzeroColumns()} (CSR); row i ends at rowStart(i + 1). */
  public int rowStart(int i) {
    checkFrozen();
    return rowStart[i];
  }

  /** Column indices of the nonzeros, row-major (CSR). Do not modify. */
  public int[] nonzeroColumns() {
    checkFrozen();
    return nzCol;
  }

  /** Values of the nonzeros, row-major (CSR). Do not modify. */
  public double[] nonzeroValues() {
    checkFrozen();
    return nzVal;
  }

  /** Activity a_i'x of row i. */
  public double rowActivity(int i, double[] x) {
    checkFrozen();
    double s = 0;
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      s += nzVal[k] * x[nzCol[k]];
    }
    return s;
  }

  /** Objective c'x + offset. */
  public double objective(double[] x) {
    double s = offset;
    for (int j = 0; j < numColumns(); j++) {
      s += cost[j] * x[j];
    }
    return s;
  }

  /** Value of each objective term at x (million CNY), in term order; terms with no cost are absent. */
  public Map<CostTerm, Double> termValues(double[] x) {
    Map<CostTerm, Double> out = new EnumMap<>(CostTerm.class);
    termCosts.forEach((t, tc) -> out.put(t, tc.value(x)));
    return out;
  }

  /** Receives the objective coefficients of a model term by term ({@link #forEachCost}). */
  @FunctionalInterface
  public interface CostVisitor {
    void cost(CostTerm term, int column, double coef);
  }

  /**
   * Every cost coefficient added with {@link #addCost}, term by term in term order, each in the order it was added
   * (a column may appear more than once in a term): what a model built of other models needs to re-weight them.
   */
  public void forEachCost(CostVisitor visitor) {
    termCosts.forEach((t, tc) -> {
      for (int k = 0; k < tc.n; k++) {
        visitor.cost(t, tc.cols[k], tc.coefs[k]);
      }
    });
  }

  /** A copy with independent bounds and costs (structure shared after freezing is copied too). */
  public LinearProgram copy() {
    checkFrozen();
    LinearProgram c = new LinearProgram();
    c.colNames.addAll(colNames);
    c.colLb = colLb.clone();
    c.colUb = colUb.clone();
    c.cost = cost.clone();
    c.integer = integer.clone();
    termCosts.forEach((t, tc) -> c.termCosts.put(t, tc.copy()));
    c.rowNames.addAll(rowNames);
    c.rowInfos.addAll(rowInfos);
    c.rowLb = rowLb.clone();
    c.rowUb = rowUb.clone();
    c.nzCol = nzCol;
    c.nzVal = nzVal;
    c.nnz = nnz;
    c.offset = offset;
    c.rowConstants.putAll(rowConstants);
    c.colIndex = colIndex;
    c.rowIndex = rowIndex;
    c.rowStart = rowStart;
    c.frozen = true;
    return c;
  }

  /**
   * An open (not frozen) copy with the same columns, rows, nonzeros and offset, to which columns and rows can
   * be added (used by the elastic repair). Costs and their terms are copied when {@code withCosts}, else all
   * costs are zero.
   */
  public LinearProgram openCopy(boolean withCosts) {
    checkFrozen();
    LinearProgram c = new LinearProgram();
    for (int j = 0; j < numColumns(); j++) {
      c.addColumn(colNames.get(j), colLb[j], colUb[j], integer[j] ? VarKind.INTEGER : VarKind.CONTINUOUS);
    }
    if (withCosts) {
      termCosts.forEach((t, tc) -> {
        for (int k = 0; k < tc.n; k++) {
          c.addCost(tc.cols[k], t, tc.coefs[k]);
        }
      });
      c.offset = offset;
    }
    for (int i = 0; i < numRows(); i++) {
      c.addRow(rowNames.get(i), rowLb[i], rowUb[i], rowInfos.get(i));
      c.setRowConstant(i, rowConstant(i));
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        c.add(i, nzCol[k], nzVal[k]);
      }
    }
    return c;
  }

  /** Makes column j integer (a column shared by models that disagree on its kind takes the stricter). */
  public void makeInteger(int j) {
    checkOpen();
    integer[j] = true;
  }

  /** Makes integer column j continuous (used to fix integers and re-solve for prices). */
  public void relaxIntegrality(int j) {
    integer[j] = false;
  }

  /** Costs of one term: parallel lists of column and coefficient. */
  private static final class TermCosts {
    private int[] cols = new int[16];
    private double[] coefs = new double[16];
    private int n;

    void add(int j, double c) {
      if (n == cols.length) {
        cols = Arrays.copyOf(cols, n * 2);
        coefs = Arrays.copyOf(coefs, n * 2);
      }
      cols[n] = j;
      coefs[n] = c;
      n++;
    }

    double value(double[] x) {
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += coefs[k] * x[cols[k]];
      }
      return s;
    }

    TermCosts copy() {
      TermCosts t = new TermCosts();
      t.cols = cols.clone();
      t.coefs = coefs.clone();
      t.n = n;
      return t;
    }
  }
}
