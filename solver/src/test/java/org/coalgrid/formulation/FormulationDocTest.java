package org.coalgrid.formulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The math has one source: docs/formulation.md's family sections, variable table and metric tables (and the
 * metric tables of docs/targets.md) are what {@link FormulationDoc} generates from the family Javadoc,
 * {@link ColumnKind} and {@code MetricName.Kind}. Run with {@code -Dcoalgrid.regenerate=true} to
 * rewrite the generated parts after editing their source.
 */
class FormulationDocTest {

  private static final String HOW = "edit the Javadoc or the enum, not the page; regenerate with: mvn -B -o -q test"
      + " -pl solver -Dtest=FormulationDocTest -Dcoalgrid.regenerate=true (then commit the page)";

  private static Path repo() {
    return Path.of(System.getProperty("coalgrid.repo", ".."));
  }

  private static void check(String file, Map<String, String> blocks, List<String> expectedKeys) throws IOException {
    Path path = repo().resolve(file);
    String committed = Files.readString(path, StandardCharsets.UTF_8);
    assertEquals(expectedKeys, FormulationDoc.keys(committed), file + ": generated blocks missing or out of order");
    String generated = FormulationDoc.fill(committed, blocks);
    if (Boolean.getBoolean("coalgrid.regenerate")) {
      Files.writeString(path, generated, StandardCharsets.UTF_8);
      committed = generated;
    }
    assertEquals(generated, committed, file + " is out of date with the code; " + HOW);
  }

  @Test
  void formulationPageIsGeneratedFromTheFamilies() throws IOException {
    Map<String, String> blocks = new FormulationDoc(repo()).blocks();
    check(FormulationDoc.FORMULATION, blocks, List.copyOf(blocks.keySet()));
  }

  @Test
  void targetsPageListsTheMetricsOfTheCode() throws IOException {
    check(FormulationDoc.TARGETS, Map.of("metrics", FormulationDoc.metrics()), List.of("metrics"));
  }

  @Test
  void everyFamilyHasAJavadocThatRenders() {
    FormulationDoc doc = new FormulationDoc(repo());
    for (ConstraintFamily f : Formulation.FAMILIES) {
      String md = FormulationDoc.markdown(doc.javadoc(f.getClass().getSimpleName()));
      assertEquals(false, md.isBlank(), f.getClass().getSimpleName());
    }
  }

  @Test
  void javadocBecomesMarkdown() {
    assertEquals("For `x`: **b**, `Metrics`, x ≥ 1 > 0.\n\n    x[p,t] ≤ 1\n\n- one\n  two\n",
        FormulationDoc.markdown(List.of("For {@code x}: <b>b</b>, {@link Metrics#linear}, x ≥ 1 &gt; 0.",
            "<pre>", "x[p,t] ≤ 1", "</pre>", "<ul>", "<li>one", "two", "</ul>")));
    assertThrows(IllegalArgumentException.class, () -> FormulationDoc.markdown(List.of("a <table> b")));
  }
}
