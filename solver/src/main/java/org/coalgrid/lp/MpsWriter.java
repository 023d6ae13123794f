package org.coalgrid.lp;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link LinearProgram} as free-format MPS, deterministically: rows and columns in model order,
 * names from domain ids, numbers in shortest round-trip form. The objective row is {@code COST}; the
 * objective constant is written as its negated right-hand side (the convention of CBC and GLPK).
 */
public final class MpsWriter {
  private MpsWriter() {}

  public static void write(LinearProgram lp, String name, Writer out) throws IOException {
    lp.freeze();
    int m = lp.numRows();
    int n = lp.numColumns();
    out.write("NAME          " + name + "\n");
    out.write("ROWS\n N  COST\n");
    for (int i = 0; i < m; i++) {
      out.write(" " + rowType(lp.rowLower(i), lp.rowUpper(i)) + "  " + lp.rowName(i) + "\n");
    }
    // transpose CSR to CSC
    int[] colCount = new int[n + 1];
    int[] nzCol = lp.nonzeroColumns();
    double[] nzVal = lp.nonzeroValues();
    for (int k = 0; k < lp.numNonzeros(); k++) {
      colCount[nzCol[k] + 1]++;
    }
    for (int j = 0; j < n; j++) {
      colCount[j + 1] += colCount[j];
    }
    int[] pos = java.util.Arrays.copyOf(colCount, n);
    int[] cscRow = new int[lp.numNonzeros()];
    double[] cscVal = new double[lp.numNonzeros()];
    for (int i = 0; i < m; i++) {
      for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
        int p = pos[nzCol[k]]++;
        cscRow[p] = i;
        cscVal[p] = nzVal[k];
      }
    }
    out.write("COLUMNS\n");
    boolean inInt = false;
    int marker = 0;
    for (int j = 0; j < n; j++) {
      if (lp.isInteger(j) != inInt) {
        out.write("    MARKER" + marker++ + "  'MARKER'  " + (inInt ? "'INTEND'" : "'INTORG'") + "\n");
        inInt = lp.isInteger(j);
      }
      String c = lp.columnName(j);
      if (lp.cost(j) != 0.0) {
        out.write("    " + c + "  COST  " + num(lp.cost(j)) + "\n");
      }
      for (int k = colCount[j]; k < colCount[j + 1]; k++) {
        out.write("    " + c + "  " + lp.rowName(cscRow[k]) + "  " + num(cscVal[k]) + "\n");
      }
      if (lp.cost(j) == 0.0 && colCount[j] == colCount[j + 1]) {
        out.write("    " + c + "  COST  0\n"); // keep empty columns in the model
      }
    }
    if (inInt) {
      out.write("    MARKER" + marker + "  'MARKER'  'INTEND'\n");
    }
    out.write("RHS\n");
    if (lp.offset() != 0.0) {
      out.write("    RHS  COST  " + num(-lp.offset()) + "\n");
    }
    for (int i = 0; i < m; i++) {
      double lb = lp.rowLower(i);
      double ub = lp.rowUpper(i);
      double rhs = Double.isFinite(lb) ? lb : ub;
      if (Double.isFinite(rhs) && rhs != 0.0) {
        out.write("    RHS  " + lp.rowName(i) + "  " + num(rhs) + "\n");
      }
    }
    out.write("RANGES\n");
    for (int i = 0; i < m; i++) {
      double lb = lp.rowLower(i);
      double ub = lp.rowUpper(i);
      if (Double.isFinite(lb) && Double.isFinite(ub) && lb != ub) {
        out.write("    RNG  " + lp.rowName(i) + "  " + num(ub - lb) + "\n");
      }
    }
    out.write("BOUNDS\n");
    for (int j = 0; j < n; j++) {
      writeBounds(out, lp.columnName(j), lp.columnLower(j), lp.columnUpper(j), lp.isInteger(j));
    }
    out.write("ENDATA\n");
  }

  private static void writeBounds(Writer out, String c, double lb, double ub, boolean integer) throws IOException {
    if (lb == ub) {
      out.write(" FX BND  " + c + "  " + num(lb) + "\n");
      return;
    }
    if (lb == Double.NEGATIVE_INFINITY && ub == Double.POSITIVE_INFINITY) {
      out.write(" FR BND  " + c + "\n");
      return;
    }
    if (lb == Double.NEGATIVE_INFINITY) {
      out.write(" MI BND  " + c + "\n");
    } else if (lb != 0.0 || integer) {
      out.write(" LO BND  " + c + "  " + num(lb) + "\n");
    }
    if (ub != Double.POSITIVE_INFINITY) {
      out.write(" UP BND  " + c + "  " + num(ub) + "\n");
    } else if (integer) {
      out.write(" PL BND  " + c + "\n");
    }
  }

  private static String rowType(double lb, double ub) {
    boolean hasLb = Double.isFinite(lb);
    boolean hasUb = Double.isFinite(ub);
    if (hasLb && hasUb) {
      return lb == ub ? "E" : "G"; // ranged G row: [lb, lb + range]
    }
    if (hasLb) {
      return "G";
    }
    return hasUb ? "L" : "N";
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
