package org.coalgrid.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.PathwaySolution;
import org.coalgrid.api.Pathways;
import org.coalgrid.cli.Cli;
import org.coalgrid.pathway.PathwayResult;
import org.junit.jupiter.api.Test;

/**
 * The shipped pathway {@code guizhou-2006-2010.json} (issue 11 item 6) with perfect foresight and the default
 * backends: OPTIMAL, verified (every year, carry-over, investment), priced by its LP with the integers fixed with a
 * passed dual certificate; Tongzi (whose direct supply to the Zunyi smelter must take its minimum in 2010) and HVDC II
 * (the 2010 export-capability floor) are built by 2010; the coal target (≥ 150 Mt by 2010) is met on the way. The
 * figures are in docs/pathway.md.
 */
class Guizhou2006To2010Test {
  @Test
  void solvesVerifiesPricesAndMeetsTheCoalTargetOnTheWay() throws Exception {
    Pathways p = new Pathways(CoalGrid.create());
    Pathways.Case c = p.load(Path.of(Cli.instance("guizhou-2006-2010.json")));
    PathwaySolution s = p.solve(c, Pathways.Mode.FORESIGHT);
    PathwayResult r = s.result();
    assertEquals("OPTIMAL", r.status(), r.statusNote());
    assertNotNull(s.verification());
    assertTrue(s.verification().passed(), s.verification().format());
    assertEquals(5, r.years().size());
    for (PathwayResult.Year y : r.years()) {
      assertTrue(y.result().prices().available(), y.year() + ": " + y.result().prices().note());
    }
    Map<String, Integer> firstYear = r.builds().stream().collect(Collectors.toMap(PathwayResult.Build::id,
        PathwayResult.Build::year, Math::min));
    assertTrue(firstYear.containsKey("tongzi") && firstYear.get("tongzi") <= 2010, firstYear.toString());
    assertTrue(firstYear.containsKey("hvdc-gui-guang-2") && firstYear.get("hvdc-gui-guang-2") <= 2010,
        firstYear.toString());
    assertTrue(r.builds().stream().allMatch(b -> b.year() >= 2007), "nothing before the earliest year 2007");
    PathwayResult.TargetRow coal = r.targets().stream().filter(t -> t.id().equals("coal-output")).findFirst()
        .orElseThrow();
    assertEquals(2010, coal.dueYear());
    assertEquals("MET", coal.status());
    assertTrue(coal.firstYearMet() != null && coal.firstYearMet() < 2010, String.valueOf(coal.firstYearMet()));
  }
}
