package org.coalgrid.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.WhatIf;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Uncertainty;
import org.coalgrid.io.schema.Json;
import org.junit.jupiter.api.Test;

/**
 * The order of an instance's maps is defined, never the per-JVM order of {@code Map.copyOf} (whose salt changes from
 * one run to the next: a stochastic set's scenarios/NAME/instance.json had its per-period maps in another order on
 * every run). The records keep the order they were given (the file's); {@link InstanceWriter} writes per-period maps in
 * period order and the others by key, whatever order the file had. guizhou-2010-hydro has every kind of per-period map
 * (availability, line capacity, load, firm export, hydro energy and inflow, scenario multipliers) (16 maps of 2 to 24 keys):
 * one order of 24 keys in 24! is what a salted order would have to hit by chance.
 */
class InstanceMapOrderTest {

  @Test
  void recordsKeepTheFilesOrderAndTheWriterWritesPeriodOrder() throws Exception {
    String text = Files.readString(Cli.repo().resolve("instances/guizhou-2010-hydro.json"));
    JsonNode tree = Json.MAPPER.readTree(text);
    int reversed = reverseMaps(tree);
    assertTrue(reversed >= 10, "per-period maps reversed: " + reversed);
    Instance asFiled = parse(text);
    Instance backwards = parse(tree.toString());

    List<String> periods = backwards.periods().stream().map(Period::id).toList();
    List<String> down = new ArrayList<>(periods);
    Collections.reverse(down);
    int checked = 0;
    for (var d : backwards.demands()) {
      checked += keepsOrder(d.mwByPeriod(), down);
    }
    for (var p : backwards.plants()) {
      checked += keepsOrder(p.availabilityByPeriod(), down);
      if (p.hydro() != null) {
        checked += keepsOrder(p.hydro().energyMwhByPeriod(), down) + keepsOrder(p.hydro().inflowMwhByPeriod(), down);
      }
    }
    for (var l : backwards.lines()) {
      checked += keepsOrder(l.capacityMwByPeriod(), down);
    }
    for (var x : backwards.exports()) {
      checked += keepsOrder(x.firmMwhByPeriod(), down);
    }
    for (Uncertainty.HydroScenario s : backwards.uncertainty().scenarios()) {
      for (Uncertainty.HydroChange c : s.hydro()) {
        checked += keepsOrder(c.multiplierByPeriod(), down);
      }
    }
    assertTrue(checked >= 10, "maps checked: " + checked);

    // written in period order from either file: the same bytes
    String written = InstanceWriter.toJson(backwards);
    assertEquals(InstanceWriter.toJson(asFiled), written);
    JsonNode out = Json.MAPPER.readTree(written);
    assertEquals(reversed, inPeriodOrder(out, periods));
  }

  /** 1 if {@code m} (with more than one key) iterates in {@code order}'s order, after checking that it does. */
  private static int keepsOrder(Map<String, Double> m, List<String> order) {
    if (m.size() < 2) {
      return 0;
    }
    assertEquals(order.stream().filter(m::containsKey).toList(), new ArrayList<>(m.keySet()));
    return 1;
  }

  /** Reverses the key order of every per-period map of {@code node} (of more than one key); how many. */
  private static int reverseMaps(JsonNode node) {
    int n = 0;
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        // a sourced series {"value": {...}, "source": ...} holds its map in "value"
        ObjectNode holder = v.isObject() && v.path("value").isObject() ? (ObjectNode) v : o;
        String field = holder == o ? name : "value";
        JsonNode m = holder.get(field);
        if (name.endsWith("ByPeriod") && m.isObject() && m.size() > 1) {
          List<String> keys = new ArrayList<>();
          m.fieldNames().forEachRemaining(keys::add);
          Collections.reverse(keys);
          ObjectNode r = o.objectNode();
          keys.forEach(k -> r.set(k, m.get(k)));
          holder.set(field, r);
          n++;
        } else {
          n += reverseMaps(v);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode x : node) {
        n += reverseMaps(x);
      }
    }
    return n;
  }

  /** Checks every per-period map of {@code node} (of more than one key) is in period order; how many. */
  private static int inPeriodOrder(JsonNode node, List<String> periods) {
    int n = 0;
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext();) {
        var e = it.next();
        if (e.getKey().endsWith("ByPeriod") && e.getValue().isObject() && e.getValue().size() > 1) {
          List<String> keys = new ArrayList<>();
          e.getValue().fieldNames().forEachRemaining(keys::add);
          assertEquals(periods.stream().filter(keys::contains).toList(), keys, e.getKey());
          n++;
        } else {
          n += inPeriodOrder(e.getValue(), periods);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode x : node) {
        n += inPeriodOrder(x, periods);
      }
    }
    return n;
  }

  private static Instance parse(String json) throws Exception {
    return CoalGrid.create().parse(json, "guizhou-2010-hydro", WhatIf.none()).instance();
  }
}
