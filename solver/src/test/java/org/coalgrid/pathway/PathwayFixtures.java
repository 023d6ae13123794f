package org.coalgrid.pathway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceWriter;
import org.coalgrid.io.PathwayReader;
import org.coalgrid.io.PathwayReader.LoadedPathway;
import org.coalgrid.io.schema.Json;
import org.coalgrid.testing.Fixtures;

/**
 * Small pathways in the file format: a base instance of {@link Fixtures} (base year 2025, one block of 8760 h) with a
 * pathway section over 2026–2030 built here. Existing gas G (100 MW), a candidate N of 50 MW units.
 */
final class PathwayFixtures {
  private final ObjectNode tree;
  private final ObjectNode pathway;

  private PathwayFixtures(Instance base, double discountRate) {
    tree = InstanceWriter.toTree(base);
    pathway = tree.putObject("pathway");
    pathway.put("firstYear", 2026).put("lastYear", 2030).put("discountRate", discountRate);
    pathway.putArray("changes");
    pathway.putArray("plants");
  }

  /** G 100 MW at {@code fuelG} CNY/MWh, N 0 MW + up to {@code maxUnits} x 50 MW at {@code fuelN}, demand D. */
  static PathwayFixtures of(double demandMw, double fuelG, double fuelN, int maxUnits, double discountRate) {
    Instance base = Fixtures.create().region("A")
        .otherPlant("G", "A", PlantType.GAS, 100).fuelCost(fuelG)
        .otherPlant("N", "A", PlantType.GAS, 0).fuelCost(fuelN).plantBuild(50, maxUnits, 0)
        .demand("D", "A", demandMw).build();
    return new PathwayFixtures(base, discountRate);
  }

  /** A pathway over 2026–2030 around {@code base}. */
  static PathwayFixtures of(Instance base, double discountRate) {
    return new PathwayFixtures(base, discountRate);
  }

  /** The field at {@code path} becomes {@code value} from {@code year} on. */
  PathwayFixtures change(int year, String path, double value) {
    ((ArrayNode) pathway.get("changes")).addObject().put("year", year).put("path", path).put("value", value);
    return this;
  }

  /** The life of plant {@code id}: the object to fill. */
  ObjectNode plant(String id) {
    return ((ArrayNode) pathway.get("plants")).addObject().put("id", id);
  }

  /** The life of mine {@code id} (pathway.mines): the object to fill. */
  ObjectNode mine(String id) {
    if (!pathway.has("mines")) {
      pathway.putArray("mines");
    }
    return ((ArrayNode) pathway.get("mines")).addObject().put("id", id);
  }

  /** The life of industry {@code id}'s potlines (pathway.industries): the object to fill. */
  ObjectNode industry(String id) {
    if (!pathway.has("industries")) {
      pathway.putArray("industries");
    }
    return ((ArrayNode) pathway.get("industries")).addObject().put("id", id);
  }

  /** The life of mine {@code id}'s washery 洗煤厂 (pathway.washeries): the object to fill. */
  ObjectNode washery(String id) {
    if (!pathway.has("washeries")) {
      pathway.putArray("washeries");
    }
    return ((ArrayNode) pathway.get("washeries")).addObject().put("id", id);
  }

  ObjectNode pathway() {
    return pathway;
  }

  ObjectNode tree() {
    return tree;
  }

  LoadedPathway read() throws InstanceException {
    return PathwayReader.read(tree.deepCopy(), "fixture");
  }

  String json() {
    return Json.MAPPER.valueToTree(tree).toPrettyString();
  }
}
