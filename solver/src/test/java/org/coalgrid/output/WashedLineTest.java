package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.Settings;
import org.coalgrid.api.Solution;
import org.coalgrid.words.Fmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "washed 入洗" line of the solve summary: the raw coal the internal mines wash and its share of the raw output
 * (原煤入选比例), a fixed share's washedShare × output or a washery's tonnes washed, as the metrics count them.
 */
class WashedLineTest {
  private final CoalGrid coalgrid = CoalGrid.create(Settings.defaults().withTimeLimit(120));

  @Test
  void aFixedShareWashesWashedShareTimesTheOutput() throws Exception {
    Solution s = coalgrid.solve(coalgrid.load(Path.of("..", "instances", "tutorial.json")));
    var mine = s.result().mines().get(0); // lps-large, the only mine that washes: a fixed 0.7 of its output
    double washed = 0.7 * mine.outputT();
    assertEquals("  washed 入洗                                 " + Fmt.tonnes(washed) + ", "
        + Fmt.pct(washed / s.result().kpis().coalProducedT()) + " of produced (原煤入选比例)", line(s));
    assertEquals("  washed 入洗                                 8.20 Mt (820 万吨), 35.5 % of produced (原煤入选比例)",
        line(s));
  }

  @Test
  void aWasheryCountsItsTonnesWashed(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Path.of("..", "instances", "tutorial.json").toFile());
    ((ObjectNode) root.path("mines").path(0).path("washing")).put("capacityT", 5_000_000);
    Path file = dir.resolve("washery.json");
    json.writeValue(file.toFile(), root);
    Solution s = coalgrid.solve(coalgrid.load(file));
    double washed = s.result().mines().get(0).washery().washedT();
    assertEquals(5_000_000, washed, 1e-3); // the washery washes to its capacity, below 0.7 of the output
    assertEquals("  washed 入洗                                 5.00 Mt (500 万吨), "
        + Fmt.pct(washed / s.result().kpis().coalProducedT()) + " of produced (原煤入选比例)", line(s));
  }

  @Test
  void noLineWhenNoMineWashes() throws Exception {
    Solution s = coalgrid.solve(coalgrid.load(Path.of("..", "instances", "guiyang-2010.json")));
    assertFalse(s.summaryText().contains("washed 入洗"));
  }

  private static String line(Solution s) {
    return Arrays.stream(s.summaryText().split("\n")).filter(l -> l.startsWith("  washed 入洗")).findFirst()
        .orElse("(no washed line)");
  }
}
