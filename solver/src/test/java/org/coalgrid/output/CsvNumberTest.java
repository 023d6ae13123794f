package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvTables#number} must give exactly the strings of the BigDecimal reference
 * ({@link CsvTables#numberExact}): CSV tables stay byte-identical. Checked over millions of doubles of every
 * kind the tables hold (raw bits across the range, short decimals, integers, rounding ties, decade bounds and
 * their neighbours one ulp away).
 */
class CsvNumberTest {
  private static void same(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) < 1e-9) {
      return;
    }
    assertEquals(CsvTables.numberExact(d), CsvTables.number(d), () -> "d = " + d + " (bits "
        + Long.toHexString(Double.doubleToRawLongBits(d)) + ")");
  }

  private static void around(double d) {
    same(d);
    same(-d);
    same(Math.nextUp(d));
    same(Math.nextDown(d));
    same(Math.nextUp(Math.nextUp(d)));
    same(Math.nextDown(Math.nextDown(d)));
  }

  @Test
  void randomBitPatternsOverTheWholeRange() {
    SplittableRandom r = new SplittableRandom(1);
    for (int k = 0; k < 1_000_000; k++) {
      same(Double.longBitsToDouble(r.nextLong()));
    }
  }

  @Test
  void magnitudesTheTablesHold() {
    SplittableRandom r = new SplittableRandom(2);
    for (int k = 0; k < 1_000_000; k++) {
      double mag = Math.pow(10, r.nextDouble(-9, 16));
      same(r.nextDouble() * mag * (r.nextBoolean() ? 1 : -1));
    }
  }

  @Test
  void shortDecimalsIntegersAndProducts() {
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 300_000; k++) {
      long n = r.nextLong(1, 100_000_000_000L);
      int scale = r.nextInt(0, 14);
      around(n / Math.pow(10, scale));
      around((double) n);
      around(n * 0.001 * 8760); // unit conversions as in the results (kt to t, MW x hours)
      around(r.nextInt(1, 100_000) / 3.0);
    }
  }

  @Test
  void roundingTiesAtTheEleventhDigit() {
    SplittableRandom r = new SplittableRandom(4);
    for (int k = 0; k < 300_000; k++) {
      long ten = r.nextLong(1_000_000_000L, 10_000_000_000L);
      double tie = (ten * 10 + 5) / Math.pow(10, r.nextInt(-5, 20)); // 11 significant digits ending in 5
      around(tie);
    }
    around(0.5);
    around(1.00000000005);
    around(2.50000000005);
    around(9999999999.5);
    around(99999999995.0);
  }

  @Test
  void decadeBounds() {
    for (int e = -9; e <= 22; e++) {
      double p = Math.pow(10, e);
      around(p);
      around(p * 0.99999999995);
      around(p * 0.9999999999);
      around(p * 1.0000000001);
      around(p * 9.9999999995);
      around(p * 9.99999999949);
      around(p * 9.99999999951);
    }
  }

  @Test
  void theFastPathCoversTypicalValues() {
    // the fast path must actually be taken for ordinary figures, or the speed-up is fiction
    for (double d : new double[] {1200, 1234.5678, 0.35, 8760, 2.6e7, 1.9e11, 317.5, 1e-6}) {
      assertNotNull(CsvTables.numberFast(d), () -> "fast path refused " + d);
    }
    assertEquals("1200", CsvTables.number(1200));
    assertEquals("-0.35", CsvTables.number(-0.35));
    assertEquals("190000000000", CsvTables.number(1.9e11));
    assertEquals("0.000001", CsvTables.number(1e-6));
    assertEquals("0", CsvTables.number(-0.0));
    assertEquals("0.3333333333", CsvTables.number(1 / 3.0));
    assertTrue(CsvTables.number(2.0 / 3.0).endsWith("67"));
  }
}
