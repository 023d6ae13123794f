package org.coalgrid.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.words.EntityWords;
import org.coalgrid.targets.TargetReport;

/**
 * One case of a report: its label (the file it came from, with any what-ifs), the instance, the verified
 * {@code solution.json} tree and, when the instance has targets and they were checked, the target report.
 * Read-only helpers for the chart builders: ids to names, period hours, internal regions.
 */
public final class CaseView {
  private final String label;
  private final Instance in;
  private final JsonNode sol;
  private final TargetReport targets;
  private final EntityWords names;
  private final Map<String, Double> hours = new LinkedHashMap<>();

  public CaseView(String label, Instance in, JsonNode solution, TargetReport targets) {
    this.label = label;
    this.in = in;
    this.sol = solution;
    this.targets = targets;
    this.names = new EntityWords(in);
    for (Period p : in.periods()) {
      hours.put(p.id(), p.hours());
    }
  }

  public String label() {
    return label;
  }

  public Instance instance() {
    return in;
  }

  public JsonNode solution() {
    return sol;
  }

  public TargetReport targets() {
    return targets;
  }

  public EntityWords names() {
    return names;
  }

  /** True when the solution has primal values (an objective); false for infeasible and failed solves. */
  public boolean hasSolution() {
    return sol.hasNonNull("objective");
  }

  /** Hours of period {@code id} (h). */
  public double hours(String periodId) {
    Double h = hours.get(periodId);
    if (h == null) {
      throw new IllegalArgumentException("solution names period " + periodId + ", which the instance does not have");
    }
    return h;
  }

  public boolean isExternal(String regionId) {
    return in.isExternal(regionId);
  }

  /** Internal regions in file order. */
  public List<Region> internalRegions() {
    return in.regions().stream().filter(r -> !r.external()).toList();
  }

  /** "Name 中文" of a region, or its id. */
  public String regionName(String id) {
    return names.region(id);
  }

  /** Name of a coal grade, or its id. */
  public String gradeName(String id) {
    return in.coalGrades().stream().filter(g -> g.id().equals(id)).findFirst().map(CoalGrade::name)
        .filter(n -> n != null && !n.isBlank()).orElse(id);
  }

  /** The items of the solution's list {@code field} (empty if absent). */
  public List<JsonNode> list(String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode n = sol.get(field);
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  /** A number of {@code node}, 0 when absent or null. */
  public static double num(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? 0 : v.asDouble();
  }

  /** A number of {@code node}, null when absent or null. */
  public static Double numOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  public static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }
}
