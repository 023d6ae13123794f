package org.coalgrid.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.io.Provenance;
import org.coalgrid.io.ProvenanceReport;
import org.coalgrid.repair.Relaxation;
import org.coalgrid.targets.TargetReport.Limit;

/**
 * The instance's inputs as {@link Limit}s: the figure at a field of an entity, where it comes from (its source, or
 * an assumption note, or nothing; see {@link ProvenanceReport#origin}) and an id to name it by: the source id, or
 * the assumption's id ({@code A-...} in its note), or its override path.
 */
final class Inputs {
  private static final Pattern ASSUMPTION_ID = Pattern.compile("\\bA-[A-Z0-9]+(?:-[A-Z0-9]+)*\\b");

  private final Instance in;
  private final Provenance prov;

  Inputs(Instance in, Provenance prov) {
    this.in = in;
    this.prov = prov != null ? prov : new Provenance();
  }

  /** The input at {@code field} (dotted inside the entity) of item {@code id} of list {@code list}. */
  Limit at(String list, String id, String field, double value, String unit) {
    int index = indexOf(list, id);
    String json = "$." + list + "[" + index + "]." + field;
    String override = list + "." + id + "." + field;
    Provenance.Entry e = prov.entries().get(json);
    ProvenanceReport.Origin origin = e == null ? ProvenanceReport.Origin.NONE
        : ProvenanceReport.origin(e.source(), e.note());
    String note = e == null ? null : e.note();
    String name = switch (origin) {
      case SEED, EXTERNAL -> e.source().id() != null ? e.source().id() : e.source().title();
      case ASSUMPTION -> assumptionId(note).orElse(override);
      case NONE -> override;
    };
    return new Limit(override, value, unit, origin.name(), name, note);
  }

  static java.util.Optional<String> assumptionId(String note) {
    if (note == null) {
      return java.util.Optional.empty();
    }
    Matcher m = ASSUMPTION_ID.matcher(note);
    return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
  }

  /** The input a repair relaxation moves (cost mode: an industry's planned output; welfare mode: its bound). */
  List<Limit> of(Relaxation r, boolean costMode) {
    String id = r.entity();
    boolean above = r.direction().equals("above");
    List<Limit> out = new ArrayList<>();
    switch (r.kind()) {
      case "industry" -> {
        Industry i = in.industriesById().get(id);
        if (costMode) {
          out.add(i.plannedOutputT() != null ? at("industries", id, "plannedOutputT", i.plannedOutputT(), "t/yr")
              : at("industries", id, "capacityT", i.capacityT(), "t/yr"));
        } else {
          out.add(above ? at("industries", id, "capacityT", i.capacityT(), "t/yr")
              : at("industries", id, "minOutputT", i.minOutputT(), "t/yr"));
        }
      }
      case "policy" -> out.add(at("policies", id, "limit", find(in.policies(), id, p -> p.id()).limit(), r.unit()));
      case "mine_capacity" -> out.add(at("mines", id, "capacityT", find(in.mines(), id, m -> m.id()).capacityT(), "t/yr"));
      case "mine_min" -> out.add(at("mines", id, "minOutputT", find(in.mines(), id, m -> m.id()).minOutputT(), "t/yr"));
      case "arc_capacity" -> {
        Double cap = find(in.coalArcs(), id, a -> a.id()).capacityT();
        out.add(at("coalArcs", id, "capacityT", cap == null ? Double.NaN : cap, "t/yr"));
      }
      case "line_capacity" -> {
        var l = find(in.lines(), id, x -> x.id());
        out.add(at("lines", id, "capacityMw", l.capacityMw(), "MW"));
        if (l.build() != null) {
          out.add(at("lines", id, "build.maxUnits", l.build().maxUnits(), "units"));
        }
      }
      case "plant_capacity" -> {
        Plant p = in.plantsById().get(id);
        out.add(at("plants", id, "capacityMw", p.capacityMw(), "MW"));
        if (p.build() != null) {
          out.add(at("plants", id, "build.maxUnits", p.build().maxUnits(), "units"));
        }
      }
      case "coal_demand" -> {
        CoalDemand c = find(in.coalDemands(), id, d -> d.id());
        out.add(above ? at("coalDemands", id, "maxT", c.maxOrFirm(), "t/yr")
            : at("coalDemands", id, "firmT", c.firmT(), "t/yr"));
      }
      case "demand" -> {
        Demand d = find(in.demands(), id, x -> x.id());
        String field = d.mw() != null ? "mw" : !d.mwByPeriod().isEmpty() ? "mwByPeriod" : "annualMwh";
        double v = d.mw() != null ? d.mw() : d.annualMwh() != null ? d.annualMwh() : Double.NaN;
        out.add(at("demands", id, field, v, d.mw() != null ? "MW" : "MWh/yr"));
      }
      case "export_contract" -> {
        ExportContract x = find(in.exports(), id, e -> e.id());
        out.add(x.firmMwhByPeriod().isEmpty() ? at("exports", id, "firmMwh", x.firmMwh(), "MWh/yr")
            : at("exports", id, "firmMwhByPeriod", Double.NaN, "MWh"));
      }
      case "hydro" -> {
        Plant p = in.plantsById().get(id);
        String field = !above ? "hydro.minReleaseMw"
            : p.hydro().isReservoir() ? "hydro.inflowMwhByPeriod" : "hydro.energyMwhByPeriod";
        out.add(at("plants", id, field, !above ? p.hydro().minReleaseMw() : Double.NaN, !above ? "MW" : "MWh"));
      }
      default -> { }
    }
    return out;
  }

  private int indexOf(String list, String id) {
    List<String> ids = switch (list) {
      case "plants" -> in.plants().stream().map(x -> x.id()).toList();
      case "lines" -> in.lines().stream().map(x -> x.id()).toList();
      case "industries" -> in.industries().stream().map(x -> x.id()).toList();
      case "mines" -> in.mines().stream().map(x -> x.id()).toList();
      case "coalArcs" -> in.coalArcs().stream().map(x -> x.id()).toList();
      case "policies" -> in.policies().stream().map(x -> x.id()).toList();
      case "coalDemands" -> in.coalDemands().stream().map(x -> x.id()).toList();
      case "demands" -> in.demands().stream().map(x -> x.id()).toList();
      case "exports" -> in.exports().stream().map(x -> x.id()).toList();
      default -> throw new IllegalArgumentException(list);
    };
    int k = ids.indexOf(id);
    if (k < 0) {
      throw new IllegalArgumentException("no " + list + " " + id);
    }
    return k;
  }

  private static <T> T find(List<T> items, String id, Function<T, String> idOf) {
    return items.stream().filter(x -> idOf.apply(x).equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
  }
}
