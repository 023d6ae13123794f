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

  private static String[] find(List<String> lines, String first) {
    return lines.stream().filter(l -> l.startsWith(first + ",")).findFirst().orElseThrow().split(",", -1);
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
    List<String> caps = Files.readAllLines(out.resolve("sensitivity_caps.csv"));
    List<String> header = Arrays.asList(caps.get(0).split(","));
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
    assertEquals("", coal.length > header.indexOf("allowed_up") ? coal[header.indexOf("allowed_up")] : "");
    assertEquals(0.0, Double.parseDouble(coal[header.indexOf("shadow_price")]));
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
