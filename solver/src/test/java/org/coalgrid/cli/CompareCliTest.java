package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * coalgrid compare on the tutorial and a copy whose coal production cap is 21 Mt instead of 28 Mt: exactly that
 * input change, and its consequences (production falls to the cap, cost rises, the cap gets a price).
 */
class CompareCliTest {
  @TempDir
  Path tmp;

  private static final String TUTORIAL = Cli.instance("tutorial.json");
  private Path tighter;

  @BeforeEach
  void writeTighterCap() throws IOException {
    JsonNode tree = org.coalgrid.io.schema.Json.MAPPER.readTree(Path.of(TUTORIAL).toFile());
    for (JsonNode p : tree.get("policies")) {
      if (p.get("id").asText().equals("cap-coal")) {
        ((ObjectNode) p.get("limit")).put("value", 21_000_000);
      }
    }
    tighter = tmp.resolve("tutorial-cap21.json");
    Files.writeString(tighter, org.coalgrid.io.schema.Json.pretty(tree));
  }

  private JsonNode compare(String a, String b, String... extra) throws IOException {
    Path out = tmp.resolve("cmp" + System.nanoTime() + ".json");
    List<String> args = new ArrayList<>(List.of("compare", a, b, "--out", out.toString()));
    args.addAll(List.of(extra));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return Json.MAPPER.readTree(out.toFile()).get("changes");
  }

  private static JsonNode change(JsonNode changes, String key) {
    for (JsonNode c : changes) {
      if (c.get("key").asText().equals(key)) {
        return c;
      }
    }
    throw new AssertionError("no change reported for " + key);
  }

  @Test
  void reportsExactlyTheInputChangeAndItsConsequences() throws IOException {
    JsonNode changes = compare(TUTORIAL, tighter.toString());
    List<JsonNode> inputs = new ArrayList<>();
    changes.forEach(c -> {
      if (c.get("section").asText().equals("input")) {
        inputs.add(c);
      }
    });
    assertEquals(1, inputs.size(), inputs.toString());
    assertEquals("policies.cap-coal.limit", inputs.get(0).get("key").asText());
    assertEquals(28e6, inputs.get(0).get("a").asDouble());
    assertEquals(21e6, inputs.get(0).get("b").asDouble());
    // consequences: production falls to the new cap, cost rises, the cap now has a (negative) shadow price
    JsonNode produced = change(changes, "kpis.coalProducedT");
    assertTrue(produced.get("a").asDouble() > 21e6 + 1e5);
    assertEquals(21e6, produced.get("b").asDouble(), 1.0);
    assertEquals("t", produced.get("unit").asText());
    assertTrue(change(changes, "objective.totalCny").get("b").asDouble()
        > change(changes, "objective.totalCny").get("a").asDouble());
    assertTrue(change(changes, "policies[cap-coal].shadowPrice").get("b").asDouble() < -1);
    // nothing about entities that did not move: the wind farm's output is the same
    changes.forEach(c -> assertTrue(!c.get("key").asText().startsWith("plants[bijie-wind].generation"), c.toString()));
  }

  @Test
  void setBGivesTheSameAnswerAsTheEditedFile() throws IOException {
    JsonNode viaFile = compare(TUTORIAL, tighter.toString());
    JsonNode viaSet = compare(TUTORIAL, TUTORIAL, "--set-b", "policies.cap-coal.limit=21000000");
    assertEquals(viaFile, viaSet);
  }

  @Test
  void solutionsCompareLikeTheirInstancesWithoutTheInputSection() throws IOException {
    Path da = tmp.resolve("a");
    Path db = tmp.resolve("b");
    assertEquals(0, Cli.run("solve", TUTORIAL, "--quiet", "--out", da.toString()).exitCode());
    assertEquals(0, Cli.run("solve", tighter.toString(), "--quiet", "--out", db.toString()).exitCode());
    JsonNode fromSolutions = compare(da.toString(), db.resolve("solution.json").toString());
    JsonNode fromInstances = compare(TUTORIAL, tighter.toString());
    List<JsonNode> withoutInput = new ArrayList<>();
    fromInstances.forEach(c -> {
      if (!c.get("section").asText().equals("input")) {
        withoutInput.add(c);
      }
    });
    assertEquals(withoutInput.size(), fromSolutions.size());
    assertEquals(withoutInput.get(0), fromSolutions.get(0));
  }

  @Test
  void identicalScenariosHaveNoDifferences() {
    Cli r = Cli.run("compare", TUTORIAL, TUTORIAL);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("No differences beyond the tolerances."), r.out());
  }

  @Test
  void aBadOverrideIsExit2() {
    Cli r = Cli.run("compare", TUTORIAL, TUTORIAL, "--set-b", "policies.cap-cole.limit=1");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("no policy with id 'cap-cole' in $.policies (did you mean cap-coal"), r.err());
  }
}
