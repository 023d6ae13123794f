package org.coalgrid.words;

import java.util.Locale;

/** Number formats in the units planners use: Mt / 万吨, TWh / 亿千瓦时, MW / 万千瓦, CNY / 亿元. */
public final class Fmt {
  private Fmt() {}

  public static String num(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v) < 0.5 * Math.pow(10, -decimals) ? 0.0 : v);
  }

  /** t/yr as "12.34 Mt (1,234 万吨)". */
  public static String tonnes(double t) {
    return num(t / 1e6, 2) + " Mt (" + num(t / 1e4, 0) + " 万吨)";
  }

  /** MWh as "12.34 TWh (123.4 亿千瓦时)". */
  public static String energy(double mwh) {
    return num(mwh / 1e6, 2) + " TWh (" + num(mwh / 1e5, 1) + " 亿千瓦时)";
  }

  /** MW as "1,200 MW (120 万千瓦)". */
  public static String power(double mw) {
    return num(mw, 0) + " MW (" + num(mw / 10, 0) + " 万千瓦)";
  }

  /** CNY as "1,234.5 million CNY (12.35 亿元)". */
  public static String money(double cny) {
    return num(cny / 1e6, 1) + " million CNY (" + num(cny / 1e8, 2) + " 亿元)";
  }

  /** Pads to {@code width} terminal columns, counting CJK characters as two columns. */
  public static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s + " " : s + " ".repeat(width - w);
  }

  /**
   * {@code s} left-aligned in {@code width} terminal columns (CJK counted as two), as {@code %-Ns} does for text
   * without CJK: spaces after it, none when it is wider.
   */
  public static String left(String s, int width) {
    int w = width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** {@code s} right-aligned in {@code width} terminal columns (CJK counted as two), as {@code %Ns} without CJK. */
  public static String right(String s, int width) {
    int w = width(s);
    return w >= width ? s : " ".repeat(width - w) + s;
  }

  /** Terminal columns {@code s} takes, counting CJK characters as two. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      w += isWide(s.codePointAt(i)) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
  }

  /** {@code s} cut to {@code w} terminal columns (CJK counted as two), ending in "…" when it was longer. */
  public static String cut(String s, int w) {
    if (width(s) <= w) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      int cp = s.codePointAt(i);
      used += isWide(cp) ? 2 : 1;
      if (used > w - 1) {
        break;
      }
      b.appendCodePoint(cp);
    }
    return b + "…";
  }

  /** How far below zero a solver's residual may lie for {@link #quantity} to show it as 0 (its units). */
  public static final double RESIDUAL = 1e-6;

  /**
   * A quantity that cannot be negative (tonnes, MWh) as a table or chart shows it: a solver's residual down to
   * {@link #RESIDUAL} below zero (CLP leaves unserved energy at −2.5e-9 MWh) is 0. Display only: a written figure the
   * verifier recomputes keeps the solver's value.
   */
  public static double quantity(double v) {
    return v <= 0 && v >= -RESIDUAL ? 0.0 : v;
  }

  public static String pct(double share) {
    return num(share * 100, 1) + " %";
  }
}
