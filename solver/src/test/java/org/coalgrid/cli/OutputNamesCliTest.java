package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names beside ids in the CSVs coalgrid writes (docs/output-tables.md): in every table of {@code solve --out}, after
 * each id column of a named kind comes {@code <column>_name} (and {@code _name_zh} for regions), holding the
 * instance's own name of that id, row by row; sensitivity's caps and compare's changes name their entity; the
 * direct-supply rows of sensitivity are in words.
 */
class OutputNamesCliTest {
  @TempDir
  Path tmp;

  private static final String TUTORIAL = Cli.instance("tutorial.json");

  /** Id column → the instance list its ids are in. */
  private static final Map<String, String> LISTS = Map.of("mine", "mines", "region", "regions", "from", "regions",
      "to", "regions", "grade", "coalGrades", "plant", "plants", "line", "lines", "industry", "industries",
      "contract", "exports");

  /** Name (and nameZh) of every entity of the tutorial, by list and id. */
  private static Map<String, JsonNode> entities() throws IOException {
    JsonNode in = Json.MAPPER.readTree(Path.of(TUTORIAL).toFile());
    Map<String, JsonNode> m = new HashMap<>();
    in.fields().forEachRemaining(e -> {
      if (e.getValue().isArray()) {
        for (JsonNode item : e.getValue()) {
          if (item.has("id")) {
            m.put(e.getKey() + "/" + item.get("id").asText(), item);
          }
        }
      }
    });
    return m;
  }

  /** Each CSV in {@code dir} has its header in docs/output-tables.md as {@code file: header}. */
  private static void documented(Path dir) throws IOException {
    String doc = Files.readString(Cli.repo().resolve("docs/output-tables.md"));
    try (Stream<Path> s = Files.list(dir)) {
      for (Path csv : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        String line = csv.getFileName() + ": " + Files.readAllLines(csv).get(0);
        assertTrue(doc.contains(line + "\n"), "docs/output-tables.md lists " + line);
      }
    }
  }

  @Test
  void everyIdColumnOfSolveOutHasTheInstancesNameBesideIt() throws IOException {
    Path out = tmp.resolve("sol");
    Cli r = Cli.run("solve", TUTORIAL, "--quiet", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Map<String, JsonNode> items = entities();
    List<Path> csvs;
    try (Stream<Path> s = Files.list(out)) {
      csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertEquals(12, csvs.size());
    int checked = 0;
    boolean chinese = false;
    for (Path csv : csvs) {
      List<String[]> rows = Cli.csv(csv);
      List<String> header = Arrays.asList(rows.get(0));
      for (int k = 0; k < header.size(); k++) {
        String col = header.get(k);
        String list = LISTS.get(col);
        if (list == null) {
          continue;
        }
        assertEquals(col + "_name", header.get(k + 1), csv.getFileName() + ": the name follows " + col);
        boolean zh = list.equals("regions");
        assertEquals(zh, header.contains(col + "_name_zh"), csv.getFileName() + " " + col + "_name_zh");
        for (String[] row : rows.subList(1, rows.size())) {
          JsonNode item = items.get(list + "/" + row[k]);
          assertTrue(item != null, csv.getFileName() + ": " + col + " " + row[k] + " is an instance id");
          assertEquals(item.path("name").asText(""), row[k + 1], csv.getFileName() + " " + col + " " + row[k]);
          if (zh) {
            assertEquals(item.path("nameZh").asText(""), row[k + 2], csv.getFileName() + " " + col + " " + row[k]);
            chinese |= !row[k + 2].isEmpty();
          }
          checked++;
        }
      }
    }
    assertTrue(checked > 200, "name cells checked: " + checked);
    documented(out);
    assertTrue(chinese, "Chinese region names written");
    // rows whose kind another column says
    List<String[]> use = Cli.csv(out.resolve("coal_use.csv"));
    List<String> h = Arrays.asList(use.get(0));
    String[] plantRow = use.stream().filter(x -> x[0].equals("plant")).findFirst().orElseThrow();
    assertEquals(items.get("plants/" + plantRow[1]).get("name").asText(), plantRow[h.indexOf("consumer_name")]);
    List<String[]> binding = Cli.csv(out.resolve("binding.csv"));
    List<String> bh = Arrays.asList(binding.get(0));
    assertEquals(List.of("row", "family", "entity", "entity_name", "entity_name_zh"), bh.subList(0, 5));
    String[] co2 = binding.stream().filter(x -> x[0].equals("policy.cap-co2")).findFirst().orElseThrow();
    JsonNode policy = items.get("policies/cap-co2");
    assertEquals(policy.get("name").asText(), co2[3]);
    assertEquals(policy.get("nameZh").asText(), co2[4]);
  }

  @Test
  void sensitivityNamesEachCapsEntityAndDirectSupplyInWords() throws Exception {
    Path out = tmp.resolve("sens");
    Cli r = Cli.run("sensitivity", TUTORIAL, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Map<String, JsonNode> items = entities();
    List<String[]> caps = Cli.csv(out.resolve("sensitivity_caps.csv"));
    List<String> h = Arrays.asList(caps.get(0));
    int family = h.indexOf("family");
    int entity = h.indexOf("entity");
    int name = h.indexOf("entity_name");
    assertEquals(entity + 1, name);
    int lines = 0;
    int direct = 0;
    for (String[] c : caps.subList(1, caps.size())) {
      if (c[family].equals("line_capacity")) {
        assertEquals(items.get("lines/" + c[entity]).get("name").asText(), c[name], c[0]);
        lines++;
      }
      if (c[family].equals("direct_supply")) {
        // a ds_plant row is on the plant, a ds_load row on the industry: both named, in 'what' and entity_name
        JsonNode item = c[0].startsWith("ds_plant.") ? items.get("plants/" + c[entity])
            : items.get("industries/" + c[entity]);
        assertEquals(item.get("name").asText(), c[name], c[0]);
        assertTrue(c[h.indexOf("what")].contains(item.get("name").asText()), c[h.indexOf("what")]);
        direct++;
      }
    }
    assertTrue(lines > 0, "line rows " + lines + " (direct-supply cap rows " + direct + ")");
    // the direct-supply columns (d.<contract>.<period>) name the plant and the industry of the contract
    JsonNode ds = items.get("directSupplies/ds-qingzhen-smelter");
    String plant = items.get("plants/" + ds.get("plant").asText()).get("name").asText();
    String industry = items.get("industries/" + ds.get("industry").asText()).get("name").asText();
    String words = new org.coalgrid.whatif.ModelWords(org.coalgrid.io.InstanceReader.read(Path.of(TUTORIAL))
        .instance()).column("d.ds-qingzhen-smelter.wet-peak");
    assertTrue(words.contains(plant) && words.contains(industry), words);
    documented(out);
    int columns = 0;
    for (String f : List.of("sensitivity_costs.csv", "sensitivity_bounds.csv")) {
      for (String[] c : Cli.csv(out.resolve(f))) {
        if (c[0].startsWith("d.ds-qingzhen-smelter.")) {
          assertTrue(c[1].contains(plant) && c[1].contains(industry), f + ": " + c[1]);
          columns++;
        }
      }
    }
    assertTrue(columns > 0, "the tutorial's direct supply is at its minimum in some period (a bound row)");
  }

  @Test
  void compareCsvNamesTheEntityOfEachChange() throws IOException {
    Path csv = tmp.resolve("cmp.csv");
    Cli r = Cli.run("compare", TUTORIAL, TUTORIAL, "--set-b", "lines.hvdc-gy-gd.capacityMw=2000", "--out",
        csv.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String[]> rows = Cli.csv(csv);
    assertTrue(Files.readString(Cli.repo().resolve("docs/output-tables.md")).contains(
        String.join(",", rows.get(0)) + "\n"), "compare's header in docs/output-tables.md");
    List<String> h = Arrays.asList(rows.get(0));
    assertEquals(List.of("section", "key", "entity", "entity_name", "entity_name_zh", "unit"), h.subList(0, 6));
    Map<String, JsonNode> items = entities();
    String[] input = rows.stream().filter(x -> x[1].equals("lines.hvdc-gy-gd.capacityMw")).findFirst().orElseThrow();
    assertEquals("hvdc-gy-gd", input[2]);
    assertEquals(items.get("lines/hvdc-gy-gd").get("name").asText(), input[3]);
    boolean line = false;
    boolean price = false;
    for (String[] x : rows.subList(1, rows.size())) {
      if (x[1].startsWith("lines[hvdc-gy-gd]")) {
        assertEquals(items.get("lines/hvdc-gy-gd").get("name").asText(), x[3], x[1]);
        line = true;
      }
      if (x[1].startsWith("prices.electricity[")) {
        JsonNode region = items.get("regions/" + x[2]);
        assertEquals(region.get("name").asText(), x[3], x[1]);
        assertEquals(region.get("nameZh").asText(), x[4], x[1]);
        price = true;
      }
      if (x[1].startsWith("kpis.")) {
        assertFalse(!x[2].isEmpty(), "a KPI is about no entity: " + x[1]);
      }
    }
    assertTrue(line && price, "line " + line + ", price " + price);
  }
}
