package org.coalgrid.verify;

import java.util.Arrays;

/**
 * A linear expression over {@link DualModel} columns plus a constant, in domain units. Terms on a missing
 * column (index -1) or with a zero coefficient are not added, as in the model's expressions.
 */
final class Lin {
  private int[] cols = new int[8];
  private double[] coefs = new double[8];
  private int size;
  private double constant;

  Lin add(int col, double coef) {
    if (col < 0 || coef == 0.0) {
      return this;
    }
    if (size == cols.length) {
      cols = Arrays.copyOf(cols, 2 * size);
      coefs = Arrays.copyOf(coefs, 2 * size);
    }
    cols[size] = col;
    coefs[size] = coef;
    size++;
    return this;
  }

  Lin addConstant(double c) {
    constant += c;
    return this;
  }

  /** Adds {@code factor} times {@code other}. */
  Lin addScaled(Lin other, double factor) {
    for (int k = 0; k < other.size; k++) {
      add(other.cols[k], other.coefs[k] * factor);
    }
    constant += other.constant * factor;
    return this;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int col(int k) {
    return cols[k];
  }

  double coef(int k) {
    return coefs[k];
  }

  int[] cols() {
    return cols;
  }

  double[] coefs() {
    return coefs;
  }

  double constant() {
    return constant;
  }
}
