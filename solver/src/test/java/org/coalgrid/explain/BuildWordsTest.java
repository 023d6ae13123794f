package org.coalgrid.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.formulation.SupplyBuildTest;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.coalgrid.whatif.ModelWords;
import org.junit.jupiter.api.Test;

/**
 * The rows and columns of candidate mine and potline builds (扩建, 新建电解槽系列) in planner words, like every other row:
 * {@code explain} and the sensitivity tables ({@link ModelWords}) gave them generic text ("Mine capacity M (A)
 * (mine_min) binds: shadow price 40.00 CNY/t", "mine_min: M (A)", "bm.M"). The figures are those of {@link
 * SupplyBuildTest}'s hand computations.
 */
class BuildWordsTest {

  /**
   * Mine M (300 CNY/t, at least 0.5 Mt/yr, may be expanded) against mine Y at 260 CNY/t: M runs at its minimum, which
   * with a candidate build is a row of its own (mine_min); each tonne less saves 300 − 260 = 40 CNY.
   */
  @Test
  void aMineHeldAtItsMinimumOutputSaysSo() {
    Instance in = Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 300).minOutput(5e5).mineBuild(5e5, 4, 30)
        .mine("Y", "A", "steam", 1e7, 260)
        .coalDemand("K", "A", "steam", 2.2e6, null, 0).build();
    assertEquals("Mine M (A) is held at its minimum output 最低产量 of 0.50 Mt/yr (50 万吨/年): each Mt/yr less would "
        + "save 40.0 million CNY (0.40 亿元)", text(in, ObjectiveMode.COST, "mine_min", "M"));
  }

  /** SupplyBuildTest: M is expanded by 2 units of 0.5 Mt/yr and runs at its 2 Mt/yr; its capacity is worth 60 CNY/t. */
  @Test
  void aMineAtItsExpandedCapacitySaysWhatWasBuilt() {
    assertEquals("Mine M (A) is at capacity with 2 units built 扩建 (1.00 Mt/yr (100 万吨/年) of its 2.00 Mt/yr "
        + "(200 万吨/年)): one more Mt/yr lowers system cost by 60.0 million CNY (0.60 亿元)",
        text(SupplyBuildTest.mineBuild(), ObjectiveMode.COST, "mine", "M"));
  }

  /**
   * SupplyBuildTest, welfare at 500 CNY/t: every potline that may be built is, and the 4 run at full output; a tonne
   * more of potline capacity earns 500 − 300 (power) = 200 CNY.
   */
  @Test
  void potlinesAtFullOutputSaySo() {
    assertEquals("Industry I (OTHER, A): its potlines running 电解槽系列 are at full output; one more tonne a year of "
        + "potline capacity is worth 200 CNY/t", text(SupplyBuildTest.potlineBuild(2.5e5, 500), ObjectiveMode.WELFARE,
        "ind_potlines", "I"));
  }

  @Test
  void theSensitivityTablesNameTheBuildRowsAndColumns() {
    ModelWords mine = new ModelWords(SupplyBuildTest.mineBuild());
    assertEquals("Mine minimum output 最低产量: M (A)", mine.row("mine_min.M", "mine_capacity", "M", null));
    assertEquals("Mine units built 扩建: M (A)", mine.column("bm.M"));
    ModelWords potlines = new ModelWords(SupplyBuildTest.potlineBuild(6e5, 0));
    assertEquals("Potlines running, existing and built 新建电解槽系列: I (OTHER, A)",
        potlines.row("ind_potline_build.I", "industry", "I", null));
    assertEquals("Potlines built 新建电解槽系列: I (OTHER, A)", potlines.column("bp.I"));
  }

  /** The text of the finding of row kind {@code kind} on {@code entity}, without the "1 % more room" note. */
  private static String text(Instance in, ObjectiveMode mode, String kind, String entity) {
    var result = Solved.solve(in, mode).optimalWithPrices().result();
    List<Explanation.Finding> all = Explainer.explain(result, in, "words", null).findings();
    Explanation.Finding f = all.stream().filter(x -> x.kind().equals(kind) && x.entity().equals(entity)).findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + entity + " not among " + all));
    assertTrue(f.text().contains("  [1 % more room: "), f.text());
    return f.text().substring(0, f.text().indexOf("  [1 % more room: "));
  }
}
