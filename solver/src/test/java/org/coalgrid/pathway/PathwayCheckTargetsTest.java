package org.coalgrid.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-targets} on a pathway file (issue 11 item 5), on the pathway of
 * {@link PathwayTest#aPlantWorthBuildingOnlyFromYearThreeIsBuiltInYearThree}: G 100 MW in every year, one 50 MW unit
 * of N comes in in 2028 (demand 100 MW, 140 MW from 2028), so installed capacity is 100 MW in 2026-2027 and 150 MW
 * from 2028. By hand: "≥ 150 MW by 2027" is first met in 2028: LATE; "≥ 150 MW by 2030": MET, first met 2028;
 * "≥ 100 MW" of the base (every year): MET, first met 2026; "≥ 200 MW by 2030": MISSED, never met.
 */
class PathwayCheckTargetsTest {
  @TempDir
  Path dir;

  private Path file() throws Exception {
    PathwayFixtures f = PathwayFixtures.of(100, 500, 500, 2, 0.1).change(2028, "demands.D.mw", 140);
    f.plant("N").put("lifetimeYears", 20).put("overnightCapexCnyPerMw", 4e6);
    ObjectNode t = f.tree();
    ((ArrayNode) t.withArray("targets")).addObject().put("id", "cap-100").put("metric", "capacity.installed")
        .put("sense", "GE").put("value", 100).put("unit", "MW");
    ArrayNode pt = f.pathway().putArray("targets");
    pt.addObject().put("id", "cap-150-by-2027").put("metric", "capacity.installed").put("sense", "GE")
        .put("value", 150).put("year", 2027);
    pt.addObject().put("id", "cap-150-by-2030").put("metric", "capacity.installed").put("sense", "GE")
        .put("value", 150).put("year", 2030);
    pt.addObject().put("id", "cap-200-by-2030").put("metric", "capacity.installed").put("sense", "GE")
        .put("value", 200).put("year", 2030);
    Path p = dir.resolve("pw.json");
    Files.writeString(p, f.json(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void reportsEachTargetByYearWithTheYearItIsFirstMet() throws Exception {
    Path p = file();
    Path csv = dir.resolve("t.csv");
    Cli c = Cli.run("check-targets", p.toString(), "--out", csv.toString(), "--quiet");
    assertEquals(0, c.exitCode(), c.err());
    assertTrue(c.out().contains("Targets by year 目标逐年"), c.out());
    assertTrue(line(c.out(), "cap-150-by-2027").matches(".*100 MW\\s+100 MW\\s+150 MW\\*.*LATE\\s+2028"), c.out());
    assertTrue(line(c.out(), "cap-150-by-2030").matches(".*MET\\s+2028"), c.out());
    assertTrue(line(c.out(), "cap-100 ").matches(".*every year.*MET\\s+2026"), c.out());
    assertTrue(line(c.out(), "cap-200-by-2030").matches(".*MISSED\\s+never"), c.out());
    List<String[]> rows = Cli.csv(csv);
    assertEquals(List.of("id", "metric", "sense", "value", "unit", "due_year", "year", "metric_value", "met",
        "first_year_met", "status"), List.of(rows.get(0)));
    assertEquals(1 + 4 * 5, rows.size());
    String[] late2027 = rows.stream().filter(r -> r[0].equals("cap-150-by-2027") && r[6].equals("2027")).findFirst()
        .orElseThrow();
    assertEquals(100.0, Double.parseDouble(late2027[7]), 1e-6);
    assertEquals(List.of("false", "2028", "LATE"), List.of(late2027[8], late2027[9], late2027[10]));
  }

  @Test
  void writesMarkdownAndRefusesSet() throws Exception {
    Path p = file();
    Path md = dir.resolve("t.md");
    Cli c = Cli.run("check-targets", p.toString(), "--out", md.toString(), "--quiet");
    assertEquals(0, c.exitCode(), c.err());
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.contains("| cap-150-by-2027 | `capacity.installed` | >= 150 MW | 2027 | 100 MW | 100 MW | "
        + "150 MW ✓ |"), text);
    assertTrue(text.contains("**LATE** | 2028 |"), text);
    Cli set = Cli.run("check-targets", p.toString(), "--set", "demands.D.mw=120");
    assertEquals(2, set.exitCode(), set.err());
    assertTrue(set.err().contains("--set does not apply to a pathway file"), set.err());
    assertFalse(set.err().contains("Exception"), set.err());
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }
}
