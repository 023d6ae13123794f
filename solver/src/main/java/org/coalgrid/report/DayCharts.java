package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.TimeStructure;

/**
 * The charts of a representative-day instance (none for blocks or a full year): the electricity price by hour of
 * each representative day, one panel per internal region and one line per day (the solution's
 * {@code prices.electricity}); and what each storage plant (pumped storage 抽水蓄能, battery) does hour by hour,
 * its generation up and its pumping down (the plants' {@code periods[].mw} and {@code pumpMw}), over every step
 * of every day. Builders return null when the instance has no representative days (the page leaves them out).
 */
final class DayCharts {
  static final String PRICES = "day-prices";
  static final String STORAGE = "storage";

  private DayCharts() {}

  /** Representative days of at most a month's count: one line each is readable. */
  private static boolean days(CaseView v) {
    TimeStructure t = v.instance().time();
    return t.form() == TimeStructure.Form.REPRESENTATIVE_DAYS && t.stepsPerDay() > 0 && t.days().size() <= 31;
  }

  static Chart prices(CaseView v) {
    if (!days(v)) {
      return null;
    }
    String title = "Electricity price by hour of each representative day";
    String zh = "典型日逐时电价";
    JsonNode prices = v.solution().get("prices");
    if (!v.hasSolution() || prices == null || !prices.path("available").asBoolean()) {
      return Chart.message(PRICES, title, zh, "no certified prices: nothing to draw");
    }
    TimeStructure t = v.instance().time();
    int spd = t.stepsPerDay();
    Map<String, Double> price = new HashMap<>();
    for (JsonNode p : prices.get("electricity")) {
      price.put(p.get("region").asText() + "|" + p.get("period").asText(), p.get("cnyPerMwh").asDouble());
    }
    List<Period> steps = v.instance().periods();
    ObjectNode d = CaseView.node();
    ArrayNode hours = d.putArray("hours");
    for (int k = 0; k < spd; k++) {
      hours.add(t.hourLabel(k).substring(1) + ":00");
    }
    ArrayNode regions = d.putArray("regions");
    for (Region r : v.internalRegions()) {
      ObjectNode reg = regions.addObject().put("id", r.id()).put("label", v.regionName(r.id()));
      ArrayNode days = reg.putArray("days");
      for (int j = 0; j < t.days().size(); j++) {
        TimeStructure.Day day = t.days().get(j);
        ObjectNode o = days.addObject().put("id", day.id()).put("weight", day.weight())
            .put("label", day.id() + " (" + fmtDays(day.weight()) + " d)");
        ArrayNode values = o.putArray("values");
        for (int k = 0; k < spd; k++) {
          Double x = price.get(r.id() + "|" + steps.get(j * spd + k).id());
          if (x == null) {
            values.addNull();
          } else {
            values.add(x);
          }
        }
      }
    }
    return new Chart(PRICES, "dayprices", title, zh, "CNY/MWh", "Price of one more MWh in the region at each hour "
        + "of each representative day (dual of its power balance; the day's weight is the days of the year it stands "
        + "for). Where the lines spread, storage and peaking plants earn.", d);
  }

  static Chart storage(CaseView v) {
    if (!days(v) || !v.hasSolution()) {
      return null;
    }
    List<JsonNode> plants = v.list("plants").stream().filter(p -> !v.isExternal(p.get("region").asText())
        && (p.get("type").asText().equals("PUMPED_STORAGE") || p.get("type").asText().equals("BATTERY"))).toList();
    if (plants.isEmpty()) {
      return null;
    }
    List<Period> periods = v.instance().periods();
    Map<String, Integer> col = new HashMap<>();
    for (int k = 0; k < periods.size(); k++) {
      col.put(periods.get(k).id(), k);
    }
    ObjectNode d = CaseView.node();
    d.put("axis", "period");
    ArrayNode cats = d.putArray("categories");
    for (Period p : periods) {
      cats.addObject().put("id", p.id()).put("hours", p.hours()).put("label", p.id());
    }
    ArrayNode stacked = d.putArray("stacked");
    for (JsonNode p : plants) {
      double[] gen = new double[periods.size()];
      double[] pump = new double[periods.size()];
      for (JsonNode t : p.get("periods")) {
        int k = col.get(t.get("period").asText());
        gen[k] = CaseView.num(t, "mw");
        Double pm = CaseView.numOrNull(t, "pumpMw");
        pump[k] = pm == null || pm == 0 ? 0 : -pm;
      }
      String name = p.get("id").asText();
      GenerationChart.series(stacked, name + ":generates", name + " generates 发电", gen);
      GenerationChart.series(stacked, name + ":pumps", name + " pumps 抽水 (−)", pump);
    }
    d.putArray("lines");
    return new Chart(STORAGE, "periods", "Storage by hour", "储能逐时出力与抽水", "MW",
        "Each storage plant's generation (up) and pumping (down, negative) in every hour of every representative "
            + "day, average MW; it pumps where the price of the hour is low and generates where it is high.", d);
  }

  private static String fmtDays(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }
}
