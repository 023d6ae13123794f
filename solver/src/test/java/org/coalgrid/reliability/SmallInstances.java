package org.coalgrid.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;

/**
 * Random small feasible instances for property tests, as file-format trees: 1–3 regions, 1–3 periods,
 * 1–2 coal grades, 1–4 mines, 1–5 plants (coal, gangue, hydro, wind), coal arcs and lines between
 * neighbouring regions, one demand per region (unserved load at VOLL keeps every instance feasible),
 * 0–2 industries with coal feed and electricity, placed beside the largest plant. The counts shrink (jqwik), the values come from a seed.
 */
public final class SmallInstances {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SmallInstances() {}

  /** The counts of an instance and the seed of its values. */
  public record Shape(int regions, int periods, int grades, int mines, int plants, int industries, long seed) {}

  public static Arbitrary<Shape> shapes() {
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 2),
        Arbitraries.longs()).as(Shape::new);
  }

  public static Arbitrary<ObjectNode> trees() {
    return shapes().map(SmallInstances::tree);
  }

  /** Reads a generated tree; a generated instance that does not read is a bug of the generator. */
  public static Instance read(ObjectNode tree) {
    try {
      return InstanceReader.read(tree, "generated").instance();
    } catch (InstanceException e) {
      throw new IllegalStateException("generator made an invalid instance:\n" + e.getMessage(), e);
    }
  }

  public static ObjectNode tree(Shape s) {
    Random r = new Random(s.seed());
    ObjectNode root = F.objectNode();
    root.set("meta", F.objectNode().put("name", "generated").put("year", 2025)
        .put("vollCnyPerMwh", 2000 + r.nextInt(8000)));
    ArrayNode periods = root.putArray("periods");
    double left = 8760;
    for (int t = 0; t < s.periods(); t++) {
      double h = t == s.periods() - 1 ? left : Math.round(left * (0.3 + 0.4 * r.nextDouble()));
      left -= h;
      periods.add(F.objectNode().put("id", "t" + t).put("hours", h));
    }
    ArrayNode regions = root.putArray("regions");
    for (int i = 0; i < s.regions(); i++) {
      regions.add(F.objectNode().put("id", "r" + i).put("name", "Region " + i));
    }
    ArrayNode grades = root.putArray("coalGrades");
    for (int g = 0; g < s.grades(); g++) {
      grades.add(F.objectNode().put("id", "g" + g).put("name", "grade " + g)
          .put("tcePerT", 0.5 + 0.3 * r.nextDouble()));
    }
    ArrayNode mines = root.putArray("mines");
    for (int m = 0; m < s.mines(); m++) {
      mines.add(F.objectNode().put("id", "m" + m).put("region", "r" + (m % s.regions()))
          .put("grade", "g" + (m % s.grades())).put("capacityT", 1e6 * (5 + r.nextInt(40)))
          .put("costCnyPerT", 150 + r.nextInt(400)));
    }
    ArrayNode arcs = root.putArray("coalArcs");
    ArrayNode lines = root.putArray("lines");
    for (int i = 0; i + 1 < s.regions(); i++) {
      for (int dir = 0; dir < 2; dir++) {
        String from = "r" + (dir == 0 ? i : i + 1);
        String to = "r" + (dir == 0 ? i + 1 : i);
        arcs.add(F.objectNode().put("id", "a" + i + "_" + dir).put("from", from).put("to", to).put("mode", "RAIL")
            .put("capacityT", 1e6 * (2 + r.nextInt(20))).put("costCnyPerT", 20 + r.nextInt(120))
            .put("lossShare", 0.01 * r.nextInt(3)));
      }
      lines.add(F.objectNode().put("id", "l" + i).put("from", "r" + i).put("to", "r" + (i + 1))
          .put("capacityMw", 200 + r.nextInt(3000)).put("lossShare", 0.01 * r.nextInt(5))
          .put("wheelingCnyPerMwh", r.nextInt(40)).put("bidirectional", true));
    }
    ArrayNode plants = root.putArray("plants");
    String[] types = {"COAL", "COAL", "GANGUE", "HYDRO", "WIND"};
    for (int p = 0; p < s.plants(); p++) {
      String type = p == 0 ? "COAL" : types[r.nextInt(types.length)];
      ObjectNode pl = F.objectNode().put("id", "p" + p).put("region", "r" + (p % s.regions())).put("type", type)
          .put("capacityMw", p == 0 ? 2500 + r.nextInt(2000) : 100 + r.nextInt(2000)).put("availability", 0.6 + 0.35 * r.nextDouble())
          .put("vomCnyPerMwh", r.nextInt(30));
      if (type.equals("COAL") || type.equals("GANGUE")) {
        pl.put("heatRateGcePerKwh", 280 + r.nextInt(120));
        ArrayNode pg = pl.putArray("grades");
        for (int g = 0; g < s.grades(); g++) {
          pg.add("g" + g);
        }
      }
      if (type.equals("HYDRO")) {
        ObjectNode energy = F.objectNode();
        for (int t = 0; t < s.periods(); t++) {
          energy.put("t" + t, 1e5 * (1 + r.nextInt(30)));
        }
        pl.set("hydro", F.objectNode().set("energyMwhByPeriod", energy));
      }
      plants.add(pl);
    }
    ArrayNode industries = root.putArray("industries");
    for (int i = 0; i < s.industries(); i++) {
      double cap = 1e5 * (1 + r.nextInt(4));
      // in region r0 beside plant p0 (at least 1,500 MW available), so the planned output can always be met
      industries.add(F.objectNode().put("id", "i" + i).put("region", "r0")
          .put("chain", i % 2 == 0 ? "ALUMINIUM" : "STEEL").put("capacityT", cap)
          .put("electricityMwhPerT", 1 + r.nextInt(8)).put("valueAddedCnyPerT", 500 + r.nextInt(3000))
          .set("coalFeedTPerT", F.objectNode().put("g0", 0.1 + 0.5 * r.nextDouble())));
    }
    ArrayNode demands = root.putArray("demands");
    for (int i = 0; i < s.regions(); i++) {
      demands.add(F.objectNode().put("id", "d" + i).put("region", "r" + i).put("mw", 100 + r.nextInt(2500)));
    }
    return root;
  }
}
