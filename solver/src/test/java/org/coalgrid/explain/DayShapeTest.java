package org.coalgrid.explain;

import static org.coalgrid.testing.Fixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.generate.builder.DayBuilder;
import org.coalgrid.generate.builder.TimeBuilder;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/**
 * explain's day section: one representative day of four 6-hour steps (w = 365); cheap C 200 MW at 200 CNY/MWh,
 * peaker G at 600, pumped storage P of 100 MW and 600 MWh at 75 %; demand 100 MW but 350 MW in the evening step
 * (18:00). The evening price is G's 600 CNY/MWh, the lowest C's 200; P pumps in the cheap hours and generates at
 * 18:00, since 600 × 0.75 > 200.
 */
class DayShapeTest {

  static Instance eveningPeak(double storageEfficiency) {
    return Fixtures.create().time(TimeBuilder.representativeDays().stepHours(6)
            .day(new DayBuilder("d").weight(365).month(1))).region("A")
        .otherPlant("C", "A", PlantType.GAS, 200).fuelCost(200)
        .otherPlant("G", "A", PlantType.GAS, 300).fuelCost(600)
        .pumpedStorage("P", "A", 100, 600, storageEfficiency)
        .demand("D", "A", map("d-h00", 100, "d-h06", 100, "d-h12", 100, "d-h18", 350)).build();
  }

  @Test
  void theEveningPeakAndThePumpedStorageRoleAreNamed() {
    Instance in = eveningPeak(0.75);
    Solved s = Solved.solve(in).optimalWithPrices();
    Explanation e = Explainer.explain(s.result(), in, "", null);
    DayShape d = e.dayShape();
    assertNotNull(d);
    assertEquals(18, d.regions().get(0).peakHour());
    assertEquals(600, d.regions().get(0).peakCnyPerMwh(), 1e-6);
    assertEquals(200, d.regions().get(0).lowCnyPerMwh(), 1e-6);
    DayShape.StorageRole p = d.storage().get(0);
    assertEquals(18.0, p.generateHour());
    // 600 MWh a day out of 800 pumped, 365 days
    assertEquals(365 * 600.0, p.generatedMwh(), 1e-3);
    assertEquals(365 * 800.0, p.pumpedMwh(), 1e-3);
    assertNotNull(p.arbitrageCny());
    String text = ExplainText.render(e);
    assertTrue(text.contains("the price is highest at 18:00 (600.0 CNY/MWh on the weighted average day, the evening"
        + " peak 晚高峰) and lowest at"), text);
    assertTrue(text.contains("most at 18:00, the evening peak 晚高峰; it earns"), text);
  }

  @Test
  void idleStorageSaysTheSpreadDoesNotPay() {
    // at 30 % the round trip loses more than the spread: 600 x 0.3 - 200 = -20 CNY per MWh pumped
    Instance in = eveningPeak(0.3);
    Solved s = Solved.solve(in).optimalWithPrices();
    DayShape.StorageRole p = Explainer.explain(s.result(), in, "", null).dayShape().storage().get(0);
    assertNull(p.generateHour());
    assertEquals(-20, p.bestSpreadCnyPerMwh(), 1e-6);
    assertTrue(p.generatedMwh() == 0 && p.pumpedMwh() == 0);
  }

  @Test
  void blocksHaveNoDaySection() {
    Instance in = Fixtures.create().period("off", 4380).period("peak", 4380).region("A")
        .otherPlant("C", "A", PlantType.GAS, 400).fuelCost(200).demand("D", "A", map("off", 100, "peak", 300)).build();
    Solved s = Solved.solve(in).optimalWithPrices();
    Explanation e = Explainer.explain(s.result(), in, "", null);
    assertNull(e.dayShape());
    assertTrue(!ExplainText.render(e).contains("The day 日内"));
  }
}
