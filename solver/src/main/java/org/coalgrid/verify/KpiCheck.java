package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.PlantType;

/**
 * The KPIs ({@code kpis} of solution.json), each recomputed from the solution's values with the metrics of
 * {@link MetricExpressions} (internal regions): coal produced and its uses, 就地转化率, generation and capacity
 * by type, export energy, unserved energy, direct supply, CO2 and SO2, and the coal per kWh of large units.
 * The by-type maps must list exactly the plant types that have an internal plant.
 */
final class KpiCheck {
  private KpiCheck() {}

  static void check(Context c) {
    JsonNode k = c.s.root.get("kpis");
    if (k == null || !k.isObject()) {
      c.f.require(false, "report", "kpis", "the KPIs are missing");
      return;
    }
    MetricExpressions m = new MetricExpressions(c);
    Written w = new Written(c.f, "report");
    w.num("kpis", k, "coalProducedT", m.value("coal.produced"), "t");
    w.num("kpis", k, "coalToPowerT", m.value("coal.toPower"), "t");
    w.num("kpis", k, "coalToIndustryT", m.value("coal.toIndustry"), "t");
    w.num("kpis", k, "coalOutboundT", m.value("coal.outbound"), "t");
    double other = 0;
    for (int d = 0; d < c.in.coalDemands().size(); d++) {
      other += c.internal(c.in.coalDemands().get(d).region()) ? c.s.served[d] : 0;
    }
    w.num("kpis", k, "coalToOtherDemandT", other, "t");
    double local = m.value("coal.localConversion");
    w.num("kpis", k, "localConversionRate", Double.isNaN(local) ? 0 : local, "share");
    w.num("kpis", k, "generationMwh", m.value("generation.total"), "MWh");
    List<String> types = new ArrayList<>();
    for (PlantType type : PlantType.values()) {
      if (c.in.plants().stream().anyMatch(p -> p.type() == type && c.internal(p.region()))) {
        types.add(type.name());
      }
    }
    byType(c, w, k, "generationByTypeMwh", types, "generation.", "MWh");
    byType(c, w, k, "capacityByTypeMw", types, "capacity.", "MW");
    double firm = 0;
    double shortfall = 0;
    for (int x = 0; x < c.in.exports().size(); x++) {
      for (int t = 0; t < c.nt; t++) {
        firm += c.firmMwh(c.in.exports().get(x), t);
      }
      shortfall += Context.total(c.s.shortfall[x]);
    }
    w.num("kpis", k, "exportContractMwh", firm, "MWh");
    w.num("kpis", k, "exportDeliveredMwh", m.value("export.delivered"), "MWh");
    w.num("kpis", k, "exportShortfallMwh", shortfall, "MWh");
    double unserved = 0;
    for (int d = 0; d < c.in.demands().size(); d++) {
      unserved += c.internal(c.in.demands().get(d).region()) ? c.energy(c.s.unserved[d]) : 0;
    }
    w.num("kpis", k, "unservedMwh", unserved, "MWh");
    double direct = 0;
    for (double[] d : c.s.direct) {
      direct += c.energy(d);
    }
    w.num("kpis", k, "directSupplyMwh", direct, "MWh");
    w.num("kpis", k, "co2T", m.value("emissions.co2"), "t CO2");
    w.num("kpis", k, "so2T", m.value("emissions.so2"), "t SO2");
    double unit = m.value("unitCoal.large");
    w.opt("kpis", k, "unitCoalLargeGcePerKwh", Double.isNaN(unit) ? null : unit, "gce/kWh");
  }

  private static void byType(Context c, Written w, JsonNode kpis, String field, List<String> types, String metric,
      String unit) {
    JsonNode map = kpis.get(field);
    if (map == null || map.isNull()) {
      return;
    }
    List<String> written = new ArrayList<>();
    map.fieldNames().forEachRemaining(written::add);
    c.f.same("report", "kpis", field + " plant types", written.stream().sorted().toList(),
        types.stream().sorted().toList());
    for (String type : types) {
      w.num("kpis." + field, map, type, new MetricExpressions(c).value(metric + type), unit);
    }
  }
}
