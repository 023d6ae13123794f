package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.PlantType;
import org.coalgrid.io.schema.EntitySpec;
import org.coalgrid.io.schema.FieldSpec;
import org.coalgrid.io.schema.Json;
import org.coalgrid.io.schema.Kind;
import org.coalgrid.io.schema.SchemaTable;
import org.coalgrid.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects inside objects in an instance folder ({@code industries[k].potlines.build}): dotted columns at any depth
 * ({@code potlines.build.maxUnits}), read back into the same objects, an absent object staying absent; their bad cells
 * named by file:row:column and JSON path; and every field of the schema with a place in the folder.
 */
class CsvFolderNestedTest {
  @TempDir
  Path dir;

  /**
   * Mine M may add up to 4 units of 5e5 t/yr (a one-level build), Y has none; industry I1 has potlines with a
   * candidate build (two levels: 2 of the 3 lines are built for its 6e5 t), I2 potlines without one, I3 no potlines.
   */
  static ObjectNode instance() {
    ObjectNode tree = InstanceWriter.toTree(Fixtures.create().region("A").grade("steam", 0.7)
        .mine("M", "A", "steam", 1e6, 200).minOutput(5e5).mineBuild(5e5, 4, 30)
        .mine("Y", "A", "steam", 1e7, 260)
        .coalDemand("K", "A", "steam", 2.2e6, null, 0)
        .otherPlant("G", "A", PlantType.GAS, 200).fuelCost(300)
        .industry("I1", "A", 1e6, 1).planned(6e5).potlines(1, 2.5e5, 1e6, 3, 100)
        .industry("I2", "A", 5e5, 1).planned(2e5).potlines(1, 2.5e5, 1e6)
        .industry("I3", "A", 5e5, 1).planned(1e5)
        .build());
    // a sourced number and notes two levels down
    ObjectNode build = (ObjectNode) tree.get("industries").get(0).get("potlines").get("build");
    ObjectNode capex = build.putObject("capexCnyPerTYr");
    capex.put("value", 100).put("source", "an assumption of this test").put("note", "per t/yr and year");
    build.putArray("notes").add("three lines at most");
    return tree;
  }

  private Path folder(JsonNode tree, String name) throws Exception {
    return CsvFolderTest.writeFolder(tree, dir.resolve(name));
  }

  /** The cell of {@code column} in the row of {@code id} of a table as written. */
  private static String cell(Path table, String id, String column) throws Exception {
    List<String[]> rows = Cli.csv(table);
    List<String> head = Arrays.stream(rows.get(0)).map(h -> CsvCells.header(h)[0]).toList();
    int k = head.indexOf(column);
    assertTrue(k >= 0, column + " not in " + head);
    return rows.stream().filter(r -> r[0].equals(id)).findFirst().orElseThrow()[k];
  }

  @Test
  void objectsInsideObjectsRoundTripPresentInSomeRowsAndAbsentInOthers() throws Exception {
    ObjectNode original = instance();
    Path f = folder(original, "f");
    String header = Files.readString(f.resolve("industries.csv")).lines().findFirst().orElseThrow();
    assertTrue(header.contains(",potlines.build.maxUnits [count],potlines.build.capexCnyPerTYr [CNY/(t/yr)/yr],"
        + "potlines.build.notes"), header);
    assertEquals("3", cell(f.resolve("industries.csv"), "I1", "potlines.build.maxUnits"));
    assertEquals("", cell(f.resolve("industries.csv"), "I2", "potlines.build.maxUnits"));
    assertEquals("", cell(f.resolve("industries.csv"), "I3", "potlines.count"));
    assertEquals("", cell(f.resolve("mines.csv"), "Y", "build.unitT"));
    assertTrue(Files.readString(f.resolve("sourced-values.csv")).contains(
        "industries,I1,potlines.build.capexCnyPerTYr,an assumption of this test,per t/yr and year\n"));

    JsonNode back = InstanceReader.parseTree(f);
    assertTrue(original.equals(CsvFolderTest.NUMERIC, back), back.toPrettyString());
    JsonNode industries = back.get("industries");
    assertEquals(100, industries.get(0).at("/potlines/build/capexCnyPerTYr/value").asInt());
    assertFalse(industries.get(1).get("potlines").has("build"), "absent stays absent, not {} nor zeros");
    assertFalse(industries.get(2).has("potlines"), "absent stays absent");
    assertFalse(back.get("mines").get(1).has("build"));
    assertEquals(InstanceReader.read(original, "json").instance(), InstanceReader.read(f).instance());
    // folder → JSON → folder: the same files, byte for byte
    assertEquals(CsvFolderWriter.tables(original), CsvFolderWriter.tables(back));
  }

  @Test
  void anEmptyOrNullObjectTwoLevelsDownIsReadBackAsItWasWritten() throws Exception {
    ObjectNode tree = instance();
    ((ObjectNode) tree.get("industries").get(0).get("potlines")).putObject("build");
    ((ObjectNode) tree.get("industries").get(1).get("potlines")).putNull("build");
    Path f = folder(tree, "e");
    assertEquals("{}", cell(f.resolve("industries.csv"), "I1", "potlines.build"));
    assertEquals("null", cell(f.resolve("industries.csv"), "I2", "potlines.build"));
    assertEquals("", cell(f.resolve("industries.csv"), "I3", "potlines.build"));
    // the tables alone (the instance check would refuse a build with no maxUnits)
    JsonNode back = CsvFolderReader.read(f, "e").tree();
    assertTrue(tree.equals(CsvFolderTest.NUMERIC, back), back.toPrettyString());
  }

  @Test
  void solvingTheFolderGivesTheJsonFilesResult() throws Exception {
    Path json = dir.resolve("nested.json");
    Files.writeString(json, Json.pretty(instance()));
    Path f = dir.resolve("nested-csv");
    Cli c = Cli.run("convert", json.toString(), f.toString());
    assertEquals(0, c.exitCode(), c.err());
    Cli back = Cli.run("convert", f.toString(), dir.resolve("back.json").toString());
    assertEquals(0, back.exitCode(), back.err());
    assertTrue(InstanceReader.parseTree(json).equals(CsvFolderTest.NUMERIC,
        InstanceReader.parseTree(dir.resolve("back.json"))));
    Cli fromJson = Cli.run("solve", json.toString(), "--out", dir.resolve("out-json").toString());
    Cli fromFolder = Cli.run("solve", f.toString(), "--out", dir.resolve("out-csv").toString());
    assertEquals(0, fromJson.exitCode(), fromJson.err());
    assertEquals(0, fromFolder.exitCode(), fromFolder.err());
    assertEquals(summary(fromJson.out(), json, dir.resolve("out-json")), summary(fromFolder.out(), f,
        dir.resolve("out-csv")));
    // the two lines built at I1 and the two units at M, the same in both
    for (String table : List.of("industries.csv", "mines.csv")) {
      assertEquals(Files.readString(dir.resolve("out-json").resolve(table)),
          Files.readString(dir.resolve("out-csv").resolve(table)), table);
    }
    List<String[]> ind = Cli.csv(dir.resolve("out-csv").resolve("industries.csv"));
    int built = Arrays.asList(ind.get(0)).indexOf("potlines_built");
    assertTrue(built > 0, Arrays.toString(ind.get(0)));
    assertEquals("2", ind.get(1)[built]);
  }

  /** The planner summary with the instance and output named X and O, without the measured solve time. */
  private static String summary(String out, Path in, Path o) {
    return out.replace(in.toString(), "X").replace(o.toString(), "O").replaceAll("(?m)^Solve time: .*$", "");
  }

  /** The problems of validating the nested folder (its numbers unsourced) with {@code industries.csv} edited. */
  private List<String> broken(UnaryOperator<List<String[]>> edit) throws Exception {
    ObjectNode tree = instance();
    ObjectNode build = (ObjectNode) tree.get("industries").get(0).get("potlines").get("build");
    build.set("capexCnyPerTYr", build.get("capexCnyPerTYr").get("value"));
    Path f = folder(tree, "b");
    Path t = f.resolve("industries.csv");
    Files.writeString(t, CsvFolderWriter.csv(edit.apply(new ArrayList<>(Cli.csv(t)))), StandardCharsets.UTF_8);
    Cli v = Cli.run("validate", f.toString());
    assertEquals(2, v.exitCode(), v.out() + v.err());
    assertFalse(v.err().contains("Exception"), v.err());
    return v.err().lines().skip(1).map(String::trim).toList();
  }

  /** Sets the cell of {@code column} in data row {@code row} (1 = I1) to {@code value}. */
  private static UnaryOperator<List<String[]>> set(int row, String column, String value) {
    return rows -> {
      int k = col(rows, column) - 1;
      rows.get(row)[k] = value;
      return rows;
    };
  }

  private static int col(List<String[]> rows, String column) {
    return Arrays.stream(rows.get(0)).map(h -> CsvCells.header(h)[0]).toList().indexOf(column) + 1;
  }

  private int colOf(String column) throws Exception {
    return col(Cli.csv(folder(instance(), "h").resolve("industries.csv")), column);
  }

  @Test
  void aBadCellTwoLevelsDownIsNamedByFileRowColumnAndJsonPath() throws Exception {
    int maxUnits = colOf("potlines.build.maxUnits");
    assertEquals(List.of("industries.csv:2:" + maxUnits + ": potlines.build.maxUnits: \"3O\" is not a number"
        + " [$.industries[0].potlines.build.maxUnits]"), broken(set(1, "potlines.build.maxUnits", "3O")));
    // the instance's own check, at the cell
    List<String> p = broken(set(1, "potlines.build.maxUnits", "0"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("industries.csv:2:" + maxUnits + ": ")
        && p.get(0).endsWith("[$.industries[0].potlines.build.maxUnits]"), p.toString());
    // a required field of the nested object left empty: at the object's first cell in the row
    int capex = colOf("potlines.build.capexCnyPerTYr");
    List<String> q = broken(set(1, "potlines.build.capexCnyPerTYr", ""));
    assertTrue(q.stream().anyMatch(x -> x.startsWith("industries.csv:2:" + maxUnits + ": ")
        && x.endsWith("[$.industries[0].potlines.build.capexCnyPerTYr]")), q.toString());
    // a nested object started in a row without its parent's required fields
    List<String> r = broken(set(3, "potlines.build.maxUnits", "2"));
    assertTrue(r.stream().anyMatch(x -> x.startsWith("industries.csv:4:" + maxUnits + ": ")
        && x.contains("[$.industries[2].potlines.")), r.toString());
    // the header: a wrong unit, a misspelt nested column
    assertEquals(List.of("industries.csv:1:" + capex + ": column potlines.build.capexCnyPerTYr is in CNY/(t/yr)/yr,"
        + " not CNY/t (convert the column, or fix the header)"), broken(rows -> {
          rows.get(0)[capex - 1] = "potlines.build.capexCnyPerTYr [CNY/t]";
          return rows;
        }));
    List<String> s = broken(rows -> {
      rows.get(0)[maxUnits - 1] = "potlines.build.maxUnit [count]";
      return rows;
    });
    assertTrue(s.contains("industries.csv:1:" + maxUnits + ": unknown column \"potlines.build.maxUnit\" (did you mean"
        + " \"potlines.build.maxUnits\"?)"), s.toString());
  }

  @Test
  void anObjectGivenAsNullAndWithFieldsInOneRowIsAnError() throws Exception {
    List<String> p = broken(rows -> {
      List<String[]> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String[] r = Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
        r[r.length - 1] = i == 0 ? "potlines.build" : i == 1 ? "null" : "";
        out.add(r);
      }
      return out;
    });
    int last = Cli.csv(folder(instance(), "n").resolve("industries.csv")).get(0).length + 1;
    assertEquals(List.of("industries.csv:2:" + last + ": potlines.build: null (none), but columns potlines.build.* of"
        + " this row give its fields: leave one of them empty [$.industries[0].potlines.build]"), p);
    // the bare column first: the fields after it are the error
    List<String> q = broken(rows -> {
      List<String[]> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String[] r = new String[rows.get(i).length + 1];
        r[0] = i == 0 ? "potlines.build" : i == 1 ? "null" : "";
        System.arraycopy(rows.get(i), 0, r, 1, rows.get(i).length);
        out.add(r);
      }
      return out;
    });
    int maxUnits = colOf("potlines.build.maxUnits") + 1;
    assertTrue(q.contains("industries.csv:2:" + maxUnits + ": potlines.build.maxUnits: a value, but column"
        + " potlines.build of this row is null (none): leave one of them empty"
        + " [$.industries[0].potlines.build.maxUnits]"), q.toString());
  }

  /**
   * Every field of every entity of the root lists has a place in the folder: a column (dotted at any depth), a wide
   * table for a map, a table of its own for a list; every section has tables. A field added to the SchemaTable that
   * the folder could not hold fails here (and {@code convert} would refuse an instance that gives it).
   */
  @Test
  void everyFieldOfTheSchemaHasAPlaceInTheFolder() {
    List<CsvFolderLayout.Table> tables = CsvFolderLayout.tables();
    List<CsvFolderLayout.Series> series = CsvFolderLayout.series();
    List<String> missing = new ArrayList<>();
    for (FieldSpec l : SchemaTable.entity(SchemaTable.ROOT).fields()) {
      if (l.kind() == Kind.OBJECT_LIST) {
        CsvFolderLayout.Table t = tables.stream().filter(x -> l.name().equals(x.list())).findFirst().orElseThrow();
        walk(t, SchemaTable.entity(l.ref()), null, series, missing);
      }
    }
    for (CsvFolderLayout.Table t : tables) {
      for (CsvFolderLayout.Column c : t.columns()) {
        if (c.field().kind() == Kind.OBJECT_LIST && !CsvFolderLayout.homed(t, c, tables)) {
          missing.add(t.file() + ": list " + c.name() + " has no table");
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(List.of(), CsvFolderSections.untabledSections());
    assertTrue(tables.stream().anyMatch(t -> t.columns().stream().anyMatch(c -> c.name().equals(
        "potlines.build.maxUnits"))));
  }

  private static void walk(CsvFolderLayout.Table t, EntitySpec e, String object, List<CsvFolderLayout.Series> series,
      List<String> missing) {
    for (FieldSpec f : e.fields()) {
      String name = object == null ? f.name() : object + "." + f.name();
      if (f.kind() == Kind.NUMBER_MAP) {
        if (series.stream().noneMatch(s -> s.list().equals(t.list()) && java.util.Objects.equals(s.object(), object)
            && s.field().name().equals(f.name()))) {
          missing.add(t.list() + "." + name + ": no wide table");
        }
        continue;
      }
      if (t.columns().stream().noneMatch(c -> c.name().equals(name) && c.field().equals(f))) {
        missing.add(t.file() + ": no column " + name);
      }
      if (f.kind() == Kind.OBJECT) {
        walk(t, SchemaTable.entity(f.ref()), name, series, missing);
      }
    }
  }

  private static FieldSpec field(String name, Kind kind, String ref) {
    return new FieldSpec(name, kind, "", false, null, null, false, null, List.of(), ref, "");
  }

  /** A list with no table of its own (none in today's schema) is refused by its JSON path, not dropped. */
  @Test
  void aListWithNoTableOfItsOwnIsRefusedByItsJsonPath() throws Exception {
    EntitySpec x = new EntitySpec("x", "", List.of(field("id", Kind.STRING, null), field("parts", Kind.OBJECT_LIST,
        "term"), field("potlines", Kind.OBJECT, "potlines")));
    CsvFolderLayout.Table t = new CsvFolderLayout.Table("xs.csv", "xs", x, CsvFolderLayout.columns(x));
    List<JsonNode> items = List.of(Json.MAPPER.readTree("{\"id\": \"a\", \"parts\": []}"),
        Json.MAPPER.readTree("{\"id\": \"b\", \"parts\": [{\"metric\": \"coal.produced\", \"coef\": 1}]}"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvFolderWriter.refuseUnhomedLists(t, CsvFolderLayout.tables(), items));
    assertEquals("the CSV folder form does not hold $.xs[1].parts (a list with no table of its own); keep this "
        + "instance as JSON", e.getMessage());
    CsvFolderWriter.refuseUnhomedLists(t, CsvFolderLayout.tables(), items.subList(0, 1)); // [] has its cell
    // a section: objects of scalars at any depth are dotted columns; a map below the section's row has no table
    assertTrue(CsvFolderSections.tabled(new EntitySpec("s", "", List.of(field("p", Kind.OBJECT, "potlines")))));
    assertFalse(CsvFolderSections.tabled(new EntitySpec("s", "", List.of(field("h", Kind.OBJECT, "hydro")))));
    assertNull(CsvFolderLayout.object(items.get(0), "parts"));
  }
}
