package org.coalgrid.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;

/**
 * Small hand-built instances for the explain and repair tests, written as instance-format JSON trees (so they go
 * through the real reader and validator). One period "year" of 8,760 h; region "a" (internal), "b" (internal),
 * "gd" (external); grade "steam" at 0.7 tce/t. Builders return {@code this} for chaining.
 */
public final class ExplainCases {
  static final double H = 8760;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final ObjectNode root = F.objectNode();

  public ExplainCases(String name) {
    root.putObject("meta").put("name", name).put("year", 2025);
    root.putArray("periods").addObject().put("id", "year").put("hours", H);
    ArrayNode regions = root.putArray("regions");
    regions.addObject().put("id", "a").put("name", "Region A");
    regions.addObject().put("id", "b").put("name", "Region B");
    regions.addObject().put("id", "gd").put("name", "Guangdong").put("external", true);
    root.putArray("coalGrades").addObject().put("id", "steam").put("tcePerT", 0.7);
  }

  private ArrayNode list(String name) {
    return root.has(name) ? (ArrayNode) root.get(name) : root.putArray(name);
  }

  public ObjectNode mine(String id, String region, double capacityT, double minOutputT, double costCnyPerT) {
    return list("mines").addObject().put("id", id).put("region", region).put("grade", "steam")
        .put("capacityT", capacityT).put("minOutputT", minOutputT).put("costCnyPerT", costCnyPerT);
  }

  public ObjectNode coalPlant(String id, String region, double mw, double vomCnyPerMwh) {
    ObjectNode p = list("plants").addObject().put("id", id).put("region", region).put("type", "COAL")
        .put("capacityMw", mw).put("heatRateGcePerKwh", 300).put("vomCnyPerMwh", vomCnyPerMwh);
    p.putArray("grades").add("steam");
    return p;
  }

  /** A gas plant: no coal, cost = fuel cost per MWh. */
  public ObjectNode gasPlant(String id, String region, double mw, double fuelCnyPerMwh) {
    return list("plants").addObject().put("id", id).put("region", region).put("type", "GAS").put("capacityMw", mw)
        .put("fuelCostCnyPerMwh", fuelCnyPerMwh);
  }

  public ObjectNode line(String id, String from, String to, double mw) {
    return list("lines").addObject().put("id", id).put("from", from).put("to", to).put("capacityMw", mw);
  }

  public ObjectNode arc(String id, String from, String to, double capacityT) {
    return list("coalArcs").addObject().put("id", id).put("from", from).put("to", to).put("mode", "RAIL")
        .put("capacityT", capacityT);
  }

  /** An industry with electricity only (MWh/t), FLAT profile, planned output in cost mode. */
  public ObjectNode industry(String id, String region, double plannedT, double mwhPerT) {
    return list("industries").addObject().put("id", id).put("name", "Smelter " + id).put("region", region)
        .put("chain", "ALUMINIUM").put("capacityT", plannedT).put("plannedOutputT", plannedT)
        .put("electricityMwhPerT", mwhPerT);
  }

  public ObjectNode demand(String id, String region, double mw) {
    return list("demands").addObject().put("id", id).put("region", region).put("mw", mw);
  }

  public ObjectNode coalDemand(String id, String region, double firmT) {
    return list("coalDemands").addObject().put("id", id).put("region", region).put("grade", "steam")
        .put("firmT", firmT).put("priceCnyPerT", 0);
  }

  public ObjectNode export(String id, double firmMwh, double penalty) {
    return list("exports").addObject().put("id", id).put("name", "Contract " + id).put("region", "gd")
        .put("firmMwh", firmMwh).put("priceCnyPerMwh", 0).put("shortfallPenaltyCnyPerMwh", penalty);
  }

  public ObjectNode policy(String id, String type, double limit) {
    return list("policies").addObject().put("id", id).put("name", "Policy " + id).put("type", type)
        .put("limit", limit);
  }

  public ObjectNode reservoirHydro(String id, String region, double mw, double inflowMwh, double minReleaseMw) {
    ObjectNode p = list("plants").addObject().put("id", id).put("region", region).put("type", "HYDRO")
        .put("capacityMw", mw);
    ObjectNode h = p.putObject("hydro").put("storageMwh", 1000).put("minReleaseMw", minReleaseMw);
    h.putObject("inflowMwhByPeriod").put("year", inflowMwh);
    return p;
  }

  public ObjectNode tree() {
    return root;
  }

  public Instance instance() {
    try {
      return InstanceReader.read(root, "test case").instance();
    } catch (InstanceException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }
}
