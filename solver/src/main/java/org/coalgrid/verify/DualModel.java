package org.coalgrid.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LP of docs/formulation.md rebuilt by the verifier from the instance alone, in domain units: one column
 * per model variable (t, MW, MWh, units) with its cost in CNY per unit of the column, and one row per model
 * row, scaled so that its dual is in the unit the solution reports it in (CNY/t, CNY/tce, CNY/MWh, CNY/GJ,
 * ...). Row and column names are those of docs/formulation.md (and of {@code coalgrid export-mps}).
 *
 * <p>Column values come from the solution. Where the solution gives only a total over the coal origin classes
 * (LARGE/SMALL, when a 大煤保大电 policy splits coal), the class columns form a group with a known total and
 * unknown values. Coefficients are summed per (row, column) and zeros dropped, as the model does, so the
 * counts match the model's size.
 */
final class DualModel {
  /**
   * What a row is: name, family and entity as in {@code binding[]}; bounds in the row's units with its constant
   * moved into them (as the model does); the unit of its dual and of its right-hand side, {@code perRhsUnit}
   * turning a dual into a value per rhs unit, and {@code scale}, the row's domain units per model unit (§1 of
   * docs/formulation.md), with which the dual certificate is recomputed in the model's own scaling.
   */
  record RowSpec(String name, String family, String entity, String period, double lb, double ub, double constant,
      String dualUnit, String rhsUnit, double perRhsUnit, double scale) {

    RowSpec withConstant(double c) {
      return new RowSpec(name, family, entity, period, lb - c, ub - c, c, dualUnit, rhsUnit, perRhsUnit, scale);
    }
  }

  /** A column name, built only when a message needs it: prefix.id[.part]class (e.g. z.nayong.steam.L). */
  record Name(String prefix, String id, String part, String cls) {
    @Override
    public String toString() {
      return prefix + "." + id + (part != null ? "." + part : "") + cls;
    }
  }

  // columns
  private final List<Name> colNames = new ArrayList<>();
  private double[] cost = new double[64];
  private double[] lb = new double[64];
  private double[] ub = new double[64];
  private double[] value = new double[64];
  private int[] group = new int[64];
  private boolean[] integer = new boolean[64];
  private double[] colScale = new double[64];
  private final Map<String, double[]> termCosts = new java.util.LinkedHashMap<>();
  private double[] groupTotal = new double[16];
  private int groups;
  // rows
  private final List<RowSpec> rows = new ArrayList<>();
  private int[] nzRow = new int[256];
  private int[] nzCol = new int[256];
  private double[] nzVal = new double[256];
  private int nnz;
  // after freeze
  private int[] rowStart;
  private int[] cols;
  private double[] vals;
  private Map<String, Integer> rowIndex;
  private double[] knownActivity;
  private double[] knownSize;

  int numColumns() {
    return colNames.size();
  }

  int numRows() {
    return rows.size();
  }

  /**
   * Adds a column with known value (NaN when only its group's total is known) and returns its index;
   * {@code scale} is its domain units per model unit (t per kt, MWh per GWh, 1 for MW and counts).
   */
  int column(Name name, double lower, double upper, boolean isInteger, double v, int grp, double scale) {
    int j = colNames.size();
    colNames.add(name);
    if (j == cost.length) {
      int n = 2 * j;
      cost = Arrays.copyOf(cost, n);
      lb = Arrays.copyOf(lb, n);
      ub = Arrays.copyOf(ub, n);
      value = Arrays.copyOf(value, n);
      group = Arrays.copyOf(group, n);
      integer = Arrays.copyOf(integer, n);
      colScale = Arrays.copyOf(colScale, n);
    }
    colScale[j] = scale;
    lb[j] = lower;
    ub[j] = upper;
    integer[j] = isInteger;
    value[j] = v;
    group[j] = grp;
    return j;
  }

  /** A new group of columns whose values are unknown but sum to {@code total}. */
  int group(double total) {
    if (groups == groupTotal.length) {
      groupTotal = Arrays.copyOf(groupTotal, 2 * groups);
    }
    groupTotal[groups] = total;
    return groups++;
  }

  /** Adds {@code c} (CNY per unit of the column) to column j's cost under objective term {@code term}. */
  void cost(int j, String term, double c) {
    if (j < 0 || c == 0.0) {
      return;
    }
    cost[j] += c;
    double[] byCol = termCosts.computeIfAbsent(term, t -> new double[0]);
    if (byCol.length <= j) {
      byCol = Arrays.copyOf(byCol, Math.max(colNames.size(), 2 * j + 1));
      termCosts.put(term, byCol);
    }
    byCol[j] += c;
  }

  int row(RowSpec spec) {
    int i = rows.size();
    rows.add(spec);
    return i;
  }

  /** Adds coefficient {@code a} of column j to row i; ignored for a missing column (j &lt; 0) or a zero. */
  void add(int i, int j, double a) {
    if (j < 0 || a == 0.0) {
      return;
    }
    if (nnz == nzRow.length) {
      nzRow = Arrays.copyOf(nzRow, 2 * nnz);
      nzCol = Arrays.copyOf(nzCol, 2 * nnz);
      nzVal = Arrays.copyOf(nzVal, 2 * nnz);
    }
    nzRow[nnz] = i;
    nzCol[nnz] = j;
    nzVal[nnz] = a;
    nnz++;
  }

  /** Adds every term of {@code e} to row i. */
  void add(int i, Lin e) {
    for (int k = 0; k < e.size(); k++) {
      add(i, e.col(k), e.coef(k));
    }
  }

  /** Sorts the terms row by row, sums duplicates and drops zeros (as the model does). */
  void freeze() {
    int m = rows.size();
    int[] count = new int[m + 1];
    for (int k = 0; k < nnz; k++) {
      count[nzRow[k] + 1]++;
    }
    for (int i = 0; i < m; i++) {
      count[i + 1] += count[i];
    }
    int[] pos = Arrays.copyOf(count, m);
    int[] c = new int[nnz];
    double[] v = new double[nnz];
    for (int k = 0; k < nnz; k++) {
      int p = pos[nzRow[k]]++;
      c[p] = nzCol[k];
      v[p] = nzVal[k];
    }
    rowStart = new int[m + 1];
    int out = 0;
    int[] seenIn = new int[colNames.size()]; // row + 1 in which a column was last seen
    int[] at = new int[colNames.size()]; // its position there
    for (int i = 0; i < m; i++) {
      rowStart[i] = out;
      int first = out;
      for (int k = count[i]; k < count[i + 1]; k++) {
        int j = c[k];
        if (seenIn[j] == i + 1) {
          v[at[j]] += v[k];
        } else {
          seenIn[j] = i + 1;
          at[j] = out;
          c[out] = j;
          v[out] = v[k];
          out++;
        }
      }
      int kept = first;
      for (int k = first; k < out; k++) {
        if (v[k] != 0.0) {
          c[kept] = c[k];
          v[kept] = v[k];
          kept++;
        }
      }
      out = kept;
    }
    rowStart[m] = out;
    cols = Arrays.copyOf(c, out);
    vals = Arrays.copyOf(v, out);
    nzRow = null;
    nzCol = null;
    nzVal = null;
    rowIndex = new HashMap<>(2 * m);
    for (int i = 0; i < m; i++) {
      rowIndex.put(rows.get(i).name(), i);
    }
    knownActivity = new double[m];
    knownSize = new double[m];
    Arrays.fill(knownActivity, Double.NaN);
    Arrays.fill(knownSize, Double.NaN);
  }

  int numNonzeros() {
    return rowStart[rows.size()];
  }

  int numIntegers() {
    int n = 0;
    for (int j = 0; j < colNames.size(); j++) {
      n += integer[j] ? 1 : 0;
    }
    return n;
  }

  /** Index of the row named {@code name}, or -1. */
  int rowIndex(String name) {
    Integer i = rowIndex.get(name);
    return i == null ? -1 : i;
  }

  RowSpec spec(int i) {
    return rows.get(i);
  }

  int rowStart(int i) {
    return rowStart[i];
  }

  int[] columnsOfRows() {
    return cols;
  }

  double[] valuesOfRows() {
    return vals;
  }

  String columnName(int j) {
    return colNames.get(j).toString();
  }

  double cost(int j) {
    return cost[j];
  }

  double lower(int j) {
    return lb[j];
  }

  double upper(int j) {
    return ub[j];
  }

  boolean isInteger(int j) {
    return integer[j];
  }

  double scale(int j) {
    return colScale[j];
  }

  double value(int j) {
    return value[j];
  }

  int groupOf(int j) {
    return group[j];
  }

  double groupTotal(int g) {
    return groupTotal[g];
  }

  int numGroups() {
    return groups;
  }

  /** The objective terms that some column is charged under, with their value at the solution (CNY/yr). */
  Map<String, Double> termValues() {
    if (terms != null) {
      return terms;
    }
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (var e : termCosts.entrySet()) {
      double[] c = e.getValue();
      DualCheck.Sum sum = new DualCheck.Sum(); // compensated, as the dual certificate sums
      boolean[] groupDone = new boolean[groups];
      for (int j = 0; j < c.length; j++) {
        if (c[j] == 0.0) {
          continue;
        }
        if (group[j] < 0) {
          sum.add(c[j] * value[j]);
        } else if (!groupDone[group[j]]) {
          groupDone[group[j]] = true; // the columns of a group share their cost
          sum.add(c[j] * groupTotal[group[j]]);
        }
      }
      out.put(e.getKey(), sum.value());
    }
    terms = java.util.Collections.unmodifiableMap(out);
    return terms;
  }

  private Map<String, Double> terms;

  /** Sets what a family knows of row i's activity and size where the columns alone do not tell (origin classes). */
  void knownActivity(int i, double activity, double size) {
    knownActivity[i] = activity;
    knownSize[i] = size;
  }

  /**
   * {activity, size} of row i at the solution, in the row's units, with the row's constant left out; size is
   * half the sum of |a x| (the measure the model's binding list uses). NaN where the row's coefficients differ
   * within a group of origin-class columns and no family set them.
   */
  double[] activity(int i) {
    if (!Double.isNaN(knownActivity[i])) {
      return new double[] {knownActivity[i], knownSize[i]};
    }
    return evaluate(cols, vals, rowStart[i], rowStart[i + 1]);
  }

  /** The value of {@code e} at the solution (NaN where it splits a group of origin-class columns unevenly). */
  double value(Lin e) {
    return evaluate(e.cols(), e.coefs(), 0, e.size())[0] + e.constant();
  }

  private double[] evaluate(int[] c, double[] a, int from, int to) {
    double act = 0;
    double size = 0;
    Map<Integer, double[]> byGroup = null; // group -> {coefficient, members seen}
    for (int k = from; k < to; k++) {
      int j = c[k];
      double coef = a[k];
      if (group[j] < 0) {
        act += coef * value[j];
        size += Math.abs(coef * value[j]);
        continue;
      }
      byGroup = byGroup == null ? new HashMap<>() : byGroup;
      double[] g = byGroup.computeIfAbsent(group[j], x -> new double[] {coef, 0});
      if (g[0] != coef) {
        return new double[] {Double.NaN, Double.NaN};
      }
      g[1]++;
    }
    if (byGroup != null) {
      for (var e : byGroup.entrySet()) {
        if (e.getValue()[1] != membersOf(e.getKey())) {
          return new double[] {Double.NaN, Double.NaN};
        }
        double t = groupTotal[e.getKey()];
        act += e.getValue()[0] * t;
        size += Math.abs(e.getValue()[0] * t);
      }
    }
    return new double[] {act, size / 2};
  }

  private int[] members;

  private int membersOf(int g) {
    if (members == null) {
      members = new int[groups];
      for (int j = 0; j < colNames.size(); j++) {
        if (group[j] >= 0) {
          members[group[j]]++;
        }
      }
    }
    return members[g];
  }
}
