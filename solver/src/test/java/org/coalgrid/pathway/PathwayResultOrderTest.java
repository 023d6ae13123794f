package org.coalgrid.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pathway.json is written from PathwayResult: its maps keep the order they were given, on every JVM run. */
class PathwayResultOrderTest {

  @Test
  void termsKeepTheirOrder() {
    Map<String, Double> terms = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    for (String k : new String[] {"MINE", "WASHING", "TRANSPORT", "FUEL", "VOM", "CAPEX", "EXPORT_REVENUE",
        "UNSERVED", "SPILL", "INVESTMENT", "CARBON", "INDUSTRY"}) {
      terms.put(k, (double) order.size());
      order.add(k);
    }
    PathwayResult r = new PathwayResult("x", "FORESIGHT", "OPTIMAL", "", 2011, 2015, 0.08, 1.0, null, terms,
        List.of(), List.of(), List.of(), Map.of(), "");
    assertEquals(order, new ArrayList<>(r.termsPvCny().keySet()));
  }
}
