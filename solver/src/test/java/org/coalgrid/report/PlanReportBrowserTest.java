package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a multi-year pathway ({@code coalgrid pathway --report}) and of a two-stage stochastic plan
 * ({@code coalgrid stochastic --report}) in headless Chromium, as {@link ReportBrowserTest} does for one year: no
 * console message or script error, every chart drawn (a canvas with ink, or a table with text), the numbers ECharts
 * holds equal the embedded data, and the embedded data equal the files the same run wrote (pathway.json and the
 * pathway CSV tables; stochastic.json, scenarios.csv, expected-prices.csv and each scenario's solution.json).
 * Fixtures: tutorial-build.json with a pathway section over 2011–2014 (the Qianxi units and the second Guangdong
 * corridor paid overnight), and with three hydro scenarios (wet ×1.3, normal, dry ×0.6; builds first stage).
 * {@code -Dcoalgrid.updateScreenshots=true} copies one screenshot per chart to docs/img.
 */
class PlanReportBrowserTest {
  static final int WIDTH = ReportBrowserTest.WIDTH;
  static Chromium chromium;
  @TempDir
  static Path dir;

  @BeforeAll
  static void browser() {
    chromium = Chromium.find();
  }

  static ObjectNode tutorialBuild() throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(Path.of(Cli.instance("tutorial-build.json")).toFile());
  }

  static Path pathwayFixture() throws Exception {
    ObjectNode t = tutorialBuild();
    ((ObjectNode) t.get("meta")).put("name", "tutorial-pathway");
    ObjectNode pw = t.putObject("pathway").put("firstYear", 2011).put("lastYear", 2014).put("discountRate", 0.08)
        .put("demandGrowth", 0.06);
    pw.putArray("plants").addObject().put("id", "qianxi").put("earliestYear", 2012).put("lifetimeYears", 30)
        .put("overnightCapexCnyPerMw", 4.0e6).put("buildLagYears", 1);
    pw.putArray("lines").addObject().put("id", "ac2-bj-gd").put("lifetimeYears", 40)
        .put("overnightCapexCnyPerMw", 1.9e6);
    return Files.writeString(dir.resolve("tutorial-pathway.json"), t.toPrettyString(), StandardCharsets.UTF_8);
  }

  static Path stochasticFixture() throws Exception {
    ObjectNode t = tutorialBuild();
    ((ObjectNode) t.get("meta")).put("name", "tutorial-hydro");
    ObjectNode u = t.putObject("uncertainty");
    ArrayNode sc = u.putArray("scenarios");
    String[][] s = {{"wet", "wet year 丰水年", "0.25", "1.3"}, {"normal", "normal year 平水年", "0.5", "1.0"},
        {"dry", "dry year 枯水年", "0.25", "0.6"}};
    for (String[] x : s) {
      sc.addObject().put("id", x[0]).put("name", x[1]).put("probability", Double.parseDouble(x[2]))
          .putArray("hydro").addObject().put("multiplier", Double.parseDouble(x[3]));
    }
    u.putObject("firstStage").put("builds", true);
    return Files.writeString(dir.resolve("tutorial-hydro.json"), t.toPrettyString(), StandardCharsets.UTF_8);
  }

  /** Opens the page, checks it drew every chart with no message, and returns its self-test. */
  static JsonNode open(Path page, JsonNode data) throws Exception {
    Chromium.Run run = chromium.dumpDom(page, "selftest", WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()), "console messages of the page");
    JsonNode st = PageData.selftest(run.out());
    assertEquals(0, st.get("errors").size(), "script errors: " + st.get("errors"));
    assertEquals(ReportPage.echartsVersion(), st.get("echarts").asText());
    JsonNode charts = data.get("cases").get(0).get("charts");
    assertEquals(charts.size(), st.get("charts").size());
    for (JsonNode c : charts) {
      String id = c.get("id").asText();
      JsonNode s = PageData.drawn(st, id, "");
      assertTrue(s.get("width").asDouble() >= WIDTH - 120, id + " width " + s.get("width"));
      if (c.get("kind").asText().equals("table")) {
        assertTrue(s.get("inked").asInt() > 20, id + " shows text");
        continue;
      }
      assertTrue(List.of("periods", "spread", "heatmap").contains(c.get("kind").asText()), id + " " + c.get("kind"));
      assertTrue(s.get("canvas").asBoolean(), id + " has a canvas");
      assertTrue(s.get("height").asDouble() >= 150, id + " height " + s.get("height"));
      assertTrue(s.get("inked").asInt() > 500, id + " drew only " + s.get("inked") + " sampled pixels");
    }
    PageData.assertSeriesMatchData(data.get("cases").get(0), st, "");
    for (JsonNode k : data.get("cases").get(0).get("kpis")) {
      assertTrue(run.out().contains(PageData.escape(k.get("text").asText())), "page shows " + k.get("text"));
    }
    return st;
  }

  static Map<String, JsonNode> charts(JsonNode data) {
    Map<String, JsonNode> m = new HashMap<>();
    data.get("cases").get(0).get("charts").forEach(c -> m.put(c.get("id").asText(), c));
    return m;
  }

  static JsonNode kpi(JsonNode data, String path) {
    for (JsonNode k : data.get("cases").get(0).get("kpis")) {
      if (k.get("path").asText().equals(path)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + path);
  }

  /** CSV numbers carry 10 significant digits. */
  static void csvClose(double csv, double page, String what) {
    assertEquals(csv, page, 1e-9 * Math.max(1, Math.abs(csv)) + 1e-9, what);
  }

  @Test
  void pathwayReport() throws Exception {
    Path file = pathwayFixture();
    Path out = dir.resolve("pw-out");
    Path page = dir.resolve("pathway.html");
    Cli r = Cli.run("pathway", file.toString(), "--out", out.toString(), "--report", page.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Wrote " + page), r.out());
    JsonNode data = PageData.embedded(Files.readString(page, StandardCharsets.UTF_8));
    assertEquals("pathway", data.get("mode").asText());
    JsonNode st = open(page, data);
    JsonNode pw = Json.MAPPER.readTree(out.resolve("pathway.json").toFile());
    Map<String, JsonNode> ch = charts(data);
    List<String> order = new java.util.ArrayList<>();
    data.get("cases").get(0).get("charts").forEach(c -> order.add(c.get("id").asText()));
    assertEquals(List.of(PathwayReport.CAPACITY, PathwayReport.GENERATION, PathwayReport.BUILDS,
        PathwayReport.PRICES, PathwayReport.COSTS, PathwayReport.TARGETS), order);
    // headline figures = pathway.json
    assertEquals(pw.get("objectivePvCny").asDouble(), kpi(data, "objectivePvCny").get("value").asDouble(), 0);
    assertEquals(pw.get("termsPvCny").get("INVESTMENT").asDouble(), kpi(data, "termsPvCny.INVESTMENT").get("value")
        .asDouble(), 0);
    double plants = 0;
    double lines = 0;
    for (JsonNode b : pw.get("builds")) {
      double mw = b.get("units").asInt() * b.get("unitMw").asDouble();
      plants += b.get("line").asBoolean() ? 0 : mw;
      lines += b.get("line").asBoolean() ? mw : 0;
    }
    assertTrue(plants > 0 && lines > 0, "the fixture builds plants and lines");
    assertEquals(plants, kpi(data, "sum(builds[plant].mw)").get("value").asDouble(), 0);
    assertEquals(lines, kpi(data, "sum(builds[line].mw)").get("value").asDouble(), 0);
    // capacity, generation and cost terms per year = the pathway CSV tables
    assertPerYear(ch.get(PathwayReport.CAPACITY), Cli.csv(out.resolve("pathway-capacity.csv")), "type", 1, 2);
    assertPerYear(ch.get(PathwayReport.GENERATION), Cli.csv(out.resolve("pathway-generation.csv")), "type", 1, 2);
    assertPerYear(ch.get(PathwayReport.COSTS), Cli.csv(out.resolve("pathway-costs.csv")), "term", 1, 3);
    // the build schedule = pathway-builds.csv (year, id, MW)
    List<String[]> builds = Cli.csv(out.resolve("pathway-builds.csv"));
    JsonNode rows = ch.get(PathwayReport.BUILDS).get("data").get("rows");
    assertEquals(builds.size() - 1, rows.size());
    for (String[] b : builds.subList(1, builds.size())) {
      boolean found = false;
      for (JsonNode row : rows) {
        found |= row.get("id").asText().equals(b[2]) && row.get("year").asInt() == Integer.parseInt(b[0])
            && row.get("mw").asDouble() == Double.parseDouble(b[7]);
      }
      assertTrue(found, "build " + String.join(",", b) + " on the page");
    }
    // prices: each region's hour-weighted mean from pathway-prices.csv, and the all-region row = pathway-years.csv
    Instance base = org.coalgrid.io.PathwayReader.read(file).instance(2011);
    Map<String, Double> hours = new HashMap<>();
    for (Period p : base.periods()) {
      hours.put(p.id(), p.hours());
    }
    JsonNode hm = ch.get(PathwayReport.PRICES).get("data");
    Map<String, double[]> sums = new HashMap<>();
    List<String[]> priceRows = Cli.csv(out.resolve("pathway-prices.csv"));
    List<String> ph = List.of(priceRows.get(0));
    for (String[] p : priceRows.subList(1, priceRows.size())) {
      String region = p[ph.indexOf("region")];
      if (!base.isExternal(region)) {
        double[] s = sums.computeIfAbsent(p[0] + "|" + region, k -> new double[2]);
        double h = hours.get(p[ph.indexOf("period")]);
        s[0] += h * Double.parseDouble(p[ph.indexOf("electricity_cny_per_mwh")]);
        s[1] += h;
      }
    }
    int last = hm.get("y").size() - 1;
    Map<String, Double> yearMean = new HashMap<>();
    for (String[] y : Cli.csv(out.resolve("pathway-years.csv")).subList(1, 5)) {
      yearMean.put(y[0], Double.parseDouble(y[5]));
    }
    for (JsonNode cell : hm.get("cells")) {
      String year = hm.get("x").get(cell.get(0).asInt()).get("id").asText();
      int row = cell.get(1).asInt();
      if (row == last) {
        csvClose(yearMean.get(year), cell.get(2).asDouble(), "mean price " + year);
      } else {
        double[] s = sums.get(year + "|" + hm.get("y").get(row).get("id").asText());
        csvClose(s[0] / s[1], cell.get(2).asDouble(), "price " + year + " " + hm.get("y").get(row).get("id"));
      }
    }
    assertEquals(4 * hm.get("y").size(), hm.get("cells").size(), "a price per region and year");
    screenshots(page, st, "pathway");
  }

  /**
   * Each stacked series of a per-year chart equals the CSV rows (year, key, value) with the key in column
   * {@code keyCol} and the value in {@code valueCol}; a key the chart leaves out (a term below 1 CNY every year) is 0
   * in the CSV.
   */
  static void assertPerYear(JsonNode chart, List<String[]> csv, String what, int keyCol, int valueCol) {
    JsonNode d = chart.get("data");
    Map<String, Integer> col = new HashMap<>();
    for (int k = 0; k < d.get("categories").size(); k++) {
      col.put(d.get("categories").get(k).get("id").asText(), k);
    }
    Map<String, JsonNode> series = new HashMap<>();
    d.get("stacked").forEach(s -> series.put(s.get("key").asText(), s.get("values")));
    java.util.Set<String> matched = new java.util.HashSet<>();
    for (String[] row : csv.subList(1, csv.size())) {
      JsonNode s = series.get(row[keyCol]);
      double v = Double.parseDouble(row[valueCol]);
      if (s == null) {
        assertTrue(Math.abs(v) < 1, what + " " + row[keyCol] + " left out but " + v + " in the CSV");
        continue;
      }
      csvClose(v, s.get(col.get(row[0])).asDouble(), chart.get("id").asText() + " " + row[0] + " " + row[keyCol]);
      matched.add(row[keyCol] + "|" + row[0]);
    }
    // a cell without a CSV row (a term absent from a year) is 0
    for (JsonNode s : d.get("stacked")) {
      for (JsonNode cat : d.get("categories")) {
        if (!matched.contains(s.get("key").asText() + "|" + cat.get("id").asText())) {
          assertEquals(0, s.get("values").get(col.get(cat.get("id").asText())).asDouble(), 0, chart.get("id") + " "
              + s.get("key") + " " + cat.get("id") + " is not in the CSV");
        }
      }
    }
    assertTrue(matched.size() > d.get("categories").size(), "the CSV has the chart's cells");
  }

  @Test
  void stochasticReport() throws Exception {
    Path file = stochasticFixture();
    Path out = dir.resolve("st-out");
    Path page = out.resolve("report.html");
    Cli r = Cli.run("stochastic", file.toString(), "--out", out.toString(), "--report", page.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode data = PageData.embedded(Files.readString(page, StandardCharsets.UTF_8));
    assertEquals("scenarios", data.get("mode").asText());
    JsonNode st = open(page, data);
    JsonNode sj = Json.MAPPER.readTree(out.resolve("stochastic.json").toFile());
    Map<String, JsonNode> ch = charts(data);
    assertEquals(sj.get("evpiCny").asDouble(), kpi(data, "evpiCny").get("value").asDouble(), 0);
    assertEquals(sj.get("vssCny").asDouble(), kpi(data, "vssCny").get("value").asDouble(), 0);
    assertEquals(sj.get("expectedCostCny").get("stochastic").asDouble(), kpi(data, "expectedCostCny.stochastic")
        .get("value").asDouble(), 0);
    assertEquals(sj.get("expectedCostCny").get("wait-and-see").asDouble(), kpi(data,
        "expectedCostCny.wait-and-see").get("value").asDouble(), 0);
    // the spread: every scenario's KPI = scenarios.csv, with its probability; expected = Σ p·x
    String plan = sj.get("reportedPlan").asText();
    JsonNode spread = ch.get(ScenarioReport.SPREAD).get("data");
    List<String> ids = new java.util.ArrayList<>();
    spread.get("scenarios").forEach(x -> ids.add(x.get("id").asText()));
    assertEquals(List.of("wet", "normal", "dry"), ids);
    int checked = 0;
    for (String[] row : Cli.csv(out.resolve("scenarios.csv"))) {
      if (!row[0].equals(plan)) {
        continue;
      }
      int k = ids.indexOf(row[1]);
      assertEquals(Double.parseDouble(row[3]), spread.get("scenarios").get(k).get("probability").asDouble(), 0);
      for (JsonNode kp : spread.get("kpis")) {
        if (kp.get("key").asText().equals(row[5])) {
          csvClose(Double.parseDouble(row[6]), kp.get("values").get(k).asDouble(), row[1] + " " + row[5]);
          checked++;
        }
      }
    }
    assertEquals(ids.size() * ScenarioReport.KPIS.size(), checked);
    for (JsonNode kp : spread.get("kpis")) {
      double e = 0;
      for (int k = 0; k < ids.size(); k++) {
        e += spread.get("scenarios").get(k).get("probability").asDouble() * kp.get("values").get(k).asDouble();
      }
      PageData.close(e, kp.get("expected").asDouble(), "E " + kp.get("key"));
    }
    JsonNode hydro = spread.get("kpis").get(2);
    assertTrue(hydro.get("min").asDouble() < hydro.get("max").asDouble(), "hydro differs by scenario");
    // generation per scenario = each scenario's solution.json
    JsonNode gen = ch.get(ScenarioReport.GENERATION).get("data");
    for (int k = 0; k < ids.size(); k++) {
      JsonNode sol = Json.MAPPER.readTree(out.resolve("scenarios").resolve(ids.get(k)).resolve("solution.json")
          .toFile());
      for (JsonNode s : gen.get("stacked")) {
        assertEquals(sol.get("kpis").get("generationByTypeMwh").get(s.get("key").asText()).asDouble(),
            s.get("values").get(k).asDouble(), 0, ids.get(k) + " " + s.get("key"));
      }
    }
    // prices: every scenario's and the expected price = expected-prices.csv
    JsonNode hm = ch.get(ScenarioReport.PRICES).get("data");
    List<String[]> prices = Cli.csv(out.resolve("expected-prices.csv"));
    List<String> head = List.of(prices.get(0));
    Map<String, Double> cells = new HashMap<>();
    hm.get("cells").forEach(c -> cells.put(c.get(0).asInt() + "|" + c.get(1).asInt(), c.get(2).asDouble()));
    assertEquals((prices.size() - 1) * (ids.size() + 1), cells.size());
    for (String[] p : prices.subList(1, prices.size())) {
      List<String> xs = new java.util.ArrayList<>();
      hm.get("x").forEach(v -> xs.add(v.get("id").asText()));
      int x = xs.indexOf(p[0] + "/" + p[head.indexOf("period")]);
      assertTrue(x >= 0, "price column " + p[0] + "/" + p[3]);
      csvClose(Double.parseDouble(p[head.indexOf("expectedCnyPerMwh")]), cells.get(x + "|" + ids.size()), "E price");
      for (int k = 0; k < ids.size(); k++) {
        csvClose(Double.parseDouble(p[head.indexOf(ids.get(k) + "CnyPerMwh")]), cells.get(x + "|" + k),
            ids.get(k) + " price " + p[0] + " " + p[3]);
      }
    }
    assertTrue(Files.readString(out.resolve(".coalgrid-output.json")).contains("report.html"),
        "a report inside --out is written with the set");
    screenshots(page, st, "scenario");
  }

  @Test
  void aReportThatIsTheOutputDirectoryOrDeeperInsideItIsRefusedBeforeAnySolve() throws Exception {
    Path file = stochasticFixture();
    Path out = dir.resolve("refused");
    Cli same = Cli.run("stochastic", file.toString(), "--out", out.toString(), "--report", out.toString());
    assertEquals(2, same.exitCode(), same.err());
    assertTrue(same.err().contains("--report"), same.err());
    Cli deeper = Cli.run("pathway", pathwayFixture().toString(), "--out", out.toString(), "--report",
        out.resolve("sub").resolve("r.html").toString());
    assertEquals(2, deeper.exitCode(), deeper.err());
    assertTrue(!Files.exists(out.resolve("sub")), "nothing written");
    assertEquals("", same.out() + deeper.out(), "no solve ran");
  }

  /** One screenshot per chart, checked for ink; copied to docs/img with -Dcoalgrid.updateScreenshots=true. */
  static void screenshots(Path page, JsonNode st, String prefix) throws Exception {
    Path png = dir.resolve(prefix + ".png");
    Chromium.Run run = chromium.screenshot(page, "", WIDTH, st.get("height").asInt(), png);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()));
    BufferedImage full = ImageIO.read(png.toFile());
    assertNotNull(full, "screenshot written");
    Path keep = Path.of("target", "report-img");
    Files.createDirectories(keep);
    for (JsonNode c : st.get("charts")) {
      int y = (int) c.get("y").asDouble() - 50;
      int h = (int) c.get("height").asDouble() + 50;
      BufferedImage crop = full.getSubimage((int) c.get("x").asDouble(), y, (int) c.get("width").asDouble(), h);
      ReportBrowserTest.assertNotBlank(c.get("id").asText(), crop);
      String name = "report-" + c.get("id").asText() + ".png";
      ImageIO.write(crop, "png", keep.resolve(name).toFile());
      if (Boolean.getBoolean("coalgrid.updateScreenshots")) {
        Files.copy(keep.resolve(name), Cli.repo().resolve("docs").resolve("img").resolve(name),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
