package org.coalgrid.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.IndustryProductionTest;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.testing.SmallCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every small LP of the family tests solved by GLOP, CLP, PDLP and HiGHS, and every small MILP by HiGHS, SCIP
 * and CBC: the objectives must agree (1e-6 relative; PDLP 1e-4).
 */
class BackendAgreementTest {

  static List<Arguments> lps() {
    return cases(SmallCases.lps());
  }

  static List<Arguments> milps() {
    Map<String, Supplier<Instance>> m = SmallCases.milps();
    List<Arguments> out = cases(m);
    out.add(Arguments.of("potlines (welfare)", (Supplier<Instance>) IndustryProductionTest::potlines));
    return out;
  }

  private static List<Arguments> cases(Map<String, Supplier<Instance>> m) {
    List<Arguments> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(Arguments.of(k, v)));
    return out;
  }

  private static ObjectiveMode mode(String name) {
    return name.contains("welfare") ? ObjectiveMode.WELFARE : ObjectiveMode.COST;
  }

  private static double solve(LinearProgram lp, Backend b) {
    RawSolution s = OrToolsAdapter.solve(lp, new SolverSettings(b, 60, 1, 1e-9, Backend.GLOP, false));
    assertEquals(SolveStatus.OPTIMAL, s.status(), b + ": " + s.message());
    return s.objective();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lps")
  void lpBackendsAgree(String name, Supplier<Instance> instance) {
    LinearProgram lp = Formulation.build(instance.get(), mode(name)).lp();
    double glop = solve(lp, Backend.GLOP);
    double scale = Math.max(1.0, Math.abs(glop));
    assertEquals(glop, solve(lp, Backend.CLP), 1e-6 * scale, "CLP");
    assertEquals(glop, solve(lp, Backend.HIGHS), 1e-6 * scale, "HiGHS");
    assertEquals(glop, solve(lp, Backend.PDLP), 1e-4 * scale, "PDLP");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("milps")
  void milpBackendsAgree(String name, Supplier<Instance> instance) {
    LinearProgram lp = Formulation.build(instance.get(), mode(name)).lp();
    double highs = solve(lp, Backend.HIGHS);
    double scale = Math.max(1.0, Math.abs(highs));
    assertEquals(highs, solve(lp, Backend.SCIP), 1e-6 * scale, "SCIP");
    assertEquals(highs, solve(lp, Backend.CBC), 1e-6 * scale, "CBC");
  }
}
