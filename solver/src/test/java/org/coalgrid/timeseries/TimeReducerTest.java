package org.coalgrid.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.TimeStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeReducerTest {
  @TempDir
  static Path dir;
  static Instance year;

  @BeforeAll
  static void generateAYear() throws Exception {
    CoalGrid cg = CoalGrid.create();
    Path f = dir.resolve("year.json");
    cg.generate(f, null, 2, null, 5, false, 0, true, 6); // 2 regions, 365 days x 4 steps
    year = cg.load(f).instance();
  }

  @Test
  void kMedoidsFindsTwoObviousGroupsAndKeepsRealPoints() {
    double[][] x = {{0, 0}, {0.1, 0}, {10, 10}, {0, 0.1}, {10.2, 10}, {10, 10.1}};
    KMedoids.Clusters c = KMedoids.cluster(x, 2, 42, 5);
    assertArrayEquals(new int[] {0, 2}, c.medoids());
    assertArrayEquals(new int[] {0, 0, 1, 0, 1, 1}, c.assignment());
    assertEquals(0.1 + 0.1 + 0.2 + 0.1, c.cost(), 1e-9);
  }

  @Test
  void kMedoidsWithKEqualToThePointsGivesEveryPointItsOwnClusterEvenWhenPointsCoincide() {
    double[][] x = {{1, 1}, {1, 1}, {2, 2}};
    KMedoids.Clusters c = KMedoids.cluster(x, 3, 7, 3);
    assertArrayEquals(new int[] {0, 1, 2}, c.medoids());
    for (int k = 0; k < 3; k++) {
      assertEquals(1, c.size(k));
    }
    assertThrows(IllegalArgumentException.class, () -> KMedoids.cluster(x, 4, 7, 3));
    assertThrows(IllegalArgumentException.class, () -> KMedoids.cluster(x, 0, 7, 3));
  }

  @Test
  void reducedYearHasRealDaysWeightedByClusterSizeAndACalendar() {
    TimeReducer.Reduction r = TimeReducer.reduce(year, 6, 1);
    TimeStructure t = r.reduced().time();
    assertEquals(TimeStructure.Form.REPRESENTATIVE_DAYS, t.form());
    assertEquals(6, t.days().size());
    assertEquals(365, t.days().stream().mapToDouble(TimeStructure.Day::weight).sum(), 1e-9);
    assertEquals(365, t.calendar().size());
    var counts = t.calendarCounts();
    var yearIds = new HashSet<String>();
    year.time().days().forEach(d -> yearIds.add(d.id()));
    for (TimeStructure.Day d : t.days()) {
      assertTrue(yearIds.contains(d.id()), d.id() + " is a real day");
      assertEquals(d.weight(), counts.get(d.id()), 0, d.id());
      // the medoid stands for itself
      assertEquals(d.id(), t.calendar().get(Integer.parseInt(d.id().substring(1)) - 1));
    }
    assertEquals(8760, r.reduced().totalHours(), 1e-6);
  }

  @Test
  void perStepSeriesKeepTheYearsTotals() {
    Instance red = TimeReducer.reduce(year, 5, 3).reduced();
    for (Demand d : year.demands()) {
      Demand e = red.demands().stream().filter(x -> x.id().equals(d.id())).findFirst().orElseThrow();
      assertEquals(energy(year.periods(), d.mwByPeriod()), energy(red.periods(), e.mwByPeriod()),
          1e-6 * energy(year.periods(), d.mwByPeriod()), d.id());
    }
    for (Plant p : year.plants()) {
      Plant q = red.plantsById().get(p.id());
      if (p.hydro() != null) {
        double a = sum(p.hydro().inflowMwhByPeriod()) + sum(p.hydro().energyMwhByPeriod());
        double b = sum(q.hydro().inflowMwhByPeriod()) + sum(q.hydro().energyMwhByPeriod());
        assertEquals(a, b, 1e-6 * Math.max(1, a), p.id());
      }
      if (!p.availabilityByPeriod().isEmpty()) {
        assertEquals(energy(year.periods(), p.availabilityByPeriod()), energy(red.periods(), q.availabilityByPeriod()),
            1e-3, p.id());
        assertEquals(red.periods().size(), q.availabilityByPeriod().size());
      }
    }
  }

  @Test
  void sameSeedSameDaysAndOtherSeedsStillValid() {
    var a = TimeReducer.reduce(year, 8, 11);
    var b = TimeReducer.reduce(year, 8, 11);
    assertArrayEquals(a.clusters().medoids(), b.clusters().medoids());
    assertArrayEquals(a.clusters().assignment(), b.clusters().assignment());
    for (long seed : List.of(0L, 2L, 99L)) {
      var c = TimeReducer.reduce(year, 8, seed);
      assertEquals(365, java.util.Arrays.stream(c.clusters().assignment()).count());
      assertTrue(c.clusters().cost() > 0);
    }
  }

  @Test
  void onlyAFullYearAndKInRangeAreReduced() {
    Instance red = TimeReducer.reduce(year, 4, 1).reduced();
    var e = assertThrows(IllegalArgumentException.class, () -> TimeReducer.reduce(red, 2, 1));
    assertTrue(e.getMessage().contains("needs a full chronological year"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TimeReducer.reduce(year, 366, 1));
    assertEquals("--days must be in [1, 365] (the days of the year), got 366", e.getMessage());
    assertEquals(1, TimeReducer.reduce(year, 1, 1).reduced().time().days().size());
    assertEquals(365, TimeReducer.reduce(year, 365, 1).reduced().time().days().size());
  }

  private static double energy(List<Period> ps, Map<String, Double> mw) {
    return ps.stream().mapToDouble(p -> mw.getOrDefault(p.id(), 0.0) * p.hours()).sum();
  }

  private static double sum(Map<String, Double> m) {
    return m.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
