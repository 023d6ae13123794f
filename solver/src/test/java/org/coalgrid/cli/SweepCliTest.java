package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.coalgrid.api.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * coalgrid sweep on the tutorial: the CSV has one row per step, and the parameter's shadow price (from duals)
 * agrees with the finite difference of the objective where the basis does not change.
 */
class SweepCliTest {
  @TempDir
  Path tmp;

  private static final String TUTORIAL = Cli.instance("tutorial.json");

  private static double col(List<String> header, String[] row, String name) {
    String cell = row[header.indexOf(name)];
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  @Test
  void coalCapShadowPriceMatchesTheFiniteDifferenceWhileItBinds() throws IOException {
    Path csv = tmp.resolve("sweep.csv");
    Cli r = Cli.run("sweep", TUTORIAL, "--param", "policies.cap-coal.limit", "--from", "2.0e7", "--to", "2.2e7",
        "--steps", "3", "--out", csv.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err(), "no progress text when stderr is not a terminal");
    List<String> lines = Files.readAllLines(csv);
    assertEquals(4, lines.size());
    List<String> header = Arrays.asList(lines.get(0).split(","));
    for (int k = 1; k <= 3; k++) {
      String[] row = lines.get(k).split(",", -1);
      assertEquals("OPTIMAL", row[header.indexOf("status")]);
      assertEquals(2.0e7 + (k - 1) * 1e6, col(header, row, "value"));
      // the cap binds: production equals it
      assertEquals(col(header, row, "value"), col(header, row, "coal_produced_t"), 1.0);
      double shadow = col(header, row, "shadow_price_cny_per_unit");
      assertTrue(shadow < -1, "raising a binding cap lowers cost: " + shadow);
      if (k > 1) {
        assertEquals(shadow, col(header, row, "finite_difference_cny_per_unit"), 1e-6 * Math.abs(shadow));
      }
    }
  }

  @Test
  void lineCapacityShadowPriceSumsItsPeriodRows() throws IOException {
    Path csv = tmp.resolve("line.csv");
    Cli r = Cli.run("sweep", TUTORIAL, "--param", "lines.ac-lps-gd.capacityMw", "--from", "1000", "--to", "1100",
        "--steps", "2", "--out", csv.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(csv);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    String[] first = lines.get(1).split(",", -1);
    String[] second = lines.get(2).split(",", -1);
    assertEquals("MW", first[header.indexOf("param_unit")]);
    double shadow = col(header, first, "shadow_price_cny_per_unit");
    assertTrue(shadow < -1000, "the corridor is congested in the tutorial: " + shadow);
    assertEquals(shadow, col(header, second, "finite_difference_cny_per_unit"), 1e-6 * Math.abs(shadow));
  }

  @Test
  void badParamOrValueIsExit2AndWritesNothing() {
    Path csv = tmp.resolve("bad.csv");
    Cli r = Cli.run("sweep", TUTORIAL, "--param", "lines.hvdc1.capacityMw", "--from", "1", "--to", "2", "--steps",
        "2", "--out", csv.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("--param lines.hvdc1.capacityMw: no line with id 'hvdc1'"), r.err());
    r = Cli.run("sweep", TUTORIAL, "--param", "lines.ac-lps-gd.capacityMw", "--from", "-10", "--to", "100", "--steps",
        "2", "--out", csv.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("$.lines[3].capacityMw: must be >= 0, got -10"), r.err());
    assertFalse(Files.exists(csv));
  }
}
