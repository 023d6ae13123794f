package org.coalgrid.formulation;

import java.util.Arrays;

/** A linear expression sum(coef_k * x[col_k]) + constant over model columns. */
public final class LinearExpr {
  private int[] cols = new int[8];
  private double[] coefs = new double[8];
  private int size;
  private double constant;

  public LinearExpr add(int col, double coef) {
    if (col < 0 || coef == 0.0) {
      return this;
    }
    if (size == cols.length) {
      cols = Arrays.copyOf(cols, size * 2);
      coefs = Arrays.copyOf(coefs, size * 2);
    }
    cols[size] = col;
    coefs[size] = coef;
    size++;
    return this;
  }

  public LinearExpr addConstant(double c) {
    constant += c;
    return this;
  }

  /** Adds {@code factor} times {@code other}. */
  public LinearExpr addScaled(LinearExpr other, double factor) {
    for (int k = 0; k < other.size; k++) {
      add(other.cols[k], other.coefs[k] * factor);
    }
    constant += other.constant * factor;
    return this;
  }

  public int size() {
    return size;
  }

  public int col(int k) {
    return cols[k];
  }

  public double coef(int k) {
    return coefs[k];
  }

  public double constant() {
    return constant;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public double evaluate(double[] x) {
    double s = constant;
    for (int k = 0; k < size; k++) {
      s += coefs[k] * x[cols[k]];
    }
    return s;
  }
}
