package org.coalgrid.explain;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.Fmt;

/**
 * The day inside the year, for instances cut into representative days or a full year (docs/formulation.md §2):
 * per internal region the hour of the day whose electricity price is highest and lowest on average (each day
 * weighted by the days it stands for), and per storage plant (pumped storage 抽水蓄能, battery) when in the day it
 * pumps and generates most and what that earns, or why it stays idle. Null for blocks or without prices.
 *
 * @param regions per internal region: price by hour of the day
 * @param storage per storage plant: its role in the day
 */
public record DayShape(List<RegionHours> regions, List<StorageRole> storage) {

  /** Average price (CNY/MWh) at the dearest and cheapest hour of the day (hours of the day, 0 to 23). */
  public record RegionHours(String region, String name, double peakHour, double peakCnyPerMwh, double lowHour,
      double lowCnyPerMwh) {}

  /**
   * A storage plant's energy pumped and generated in the year (MWh), the hour of the day it pumps and generates
   * most (null when it does not), its arbitrage value (CNY/yr, null when idle), and the widest spread of its
   * region's price within a day after the round trip, max over days of ((max price − running cost)·efficiency −
   * min price) (CNY/MWh per MWh pumped): storing pays only where it is positive.
   */
  public record StorageRole(String plant, String name, String region, double pumpedMwh, double generatedMwh,
      Double pumpHour, Double generateHour, Double arbitrageCny, double bestSpreadCnyPerMwh) {}

  /** The day shape of {@code r}, or null for blocks or a result without prices. */
  static DayShape of(AllocationResult r, Instance in, EntityWords names) {
    if (!in.time().hasDays() || !r.prices().available() || r.prices().electricity().isEmpty()) {
      return null;
    }
    Chronology ch = in.chronology();
    int nt = in.periods().size();
    int spd = in.time().stepsPerDay();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int t = 0; t < nt; t++) {
      index.putIfAbsent(in.periods().get(t).id(), t);
    }
    java.util.Map<String, double[]> price = new java.util.HashMap<>();
    for (var p : r.prices().electricity()) {
      int t = index.getOrDefault(p.period(), -1);
      if (t >= 0) {
        price.computeIfAbsent(p.region(), k -> new double[nt])[t] = p.cnyPerMwh();
      }
    }
    List<RegionHours> regions = new ArrayList<>();
    for (var region : in.regions()) {
      double[] pr = price.get(region.id());
      if (region.external() || pr == null) {
        continue;
      }
      double[] byHour = byStepOfDay(ch, pr, spd);
      int hi = argmax(byHour, 1);
      int lo = argmax(byHour, -1);
      regions.add(new RegionHours(region.id(), names.region(region.id()),
          hi * in.time().stepHours(), byHour[hi], lo * in.time().stepHours(), byHour[lo]));
    }
    List<StorageRole> storage = new ArrayList<>();
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      var res = r.plants().get(p);
      if (!plant.type().storesEnergy() || plant.storage() == null || !res.id().equals(plant.id())) {
        continue;
      }
      double[] gen = new double[nt];
      double[] pump = new double[nt];
      double pumped = 0;
      double generated = 0;
      for (int t = 0; t < nt && t < res.periods().size(); t++) {
        var pp = res.periods().get(t);
        gen[t] = pp.mw();
        pump[t] = pp.pumpMw() == null ? 0 : pp.pumpMw();
        generated += gen[t] * in.periods().get(t).hours();
        pumped += pump[t] * in.periods().get(t).hours();
      }
      double[] pr = price.getOrDefault(plant.region(), new double[nt]);
      double spread = Double.NEGATIVE_INFINITY;
      for (int d = 0; d < in.time().days().size(); d++) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < spd; k++) {
          int t = ch.firstStepOfDay(d) + k;
          max = Math.max(max, pr[t]);
          min = Math.min(min, pr[t]);
        }
        double eff = plant.storage().efficiency();
        spread = Math.max(spread, (max - plant.vomCnyPerMwh() - plant.fuelCostCnyPerMwh()) * eff - min);
      }
      Double pumpHour = pumped > 0 ? argmax(byStepOfDay(ch, pump, spd), 1) * in.time().stepHours() : null;
      Double genHour = generated > 0 ? argmax(byStepOfDay(ch, gen, spd), 1) * in.time().stepHours() : null;
      storage.add(new StorageRole(plant.id(), names.entity("pumped_storage", plant.id()), plant.region(), pumped,
          generated, pumpHour, genHour, res.arbitrageCny(), spread));
    }
    return new DayShape(regions, storage);
  }

  /** Σ over days of weight·value at each step of the day, divided by Σ weights: the weighted average day. */
  private static double[] byStepOfDay(Chronology ch, double[] v, int spd) {
    double[] sum = new double[spd];
    double w = 0;
    for (int t = 0; t < v.length; t++) {
      int k = t - ch.firstStepOfDay(ch.day(t));
      sum[k] += ch.weight(t) * v[t];
      w += k == 0 ? ch.weight(t) : 0;
    }
    for (int k = 0; k < spd; k++) {
      sum[k] /= w;
    }
    return sum;
  }

  /** Index of the largest (sign 1) or smallest (sign -1) value, the first on ties. */
  private static int argmax(double[] v, int sign) {
    int best = 0;
    for (int k = 1; k < v.length; k++) {
      if (sign * v[k] > sign * v[best] + 1e-9) {
        best = k;
      }
    }
    return best;
  }

  /** The text of the section, in planner words. */
  String render() {
    StringBuilder sb = new StringBuilder("\n## The day 日内: when power is dear, and what storage does\n\n");
    for (RegionHours h : regions) {
      if (h.peakCnyPerMwh() - h.lowCnyPerMwh() < 0.05) {
        sb.append("- ").append(h.name()).append(": the price is the same at every hour of the day (")
            .append(Fmt.num(h.peakCnyPerMwh(), 1)).append(" CNY/MWh on the weighted average day)\n");
        continue;
      }
      sb.append("- ").append(h.name()).append(": the price is highest at ").append(clock(h.peakHour())).append(" (")
          .append(Fmt.num(h.peakCnyPerMwh(), 1)).append(" CNY/MWh on the weighted average day")
          .append(peakWords(h.peakHour())).append(") and lowest at ").append(clock(h.lowHour())).append(" (")
          .append(Fmt.num(h.lowCnyPerMwh(), 1)).append(")\n");
    }
    for (StorageRole s : storage) {
      sb.append("- Storage 储能 ").append(s.name()).append(": ");
      if (s.generateHour() != null || s.pumpHour() != null) {
        sb.append("pumps ").append(Fmt.energy(s.pumpedMwh())).append(" a year")
            .append(s.pumpHour() != null ? ", most at " + clock(s.pumpHour()) : "").append(", and generates ")
            .append(Fmt.energy(s.generatedMwh()))
            .append(s.generateHour() != null ? ", most at " + clock(s.generateHour()) : "")
            .append(s.generateHour() != null ? peakWords(s.generateHour()) : "")
            .append(s.arbitrageCny() != null ? "; it earns " + Fmt.money(s.arbitrageCny()) + "/yr" : "")
            .append(": it moves cheap energy to the dear hours\n");
      } else {
        sb.append("idle: no day's price spread pays for the round trip (at best (peak price - running cost) x"
            + " efficiency - lowest price = ").append(Fmt.num(s.bestSpreadCnyPerMwh(), 1))
            .append(" CNY per MWh pumped)\n");
      }
    }
    return sb.toString();
  }

  private static String clock(double hour) {
    int h = (int) Math.floor(hour);
    int m = (int) Math.round((hour - h) * 60);
    return String.format(java.util.Locale.ROOT, "%02d:%02d", h, m);
  }

  /** ", the evening peak 晚高峰" for an hour from 17:00 to 22:00, ", the morning peak 早高峰" from 07:00 to 11:00. */
  private static String peakWords(double hour) {
    if (hour >= 17 && hour < 23) {
      return ", the evening peak 晚高峰";
    }
    return hour >= 7 && hour < 12 ? ", the morning peak 早高峰" : "";
  }
}
