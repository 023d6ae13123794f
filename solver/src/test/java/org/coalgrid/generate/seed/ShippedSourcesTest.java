package org.coalgrid.generate.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coalgrid.cli.Cli;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.ProvenanceReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source id a shipped instance uses (a number's, a series', an entity's, a target's) is defined in its
 * meta.sources, every meta.sources entry is a seed quote or marked external, and no number is without a source.
 */
class ShippedSourcesTest {

  static List<String> files() {
    return ShippedInstances.paths();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySourceIdResolvesAndNoNumberIsUnsourced(String file) throws Exception {
    JsonNode tree = InstanceReader.parseTree(Cli.repo().resolve("instances").resolve(file));
    Set<String> defined = new HashSet<>();
    for (JsonNode s : tree.path("meta").path("sources")) {
      defined.add(s.get("id").asText());
      assertTrue(s.path("external").asBoolean() || s.has("file") && s.has("quote"), file + ": " + s);
    }
    List<String> used = new ArrayList<>();
    collect(tree, "$", used);
    assertTrue(used.size() > 50, file + ": only " + used.size() + " citations");
    List<String> undefined = used.stream().filter(u -> !defined.contains(u.substring(u.indexOf(' ') + 1))).toList();
    assertEquals(List.of(), undefined, file + ": source ids not in meta.sources");
    assertEquals(List.of(), ProvenanceReport.of(tree).unsourced(), file + ": numbers without a source or note");
  }

  /** "path id" for every textual "source" below {@code node} (meta.sources itself left out). */
  private static void collect(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("source") && e.getValue().isTextual()) {
          out.add(path + " " + e.getValue().asText());
        } else if (e.getKey().equals("source") && e.getValue().has("id")) {
          out.add(path + " " + e.getValue().get("id").asText());
        } else if (!(path.equals("$.meta") && e.getKey().equals("sources"))) {
          collect(e.getValue(), path + "." + e.getKey(), out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }
}
