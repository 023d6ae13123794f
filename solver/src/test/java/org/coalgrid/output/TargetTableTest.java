package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalgrid.words.Fmt;
import org.junit.jupiter.api.Test;

/**
 * Signs of a target's gap and of numbers in tables: a number shown as zero has no sign (CLP meets a target 1e-9 above
 * it: "gap 0.00 Mt", not "+0.00 Mt"); and columns aligned by display width, a CJK character taking two columns.
 */
class TargetTableTest {
  @Test
  void aGapShownAsZeroHasNoSign() {
    assertEquals("0.00 Mt (0 万吨)", TargetTable.gap(1e-9, "t/yr"));
    assertEquals("0.00 Mt (0 万吨)", TargetTable.gap(-1e-9, "t/yr"));
    assertEquals("0.00 Mt (0 万吨)", TargetTable.gap(0.0, "t/yr"));
    assertEquals("0.00 Mt (0 万吨)", TargetTable.gap(4000.0, "t/yr"), "4,000 t: zero in both units shown");
    assertEquals("+0.01 Mt (1 万吨)", TargetTable.gap(1e4, "t/yr"));
    assertEquals("+0.05 Mt (5 万吨)", TargetTable.gap(5e4, "t/yr"));
    assertEquals("-0.80 Mt (-80 万吨)", TargetTable.gap(-8e5, "t/yr"));
    assertEquals("0.00 TWh (0.0 亿千瓦时)", TargetTable.gap(3e-7, "MWh/yr"));
    assertEquals("0.0 pp", TargetTable.gap(1e-12, "share"));
    assertEquals("+2.5 pp", TargetTable.gap(0.025, "share"));
    assertEquals("0.0 %", TargetTable.gapPercent(0.0));
    assertEquals("0.0 %", TargetTable.gapPercent(1e-12));
    assertEquals("0.0 %", TargetTable.gapPercent(-0.04));
    assertEquals("+2.5 %", TargetTable.gapPercent(2.5));
    assertEquals("-40.0 %", TargetTable.gapPercent(-40));
    assertEquals("+1.00 tCO2", TargetTable.signed(1.0, v -> Fmt.num(v, 2) + " tCO2"), "the 2 of a unit is no number");
    assertEquals("0.00 tCO2", TargetTable.signed(1e-9, v -> Fmt.num(v, 2) + " tCO2"));
  }

  @Test
  void columnsAlignByDisplayWidth() {
    assertEquals("万千瓦      |", Fmt.left("万千瓦", 12) + "|");
    assertEquals("      万千瓦|", Fmt.right("万千瓦", 12) + "|");
    assertEquals("capacity    |", Fmt.left("capacity", 12) + "|");
    assertEquals(String.format("%12s", "capacity"), Fmt.right("capacity", 12));
    assertEquals("too wide for it", Fmt.left("too wide for it", 4), "nothing added, nothing cut: as %-4s");
    assertEquals(12, Fmt.width(Fmt.right("亿千瓦时", 12)));
  }
}
