package org.coalgrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report data of shipped instances, without a browser: every number is a figure of the verified solution
 * or a plain sum of such figures, and the Sankeys balance node by node (which holds only if their links
 * follow the model's coal and power balances).
 */
class ReportDataTest {

  @ParameterizedTest
  @ValueSource(strings = {"tutorial.json", "tutorial-build.json", "guiyang-2010.json", "guizhou-2010.json",
      "wuhai-2011.json", "tutorial-days.json"})
  void numbersComeFromTheSolutionAndSankeysBalance(String name) throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance(name))).instance();
    AllocationResult result = Solved.solve(in).result();
    JsonNode sol = Json.MAPPER.valueToTree(result);
    CaseView view = new CaseView(name, in, sol, null);
    ObjectNode data = Report.single(view);
    JsonNode c = data.get("cases").get(0);
    // every chart that applies (the per-hour charts of representative days do not apply to blocks)
    assertEquals(Report.CHARTS.stream().filter(b -> b.apply(view) != null).count(), c.get("charts").size());
    assertEquals(in.time().hasDays() ? Report.CHARTS.size() : Report.CHARTS.size() - 2, c.get("charts").size());
    PageData.assertDataMatchesSolution(c, sol, in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tutorial.json"})
  void pageIsSelfContained(String name) throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance(name))).instance();
    JsonNode sol = Json.MAPPER.valueToTree(Solved.solve(in).result());
    String html = ReportPage.html(Report.single(new CaseView(name, in, sol, null)));
    assertFalse(html.matches("(?s).*(src|href)\\s*=\\s*\"(https?:)?//.*"), "nothing loaded from the network");
    assertTrue(html.contains("echarts"), "ECharts inlined");
    assertEquals(1, html.split("<script type=\"application/json\"", -1).length - 1);
    JsonNode back = PageData.embedded(html);
    assertEquals(Report.FORMAT, back.get("format").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"@DATA@", "</script><script>alert(1)</script>", "<!-- x"})
  void hostileNamesStayText(String name) throws Exception {
    Map<String, String> parts = Map.of("@A@", name);
    assertEquals("x" + name + "y@B@", ReportPage.fill("x@A@y@B@", parts));
    String safe = ReportPage.inScript("{\"n\":\"" + name + "\"}");
    assertFalse(safe.contains("</"), safe);
    assertFalse(safe.contains("<!--"), safe);
  }
}
