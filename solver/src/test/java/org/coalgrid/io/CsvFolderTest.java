package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instance folders of CSV tables: JSON → folder → JSON gives back the same tree for every shipped instance
 * (sources, notes and sourced numbers included), and broken tables are refused with their file:row:column.
 */
class CsvFolderTest {
  @TempDir
  Path dir;

  static Stream<String> shipped() throws Exception {
    try (Stream<Path> s = Files.walk(Path.of(Cli.repo().toString(), "instances"))) {
      // the instances: instances/*.json and instances/examples/*.json (not the schema or the seed-fact sources)
      return s.filter(p -> p.toString().endsWith(".json") && (p.getParent().getFileName().toString().equals("instances")
          || p.getParent().getFileName().toString().equals("examples")))
          .map(p -> Cli.repo().resolve("instances").relativize(p).toString()).sorted().toList().stream();
    }
  }

  /** Numbers equal by value (20000 and 20000.0), everything else by JSON equality. */
  static final Comparator<JsonNode> NUMERIC = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  static Path writeFolder(JsonNode tree, Path out) throws Exception {
    Files.createDirectories(out);
    for (Map.Entry<String, String> t : CsvFolderWriter.tables(tree).entrySet()) {
      Files.writeString(out.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void jsonToFolderToJsonIsIdentical(String name) throws Exception {
    Path json = Cli.repo().resolve("instances").resolve(name);
    JsonNode original = InstanceReader.parseTree(json);
    Path folder = writeFolder(original, dir.resolve("f"));
    JsonNode back = InstanceReader.parseTree(folder);
    assertTrue(original.equals(NUMERIC, back), name + ": the tree read back from the folder differs");
    assertEquals(InstanceReader.read(json).instance(), InstanceReader.read(folder).instance());
    // and the folder written from the folder's tree is the same folder, byte for byte
    assertEquals(CsvFolderWriter.tables(original), CsvFolderWriter.tables(back));
  }

  @Test
  void convertCommandBothWaysAndSolveTheFolder() throws Exception {
    Path folder = dir.resolve("tutorial-csv");
    Cli c = Cli.run("convert", Cli.instance("tutorial.json"), folder.toString());
    assertEquals(0, c.exitCode(), c.err());
    assertTrue(Files.exists(folder.resolve("plants.csv")));
    assertTrue(Files.exists(folder.resolve("plants-availability.csv")));
    assertTrue(Files.readString(folder.resolve("plants.csv")).startsWith("id,name,region,type,capacityMw [MW]"));
    Path json = dir.resolve("back.json");
    Cli b = Cli.run("convert", folder.toString(), json.toString());
    assertEquals(0, b.exitCode(), b.err());
    assertTrue(InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json"))).equals(NUMERIC,
        InstanceReader.parseTree(json)));
    Cli fromFolder = Cli.run("solve", folder.toString(), "--quiet");
    Cli fromJson = Cli.run("solve", Cli.instance("tutorial.json"), "--quiet");
    assertEquals(0, fromFolder.exitCode(), fromFolder.err());
    assertEquals(fromJson.out().replace(Cli.instance("tutorial.json"), "X"), fromFolder.out().replace(folder.toString(),
        "X"));
    Cli validate = Cli.run("validate", folder.toString());
    assertEquals(0, validate.exitCode(), validate.err());
  }

  @Test
  void convertRefusesANonEmptyFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(folder.resolve("x.txt"), "mine");
    Cli c = Cli.run("convert", Cli.instance("tutorial.json"), folder.toString());
    assertEquals(2, c.exitCode());
    assertEquals("coalgrid: OUT " + folder + " holds files coalgrid did not write (x.txt); the output set replaces the "
        + "directory whole: choose a new or empty directory\n", c.err());
    assertEquals("mine", Files.readString(folder.resolve("x.txt")));
  }

  /** The tutorial as a folder, with {@code file} edited by {@code edit}; the problems of validating it. */
  private List<String> broken(String file, java.util.function.UnaryOperator<String> edit) throws Exception {
    Path folder = writeFolder(InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json"))), dir.resolve("b"));
    Path f = folder.resolve(file);
    Files.writeString(f, edit.apply(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    Cli v = Cli.run("validate", folder.toString());
    assertEquals(2, v.exitCode(), v.out() + v.err());
    assertTrue(v.err().startsWith("coalgrid: " + folder + " is not a valid instance"), v.err());
    return v.err().lines().skip(1).map(String::trim).toList();
  }

  @Test
  void missingColumn() throws Exception {
    List<String> p = broken("plants.csv", t -> t.replace(",capacityMw [MW],", ",capacity [MW],"));
    assertTrue(p.contains("plants.csv:1:5: unknown column \"capacity\" (did you mean \"capacityMw\"?)"), p.toString());
    assertTrue(p.contains("plants.csv:1: missing column \"capacityMw [MW]\" (required)"), p.toString());
  }

  @Test
  void wrongUnitInAHeader() throws Exception {
    List<String> p = broken("plants.csv", t -> t.replace(",capacityMw [MW],", ",capacityMw [kW],"));
    assertEquals(List.of("plants.csv:1:5: column capacityMw is in MW, not kW (convert the column, or fix the header)"),
        p);
  }

  @Test
  void wrongUnitOfASeries() throws Exception {
    List<String> p = broken("plants-availability.csv", t -> t.replaceFirst(" \\[share 0\\.\\.1\\]", " [%]"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).matches("plants-availability\\.csv:1:2: values of availabilityByPeriod are in share 0\\.\\.1, "
        + "not % \\(convert the column, or fix the header\\)"), p.toString());
  }

  @Test
  void badNumberAtRowN() throws Exception {
    List<String> p = broken("plants.csv", t -> {
      String[] lines = t.split("\n", -1);
      String[] cells = lines[3].split(",", -1);
      cells[4] = "12O0";
      lines[3] = String.join(",", cells);
      return String.join("\n", lines);
    });
    assertEquals(List.of("plants.csv:4:5: capacityMw: \"12O0\" is not a number [$.plants[2].capacityMw]"), p);
  }

  @Test
  void thousandsSeparatorsAndPercentSayHowToWriteIt() throws Exception {
    List<String> p = broken("mines.csv", t -> {
      String[] lines = t.split("\n", -1);
      String[] cells = lines[1].split(",", -1);
      cells[4] = "\"20,000,000\"";
      lines[1] = String.join(",", cells);
      return String.join("\n", lines);
    });
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("mines.csv:2:5: capacityT: \"20,000,000\" is not a number (no thousands separators: "
        + "write 20000000)"), p.toString());
  }

  @Test
  void meaningProblemsPointAtTheCell() throws Exception {
    List<String> p = broken("plants.csv", t -> t.replaceFirst(",guiyang,HYDRO,", ",guiyangg,HYDRO,"));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("plants.csv:2:3: "), p.toString());
    assertTrue(p.get(0).contains("guiyangg") && p.get(0).endsWith("[$.plants[0].region]"), p.toString());
  }

  @Test
  void unknownTableAndRowLongerThanItsHeader() throws Exception {
    Path folder = writeFolder(InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json"))), dir.resolve("u"));
    Files.writeString(folder.resolve("generators.csv"), "id\n");
    Files.writeString(folder.resolve("regions.csv"), Files.readString(folder.resolve("regions.csv")) + "x,y,z,w,v,u\n");
    Cli v = Cli.run("validate", folder.toString());
    assertEquals(2, v.exitCode());
    assertTrue(v.err().contains("generators.csv: unknown table (an instance folder holds meta.csv, sources.csv, "),
        v.err());
    assertFalse(v.err().contains("Exception"), v.err());
  }

  @Test
  void notUtf8() throws Exception {
    Path folder = writeFolder(InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json"))), dir.resolve("g"));
    Files.write(folder.resolve("regions.csv"), "id,name\nbijie,\u6bd5\u8282\n".getBytes("GBK"));
    Cli v = Cli.run("validate", folder.toString());
    assertEquals(2, v.exitCode());
    assertTrue(v.err().contains("regions.csv: not UTF-8 text (save it as UTF-8, not GBK/GB2312 or another code page)"),
        v.err());
  }

  @Test
  void excelByteOrderMarkIsAccepted() throws Exception {
    Path folder = writeFolder(InstanceReader.parseTree(Path.of(Cli.instance("tutorial.json"))), dir.resolve("bom"));
    Path f = folder.resolve("regions.csv");
    Files.writeString(f, "\uFEFF" + Files.readString(f));
    assertEquals(0, Cli.run("validate", folder.toString()).exitCode());
  }
}
