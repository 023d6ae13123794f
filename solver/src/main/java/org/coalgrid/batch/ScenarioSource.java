package org.coalgrid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.diagnostics.Problem;

/** {@code scenarios}: explicit cases, each a named list of overrides; the name goes in the column {@code scenario}. */
public final class ScenarioSource implements CaseSource {
  /** The axis column of the scenario names. */
  public static final String AXIS = "scenario";

  @Override
  public String field() {
    return "scenarios";
  }

  @Override
  public Section parse(JsonNode node, String path, List<Problem> problems) {
    int before = problems.size();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(Problem.error(path, "must be a non-empty list of {\"name\": ..., \"set\": [...]}"));
      return null;
    }
    List<BatchSpec.Variant> variants = new ArrayList<>();
    Map<String, List<String>> checks = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String sp = path + "[" + i + "]";
      BatchSpecReader.Named s = BatchSpecReader.named(node.get(i), sp, problems);
      if (s == null) {
        continue;
      }
      if (names.contains(s.name())) {
        problems.add(Problem.error(sp + ".name", "scenario '" + s.name() + "' is named twice"));
        continue;
      }
      names.add(s.name());
      Map<String, String> axis = new LinkedHashMap<>();
      axis.put(AXIS, s.name());
      variants.add(new BatchSpec.Variant(axis, s.set()));
      checks.put(sp, s.set());
    }
    if (problems.size() > before) {
      return null;
    }
    return new Section() {
      @Override
      public List<String> axes() {
        return List.of(AXIS);
      }

      @Override
      public List<BatchSpec.Variant> variants(BatchSpec.InstanceInput instance) {
        return variants;
      }

      @Override
      public Map<String, List<String>> checks() {
        return checks;
      }
    };
  }
}
