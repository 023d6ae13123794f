package org.coalgrid.domain;

/** Direction of a generic policy or a plan target. */
public enum Sense {
  LE("<="), GE(">="), EQ("=");

  private final String symbol;

  Sense(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
