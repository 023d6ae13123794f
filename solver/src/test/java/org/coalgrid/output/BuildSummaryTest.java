package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.Settings;
import org.coalgrid.api.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Builds 新建" block of the solve summary: each candidate's line, its capex the instance's build data times the
 * units built, and the lines' capex adding up to the objective's CAPEX term.
 */
class BuildSummaryTest {
  private static final Pattern CAPEX = Pattern.compile(", ([0-9,.]+) million CNY \\([0-9,.]+ 亿元\\)/yr$");

  private final CoalGrid coalgrid = CoalGrid.create(Settings.defaults().withTimeLimit(120));

  /**
   * tutorial-build with a washery 洗煤厂 at lps-large: 5 Mt/yr existing, up to 5 units of 2 Mt/yr at 5 CNY per t/yr
   * and year. One unit pays: washing 2 Mt/yr more lowers the rest of the cost by 20.2 million CNY (measured against
   * a fixed 7 Mt/yr washery), against 10.0 million CNY of capex; a second unit adds nothing (the washed share binds
   * at 0.7 of the output first).
   */
  @Test
  void listsEveryCandidateWithUnitsSizeAndCapexAddingUpToTheCapexTerm(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Path.of("..", "instances", "tutorial-build.json").toFile());
    ObjectNode washing = (ObjectNode) root.path("mines").path(0).path("washing");
    washing.put("capacityT", 5_000_000);
    washing.putObject("build").put("unitT", 2_000_000).put("maxUnits", 5).put("capexCnyPerTYr", 5);
    Path file = dir.resolve("washery.json");
    json.writeValue(file.toFile(), root);

    Solution s = coalgrid.solve(coalgrid.load(file));
    List<String> block = block(s.summaryText());

    assertEquals("Builds 新建 (3 of 3 candidates built; annualised capex per year)", block.get(0));
    assertTrue(block.stream().anyMatch(l -> l.startsWith("  Plant Qianxi plant")
        && l.contains(": 1 of 4 × 300 MW = 300 MW (30 万千瓦), ")), String.join("\n", block));
    assertTrue(block.stream().anyMatch(l -> l.startsWith("  Line Second AC corridor to Guangdong")
        && l.contains(": 2 of 4 × 1,000 MW = 2,000 MW (200 万千瓦), ")), String.join("\n", block));
    assertTrue(block.contains("  Washery 洗煤厂 of Liupanshui large mines (Panjiang/Shuicheng type) (Liupanshui 六盘水): "
        + "1 of 5 × 200.0 万吨/年 = 200.0 万吨/年 (2.00 Mt/yr) raw coal washed, 10.0 million CNY (0.10 亿元)/yr"), String.join("\n", block));

    double listed = 0;
    for (String l : block.subList(1, block.size())) {
      Matcher m = CAPEX.matcher(l);
      assertTrue(m.find(), l);
      listed += Double.parseDouble(m.group(1).replace(",", "")) * 1e6;
    }
    double term = s.result().objective().termsCny().get("CAPEX");
    // each line rounds to 0.1 million CNY
    assertEquals(term, listed, 0.05e6 * (block.size() - 1));
  }

  @Test
  void namesTheCandidatesNotBuiltAndPrintsNothingWithoutCandidates() throws Exception {
    Solution hydro = coalgrid.solve(coalgrid.load(Path.of("..", "instances", "guizhou-2010-hydro.json")));
    assertEquals(List.of(
        "Builds 新建 (0 of 2 candidates built; annualised capex per year)",
        "  Plant Qiandong 黔东 (candidate) (COAL, Qiandongnan 黔东南): not built (0 of 2 × 600 MW)",
        "  Plant Xishui Erlang 习水二郎 (candidate) (COAL, Zunyi 遵义): not built (0 of 2 × 660 MW)"), block(hydro.summaryText()));

    Solution tutorial = coalgrid.solve(coalgrid.load(Path.of("..", "instances", "tutorial.json")));
    assertFalse(tutorial.summaryText().contains("Builds 新建"));
  }

  /** The lines of the Builds block, from its heading to the blank line after it (empty when there is none). */
  private static List<String> block(String summary) {
    List<String> lines = Arrays.asList(summary.split("\n"));
    int from = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).startsWith("Builds 新建")) {
        from = k;
      }
    }
    if (from < 0) {
      return List.of();
    }
    int to = from;
    while (to < lines.size() && !lines.get(to).isEmpty()) {
      to++;
    }
    return lines.subList(from, to);
  }
}
