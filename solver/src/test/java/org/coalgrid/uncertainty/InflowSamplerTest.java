package org.coalgrid.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.coalgrid.domain.Uncertainty;
import org.junit.jupiter.api.Test;

/** The draws have the stated distribution and depend on the seed alone. */
class InflowSamplerTest {
  private static final Uncertainty.MonteCarlo MC = new Uncertainty.MonteCarlo(
      List.of(new Uncertainty.Spread("wujiang", 0.2, 1.0), new Uncertainty.Spread("beipan", 0.3, 0.9)),
      List.of(new Uncertainty.Correlation("wujiang", "beipan", 0.7)));

  @Test
  void logNormalWithTheStatedMeanSpreadAndCorrelation() {
    List<InflowSampler.Draw> draws = InflowSampler.draw(MC, 20_000, 7L);
    DescriptiveStatistics m0 = new DescriptiveStatistics();
    DescriptiveStatistics m1 = new DescriptiveStatistics();
    DescriptiveStatistics l0 = new DescriptiveStatistics();
    DescriptiveStatistics l1 = new DescriptiveStatistics();
    double[][] logs = new double[draws.size()][];
    for (int i = 0; i < draws.size(); i++) {
      double[] m = draws.get(i).multipliers();
      m0.addValue(m[0]);
      m1.addValue(m[1]);
      l0.addValue(Math.log(m[0]));
      l1.addValue(Math.log(m[1]));
      logs[i] = new double[] {Math.log(m[0]), Math.log(m[1])};
    }
    // standard errors at n = 20,000: mean ~0.0015 and ~0.0020, sd ~0.001 and ~0.0015, correlation ~0.004
    assertEquals(1.0, m0.getMean(), 0.01);
    assertEquals(0.9, m1.getMean(), 0.01);
    assertEquals(0.2, l0.getStandardDeviation(), 0.006);
    assertEquals(0.3, l1.getStandardDeviation(), 0.009);
    assertEquals(0.7, new PearsonsCorrelation(logs).getCorrelationMatrix().getEntry(0, 1), 0.02);
    assertEquals(1.0 / 20_000, draws.get(0).scenario().probability());
    assertEquals("s00001", draws.get(0).scenario().id());
  }

  @Test
  void theSeedAloneDecides() {
    List<InflowSampler.Draw> a = InflowSampler.draw(MC, 50, 42L);
    List<InflowSampler.Draw> b = InflowSampler.draw(MC, 50, 42L);
    List<InflowSampler.Draw> c = InflowSampler.draw(MC, 50, 43L);
    for (int i = 0; i < 50; i++) {
      assertArrayEquals(a.get(i).multipliers(), b.get(i).multipliers());
    }
    assertFalse(a.get(0).multipliers()[0] == c.get(0).multipliers()[0]);
  }
}
