package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on instances cut into representative days and a full year (generated: 3 regions, 2 representative
 * days of 24 hourly steps; and a full year of daily steps): solve writes the per-step tables, and compare, sweep,
 * sensitivity, check-targets and explain run on them.
 */
class TimeStructureCliTest {
  @TempDir
  static Path tmp;

  static String days;
  static String year;

  @BeforeAll
  static void generate() {
    days = tmp.resolve("days.json").toString();
    Cli r = Cli.run("generate", "--days", "2", "--regions", "3", days);
    assertEquals(0, r.exitCode(), r.err());
    year = tmp.resolve("year.json").toString();
    r = Cli.run("generate", "--full-year", "--step-hours", "24", "--regions", "3", year);
    assertEquals(0, r.exitCode(), r.err());
  }

  private static int col(String[] header, String name) {
    int k = Arrays.asList(header).indexOf(name);
    assertTrue(k >= 0, name + " in " + Arrays.toString(header));
    return k;
  }

  /** Σ step_h × weight_days over the steps of one region in steps_prices.csv: the hours of the year. */
  private static double hoursOfRegion(List<String[]> rows, String region) {
    String[] h = rows.get(0);
    double sum = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      if (row[col(h, "region")].equals(region)) {
        sum += Double.parseDouble(row[col(h, "step_h")]) * Double.parseDouble(row[col(h, "weight_days")]);
      }
    }
    return sum;
  }

  @Test
  void solveWritesThePerStepTablesOfRepresentativeDays() throws IOException {
    Path out = tmp.resolve("solve-days");
    Cli r = Cli.run("solve", days, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String[]> prices = Cli.csv(out.resolve("steps_prices.csv"));
    String[] h = prices.get(0);
    assertEquals(List.of("period", "day", "step", "start_hour", "step_h", "weight_days", "price_cny_per_mwh"),
        Arrays.asList(h).subList(col(h, "period"), h.length));
    assertEquals("region_name", h[1], "names beside ids");
    assertEquals(8760, hoursOfRegion(prices, "r1"), 1e-6, "the steps of a region stand for the year");
    String[] first = prices.get(1);
    assertEquals("d01-h00", first[col(h, "period")]);
    assertEquals("d01", first[col(h, "day")]);
    assertEquals("0", first[col(h, "step")]);
    List<String[]> gen = Cli.csv(out.resolve("steps_generation.csv"));
    List<String[]> periods = Cli.csv(out.resolve("plant_periods.csv"));
    assertEquals(periods.size(), gen.size(), "one row per plant and step");
    List<String[]> storage = Cli.csv(out.resolve("steps_storage.csv"));
    String[] sh = storage.get(0);
    assertTrue(storage.size() > 48, "48 steps of each storage plant");
    assertTrue(storage.subList(1, storage.size()).stream()
        .allMatch(row -> row[col(sh, "type")].equals("PUMPED_STORAGE") || row[col(sh, "type")].equals("BATTERY")));
    String[] last = gen.get(gen.size() - 1);
    assertEquals("23", last[col(gen.get(0), "step")]);
    assertEquals("23", last[col(gen.get(0), "start_hour")]);
  }

  @Test
  void aFullYearHasItsDaysOfWeightOne() throws IOException {
    Path out = tmp.resolve("solve-year");
    Cli r = Cli.run("solve", year, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String[]> prices = Cli.csv(out.resolve("steps_prices.csv"));
    String[] h = prices.get(0);
    assertEquals(8760, hoursOfRegion(prices, "r2"), 1e-6);
    assertTrue(prices.subList(1, prices.size()).stream().allMatch(row -> row[col(h, "weight_days")].equals("1")));
    assertTrue(r.out().contains("Prices (checked"), r.out());
  }

  @Test
  void blocksWriteNoPerStepTables() {
    Path out = tmp.resolve("solve-blocks");
    Cli r = Cli.run("solve", Cli.instance("tutorial.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.exists(out.resolve("steps_prices.csv")));
  }

  @Test
  void compareSweepSensitivityTargetsAndExplainRunOnRepresentativeDays() throws IOException {
    Cli cmp = Cli.run("compare", days, days, "--set-b", "lines.ac-r1-r2.capacityMw=100");
    assertEquals(0, cmp.exitCode(), cmp.err());
    assertTrue(cmp.out().matches("(?s).*prices\\.electricity\\[r\\d/d0\\d-h\\d\\d\\]\\.cnyPerMwh.*"),
        "prices per region and step compared:\n" + cmp.out());

    Path sweep = tmp.resolve("sweep.csv");
    Cli sw = Cli.run("sweep", days, "--param", "lines.ac-r1-r2.capacityMw", "--from", "100", "--to", "300",
        "--steps", "3", "--out", sweep.toString());
    assertEquals(0, sw.exitCode(), sw.err());
    List<String[]> rows = Cli.csv(sweep);
    assertEquals(4, rows.size());
    int status = col(rows.get(0), "status");
    assertTrue(rows.subList(1, 4).stream().allMatch(row -> row[status].equals("OPTIMAL")));

    Path sens = tmp.resolve("sens");
    Cli se = Cli.run("sensitivity", days, "--out", sens.toString());
    assertEquals(0, se.exitCode(), se.err());
    String caps = Files.readString(sens.resolve("sensitivity_caps.csv"));
    assertTrue(caps.contains("d01-h") || caps.contains("d02-h"), "caps per step are ranged:\n" + caps);

    Cli ct = Cli.run("check-targets", days);
    assertEquals(0, ct.exitCode(), ct.err());
    assertTrue(ct.out().contains("Summary:"), ct.out());

    Cli ex = Cli.run("explain", days);
    assertEquals(0, ex.exitCode(), ex.err());
    assertTrue(ex.out().contains("## The day 日内"), ex.out());
  }
}
