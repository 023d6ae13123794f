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
    List<BatchSpec.Variant> variants = new ArrayList<>();
    Map<String, List<String>> checks = new LinkedHashMap<>();
    BatchSpecReader.namedList(node, path, "scenario", problems).forEach((sp, s) -> {
      Map<String, String> axis = new LinkedHashMap<>();
      axis.put(AXIS, s.name());
      variants.add(new BatchSpec.Variant(axis, s.set()));
      checks.put(sp, s.set());
    });
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
