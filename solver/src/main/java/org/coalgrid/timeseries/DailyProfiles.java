package org.coalgrid.timeseries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * The daily profiles a full chronological year is clustered on: one row per day of the year, the day's steps
 * of every time series the instance gives per step, each series normalised. Series, by group:
 * <ul>
 * <li>load: each demand with {@code mwByPeriod} (MW);
 * <li>wind, solar: each WIND or SOLAR plant with {@code availabilityByPeriod} (other plants' availability per
 *     step goes in group "availability");
 * <li>inflow: each hydro plant's {@code inflowMwhByPeriod} or {@code energyMwhByPeriod} (MWh per step).
 * </ul>
 * Normalisation: a series is divided by its largest absolute value over the year (so it lies in [0, 1] for
 * non-negative data; a series that is 0 all year is left out), then by √(series in its group), so that each group
 * weighs the same in the squared distance however many series it has. Series the instance gives as one constant
 * ({@code mw}, {@code availability}) do not differ between days and are not features.
 */
public final class DailyProfiles {

  /** A named series of one value per step of the year, in its group. */
  record Series(String group, String name, double[] values) {}

  private final List<Series> series;
  private final double[][] features;

  private DailyProfiles(Instance year, int days, int stepsPerDay) {
    series = series(year);
    Map<String, Integer> groupSizes = new LinkedHashMap<>();
    series.forEach(s -> groupSizes.merge(s.group(), 1, Integer::sum));
    features = new double[days][series.size() * stepsPerDay];
    for (int j = 0; j < series.size(); j++) {
      Series s = series.get(j);
      double max = 0;
      for (double v : s.values()) {
        max = Math.max(max, Math.abs(v));
      }
      double scale = max == 0 ? 0 : 1 / (max * Math.sqrt(groupSizes.get(s.group())));
      for (int d = 0; d < days; d++) {
        for (int k = 0; k < stepsPerDay; k++) {
          features[d][j * stepsPerDay + k] = s.values()[d * stepsPerDay + k] * scale;
        }
      }
    }
  }

  /** The profiles of {@code year}, a full chronological year of {@code days} days of {@code stepsPerDay} steps. */
  static DailyProfiles of(Instance year, int days, int stepsPerDay) {
    return new DailyProfiles(year, days, stepsPerDay);
  }

  /** One row per day: the normalised steps of every series. */
  double[][] features() {
    return features;
  }

  /** The series clustered on, in feature order. */
  List<Series> series() {
    return series;
  }

  /** The groups clustered on with the number of series in each ("load 3, wind 3, solar 3, inflow 3"). */
  public String describe() {
    Map<String, Integer> n = new LinkedHashMap<>();
    series.forEach(s -> n.merge(s.group(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    n.forEach((g, c) -> parts.add(g + " " + c));
    return parts.isEmpty() ? "no per-step series (every day alike)" : String.join(", ", parts);
  }

  private static List<Series> series(Instance in) {
    List<Period> ps = in.periods();
    List<Series> out = new ArrayList<>();
    for (Demand d : in.demands()) {
      if (!d.mwByPeriod().isEmpty()) {
        double base = d.mw() == null ? 0 : d.mw();
        out.add(new Series("load", "demand " + d.id(), values(ps, d.mwByPeriod(), base)));
      }
    }
    for (String group : List.of("wind", "solar", "availability")) {
      for (Plant p : in.plants()) {
        if (!p.availabilityByPeriod().isEmpty() && group.equals(group(p.type()))) {
          out.add(new Series(group, "plant " + p.id(), values(ps, p.availabilityByPeriod(), p.availability())));
        }
      }
    }
    for (Plant p : in.plants()) {
      if (p.hydro() != null) {
        Map<String, Double> m = p.hydro().isReservoir() ? p.hydro().inflowMwhByPeriod() : p.hydro().energyMwhByPeriod();
        if (!m.isEmpty()) {
          out.add(new Series("inflow", "hydro " + p.id(), values(ps, m, 0)));
        }
      }
    }
    return out.stream().filter(s -> java.util.Arrays.stream(s.values()).anyMatch(v -> v != 0)).toList();
  }

  private static String group(PlantType t) {
    return t == PlantType.WIND ? "wind" : t == PlantType.SOLAR ? "solar" : "availability";
  }

  private static double[] values(List<Period> ps, Map<String, Double> byPeriod, double otherwise) {
    double[] v = new double[ps.size()];
    for (int t = 0; t < v.length; t++) {
      v[t] = byPeriod.getOrDefault(ps.get(t).id(), otherwise);
    }
    return v;
  }
}
