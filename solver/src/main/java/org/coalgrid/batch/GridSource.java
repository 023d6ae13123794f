package org.coalgrid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.diagnostics.Problem;

/**
 * {@code grid}: named axes, each a {@code --set} path with values or a list of named levels; the variants are the
 * cartesian product of the levels, the first axis varying slowest.
 */
public final class GridSource implements CaseSource {
  /** The most cases a grid may have. */
  static final long MAX_CASES = 100_000;

  @Override
  public String field() {
    return "grid";
  }

  @Override
  public Section parse(JsonNode node, String path, List<Problem> problems) {
    int before = problems.size();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(Problem.error(path, "must be a non-empty list of axes ({\"name\": ..., \"path\": ..., "
          + "\"values\": [...]} or {\"name\": ..., \"levels\": [...]})"));
      return null;
    }
    List<BatchSpec.GridAxis> axes = new ArrayList<>();
    List<List<List<String>>> levelSets = new ArrayList<>();
    Map<String, List<String>> checks = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    long cases = 1;
    for (int i = 0; i < node.size(); i++) {
      String ap = path + "[" + i + "]";
      JsonNode a = node.get(i);
      if (!a.isObject()) {
        problems.add(Problem.error(ap, "must be an object with name and path/values or levels"));
        continue;
      }
      BatchSpecReader.unknownFields(a, ap, "axis", problems);
      String name = BatchSpecReader.columnName(a.get("name"), ap + ".name", problems);
      if (name != null && !names.add(name)) {
        problems.add(Problem.error(ap + ".name", "axis '" + name + "' is named twice"));
      }
      List<String> labels = new ArrayList<>();
      List<List<String>> sets = new ArrayList<>();
      boolean hasValues = a.has("values") || a.has("path");
      if (hasValues == a.has("levels")) {
        problems.add(Problem.error(ap, "give either path and values, or levels"));
        continue;
      }
      String setPath = null;
      if (hasValues) {
        JsonNode p = a.get("path");
        JsonNode vs = a.get("values");
        if (p == null || !p.isTextual() || p.asText().isBlank() || p.asText().contains("=")) {
          problems.add(Problem.error(ap + ".path", "must be a --set path such as lines.hvdc-gy-gd.capacityMw"));
          continue;
        }
        setPath = p.asText().trim();
        if (vs == null || !vs.isArray() || vs.isEmpty()) {
          problems.add(Problem.error(ap + ".values", "must be a non-empty list of values"));
          continue;
        }
        for (int k = 0; k < vs.size(); k++) {
          String vp = ap + ".values[" + k + "]";
          String set = BatchSpecReader.canonicalSet(setPath + "=" + BatchSpecReader.valueText(vs.get(k)), vp,
              problems);
          if (set == null) {
            continue;
          }
          String label = set.substring(set.indexOf('=') + 1);
          if (labels.contains(label)) {
            problems.add(Problem.error(vp, "value " + label + " is listed twice"));
            continue;
          }
          labels.add(label);
          sets.add(List.of(set));
          checks.put(vp, List.of(set));
        }
      } else {
        Map<String, BatchSpecReader.Named> levels =
            BatchSpecReader.namedList(a.get("levels"), ap + ".levels", "level", problems);
        if (levels.isEmpty()) {
          continue;
        }
        levels.forEach((lp, level) -> {
          labels.add(level.name());
          sets.add(level.set());
          checks.put(lp, level.set());
        });
      }
      if (name != null) {
        axes.add(new BatchSpec.GridAxis(name, setPath, labels));
        levelSets.add(sets);
        cases *= Math.max(1, labels.size());
      }
    }
    if (cases > MAX_CASES) {
      problems.add(Problem.error(path, "the grid has " + cases + " cases; more than " + MAX_CASES
          + " are refused"));
    }
    if (problems.size() > before) {
      return null;
    }
    List<BatchSpec.Variant> variants = product(axes, levelSets);
    return new Section() {
      @Override
      public List<String> axes() {
        return axes.stream().map(BatchSpec.GridAxis::name).toList();
      }

      @Override
      public List<BatchSpec.GridAxis> gridAxes() {
        return axes;
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

  /** The cartesian product, the first axis varying slowest. */
  private static List<BatchSpec.Variant> product(List<BatchSpec.GridAxis> axes, List<List<List<String>>> sets) {
    List<BatchSpec.Variant> out = new ArrayList<>();
    out.add(new BatchSpec.Variant(new LinkedHashMap<>(), List.of()));
    for (int a = 0; a < axes.size(); a++) {
      List<BatchSpec.Variant> next = new ArrayList<>();
      for (BatchSpec.Variant v : out) {
        for (int l = 0; l < axes.get(a).levels().size(); l++) {
          Map<String, String> values = new LinkedHashMap<>(v.axisValues());
          values.put(axes.get(a).name(), axes.get(a).levels().get(l));
          List<String> set = new ArrayList<>(v.set());
          set.addAll(sets.get(a).get(l));
          next.add(new BatchSpec.Variant(values, set));
        }
      }
      out = next;
    }
    return out;
  }
}
