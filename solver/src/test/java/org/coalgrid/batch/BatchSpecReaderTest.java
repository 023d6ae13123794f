package org.coalgrid.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, checking and expanding batch specs (docs/batch.md). */
class BatchSpecReaderTest {
  @TempDir
  Path tmp;

  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text.replace("TUTORIAL", Cli.instance("tutorial.json")), StandardCharsets.UTF_8);
    return f;
  }

  private List<String> problems(String name, String text) throws IOException {
    BatchSpecException e = assertThrows(BatchSpecException.class, () -> BatchSpecReader.read(write(name, text)));
    return e.lines();
  }

  @Test
  void theShippedGridHasFortyCasesInProductOrderWithDistinctIds() throws Exception {
    BatchSpec s = BatchSpecReader.read(Cli.repo().resolve("instances/batches/tutorial-grid.yaml"));
    assertEquals(40, s.cases().size());
    assertEquals(List.of("co2-cap", "outbound-t", "coal-cap"), s.axes());
    BatchCase first = s.cases().get(0);
    BatchCase second = s.cases().get(1);
    assertEquals("22000000", first.axisValues().get("co2-cap"));
    assertEquals("plan", first.axisValues().get("coal-cap"));
    assertEquals("tight", second.axisValues().get("coal-cap"), "the last axis varies fastest");
    assertEquals(List.of("policies.cap-co2.limit=22000000", "policies.cap-outbound.limit=2000000",
        "policies.cap-coal.limit=21000000"), second.set());
    assertEquals(40, s.cases().stream().map(BatchCase::id).distinct().count());
  }

  @Test
  void jsonAndYamlOfOneSpecGiveTheSameIdsWhateverTheNumbersSpellingAndAxisNames() throws Exception {
    BatchSpec json = BatchSpecReader.read(write("a.json", """
        {"instances": "TUTORIAL", "settings": {"solver": "glop"},
         "grid": [{"name": "co2", "path": "policies.cap-co2.limit", "values": [2.2e7, 2.5E7]}]}"""));
    BatchSpec yaml = BatchSpecReader.read(write("b.yaml", """
        instances: TUTORIAL
        settings: {solver: glop}
        grid:
          - name: co2-renamed
            path: policies.cap-co2.limit
            values: [22000000, 2.5e7]
        """));
    assertEquals(json.cases().stream().map(BatchCase::id).toList(),
        yaml.cases().stream().map(BatchCase::id).toList());
    assertEquals("22000000", json.cases().get(0).axisValues().get("co2"));
    BatchSpec otherSettings = BatchSpecReader.read(write("c.json", """
        {"instances": "TUTORIAL", "settings": {"solver": "clp"},
         "grid": [{"name": "co2", "path": "policies.cap-co2.limit", "values": [2.2e7, 2.5E7]}]}"""));
    assertNotEquals(json.cases().get(0).id(), otherSettings.cases().get(0).id(), "settings are part of the id");
    assertNotEquals(json.cases().get(0).id(), json.cases().get(1).id());
  }

  @Test
  void scenariosAndGridAreUnitedAndAFolderListsItsInstances() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("plans"));
    Files.copy(Path.of(Cli.instance("tutorial.json")), dir.resolve("b.json"));
    Files.copy(Path.of(Cli.instance("tutorial.json")), dir.resolve("a.json"));
    BatchSpec s = BatchSpecReader.read(write("s.json", """
        {"instances": ["plans"], "set": ["policies.cap-coal.limit=2.6e7"],
         "grid": [{"name": "co2", "path": "policies.cap-co2.limit", "values": [2.4e7, 2.6e7]}],
         "scenarios": [{"name": "base"}, {"name": "dry", "set": ["plants.wujiang-hydro.availability=0.5"]}]}"""));
    assertEquals(8, s.cases().size());
    assertEquals(List.of("plans/a.json", "plans/b.json"), s.instances().stream()
        .map(BatchSpec.InstanceInput::label).toList());
    assertEquals(List.of("co2", "scenario"), s.axes());
    BatchCase dry = s.cases().get(3);
    assertEquals("dry", dry.axisValues().get("scenario"));
    assertEquals(List.of("policies.cap-coal.limit=26000000", "plants.wujiang-hydro.availability=0.5"), dry.set());
    assertEquals(s.cases().get(0).id(), s.cases().get(4).id(), "the same content gives the same id");
  }

  @Test
  void everyProblemIsNamedByItsJsonPath() throws Exception {
    List<String> p = problems("bad.json", """
        {"instances": ["TUTORIAL", "missing.json"], "settings": {"solver": "gurobi", "timeLimitSeconds": -1},
         "grid": [{"name": "co2", "path": "policies.cap-co2.limit", "values": [2.2e7, -5]},
                  {"name": "x", "path": "lines.nope.capacityMw", "values": [1]},
                  {"name": "co2", "levels": [{"name": "a", "set": ["no-equals-sign"]}]}],
         "montecarlo": {"samples": 10}, "outptu": {}}""");
    String all = String.join("\n", p);
    assertTrue(all.contains("$.instances[1]: no such file or folder"), all);
    assertTrue(all.contains("$.settings.solver: must be one of"), all);
    assertTrue(all.contains("$.settings.timeLimitSeconds: must be a number >= 0"), all);
    assertTrue(all.contains("$.grid[2].name: axis 'co2' is named twice"), all);
    assertTrue(all.contains("$.grid[2].levels[0].set[0]: --set needs PATH=VALUE"), all);
    assertTrue(all.contains("$.montecarlo: this kind of case is not available yet"), all);
    assertTrue(all.contains("$.outptu: unknown field (did you mean output?)"), all);
    // checked against the instance once the spec itself is sound
    List<String> q = problems("bad2.yaml", """
        instances: TUTORIAL
        grid:
          - {name: avail, path: plants.wujiang-hydro.availability, values: [0.9, 1.5]}
          - {name: x, path: lines.nope.capacityMw, values: [1]}
        """);
    String all2 = String.join("\n", q);
    assertTrue(all2.contains("$.grid[0].values[1]: ") && !all2.contains("$.grid[0].values[0]"), all2);
    assertTrue(all2.contains("$.grid[1].values[0]: ") && all2.contains("no line with id 'nope'"), all2);
    assertTrue(String.join("\n", problems("bad3.yaml", "instances: [TUTORIAL\n")).contains("$: not valid YAML at line"));
    assertTrue(String.join("\n", problems("bad4.json", "{\"grid\": []}")).contains("$.instances: missing"));
  }

  @Test
  void theCommittedSchemaIsGenerated() throws IOException {
    Path path = Cli.repo().resolve(BatchSchema.FILE);
    if (Boolean.getBoolean("coalgrid.regenerate")) {
      Files.writeString(path, BatchSchema.render(), StandardCharsets.UTF_8);
    }
    assertEquals(BatchSchema.render(), Files.readString(path, StandardCharsets.UTF_8), BatchSchema.FILE
        + " is out of date; regenerate with -Dtest=BatchSpecReaderTest -Dcoalgrid.regenerate=true");
  }
}
