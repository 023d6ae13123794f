package org.coalgrid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * coalgrid sensitivity on the tutorial, checked by re-solving: inside the reported range of the CO2 cap its shadow
 * price is unchanged (sweep's own derivative), and just past its upper end it changes.
 */
class SensitivityCliTest {
  @TempDir
  Path tmp;

  private static final String TUTORIAL = Cli.instance("tutorial.json");

  private static String[] find(List<String[]> rows, String first) {
    return rows.stream().filter(l -> l[0].equals(first)).findFirst().orElseThrow();
  }

  private double sweepShadow(double value) throws IOException {
    Path csv = tmp.resolve("s" + System.nanoTime() + ".csv");
    Cli r = Cli.run("sweep", TUTORIAL, "--param", "policies.cap-co2.limit", "--from", Double.toString(value), "--to",
        Double.toString(value), "--steps", "1", "--out", csv.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(csv);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    return Double.parseDouble(lines.get(1).split(",", -1)[header.indexOf("shadow_price_cny_per_unit")]);
  }

  private JsonNode solveTutorial() throws IOException {
    Path out = tmp.resolve("sol" + System.nanoTime());
    Cli r = Cli.run("solve", TUTORIAL, "--quiet", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    return Json.MAPPER.readTree(out.resolve("solution.json").toFile());
  }

  @Test
  void co2CapRangeHoldsItsShadowPriceAndSlackCapsRangeToTheirSlack() throws IOException {
    Path out = tmp.resolve("sens");
    Cli r = Cli.run("sensitivity", TUTORIAL, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("policy.cap-co2"), r.out());
    List<String[]> caps = Cli.csv(out.resolve("sensitivity_caps.csv"));
    List<String> header = Arrays.asList(caps.get(0));
    String[] co2 = find(caps, "policy.cap-co2");
    double rhs = Double.parseDouble(co2[header.indexOf("rhs")]);
    double up = Double.parseDouble(co2[header.indexOf("allowed_up")]);
    double down = Double.parseDouble(co2[header.indexOf("allowed_down")]);
    double price = Double.parseDouble(co2[header.indexOf("shadow_price")]);
    assertEquals(25e6, rhs);
    assertTrue(up > 0 && down < 0, up + " " + down);
    assertEquals(price, sweepShadow(rhs + 0.9 * up), 1e-6 * Math.abs(price));
    assertEquals(price, sweepShadow(rhs + 0.9 * down), 1e-6 * Math.abs(price));
    // Past the range the basis changes; the price may or may not (this basis is degenerate: the slope stays
    // -98.83 CNY/t well beyond both ends, see docs/whatif.md). Ranging guarantees the price on the range only.
    // A slack cap's range is exact: it can fall by its slack (cap - activity) and rise without limit.
    String[] coal = find(caps, "policy.cap-coal");
    double coalRhs = Double.parseDouble(coal[header.indexOf("rhs")]);
    JsonNode sol = solveTutorial();
    double produced = sol.get("kpis").get("coalProducedT").asDouble();
    assertEquals(-(coalRhs - produced), Double.parseDouble(coal[header.indexOf("allowed_down")]), 1.0);
    // without limit: an empty cell, never "Infinity" (spreadsheets cannot read it)
    assertEquals("", coal[header.indexOf("allowed_up")]);
    assertEquals(0.0, Double.parseDouble(coal[header.indexOf("shadow_price")]));
  }

  @Test
  void capsAndCostsInPlannerWordsWithTheInternalNameInAColumnOfItsOwn() throws IOException {
    Path out = tmp.resolve("words");
    Cli r = Cli.run("sensitivity", TUTORIAL, "--top", "0", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    // the CO2 cap: its name in words first, its row name in the last column
    String co2 = lines.stream().filter(l -> l.contains("policy.cap-co2")).findFirst().orElseThrow();
    assertTrue(co2.trim().startsWith("Policy CO2 cap 二氧化碳排放控制 "), co2);
    assertTrue(co2.endsWith(" policy.cap-co2"), co2);
    assertTrue(co2.contains(" -98.83 CNY/t CO2 "), "signed shadow price: d cost / d bound\n" + co2);
    String hydro = lines.stream().filter(l -> l.endsWith(" hydro_energy.wujiang-hydro.wet-offpeak")).findFirst()
        .orElseThrow();
    assertTrue(hydro.trim().startsWith("Hydro energy 水量, wet-offpeak: Wujiang hydro"), hydro);
    String mine = lines.stream().filter(l -> l.endsWith(" q.bijie-mines")).findFirst().orElseThrow();
    assertTrue(mine.trim().startsWith("Mine output 产量: Bijie"), mine);
    // every row of the console tables is worded: no line starts with an internal name
    for (String l : lines) {
      assertTrue(!l.matches("  [a-z_]+\\.[a-z0-9-]+.*"), "internal name first: " + l);
    }
    // the CSV files: 'what' beside the name, for caps, costs and bounds
    for (String f : List.of("sensitivity_caps.csv", "sensitivity_costs.csv", "sensitivity_bounds.csv")) {
      List<String[]> rows = Cli.csv(out.resolve(f));
      assertEquals("what", rows.get(0)[1], f);
      for (String[] row : rows.subList(1, rows.size())) {
        assertTrue(!row[1].isEmpty() && !row[1].equals(row[0]), f + ": " + String.join("|", row));
      }
    }
    String[] co2Row = find(Cli.csv(out.resolve("sensitivity_caps.csv")), "policy.cap-co2");
    assertEquals("Policy CO2 cap 二氧化碳排放控制", co2Row[1]);
  }

  @Test
  void milpAndNonBasisSolversAreRefusedPlainly() {
    Cli r = Cli.run("sensitivity", Cli.instance("tutorial-build.json"));
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("sensitivity ranging is defined for LPs only"), r.err());
    r = Cli.run("sensitivity", TUTORIAL, "--solver", "highs");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("--solver must be glop or clp for sensitivity"), r.err());
  }
}
