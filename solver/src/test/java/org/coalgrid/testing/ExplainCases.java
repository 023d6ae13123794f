package org.coalgrid.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.TransportMode;
import org.coalgrid.generate.builder.CoalArcBuilder;
import org.coalgrid.generate.builder.CoalDemandBuilder;
import org.coalgrid.generate.builder.CoalGradeBuilder;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.HydroBuilder;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.MineBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;
import org.coalgrid.generate.builder.RegionBuilder;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;

/**
 * Small hand-built instances for the explain and repair tests, on the record builders, read through the real
 * reader and validator. One period "year" of 8,760 h; region "a" (internal), "b" (internal), "gd" (external);
 * grade "steam" at 0.7 tce/t. Each helper adds one entity and returns its builder for further fields.
 */
public final class ExplainCases {
  static final double H = 8760;
  private final InstanceBuilder in;

  public ExplainCases(String name) {
    in = new InstanceBuilder(new MetaBuilder(name).year(2025));
    in.add(new PeriodBuilder("year", H));
    in.add(new RegionBuilder("a").name("Region A"));
    in.add(new RegionBuilder("b").name("Region B"));
    in.add(new RegionBuilder("gd").name("Guangdong").external(true));
    in.add(new CoalGradeBuilder("steam").tcePerT(0.7));
  }

  public MineBuilder mine(String id, String region, double capacityT, double minOutputT, double costCnyPerT) {
    return in.add(new MineBuilder(id).region(region).grade("steam").capacityT(capacityT).minOutputT(minOutputT)
        .costCnyPerT(costCnyPerT));
  }

  public PlantBuilder coalPlant(String id, String region, double mw, double vomCnyPerMwh) {
    return in.add(new PlantBuilder(id).region(region).type(PlantType.COAL).capacityMw(mw).heatRateGcePerKwh(300)
        .vomCnyPerMwh(vomCnyPerMwh).grades("steam"));
  }

  /** A gas plant: no coal, cost = fuel cost per MWh. */
  public PlantBuilder gasPlant(String id, String region, double mw, double fuelCnyPerMwh) {
    return in.add(new PlantBuilder(id).region(region).type(PlantType.GAS).capacityMw(mw)
        .fuelCostCnyPerMwh(fuelCnyPerMwh));
  }

  public LineBuilder line(String id, String from, String to, double mw) {
    return in.add(new LineBuilder(id).from(from).to(to).capacityMw(mw));
  }

  public CoalArcBuilder arc(String id, String from, String to, double capacityT) {
    return in.add(new CoalArcBuilder(id).from(from).to(to).mode(TransportMode.RAIL).capacityT(capacityT));
  }

  /** An industry with electricity only (MWh/t), FLAT profile, planned output in cost mode. */
  public IndustryBuilder industry(String id, String region, double plannedT, double mwhPerT) {
    return in.add(new IndustryBuilder(id).name("Smelter " + id).region(region).chain(Chain.ALUMINIUM)
        .capacityT(plannedT).plannedOutputT(plannedT).electricityMwhPerT(mwhPerT));
  }

  public DemandBuilder demand(String id, String region, double mw) {
    return in.add(new DemandBuilder(id).region(region).mw(mw));
  }

  public CoalDemandBuilder coalDemand(String id, String region, double firmT) {
    return in.add(new CoalDemandBuilder(id).region(region).grade("steam").firmT(firmT).priceCnyPerT(0));
  }

  public ExportBuilder export(String id, double firmMwh, double penalty) {
    return in.add(new ExportBuilder(id).name("Contract " + id).region("gd").firmMwh(firmMwh).priceCnyPerMwh(0)
        .shortfallPenaltyCnyPerMwh(penalty));
  }

  public PolicyBuilder policy(String id, PolicyType type, double limit) {
    return in.add(new PolicyBuilder(id).name("Policy " + id).type(type).limit(limit));
  }

  public PlantBuilder reservoirHydro(String id, String region, double mw, double inflowMwh, double minReleaseMw) {
    return in.add(new PlantBuilder(id).region(region).type(PlantType.HYDRO).capacityMw(mw)
        .hydro(new HydroBuilder().storageMwh(1000).minReleaseMw(minReleaseMw).inflowMwhByPeriod(Map.of("year",
            inflowMwh))));
  }

  /** The instance builder itself, for entities the helpers do not cover. */
  public InstanceBuilder builder() {
    return in;
  }

  /** The instance file's tree (only the fields set; the reader fills in the defaults). */
  public ObjectNode tree() {
    return in.toTree(Style.SPARSE);
  }

  /** Read and validated as a file would be. */
  public Instance instance() {
    try {
      return InstanceReader.read(tree(), "test case").instance();
    } catch (InstanceException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }
}
