package org.coalgrid.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console summary's shortcut {@link Explainer#topCaps} gives exactly the findings of the full explanation's
 * {@link Explanation#topCaps} (same ranks, texts and figures) on shipped instances.
 */
class TopCapsTest {
  @ParameterizedTest
  @ValueSource(strings = {"tutorial.json", "tutorial-build.json", "guizhou-2010.json", "guizhou-2015.json",
      "yangquan-2010.json", "wuhai-2011.json"})
  void sameAsTheFullExplanation(String file) throws Exception {
    Path path = Path.of(Cli.instance(file));
    Instance in = InstanceReader.read(path).instance();
    var result = Solved.solve(in).result();
    for (int n : new int[] {1, 5, 50}) {
      List<Explanation.Finding> full = Explainer.explain(result, in, "words", null).topCaps(n);
      assertEquals(full, Explainer.topCaps(result, in, n), file + ", n = " + n);
    }
    assertFalse(Explainer.topCaps(result, in, 5).isEmpty(), file + ": no binding cap at all? the check is empty");
  }

  /**
   * wuhai-2011's candidate pumped storage is not built (0 MW), so its capacity row binds: it "has 0 MW (a candidate not
   * built)", it does not "run at capacity"; the plants with capacity that bind still do.
   */
  @Test
  void aCandidateNotBuiltHasNoCapacityToRunAt() throws Exception {
    Instance in = InstanceReader.read(Path.of(Cli.instance("wuhai-2011.json"))).instance();
    var result = Solved.solve(in).result();
    List<Explanation.Finding> all = Explainer.explain(result, in, "words", null).topCaps(1000);
    Explanation.Finding ps = all.stream().filter(f -> f.entity().equals("yellow-river-ps")).findFirst().orElseThrow();
    assertTrue(ps.text().startsWith("Plant Pumped storage on the Yellow River project (candidate) (PUMPED_STORAGE, "
        + "Haibowan district 海勃湾区) has 0 MW (a candidate not built); one more MW would be worth "), ps.text());
    assertFalse(ps.text().contains("runs at capacity"), ps.text());
    assertTrue(all.stream().anyMatch(f -> f.text().contains(" runs at capacity in every period")),
        "the plants with capacity still run at it");
  }
}
