package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.StochasticPlannerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code coalgrid stochastic} and {@code coalgrid montecarlo} on the command line: the --out set is complete and
 * {@code coalgrid verify INSTANCE DIR} recomputes every figure of stochastic.json from the instance and the scenario
 * solutions (docs/stochastic.md §3); a tampered figure fails naming its field; bad options and inputs give a message,
 * a non-zero exit code and no files; an --out directory that holds other files is refused as for every command.
 *
 * <p>The case is the two hydro years of {@link StochasticPlannerTest} with every kind of first-stage decision: the
 * candidate coal units and peakers, the committed share of a firm export contract (premium 100 CNY/MWh), CVaR at
 * α = ½ with weight 0.9 (so the reported plan is the risk-averse one) and a Monte Carlo basin.
 */
class StochasticCliTest {
  static final String CASE = StochasticPlannerTest.TWO_YEARS
      .replace("CVAR", ", \"firstStage\": {\"builds\": true, \"commitments\": [{\"export\": \"x\", "
          + "\"premiumCnyPerMwh\": 100}]}, \"cvar\": {\"alpha\": 0.5, \"weight\": 0.9}, "
          + "\"basins\": [{\"id\": \"river\", \"plants\": [\"hydro\"]}], "
          + "\"monteCarlo\": {\"basins\": [{\"basin\": \"river\", \"sdLog\": 0.5}]}")
      .replace("\"regions\": [{\"id\": \"a\"}]", "\"regions\": [{\"id\": \"a\"}, {\"id\": \"gd\", \"external\": true}], "
          + "\"lines\": [{\"id\": \"l\", \"from\": \"a\", \"to\": \"gd\", \"capacityMw\": 300}], "
          + "\"exports\": [{\"id\": \"x\", \"region\": \"gd\", \"firmMwh\": 876000, \"priceCnyPerMwh\": 0, "
          + "\"shortfallPenaltyCnyPerMwh\": 300}]");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path shared;

  static Path instance;
  static Path set;

  @TempDir
  Path tmp;

  @BeforeAll
  static void solveOnce() throws IOException {
    instance = shared.resolve("two-years.json");
    Files.writeString(instance, CASE);
    set = shared.resolve("set");
    Cli r = Cli.run("stochastic", instance.toString(), "--out", set.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void theOutSetIsCompleteAndVerifies() {
    for (String f : List.of("stochastic.json", "scenarios.csv", "plans.csv", "expected-prices.csv",
        "scenarios/wet/instance.json", "scenarios/dry/solution.json", "plans/stochastic/wet/solution.json",
        "plans/expected-value/dry/solution.json", "plans/wait-and-see/dry/solution.json")) {
      assertTrue(Files.isRegularFile(set.resolve(f)), f);
    }
    assertFalse(Files.exists(set.resolve("plans/risk-averse")), "the reported plan's solutions are in scenarios/");
    Cli v = Cli.run("verify", instance.toString(), set.toString());
    assertEquals(0, v.exitCode(), v.out() + v.err());
    assertTrue(v.out().startsWith("verified: "), v.out());
    Cli byFile = Cli.run("verify", instance.toString(), set.resolve("stochastic.json").toString());
    assertEquals(v.out(), byFile.out());
    // a single scenario's files still verify on their own
    Cli one = Cli.run("verify", set.resolve("scenarios/dry/instance.json").toString(),
        set.resolve("scenarios/dry/solution.json").toString());
    assertEquals(0, one.exitCode(), one.out());
  }

  /** A figure of stochastic.json changed by {@code delta}: verify fails with exit code 8 naming the field. */
  @ParameterizedTest
  @CsvSource({
    "/expectedCostCny/stochastic, 1e6, expectedCostCny",
    "/expectedCostCny/risk-averse, -1e6, expectedCostCny",
    "/expectedCostCny/expected-value, 1e6, expectedCostCny",
    "/expectedCostCny/wait-and-see, 1e6, expectedCostCny",
    "/evpiCny, 1e6, evpiCny",
    "/vssCny, -1e6, vssCny",
    "/cvarCny/risk-averse, 1e6, cvarCny",
    "/cvarCny/stochastic, -1e6, cvarCny",
    "/outcomes/0/cost, 1e6, cost",
    "/outcomes/5/cost, 1e6, cost",
    "/outcomes/1/hydroGeneration, 1000, hydroGeneration",
    "/outcomes/2/coalToPower, 1000, coalToPower",
    "/outcomes/4/exportShortfall, 1000, exportShortfall",
    "/outcomes/3/unserved, 1000, unserved",
    "/outcomes/7/meanPowerPrice, 1, meanPowerPrice",
    "/outcomes/6/probability, 0.1, probability",
    "/expectedPowerPricesCnyPerMwh/a~1year, 1, expectedPowerPricesCnyPerMwh",
    "/plans/stochastic/plantBuilds/peaker, -1, non-anticipativity",
    "/plans/risk-averse/plantBuilds/coal, -1, non-anticipativity",
    "/plans/expected-value/commitments/x, -0.25, cost",
    "/scenarios/1/probability, -0.1, probability",
  })
  void aTamperedFigureFailsNamingItsField(String pointer, double delta, String field) throws IOException {
    Path copy = copy(set);
    ObjectNode root = (ObjectNode) JSON.readTree(copy.resolve("stochastic.json").toFile());
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1).replace("~1", "/");
    JsonNode old = parent.get(name);
    assertTrue(old != null && old.isNumber(), pointer + " in " + root);
    if (old.isIntegralNumber()) {
      parent.put(name, old.asInt() + (int) delta);
    } else {
      parent.put(name, old.asDouble() + delta);
    }
    JSON.writeValue(copy.resolve("stochastic.json").toFile(), root);
    Cli v = Cli.run("verify", instance.toString(), copy.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, v.exitCode(), pointer + ": " + v.out() + v.err());
    assertTrue(v.out().contains(field), pointer + " should name " + field + ": " + v.out());
  }

  @Test
  void aTamperedScenarioFileFails() throws IOException {
    Path copy = copy(set);
    Path sol = copy.resolve("plans/expected-value/dry/solution.json");
    ObjectNode tree = (ObjectNode) JSON.readTree(sol.toFile());
    ObjectNode objective = (ObjectNode) tree.get("objective");
    objective.put("totalCny", objective.get("totalCny").asDouble() + 1e6);
    JSON.writeValue(sol.toFile(), tree);
    Cli v = Cli.run("verify", instance.toString(), copy.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, v.exitCode(), v.out());
    assertTrue(v.out().contains("plans/expected-value/dry/solution.json"), v.out());

    Path copy2 = copy(set);
    Path in = copy2.resolve("scenarios/dry/instance.json");
    ObjectNode year = (ObjectNode) JSON.readTree(in.toFile());
    ((ObjectNode) year.get("exports").get(0)).put("firmMwh", 870000.0);
    JSON.writeValue(in.toFile(), year);
    Cli w = Cli.run("verify", instance.toString(), copy2.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, w.exitCode(), w.out());
    assertTrue(w.out().contains("scenario instance") && w.out().contains("firmMwh"), w.out());

    Path copy3 = copy(set);
    Files.delete(copy3.resolve("plans/wait-and-see/dry/solution.json"));
    Cli x = Cli.run("verify", instance.toString(), copy3.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, x.exitCode(), x.out());
    assertTrue(x.out().contains("no solution file plans/wait-and-see/dry/solution.json"), x.out());
  }

  @Test
  void anotherInstanceIsNotTheSetsInstance() {
    Cli v = Cli.run("verify", Cli.instance("tutorial.json"), set.toString());
    assertNotEquals(0, v.exitCode());
    assertTrue(v.err().contains("uncertainty.scenarios"), v.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "montecarlo|--samples|0|--samples must be at least 1",
    "montecarlo|--workers|0|--workers must be at least 1",
    "montecarlo|--seed|-1|--seed must be a whole number ≥ 0",
    "montecarlo|--samples|many|--samples",
  })
  void badOptionsGiveAMessageAndNoFiles(String command, String option, String value, String message) {
    Path out = tmp.resolve("out");
    List<String> args = new java.util.ArrayList<>(List.of(command, instance.toString(), "--out", out.toString(),
        option, value));
    if (!option.equals("--samples")) {
      args.addAll(List.of("--samples", "2"));
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anInstanceWithoutUncertaintyOrNoFileGivesAMessageAndNoFiles() {
    Path out = tmp.resolve("out");
    for (String[] args : List.of(
        new String[] {"stochastic", Cli.instance("tutorial.json"), "--out", out.toString()},
        new String[] {"montecarlo", Cli.instance("tutorial.json"), "--samples", "2", "--out", out.toString()},
        new String[] {"stochastic", tmp.resolve("nope.json").toString(), "--out", out.toString()},
        new String[] {"montecarlo", tmp.resolve("nope.json").toString(), "--samples", "2", "--out",
            out.toString()})) {
      Cli r = Cli.run(args);
      String what = String.join(" ", args);
      assertNotEquals(0, r.exitCode(), what);
      assertTrue(r.err().contains(args[0].equals("stochastic") && args[1].endsWith("tutorial.json")
          ? "uncertainty.scenarios" : args[1].endsWith("tutorial.json") ? "monteCarlo" : "nope.json"), what + ": "
          + r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
      assertFalse(Files.exists(out), what);
    }
  }

  /** An --out directory is treated as by every command: its own earlier set is replaced, anything else refused. */
  @Test
  void outIntoAnExistingDirectory() throws IOException {
    Path foreign = tmp.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Cli r = Cli.run("stochastic", instance.toString(), "--out", foreign.toString(), "--quiet");
    assertNotEquals(0, r.exitCode());
    assertTrue(r.err().contains(foreign.toString()), r.err());
    assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    assertFalse(Files.exists(foreign.resolve("stochastic.json")));
    // another command's set: montecarlo into a stochastic set is refused before any solve
    Path again = copy(set);
    Cli mc = Cli.run("montecarlo", instance.toString(), "--samples", "2", "--out", again.toString(), "--quiet");
    assertNotEquals(0, mc.exitCode());
    assertFalse(Files.exists(again.resolve("montecarlo.json")));
    assertTrue(Files.exists(again.resolve("stochastic.json")));
  }

  @Test
  void monteCarloOutSetIsCompleteAndTheSameOnOneAndTwoWorkers() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(0, Cli.run("montecarlo", instance.toString(), "--samples", "4", "--seed", "7", "--workers", "1",
        "--out", one.toString(), "--quiet").exitCode());
    assertEquals(0, Cli.run("montecarlo", instance.toString(), "--samples", "4", "--seed", "7", "--workers", "2",
        "--out", two.toString(), "--quiet").exitCode());
    for (String f : List.of("montecarlo.json", "samples.csv", "statistics.csv")) {
      assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
    }
    Cli v = Cli.run("verify", instance.toString(), one.toString());
    assertEquals(0, v.exitCode(), v.out() + v.err());
    assertTrue(v.out().startsWith("verified: "), v.out());
    // every statistic is recomputed from the draws: a changed one fails naming its KPI and field
    for (String[] t : List.of(new String[] {"0", "mean"}, new String[] {"0", "sd"}, new String[] {"0", "p5"},
        new String[] {"2", "p50"}, new String[] {"5", "p95"}, new String[] {"0", "ciLow"}, new String[] {"6", "ciHigh"},
        new String[] {"1", "n"})) {
      Path copy = copy(one);
      ObjectNode root = (ObjectNode) JSON.readTree(copy.resolve("montecarlo.json").toFile());
      ObjectNode stat = (ObjectNode) root.get("statistics").get(Integer.parseInt(t[0]));
      if (t[1].equals("n")) {
        stat.put("n", stat.get("n").asInt() - 1);
      } else {
        stat.put(t[1], stat.get(t[1]).asDouble() + 1 + Math.abs(stat.get(t[1]).asDouble()) * 1e-3);
      }
      JSON.writeValue(copy.resolve("montecarlo.json").toFile(), root);
      Cli w = Cli.run("verify", instance.toString(), copy.resolve("montecarlo.json").toString());
      assertEquals(ExitCodes.VERIFICATION_FAILED, w.exitCode(), t[1] + ": " + w.out() + w.err());
      assertTrue(w.out().contains(stat.get("kpi").asText() + ": " + t[1]), t[1] + ": " + w.out());
    }
  }

  /**
   * A set written with {@code --set} (issue 12) records its what-ifs in stochastic.json as solution.json records them
   * ({@code scenario}: set, jsonPath, previous, value), so that verify recomputes the set on the instance the run
   * solved; a changed value, a wrong previous value or a dropped record fails.
   */
  @Test
  void aSetWrittenWithSetRecordsItVerifiesAndATamperedWhatIfFails() throws IOException {
    Path withSet = tmp.resolve("with-set");
    Cli r = Cli.run("stochastic", instance.toString(), "--set", "demands.load.mw=280", "--out", withSet.toString(),
        "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode recorded = JSON.readTree(withSet.resolve("stochastic.json").toFile()).get("scenario");
    assertEquals("[{\"set\":\"demands.load.mw=280\",\"jsonPath\":\"$.demands[0].mw\",\"previous\":300,"
        + "\"value\":280}]", String.valueOf(recorded).replace(".0,", ",").replace(".0}", "}"));
    Cli v = Cli.run("verify", instance.toString(), withSet.toString());
    assertEquals(0, v.exitCode(), v.out() + v.err());
    assertTrue(v.out().startsWith("verified: "), v.out());
    assertFalse(JSON.readTree(set.resolve("stochastic.json").toFile()).has("scenario"), "no --set, no record");
    // the value changed: the set is recomputed on another instance and its figures fail
    Cli a = Cli.run("verify", instance.toString(), tampered(withSet, e -> e.put("set", "demands.load.mw=250")
        .put("value", 250.0)).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, a.exitCode(), a.out() + a.err());
    // the record disagrees with the file about the value it replaced
    Cli b = Cli.run("verify", instance.toString(), tampered(withSet, e -> e.put("previous", 320.0)).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, b.exitCode(), b.out() + b.err());
    assertTrue(b.out().contains("scenario") && b.out().contains("previous"), b.out());
    // the record dropped: the set is checked against the file as it is, and fails
    Cli c = Cli.run("verify", instance.toString(), tampered(withSet, null).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, c.exitCode(), c.out() + c.err());
  }

  /**
   * A Monte Carlo set written with {@code --set} records its what-ifs in montecarlo.json as stochastic.json does, and
   * the digest of the instance its draws came from ({@code instanceSha256}); verify applies the record to the file
   * and recomputes the digest: the untouched set verifies; a changed value, a wrong previous value, a dropped record
   * or another instance fails. Before, montecarlo.json recorded neither, and verify passed all four (its statistics
   * are recomputed from the draws, which do not depend on the instance).
   */
  @Test
  void aMonteCarloSetWrittenWithSetRecordsItVerifiesAndATamperedWhatIfFails() throws IOException {
    Path withSet = tmp.resolve("mc-with-set");
    Cli r = Cli.run("montecarlo", instance.toString(), "--samples", "2", "--workers", "1", "--set",
        "demands.load.mw=280", "--out", withSet.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode written = JSON.readTree(withSet.resolve("montecarlo.json").toFile());
    assertEquals("[{\"set\":\"demands.load.mw=280\",\"jsonPath\":\"$.demands[0].mw\",\"previous\":300,"
        + "\"value\":280}]", String.valueOf(written.get("scenario")).replace(".0,", ",").replace(".0}", "}"));
    assertTrue(written.path("instanceSha256").asText().matches("[0-9a-f]{64}"), written.toString());
    Cli v = Cli.run("verify", instance.toString(), withSet.toString());
    assertEquals(0, v.exitCode(), v.out() + v.err());
    assertTrue(v.out().startsWith("verified: "), v.out());
    String mc = "montecarlo.json";
    Cli a = Cli.run("verify", instance.toString(), tampered(withSet, mc, e -> e.put("set", "demands.load.mw=250")
        .put("value", 250.0)).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, a.exitCode(), a.out() + a.err());
    assertTrue(a.out().contains("instanceSha256"), a.out());
    Cli b = Cli.run("verify", instance.toString(), tampered(withSet, mc, e -> e.put("previous", 320.0)).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, b.exitCode(), b.out() + b.err());
    assertTrue(b.out().contains("scenario") && b.out().contains("previous"), b.out());
    Cli c = Cli.run("verify", instance.toString(), tampered(withSet, mc, null).toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, c.exitCode(), c.out() + c.err());
    assertTrue(c.out().contains("instanceSha256"), c.out());
    Path other = tmp.resolve("other.json");
    Files.writeString(other, CASE.replace("\"shortfallPenaltyCnyPerMwh\": 300", "\"shortfallPenaltyCnyPerMwh\": 301"));
    Cli d = Cli.run("verify", other.toString(), withSet.toString());
    assertEquals(ExitCodes.VERIFICATION_FAILED, d.exitCode(), d.out() + d.err());
  }

  /** A copy of {@code from} with its recorded what-if edited by {@code edit} (null: the record removed). */
  private Path tampered(Path from, java.util.function.Consumer<ObjectNode> edit) throws IOException {
    return tampered(from, "stochastic.json", edit);
  }

  /** A copy of {@code from} with the recorded what-if of its {@code summary} file edited (null: record removed). */
  private Path tampered(Path from, String summary, java.util.function.Consumer<ObjectNode> edit) throws IOException {
    Path copy = copy(from);
    ObjectNode root = (ObjectNode) JSON.readTree(copy.resolve(summary).toFile());
    if (edit == null) {
      root.remove("scenario");
    } else {
      edit.accept((ObjectNode) root.get("scenario").get(0));
    }
    JSON.writeValue(copy.resolve(summary).toFile(), root);
    return copy;
  }

  private Path copy(Path from) throws IOException {
    Path to = Files.createTempDirectory(tmp, "copy");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
    return to;
  }
}
