package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.coalgrid.cli.Cli;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of tutorial.json opened in a real browser (headless Chromium): no console message or script
 * error, every chart drawn (a canvas of the expected size with ink on it), the numbers the charts were given
 * equal the embedded data, the embedded data equal solution.json, and one screenshot per chart (kept under
 * target/report-img; {@code -Dcoalgrid.updateScreenshots=true} copies them to docs/img for the README).
 */
class ReportBrowserTest {
  static final int WIDTH = 1400;
  static Chromium chromium;
  @TempDir
  static Path dir;
  static Path html;
  static JsonNode solution;
  static JsonNode data;
  static JsonNode selftest;
  static String dom;

  @BeforeAll
  static void render() throws Exception {
    chromium = Chromium.find();
    Path out = dir.resolve("out");
    Cli solve = Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString(), "--quiet");
    assertEquals(0, solve.exitCode(), solve.err());
    html = dir.resolve("tutorial.html");
    Cli report = Cli.run("report", Cli.instance("tutorial.json"), "--solution", out.toString(), "-o", html.toString(),
        "--label", "instances/tutorial.json");
    assertEquals(0, report.exitCode(), report.err());
    solution = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    data = PageData.embedded(Files.readString(html, StandardCharsets.UTF_8));
    Chromium.Run run = chromium.dumpDom(html, "selftest", WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()), "console messages of the page");
    dom = run.out();
    selftest = PageData.selftest(dom);
  }

  @Test
  void noScriptErrorAndEcharts() {
    assertEquals(0, selftest.get("errors").size(), "script errors: " + selftest.get("errors"));
    assertEquals(ReportPage.echartsVersion(), selftest.get("echarts").asText());
  }

  @Test
  void everyChartIsDrawnAtItsSize() {
    JsonNode charts = data.get("cases").get(0).get("charts");
    assertEquals(charts.size(), selftest.get("charts").size());
    for (JsonNode c : charts) {
      JsonNode s = PageData.drawn(selftest, c.get("id").asText(), "");
      String id = c.get("id").asText();
      assertTrue(s.get("width").asDouble() >= WIDTH - 120, id + " width " + s.get("width"));
      if (c.get("kind").asText().equals("table") || c.get("kind").asText().equals("message")) {
        assertTrue(s.get("inked").asInt() > 20, id + " shows text");
        continue;
      }
      assertTrue(s.get("canvas").asBoolean(), id + " has a canvas");
      assertTrue(s.get("height").asDouble() >= 150, id + " height " + s.get("height"));
      assertTrue(s.get("inked").asInt() > 500, id + " drew only " + s.get("inked") + " sampled pixels");
    }
  }

  @Test
  void chartsGotTheEmbeddedNumbers() {
    PageData.assertSeriesMatchData(data.get("cases").get(0), selftest, "");
  }

  @Test
  void embeddedNumbersEqualTheSolution() throws Exception {
    PageData.assertDataMatchesSolution(data.get("cases").get(0), solution,
        org.coalgrid.io.InstanceReader.read(Path.of(Cli.instance("tutorial.json"))).instance());
  }

  @Test
  void headlineFiguresAreShownAsTheSummaryPrintsThem() {
    for (JsonNode k : data.get("cases").get(0).get("kpis")) {
      assertTrue(dom.contains(PageData.escape(k.get("text").asText())), "page shows " + k.get("text"));
    }
    Cli summary = Cli.run("solve", Cli.instance("tutorial.json"));
    for (JsonNode k : data.get("cases").get(0).get("kpis")) {
      String path = k.get("path").asText();
      if (path.equals("kpis.coalProducedT") || path.equals("kpis.generationMwh")) {
        assertTrue(summary.out().contains(k.get("text").asText()), "summary prints " + k.get("text"));
      }
    }
  }

  @Test
  void oneScreenshotPerChart() throws Exception {
    int height = selftest.get("height").asInt();
    Path png = dir.resolve("page.png");
    Chromium.Run run = chromium.screenshot(html, "", WIDTH, height, png);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()));
    BufferedImage page = ImageIO.read(png.toFile());
    assertNotNull(page, "screenshot written");
    assertEquals(WIDTH, page.getWidth());
    Path keep = Path.of("target", "report-img");
    Files.createDirectories(keep);
    for (JsonNode c : selftest.get("charts")) {
      int x = (int) c.get("x").asDouble();
      int y = (int) c.get("y").asDouble() - 50; // with the chart's title
      int w = (int) c.get("width").asDouble();
      int h = (int) c.get("height").asDouble() + 50;
      assertTrue(y >= 0 && y + h <= page.getHeight() && x + w <= page.getWidth(), c.get("id") + " inside the page");
      BufferedImage crop = page.getSubimage(x, y, w, h);
      assertNotBlank(c.get("id").asText(), crop);
      Path file = keep.resolve("report-" + c.get("id").asText() + ".png");
      ImageIO.write(crop, "png", file.toFile());
      if (Boolean.getBoolean("coalgrid.updateScreenshots")) {
        Path docs = Cli.repo().resolve("docs").resolve("img");
        Files.createDirectories(docs);
        Files.copy(file, docs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (Boolean.getBoolean("coalgrid.updateScreenshots")) {
      BufferedImage top = page.getSubimage(0, 0, WIDTH, Math.min(page.getHeight(), 1000));
      ImageIO.write(top, "png", Cli.repo().resolve("docs").resolve("img").resolve("report-top.png").toFile());
    }
  }

  /** More than 2 % of the pixels differ from the most common colour, and there are at least 8 colours. */
  static void assertNotBlank(String id, BufferedImage img) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        counts.merge(img.getRGB(x, y), 1, Integer::sum);
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertTrue(counts.size() >= 8, id + ": only " + counts.size() + " colours");
    assertTrue(total - background > 0.02 * total, id + ": " + (total - background) + " of " + total
        + " pixels differ from the background");
  }

  @Test
  void comparisonSideBySide() throws Exception {
    Path cmp = dir.resolve("compare.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--set-b", "policies.cap-coal.limit=2.1e7",
        "--no-targets", "-o", cmp.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode d = PageData.embedded(Files.readString(cmp, StandardCharsets.UTF_8));
    assertEquals("compare", d.get("mode").asText());
    Chromium.Run run = chromium.dumpDom(cmp, "selftest", WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()));
    JsonNode st = PageData.selftest(run.out());
    assertEquals(0, st.get("errors").size(), "script errors: " + st.get("errors"));
    Set<String> sides = new HashSet<>();
    for (JsonNode c : d.get("cases").get(0).get("charts")) {
      for (String side : List.of("A", "B")) {
        JsonNode s = PageData.drawn(st, c.get("id").asText(), side);
        assertTrue(s.get("width").asDouble() > 400 && s.get("width").asDouble() < WIDTH / 2.0,
            c.get("id") + " " + side + " half width: " + s.get("width"));
        if (s.get("canvas").asBoolean()) {
          assertTrue(s.get("inked").asInt() > 300, c.get("id") + " " + side + " drawn");
        }
        sides.add(side);
      }
    }
    assertEquals(Set.of("A", "B"), sides);
    PageData.assertSeriesMatchData(d.get("cases").get(0), st, "A");
    PageData.assertSeriesMatchData(d.get("cases").get(1), st, "B");
    // the coal cap binds in B only: the produced coal changes, and is highlighted
    JsonNode produced = PageData.kpiDiff(d, "kpis.coalProducedT");
    assertTrue(produced.get("changed").asBoolean());
    assertEquals(produced.get("b").asDouble() - produced.get("a").asDouble(), produced.get("delta").asDouble(), 1e-6);
    assertTrue(run.out().contains("class=\"changed\""), "changed rows highlighted");
    assertTrue(d.get("comparison").get("count").asInt() > 10);
  }

  @Test
  void networkIsPlacedByCoordinatesWhenEveryRegionHasThem() throws Exception {
    Path page = dir.resolve("coords.html");
    Cli r = Cli.run("report", Cli.instance("tutorial.json"), "--no-targets", "-o", page.toString(),
        "--set", "regions.bijie.lon=105.29", "--set", "regions.bijie.lat=27.30",
        "--set", "regions.liupanshui.lon=104.83", "--set", "regions.liupanshui.lat=26.59",
        "--set", "regions.guiyang.lon=106.63", "--set", "regions.guiyang.lat=26.65",
        "--set", "regions.guangdong.lon=113.26", "--set", "regions.guangdong.lat=23.13",
        "--set", "regions.outside-coal.lon=106.55", "--set", "regions.outside-coal.lat=29.56");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode d = PageData.embedded(Files.readString(page, StandardCharsets.UTF_8));
    JsonNode net = null;
    for (JsonNode c : d.get("cases").get(0).get("charts")) {
      net = c.get("id").asText().equals(NetworkMap.ID) ? c.get("data") : net;
    }
    assertEquals("coordinates", net.get("layout").asText());
    assertEquals(113.26, net.get("nodes").get(3).get("lon").asDouble(), 0);
    Chromium.Run run = chromium.dumpDom(page, "selftest&chart=" + NetworkMap.ID, WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()));
    JsonNode st = PageData.selftest(run.out());
    assertEquals(0, st.get("errors").size(), "script errors: " + st.get("errors"));
    assertEquals(1, st.get("charts").size(), "#chart= draws that chart only");
    JsonNode drawn = PageData.drawn(st, NetworkMap.ID, "");
    assertTrue(drawn.get("inked").asInt() > 300);
    assertEquals(net.get("nodes").size(), drawn.get("series").get(0).get("data").size());
  }

  /**
   * The report of a representative-day instance (tutorial-days.json, 12 days x 24 h): the per-step charts (price by
   * hour of each day, storage by hour) drawn with no console message, their numbers those of solution.json, and the
   * pumped storage's pumping and generating on the page.
   */
  @Test
  void representativeDaysGetPerHourCharts() throws Exception {
    Path out = dir.resolve("days-out");
    Cli solve = Cli.run("solve", Cli.instance("tutorial-days.json"), "--out", out.toString(), "--quiet");
    assertEquals(0, solve.exitCode(), solve.err());
    Path page = dir.resolve("tutorial-days.html");
    Cli report = Cli.run("report", Cli.instance("tutorial-days.json"), "--solution", out.toString(), "-o",
        page.toString(), "--no-targets");
    assertEquals(0, report.exitCode(), report.err());
    JsonNode sol = Json.MAPPER.readTree(out.resolve("solution.json").toFile());
    JsonNode d = PageData.embedded(Files.readString(page, StandardCharsets.UTF_8));
    Chromium.Run run = chromium.dumpDom(page, "selftest", WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()), "console messages of the page");
    JsonNode st = PageData.selftest(run.out());
    assertEquals(0, st.get("errors").size(), "script errors: " + st.get("errors"));
    JsonNode charts = d.get("cases").get(0).get("charts");
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode c : charts) {
      String id = c.get("id").asText();
      ids.add(id);
      JsonNode s = PageData.drawn(st, id, "");
      assertTrue(s.get("canvas").asBoolean(), id + " has a canvas");
      assertTrue(s.get("height").asDouble() >= 150, id + " height " + s.get("height"));
      assertTrue(s.get("inked").asInt() > 500, id + " drew only " + s.get("inked") + " sampled pixels");
    }
    assertTrue(ids.contains(DayCharts.PRICES) && ids.contains(DayCharts.STORAGE), "per-hour charts: " + ids);
    PageData.assertSeriesMatchData(d.get("cases").get(0), st, "");
    PageData.assertDataMatchesSolution(d.get("cases").get(0), sol,
        org.coalgrid.io.InstanceReader.read(Path.of(Cli.instance("tutorial-days.json"))).instance());
    JsonNode dp = charts.get(ids.indexOf(DayCharts.PRICES)).get("data");
    assertEquals(3, dp.get("regions").size(), "one panel per internal region");
    assertEquals(12, dp.get("regions").get(0).get("days").size());
    assertEquals(24, dp.get("hours").size());
    double pumped = 0;
    double generated = 0;
    for (JsonNode s : charts.get(ids.indexOf(DayCharts.STORAGE)).get("data").get("stacked")) {
      for (JsonNode x : s.get("values")) {
        pumped += Math.min(0, x.asDouble());
        generated += Math.max(0, x.asDouble());
      }
    }
    assertTrue(pumped < 0 && generated > 0, "the page shows pumping and generating");
    // a blocks instance (the tutorial) has neither chart
    for (JsonNode c : data.get("cases").get(0).get("charts")) {
      assertFalse(c.get("id").asText().equals(DayCharts.PRICES) || c.get("id").asText().equals(DayCharts.STORAGE));
    }
    if (Boolean.getBoolean("coalgrid.updateScreenshots")) {
      Path png = dir.resolve("days.png");
      chromium.screenshot(page, "", WIDTH, st.get("height").asInt(), png);
      BufferedImage full = ImageIO.read(png.toFile());
      for (String id : List.of(DayCharts.PRICES, DayCharts.STORAGE, GenerationChart.ID)) {
        JsonNode s = PageData.drawn(st, id, "");
        BufferedImage crop = full.getSubimage((int) s.get("x").asDouble(), (int) s.get("y").asDouble() - 50,
            (int) s.get("width").asDouble(), (int) s.get("height").asDouble() + 50);
        assertNotBlank(id, crop);
        String name = id.equals(GenerationChart.ID) ? "report-days-generation.png" : "report-" + id + ".png";
        ImageIO.write(crop, "png", Cli.repo().resolve("docs").resolve("img").resolve(name).toFile());
      }
    }
  }

  @Test
  void infeasiblePlanGivesAReportThatSaysSo() throws Exception {
    Path page = dir.resolve("infeasible.html");
    Cli r = Cli.run("report", Cli.instance("examples/infeasible-export.json"), "--no-targets", "-o", page.toString());
    assertEquals(4, r.exitCode(), r.err());
    Chromium.Run run = chromium.dumpDom(page, "selftest", WIDTH, 900);
    assertEquals(List.of(), Chromium.consoleMessages(run.err()));
    JsonNode st = PageData.selftest(run.out());
    assertEquals(0, st.get("errors").size(), "script errors: " + st.get("errors"));
    assertTrue(run.out().contains("INFEASIBLE"));
    assertFalse(st.get("charts").isEmpty());
  }

  static Path write(Path p, String s) throws IOException {
    return Files.writeString(p, s, StandardCharsets.UTF_8);
  }
}
