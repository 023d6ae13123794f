package org.coalgrid.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.io.schema.Json;
import org.coalgrid.verify.PathwayCheck;
import org.coalgrid.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pathway verifier against tampered results; bad pathway input named by its JSON path; the command line. */
class PathwayCheckAndInputTest {

  /** The retirement case of {@link PathwayTest}: G retires in 2028, N built to replace it. */
  static PathwayFixtures retirement() {
    PathwayFixtures f = PathwayFixtures.of(100, 500, 500, 3, 0.1);
    f.plant("G").put("retirementYear", 2028);
    f.plant("N").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 4e6);
    return f;
  }

  @Test
  void theVerifierPassesTheResultAndCatchesTamperedLinks() throws Exception {
    LoadedPathway pw = retirement().read();
    PathwayResult r = PathwaySolver.solve(pw, PathwaySolver.Mode.FORESIGHT, ObjectiveMode.COST, PathwayTest.MILP, "t");
    JsonNode tree = Json.MAPPER.valueToTree(r);
    VerificationReport ok = PathwayCheck.verify(pw, tree);
    assertTrue(ok.passed(), ok.format());
    // a build moved a year earlier: carry-over no longer matches the years' units in service
    ObjectNode moved = tree.deepCopy();
    ((ObjectNode) moved.get("builds").get(0)).put("year", 2027);
    assertTrue(PathwayCheck.verify(pw, moved).failed("carry-over"));
    // capital claimed cheaper
    ObjectNode cheaper = tree.deepCopy();
    ((ObjectNode) cheaper.get("builds").get(0)).put("capitalPvCny", 1e6);
    VerificationReport c = PathwayCheck.verify(pw, cheaper);
    assertTrue(c.failed("investment") && c.failed("objective"), c.format());
    // a year's discount factor
    ObjectNode disc = tree.deepCopy();
    ((ObjectNode) disc.get("years").get(3)).put("discountFactor", 1.0);
    assertTrue(PathwayCheck.verify(pw, disc).failed("years"));
    // a year's own figure (the retired plant generating): caught by the single-year verifier, named by its year
    ObjectNode gen = tree.deepCopy();
    ((ObjectNode) gen.get("years").get(2).get("result").get("plants").get(0)).put("generationMwh", 5000);
    VerificationReport g = PathwayCheck.verify(pw, gen);
    assertFalse(g.passed());
    assertTrue(g.violations().get(0).message().startsWith("year 2028: "), g.format());
  }

  private static List<String> problems(PathwayFixtures f) {
    InstanceException e = assertThrows(InstanceException.class, f::read);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void badPathwayInputIsNamedByItsJsonPath() {
    PathwayFixtures years = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    years.pathway().put("lastYear", 2024);
    assertTrue(problems(years).get(0).startsWith("$.pathway.lastYear: "), problems(years).toString());

    PathwayFixtures unknown = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    unknown.plant("X").put("retirementYear", 2028);
    assertTrue(problems(unknown).get(0).startsWith("$.pathway.plants[0].id: no plant with id X"),
        problems(unknown).toString());

    PathwayFixtures noLife = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    noLife.plant("N").put("overnightCapexCnyPerMw", 4e6);
    assertTrue(problems(noLife).get(0).startsWith("$.pathway.plants[0].lifetimeYears: "), problems(noLife).toString());

    PathwayFixtures noBuild = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    noBuild.plant("G").put("earliestYear", 2027);
    assertTrue(problems(noBuild).get(0).startsWith("$.pathway.plants[0].earliestYear: "), problems(noBuild).toString());

    PathwayFixtures badPath = PathwayFixtures.of(100, 500, 500, 2, 0.1).change(2027, "demands.Q.mw", 5);
    assertTrue(problems(badPath).get(0).startsWith("$.pathway.changes[0].path: "), problems(badPath).toString());

    PathwayFixtures badValue = PathwayFixtures.of(100, 500, 500, 2, 0.1).change(2028, "demands.D.mw", -5);
    String p = problems(badValue).get(0);
    assertTrue(p.contains("in year 2028") && p.contains("demands[0].mw"), p);

    PathwayFixtures rate = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    rate.pathway().put("discountRate", 2);
    assertTrue(problems(rate).get(0).startsWith("$.pathway.discountRate: "), problems(rate).toString());

    PathwayFixtures target = PathwayFixtures.of(100, 500, 500, 2, 0.1);
    target.pathway().putArray("targets").addObject().put("id", "t").put("metric", "coal.nonsense")
        .put("sense", "GE").put("value", 1).put("year", 2030);
    assertTrue(problems(target).get(0).startsWith("$.pathway.targets[0].metric: "), problems(target).toString());
  }

  @Test
  void theCommandLineSolvesComparesAndWritesYearTables(@TempDir Path dir) throws Exception {
    PathwayFixtures f = retirement();
    f.pathway().putArray("targets").addObject().put("id", "gen").put("metric", "generation.total")
        .put("sense", "GE").put("value", 876000).put("year", 2029);
    Path file = dir.resolve("pw.json");
    Files.writeString(file, f.json());
    Path out = dir.resolve("out");
    Cli c = Cli.run("pathway", file.toString(), "--compare", "--out", out.toString());
    assertEquals(0, c.exitCode(), c.err() + c.out());
    assertTrue(c.out().contains("Year by year 逐年") && c.out().contains("Perfect foresight vs myopic"), c.out());
    assertTrue(c.out().contains("2028  N"), c.out());
    // the year table's two header rows (the second in 万千瓦, 亿千瓦时, ...) and its rows align on a terminal
    List<String> lines = c.out().lines().toList();
    int at = lines.indexOf("Year by year 逐年");
    assertEquals(1, lines.subList(at + 1, at + 4).stream().map(org.coalgrid.words.Fmt::width).distinct().count(),
        String.join("\n", lines.subList(at, at + 4)));
    assertTrue(c.out().contains("gen") && c.out().contains("MET, first met 2026"), c.out());
    List<String[]> builds = Cli.csv(out.resolve("pathway-builds.csv"));
    assertEquals("year", builds.get(0)[0]);
    assertEquals("2028", builds.get(1)[0]);
    assertTrue(Files.exists(out.resolve("years/2030/solution.json")));
    assertEquals(6, Cli.csv(out.resolve("pathway-years.csv")).size());
    // the single-year verifier accepts a year's solution.json against the year... and the pathway's own check
    Cli bad = Cli.run("pathway", dir.resolve("missing.json").toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertFalse(bad.err().contains("Exception"), bad.err());
  }
}
