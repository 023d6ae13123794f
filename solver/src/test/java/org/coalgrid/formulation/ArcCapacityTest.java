package org.coalgrid.formulation;

import static org.coalgrid.testing.Solved.near;

import org.coalgrid.domain.Instance;
import org.coalgrid.testing.Fixtures;
import org.coalgrid.testing.Solved;
import org.junit.jupiter.api.Test;

/** Arc capacity: sum over grades of y[a,g] &lt;= capacity, row arc.&lt;a&gt;, dual CNY/t. */
public class ArcCapacityTest {

  /** Cheap coal in A (300), dear in B (500), rail A-&gt;B at 50 CNY/t with {@code capT}; 1 Mt needed in B. */
  public static Instance congestedRail(double capT, String... arcGrades) {
    return Fixtures.create().region("A").region("B").grade("steam", 0.7).grade("coking", 0.8)
        .mine("MA", "A", "steam", 10e6, 300)
        .mine("MB", "B", "steam", 10e6, 500)
        .arc("AB", "A", "B", capT, 50).arcGrades(arcGrades)
        .coalDemand("K", "B", "steam", 1e6, null, 0)
        .build();
  }

  @Test
  void railCapacityBinds() {
    Solved s = Solved.solve(congestedRail(0.6e6)).optimalWithPrices();
    // 0.6e6 by rail at 350 + 0.4e6 local at 500 = 210e6 + 200e6
    near(410e6, s.objectiveCny(), "objective");
    near(0.6e6, s.arc("AB").totalT());
    near(0.6e6, s.arc("AB").flowsT().get("steam"));
    near(300, s.coal("A", "steam"));
    near(500, s.coal("B", "steam"));
    // one more tonne of rail saves 500 - 350
    near(-150, s.arc("AB").capacityShadowPriceCnyPerT(), "arc dual");
  }

  @Test
  void gradesTheArcDoesNotCarryCannotUseIt() {
    Solved s = Solved.solve(congestedRail(0.6e6, "coking")).optimalWithPrices();
    // steam cannot ride the coking-only arc: all 1e6 t from MB at 500
    near(500e6, s.objectiveCny(), "objective");
    near(0, s.arc("AB").totalT());
    near(0, s.arc("AB").capacityShadowPriceCnyPerT());
  }
}
