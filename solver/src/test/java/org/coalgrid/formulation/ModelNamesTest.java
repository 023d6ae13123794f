package org.coalgrid.formulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One name per concept: every row and column of a built model has a kind of {@link ModelNames}, each row's kind
 * is one its family declares, and no main source builds a row or column name from a string literal.
 */
class ModelNamesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tutorial.json", "tutorial-build.json", "guizhou-2015.json", "wuhai-2011.json"})
  void everyNameHasAKindDeclaredByItsFamily(String file) throws Exception {
    checkNames(InstanceReader.read(Path.of(Cli.instance(file))).instance());
  }

  @Test
  void commitmentRowsHaveKindsToo() {
    checkNames(PlantCapacityTest.commitment());
  }

  private static void checkNames(Instance in) {
    ModelContext ctx = Formulation.build(in, ObjectiveMode.COST);
    LinearProgram lp = ctx.lp();
    for (int j = 0; j < lp.numColumns(); j++) {
      assertNotNull(ColumnKind.of(lp.columnName(j)), "column " + lp.columnName(j) + " has no kind");
    }
    for (int i = 0; i < lp.numRows(); i++) {
      String name = lp.rowName(i);
      ModelNames.RowKind kind = ModelNames.RowKind.of(name);
      assertNotNull(kind, "row " + name + " has no kind");
      RowInfo info = lp.rowInfo(i);
      ConstraintFamily family = ctx.family(info.family());
      assertNotNull(family, "row " + name + " names family " + info.family() + ", which was not applied");
      assertTrue(family.rows().contains(kind), family.name() + " writes " + name + " but does not declare " + kind);
      if (info.period() != null) {
        assertEquals(info.period(), ModelNames.lastPart(name), "a per-period row ends in its period: " + name);
      }
    }
  }

  @Test
  void namesAreThoseOfTheModelFiles() {
    // MPS files, solution.json and sensitivity output carry these names: they must not change by accident
    assertEquals("pcap.p1.jan-peak", ModelNames.plantCapacity("p1", "jan-peak"));
    assertEquals("coal.r.steam", ModelNames.coalBalance("r", "steam", OriginClass.ANY));
    assertEquals("coal.r.steam.L", ModelNames.coalBalance("r", "steam", OriginClass.LARGE));
    assertEquals("y.a.washed.S", ModelNames.y("a", "washed", OriginClass.SMALL));
    assertEquals("cd.k", ModelNames.cd("k", OriginClass.ANY));
    assertEquals("target.t.lo", ModelNames.targetLower("t"));
    assertEquals("relax_hi.line.l.t", ModelNames.relaxUpper(ModelNames.line("l", "t")));
    assertEquals("repair_budget", ModelNames.repairBudget());
    assertEquals(ModelNames.RowKind.REPAIR_BUDGET, ModelNames.RowKind.of("repair_budget"));
    assertEquals(ColumnKind.SH, ColumnKind.of(ModelNames.sh("x", "t")));
  }

  /** Calls that create a row or column; their first argument is the name. */
  private static final Pattern CREATE = Pattern.compile("\\b(addRow|addColumn|Rows\\.add)\\(");

  @Test
  void noMainSourceBuildsANameFromALiteral() throws IOException {
    Path main = Path.of(System.getProperty("coalgrid.repo", "..")).resolve("solver/src/main/java/org/coalgrid");
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.endsWith("ModelNames.java")) {
          continue;
        }
        String src = Files.readString(f);
        Matcher m = CREATE.matcher(src);
        while (m.find()) {
          String name = firstArgument(src, m.end(), m.group(1).equals("Rows.add"));
          if (name.contains("\"")) {
            bad.add(main.relativize(f) + ": " + m.group(1) + "(" + name + ", ...)");
          }
        }
      }
    }
    assertTrue(bad.isEmpty(), "names must come from ModelNames: " + bad);
  }

  /** The argument at {@code from} (the second one for Rows.add, whose first is the model), up to its comma. */
  private static String firstArgument(String src, int from, boolean skipOne) {
    int depth = 0;
    int start = from;
    for (int k = from; k < src.length(); k++) {
      char c = src.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return src.substring(start, k).trim();
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        if (skipOne) {
          skipOne = false;
          start = k + 1;
          continue;
        }
        return src.substring(start, k).trim();
      }
    }
    return src.substring(start).trim();
  }
}
