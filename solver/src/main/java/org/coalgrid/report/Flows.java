package org.coalgrid.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nodes and links of a Sankey diagram: links between the same two nodes are added up; links below
 * {@code floor} (in the unit of the flows) are left out, and so are nodes left without links. Node keys are
 * stable ids ({@code "grade:steam"}); labels are what the page shows.
 */
final class Flows {
  private final Map<String, String[]> nodes = new LinkedHashMap<>(); // key -> {label, column}
  private final Map<String, Double> links = new LinkedHashMap<>(); // "from\u0000to" -> value
  private final double floor;

  Flows(double floor) {
    this.floor = floor;
  }

  /** Declares node {@code key} with its label, in {@code column} (0 = left); the first declaration wins. */
  Flows node(String key, String label, int column) {
    nodes.putIfAbsent(key, new String[] {label, Integer.toString(column)});
    return this;
  }

  /** Adds {@code value} to the link between two declared nodes. */
  Flows link(String from, String to, double value) {
    if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
      throw new IllegalArgumentException("undeclared Sankey node " + (nodes.containsKey(from) ? to : from));
    }
    links.merge(from + '\u0000' + to, value, Double::sum);
    return this;
  }

  /** Keys of the declared nodes that start with {@code prefix}, in declaration order. */
  java.util.List<String> keys(String prefix) {
    return nodes.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
  }

  /** Sum of the kept links into {@code key}. */
  double into(String key) {
    return links.entrySet().stream().filter(e -> e.getValue() >= floor && e.getKey().endsWith('\u0000' + key))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  /** Sum of the kept links out of {@code key}. */
  double outOf(String key) {
    return links.entrySet().stream().filter(e -> e.getValue() >= floor && e.getKey().startsWith(key + '\u0000'))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  /** {"nodes": [{key, label, column}], "links": [{source, target, value}]} with only the kept links. */
  ObjectNode toJson() {
    ObjectNode out = CaseView.node();
    ArrayNode ls = out.putArray("links");
    java.util.Set<String> used = new java.util.HashSet<>();
    links.forEach((k, v) -> {
      if (v >= floor) {
        String[] ends = k.split("\u0000", 2);
        used.add(ends[0]);
        used.add(ends[1]);
        ls.addObject().put("source", ends[0]).put("target", ends[1]).put("value", v);
      }
    });
    ArrayNode ns = CaseView.array();
    nodes.forEach((k, v) -> {
      if (used.contains(k)) {
        ns.addObject().put("key", k).put("label", v[0]).put("column", Integer.parseInt(v[1]));
      }
    });
    out.set("nodes", ns);
    return out;
  }
}
