package org.coalgrid.timeseries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Meta;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.domain.TimeStructure.Day;

/**
 * Time-domain reduction (docs/time.md): a full chronological year cut into K representative days by
 * {@link KMedoids} over the {@link DailyProfiles} of load, wind, solar and inflow.
 *
 * <p>The reduced instance: each cluster becomes one representative day, the medoid itself (a real day of the
 * year: its id, month and season), with weight = the number of days in the cluster; the days are in calendar
 * order; the {@code calendar} gives the representative day of every day of the year, so inter-day storage
 * ({@code storage.interDay}) stays valid and links the days of the year as in the full year. Every per-step
 * value of the medoid day is kept, then each series is <b>rescaled</b> so that its weighted total over the year
 * equals the full year's (as TSAM's {@code rescaleClusterPeriods}): demand MW and availability by
 * Σ value·h (availability capped at 1), hydro energy and inflow and export firm energy (MWh per step, which
 * now stands for {@code weight} days) by their annual sums. Line capacities per step are kept as they are (a
 * limit, not an energy). The network, plants, caps and every other field are unchanged.
 */
public final class TimeReducer {
  /** k-medoids runs from the seeded stream; the run of least total distance is kept. */
  static final int RESTARTS = 10;

  /**
   * The reduction: the reduced instance, the clusters (index = representative day in order; medoids and
   * assignment are day-of-year indices) and what was clustered on.
   */
  public record Reduction(Instance reduced, KMedoids.Clusters clusters, String clusteredOn, long seed) {}

  private TimeReducer() {}

  /**
   * Reduces {@code year} (form FULL_YEAR) to {@code k} representative days.
   *
   * @throws IllegalArgumentException with a message for the user if the instance is not a full year or k is
   *     not in [1, days of the year]
   */
  public static Reduction reduce(Instance year, int k, long seed) {
    TimeStructure time = year.time();
    if (time.form() != TimeStructure.Form.FULL_YEAR) {
      throw new IllegalArgumentException("reduce-time needs a full chronological year ($.time.form FULL_YEAR); "
          + "this instance has " + (time.hasDays() ? time.days().size() + " representative days" : "periods (blocks)"));
    }
    if (year.uncertainty() != null) {
      throw new IllegalArgumentException("reduce-time does not reduce hydrology scenario sets ($.uncertainty) yet: "
          + "reduce the instance without them");
    }
    int spd = time.stepsPerDay();
    int nDays = time.days().size();
    if (k < 1 || k > nDays) {
      throw new IllegalArgumentException("--days must be in [1, " + nDays + "] (the days of the year), got " + k);
    }
    DailyProfiles profiles = DailyProfiles.of(year, nDays, spd);
    KMedoids.Clusters cl = KMedoids.cluster(profiles.features(), k, seed, RESTARTS);
    List<Day> days = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      Day m = time.days().get(cl.medoids()[c]);
      days.add(new Day(m.id(), cl.size(c), m.month(), m.season()));
    }
    List<String> calendar = new ArrayList<>(nDays);
    for (int d = 0; d < nDays; d++) {
      calendar.add(days.get(cl.assignment()[d]).id());
    }
    TimeStructure reducedTime = new TimeStructure(TimeStructure.Form.REPRESENTATIVE_DAYS, time.stepHours(), days,
        calendar);
    Rekey rk = new Rekey(year, reducedTime);
    Meta m = year.meta();
    List<String> notes = new ArrayList<>(m.notes());
    notes.add(String.format(Locale.ROOT, "Reduced by coalgrid reduce-time from the full year %s: %d representative "
        + "days (k-medoids, seed %d, %d restarts) over the daily profiles of %s; each day is a real day of the year "
        + "with weight = days in its cluster; per-step series rescaled to the full year's annual totals.",
        m.name(), k, seed, RESTARTS, profiles.describe()));
    Meta meta = new Meta(m.name() + "-" + k + "days", m.description(), m.year(), m.currency(), m.hoursInYear(),
        m.vollCnyPerMwh(), m.carbonPriceCnyPerTCo2(), m.sources(), notes);
    Instance reduced = new Instance(meta, List.of(), reducedTime, year.regions(), year.coalGrades(), year.mines(),
        year.coalArcs(), year.plants().stream().map(rk::plant).toList(), year.lines().stream().map(rk::line).toList(),
        year.industries(), year.directSupplies(), year.demands().stream().map(rk::demand).toList(),
        year.coalDemands(), year.exports().stream().map(rk::export).toList(), year.policies(), year.targets());
    return new Reduction(reduced, cl, profiles.describe(), seed);
  }

  /** Re-keys per-step maps of the year to the representative days' steps (whose ids are the medoids' steps'). */
  private static final class Rekey {
    private final List<Period> yearSteps;
    private final List<Period> steps;
    private final Map<String, Integer> yearIndex = new HashMap<>();

    Rekey(Instance year, TimeStructure reduced) {
      yearSteps = year.periods();
      steps = reduced.steps();
      for (int t = 0; t < yearSteps.size(); t++) {
        yearIndex.put(yearSteps.get(t).id(), t);
      }
    }

    /** A MW-like series (value per step, weighted by hours): the medoid's values, rescaled to the year's Σ v·h. */
    Map<String, Double> power(Map<String, Double> byPeriod, double otherwise, double cap) {
      if (byPeriod.isEmpty()) {
        return byPeriod;
      }
      double year = 0;
      for (Period p : yearSteps) {
        year += byPeriod.getOrDefault(p.id(), otherwise) * p.hours();
      }
      double reduced = 0;
      for (Period p : steps) {
        reduced += byPeriod.getOrDefault(p.id(), otherwise) * p.hours();
      }
      double f = reduced == 0 ? 1 : year / reduced;
      Map<String, Double> out = new HashMap<>();
      for (Period p : steps) {
        out.put(p.id(), round(Math.min(cap, byPeriod.getOrDefault(p.id(), otherwise) * f)));
      }
      return out;
    }

    /** An energy series (MWh per step): the medoid's step energy × weight, rescaled to the year's sum. */
    Map<String, Double> energy(Map<String, Double> byPeriod) {
      if (byPeriod.isEmpty()) {
        return byPeriod;
      }
      double year = byPeriod.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
      double reduced = 0;
      for (Period p : steps) {
        reduced += byPeriod.getOrDefault(p.id(), 0.0) * weight(p);
      }
      double f = reduced == 0 ? 1 : year / reduced;
      Map<String, Double> out = new HashMap<>();
      for (Period p : steps) {
        out.put(p.id(), round(byPeriod.getOrDefault(p.id(), 0.0) * weight(p) * f));
      }
      return out;
    }

    /** A limit or a price per step: the medoid's value. */
    Map<String, Double> limit(Map<String, Double> byPeriod) {
      if (byPeriod.isEmpty()) {
        return byPeriod;
      }
      Map<String, Double> out = new HashMap<>();
      for (Period p : steps) {
        Double v = byPeriod.get(p.id());
        if (v != null) {
          out.put(p.id(), v);
        }
      }
      return out;
    }

    private double weight(Period reducedStep) {
      return reducedStep.hours() / yearSteps.get(yearIndex.get(reducedStep.id())).hours();
    }

    Plant plant(Plant p) {
      Hydro h = p.hydro() == null ? null : new Hydro(energy(p.hydro().energyMwhByPeriod()), p.hydro().storageMwh(),
          energy(p.hydro().inflowMwhByPeriod()), p.hydro().minReleaseMw());
      return new Plant(p.id(), p.name(), p.region(), p.type(), p.capacityMw(), p.availability(),
          power(p.availabilityByPeriod(), p.availability(), 1.0), p.heatRateGcePerKwh(), p.grades(), p.minLoadShare(),
          p.vomCnyPerMwh(), p.fuelCostCnyPerMwh(), p.desulfurisationShare(), p.large(), p.commitment(), p.unitMw(), h,
          p.storage(), p.chp(), p.build(), p.capacityCredit(), p.rampMwPerHour(), p.startupCostCny(), p.minUpHours(),
          p.minDownHours());
    }

    Line line(Line l) {
      return new Line(l.id(), l.name(), l.from(), l.to(), l.capacityMw(), limit(l.capacityMwByPeriod()), l.lossShare(),
          l.wheelingCnyPerMwh(), l.bidirectional(), l.build());
    }

    Demand demand(Demand d) {
      return new Demand(d.id(), d.region(), d.mw(), power(d.mwByPeriod(), d.mw() == null ? 0 : d.mw(),
          Double.POSITIVE_INFINITY), d.annualMwh(), d.vollCnyPerMwh());
    }

    ExportContract export(ExportContract e) {
      return new ExportContract(e.id(), e.name(), e.region(), e.firmMwh(), energy(e.firmMwhByPeriod()), e.maxMw(),
          e.priceCnyPerMwh(), limit(e.priceCnyPerMwhByPeriod()), e.shortfallPenaltyCnyPerMwh());
    }
  }

  /** Six significant decimals: the file stays readable and the totals hold to well under 1e-6. */
  private static double round(double v) {
    return Math.rint(v * 1e6) / 1e6;
  }
}
