package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.coalgrid.domain.Instance;
import org.coalgrid.output.Json;

/**
 * Reads a report page back (its embedded data, and the self-test the page writes under {@code #selftest}) and
 * checks its numbers: against what the charts were given, and against the solution they come from.
 */
final class PageData {
  private PageData() {}

  static final double REL = 1e-9;

  /** The JSON of {@code <script type="application/json" id="coalgrid-data">}. */
  static JsonNode embedded(String html) throws Exception {
    String open = "<script type=\"application/json\" id=\"coalgrid-data\">";
    int a = html.indexOf(open);
    int b = html.indexOf("</script>", a);
    assertTrue(a >= 0 && b > a, "page embeds its data");
    return Json.MAPPER.readTree(html.substring(a + open.length(), b));
  }

  /** What the page's self-test wrote into {@code <pre id="selftest">} (as serialised by --dump-dom). */
  static JsonNode selftest(String dom) throws Exception {
    String open = "<pre id=\"selftest\">";
    int a = dom.indexOf(open);
    if (a < 0) {
      fail("the page wrote no self-test (did its script run?); DOM starts: " + dom.substring(0, Math.min(500,
          dom.length())));
    }
    int b = dom.indexOf("</pre>", a);
    String text = dom.substring(a + open.length(), b).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    return Json.MAPPER.readTree(text);
  }

  /** The self-test entry of chart {@code id} on {@code side} ("" for a single case, "A" or "B"). */
  static JsonNode drawn(JsonNode selftest, String id, String side) {
    for (JsonNode c : selftest.get("charts")) {
      if (c.get("id").asText().equals(id) && c.get("side").asText().equals(side)) {
        return c;
      }
    }
    fail("chart " + id + (side.isEmpty() ? "" : " " + side) + " not drawn");
    return null;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static JsonNode kpiDiff(JsonNode data, String path) {
    for (JsonNode k : data.get("kpiDiffs")) {
      if (k.get("path").asText().equals(path)) {
        return k;
      }
    }
    fail("no KPI " + path);
    return null;
  }

  static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
  }

  /** The series ECharts holds (read back by the page) carry exactly the numbers of the embedded data. */
  static void assertSeriesMatchData(JsonNode caseData, JsonNode selftest, String side) {
    for (JsonNode c : caseData.get("charts")) {
      String id = c.get("id").asText();
      JsonNode d = c.get("data");
      JsonNode drawn = drawn(selftest, id, side);
      switch (c.get("kind").asText()) {
        case "sankey" -> {
          JsonNode links = drawn.get("series").get(0).get("links");
          assertEquals(d.get("links").size(), links.size(), id + " links");
          for (int k = 0; k < links.size(); k++) {
            assertEquals(d.get("links").get(k).get("source").asText(), links.get(k).get("source").asText());
            assertEquals(d.get("links").get(k).get("target").asText(), links.get(k).get("target").asText());
            assertEquals(d.get("links").get(k).get("value").asDouble(), links.get(k).get("value").asDouble(), 0, id);
          }
          assertEquals(d.get("nodes").size(), drawn.get("series").get(0).get("data").size(), id + " nodes");
        }
        case "periods" -> {
          JsonNode series = drawn.get("series");
          int k = 0;
          for (String group : new String[] {"stacked", "lines"}) {
            for (JsonNode s : d.get(group)) {
              JsonNode got = series.get(k++).get("data");
              assertEquals(s.get("values").size(), got.size(), id + " " + s.get("key"));
              for (int t = 0; t < got.size(); t++) {
                assertEquals(s.get("values").get(t).asDouble(), got.get(t).asDouble(), 0, id + " " + s.get("key"));
              }
            }
          }
          assertEquals(k, series.size(), id + " series");
        }
        case "dayprices" -> {
          JsonNode series = drawn.get("series");
          int k = 0;
          for (JsonNode r : d.get("regions")) {
            for (JsonNode day : r.get("days")) {
              JsonNode got = series.get(k++).get("data");
              assertEquals(day.get("values").size(), got.size(), id + " " + r.get("id") + " " + day.get("id"));
              for (int t = 0; t < got.size(); t++) {
                assertEquals(day.get("values").get(t).asDouble(), got.get(t).asDouble(), 0, id + " " + day.get("id"));
              }
            }
          }
          assertEquals(k, series.size(), id + " series");
        }
        case "spread" -> {
          JsonNode series = drawn.get("series");
          assertEquals(d.get("kpis").size(), series.size(), id + " panels");
          for (int k = 0; k < series.size(); k++) {
            JsonNode want = d.get("kpis").get(k).get("values");
            JsonNode got = series.get(k).get("data");
            assertEquals(want.size(), got.size(), id + " " + d.get("kpis").get(k).get("key"));
            for (int t = 0; t < got.size(); t++) {
              assertEquals(want.get(t).isNull(), got.get(t).isNull(), id + " missing value");
              assertEquals(want.get(t).asDouble(), got.get(t).asDouble(), 0, id + " " + d.get("kpis").get(k).get("key"));
            }
          }
        }
        case "heatmap" -> {
          JsonNode got = drawn.get("series").get(0).get("data");
          assertEquals(d.get("cells").size(), got.size(), id + " cells");
          for (int k = 0; k < got.size(); k++) {
            for (int j = 0; j < 3; j++) {
              assertEquals(d.get("cells").get(k).get(j).asDouble(), got.get(k).get(j).asDouble(), 0, id);
            }
          }
        }
        case "bars" -> {
          JsonNode got = drawn.get("series").get(0).get("data");
          int n = d.get("bars").size();
          assertEquals(n, got.size(), id + " bars");
          for (int k = 0; k < n; k++) { // drawn bottom-up: the largest last
            assertEquals(d.get("bars").get(n - 1 - k).get("valueOfOnePercentCny").asDouble(), got.get(k).asDouble(), 0,
                id);
          }
        }
        case "network" -> {
          assertEquals(d.get("nodes").size(), drawn.get("series").get(0).get("data").size(), id + " nodes");
          assertEquals(d.get("edges").size(), drawn.get("series").get(0).get("links").size(), id + " edges");
        }
        default -> {
          // tables and messages are text, checked in the DOM
        }
      }
    }
  }

  /** Every number of the case's charts and headline figures is a figure of the solution or a plain sum of such. */
  static void assertDataMatchesSolution(JsonNode caseData, JsonNode sol, Instance in) {
    Map<String, JsonNode> charts = new HashMap<>();
    caseData.get("charts").forEach(c -> charts.put(c.get("id").asText(), c.get("data")));
    JsonNode k = sol.get("kpis");
    for (JsonNode kpi : caseData.get("kpis")) {
      String path = kpi.get("path").asText();
      double expected;
      if (path.equals("sum(kpis.capacityByTypeMw)")) {
        expected = 0;
        for (JsonNode c : k.get("capacityByTypeMw")) {
          expected += c.asDouble();
        }
      } else {
        String[] parts = path.split("\\.");
        expected = sol.get(parts[0]).get(parts[1]).asDouble();
      }
      close(expected, kpi.get("value").asDouble(), path);
    }
    Set<String> ext = new HashSet<>();
    in.regions().stream().filter(r -> r.external()).forEach(r -> ext.add(r.id()));
    // generation per type and period
    JsonNode gen = charts.get(GenerationChart.ID);
    Map<String, Integer> col = new HashMap<>();
    for (int t = 0; t < in.periods().size(); t++) {
      col.put(in.periods().get(t).id(), t);
    }
    for (JsonNode s : gen.get("stacked")) {
      double[] expected = new double[in.periods().size()];
      for (JsonNode p : sol.get("plants")) {
        if (p.get("type").asText().equals(s.get("key").asText()) && !ext.contains(p.get("region").asText())) {
          p.get("periods").forEach(t -> expected[col.get(t.get("period").asText())] += t.get("mw").asDouble());
        }
      }
      for (int t = 0; t < expected.length; t++) {
        close(expected[t], s.get("values").get(t).asDouble(), "generation " + s.get("key") + " period " + t);
      }
    }
    // representative days: price by hour of each day, storage by hour
    JsonNode dp = charts.get(DayCharts.PRICES);
    if (dp != null && dp.has("regions")) {
      Map<String, Double> price = new HashMap<>();
      sol.get("prices").get("electricity").forEach(p -> price.put(p.get("region").asText() + "|"
          + p.get("period").asText(), p.get("cnyPerMwh").asDouble()));
      int spd = in.time().stepsPerDay();
      int cells = 0;
      for (JsonNode r : dp.get("regions")) {
        for (JsonNode day : r.get("days")) {
          for (int h = 0; h < spd; h++) {
            String step = day.get("id").asText() + "-" + in.time().hourLabel(h);
            assertEquals(price.get(r.get("id").asText() + "|" + step), day.get("values").get(h).asDouble(), 0,
                "price " + r.get("id") + " " + step);
            cells++;
          }
        }
      }
      assertEquals(in.time().days().size() * spd * dp.get("regions").size(), cells);
    }
    JsonNode st = charts.get(DayCharts.STORAGE);
    if (st != null) {
      for (JsonNode s : st.get("stacked")) {
        String[] key = s.get("key").asText().split(":");
        JsonNode plant = null;
        for (JsonNode p : sol.get("plants")) {
          plant = p.get("id").asText().equals(key[0]) ? p : plant;
        }
        JsonNode periods = plant.get("periods");
        for (int t = 0; t < periods.size(); t++) {
          JsonNode pt = periods.get(t);
          double expected = key[1].equals("generates") ? pt.get("mw").asDouble()
              : pt.hasNonNull("pumpMw") ? -pt.get("pumpMw").asDouble() : 0;
          close(expected, s.get("values").get(col.get(pt.get("period").asText())).asDouble(),
              "storage " + s.get("key") + " " + pt.get("period"));
        }
      }
    }
    // prices, cell by cell
    JsonNode pe = charts.get(PriceMaps.ELECTRICITY);
    int n = 0;
    for (JsonNode p : sol.get("prices").get("electricity")) {
      JsonNode cell = pe.get("cells").get(n++);
      assertEquals(p.get("period").asText(), pe.get("x").get(cell.get(0).asInt()).get("id").asText());
      assertEquals(p.get("region").asText(), pe.get("y").get(cell.get(1).asInt()).get("id").asText());
      assertEquals(p.get("cnyPerMwh").asDouble(), cell.get(2).asDouble(), 0);
    }
    JsonNode pc = charts.get(PriceMaps.COAL);
    n = 0;
    for (JsonNode p : sol.get("prices").get("coal")) {
      JsonNode cell = pc.get("cells").get(n++);
      assertTrue(pc.get("x").get(cell.get(0).asInt()).get("id").asText().startsWith(p.get("grade").asText()));
      assertEquals(p.get("region").asText(), pc.get("y").get(cell.get(1).asInt()).get("id").asText());
      assertEquals(p.get("cnyPerT").asDouble(), cell.get(2).asDouble(), 0);
    }
    // binding caps: the bars add up to the binding rows when all are shown
    JsonNode bars = charts.get(BindingCaps.ID);
    if (bars.get("total").asInt() == bars.get("bars").size()) {
      double rows = 0;
      for (JsonNode b : sol.get("binding")) {
        rows += b.get("valueOfOnePercentCny").asDouble();
      }
      double drawn = 0;
      for (JsonNode b : bars.get("bars")) {
        drawn += b.get("valueOfOnePercentCny").asDouble();
      }
      close(rows, drawn, "binding caps");
    }
    // network: each edge's flow is its line's or arc's
    Map<String, JsonNode> lines = new HashMap<>();
    sol.get("lines").forEach(l -> lines.put(l.get("id").asText(), l));
    Map<String, JsonNode> arcs = new HashMap<>();
    sol.get("coalArcs").forEach(a -> arcs.put(a.get("id").asText(), a));
    for (JsonNode e : charts.get(NetworkMap.ID).get("edges")) {
      if (e.get("kind").asText().equals("line")) {
        close(lines.get(e.get("id").asText()).get("sentMwh").asDouble(), e.get("sentMwh").asDouble(), "line");
      } else {
        close(arcs.get(e.get("id").asText()).get("totalT").asDouble(), e.get("totalT").asDouble(), "arc");
      }
    }
    assertEquals(lines.size() + arcs.size(), charts.get(NetworkMap.ID).get("edges").size());
    // Sankeys: the user totals are the KPIs, and every middle node balances
    Sankey coal = new Sankey(charts.get(CoalSankey.ID));
    close(k.get("coalProducedT").asDouble(), coal.outOfPrefix("mines:"), "coal out of the mines = produced");
    close(k.get("coalToPowerT").asDouble(), coal.intoPrefix("use:plant:"), "coal to plants");
    close(k.get("coalToIndustryT").asDouble(), coal.intoPrefix("use:industry:"), "coal to industries");
    close(k.get("coalToOtherDemandT").asDouble(), coal.intoPrefix("use:other"), "coal to other users");
    close(k.get("coalOutboundT").asDouble(), coal.intoPrefix("use:outbound"), "coal outbound");
    coal.assertMiddleBalances("grade:", k.get("coalProducedT").asDouble());
    // (a grade whose users took more than its sources gave would fail here: "unused" only takes a surplus)
    Sankey power = new Sankey(charts.get(PowerSankey.ID));
    close(k.get("generationMwh").asDouble(), power.outOfPrefix("gen:"), "generation");
    close(k.get("directSupplyMwh").asDouble(), power.intoPrefix("use:direct"), "direct supply");
    double served = 0;
    for (JsonNode d : sol.get("demands")) {
      if (!ext.contains(d.get("region").asText())) {
        served += d.get("demandMwh").asDouble() - d.get("unservedMwh").asDouble();
      }
    }
    close(served, power.intoPrefix("use:load"), "loads served");
    double industries = 0;
    for (JsonNode i : sol.get("industries")) {
      if (!ext.contains(i.get("region").asText())) {
        industries += i.get("electricityMwh").asDouble();
      }
    }
    close(industries, power.intoPrefix("use:industry"), "industries' electricity");
    power.assertMiddleBalances("region:", k.get("generationMwh").asDouble());
  }

  /** Link sums of a Sankey's data (links below the floor are not in the data). */
  record Sankey(JsonNode data) {
    double intoPrefix(String prefix) {
      double s = 0;
      for (JsonNode l : data.get("links")) {
        s += l.get("target").asText().startsWith(prefix) ? l.get("value").asDouble() : 0;
      }
      return s;
    }

    double outOfPrefix(String prefix) {
      double s = 0;
      for (JsonNode l : data.get("links")) {
        s += l.get("source").asText().startsWith(prefix) ? l.get("value").asDouble() : 0;
      }
      return s;
    }

    /** Each node with the prefix gets what it gives, within 1e-6 of {@code scale} plus the dropped small links. */
    void assertMiddleBalances(String prefix, double scale) {
      for (JsonNode node : data.get("nodes")) {
        String key = node.get("key").asText();
        if (key.startsWith(prefix)) {
          double in = 0;
          double out = 0;
          int links = 0;
          for (JsonNode l : data.get("links")) {
            boolean to = l.get("target").asText().equals(key);
            boolean from = l.get("source").asText().equals(key);
            in += to ? l.get("value").asDouble() : 0;
            out += from ? l.get("value").asDouble() : 0;
            links += to || from ? 1 : 0;
          }
          assertEquals(in, out, 1e-6 * scale + links, key + " balances (in = out)");
        }
      }
    }
  }
}
