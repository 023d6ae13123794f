package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.key;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Region;
import org.coalgrid.diagnostics.Num;

/**
 * Structural oddities: a valid file whose shape says something was put in the wrong place.
 * <ul>
 *   <li>ERROR: an export contract with both firm forms ({@code firmMwh} and {@code firmMwhByPeriod}; the second
 *       silently replaced the first); a policy whose regions are all external (it counts nothing of the system); a
 *       direct supply whose minimum is above what its plant can generate.</li>
 *   <li>WARNING: a plant of a physical type in an external region (an external region's plants stand for an outside
 *       grid selling power, modelled as GAS at its purchase price; a coal or hydro plant there meets export
 *       contracts without any line); an internal region whose load no plant or line can reach, or whose plants'
 *       power can go nowhere; a policy listing an external region among internal ones; a reservoir whose inflow in a
 *       period is more than it can store plus its turbines can pass; potlines that together make less than the
 *       planned output (an ERROR when less than the minimum output).</li>
 * </ul>
 */
final class NetworkRules {
  private final InstanceValidator v;

  NetworkRules(InstanceValidator v) {
    this.v = v;
  }

  void check() {
    plantsInExternalRegions();
    // a region left without its plant by a wrong reference is that error's consequence, not an island
    if (v.out.stream().noneMatch(org.coalgrid.diagnostics.Problem::isError)) {
      islands();
    }
    policiesOnExternalRegions();
    exportFirmForms();
    reservoirs();
    directSuppliesBeyondTheirPlant();
    potlinesBelowPlan();
  }

  /**
   * A direct supply's minimum above what its plant can ever generate (capacity with every candidate unit built):
   * no plan meets it (ERROR at {@code minMw}, naming the largest value that can hold).
   */
  private void directSuppliesBeyondTheirPlant() {
    for (int i = 0; i < v.in.directSupplies().size(); i++) {
      var d = v.in.directSupplies().get(i);
      Plant pl = v.in.plants().stream().filter(x -> x.id().equals(d.plant())).findFirst().orElse(null);
      if (pl == null) {
        continue; // an unknown plant is reported by the reference checks
      }
      double cap = UnitSanity.maxCapacityMw(pl);
      if (d.minMw() > cap * (1 + 1e-9)) {
        v.error(index("$.directSupplies", i) + ".minMw", "direct supply " + quote(d.id()) + " must take at least "
            + Num.fmt(d.minMw()) + " MW from plant " + quote(pl.id()) + ", which can generate at most " + Num.fmt(cap)
            + " MW" + (pl.build() != null ? " with every candidate unit built" : "") + ": no plan can meet it; lower "
            + "minMw to at most " + Num.fmt(cap) + " MW, or raise the plant's capacityMw");
      }
    }
  }

  /**
   * Potlines that cannot make the planned output: all {@code count} lines (and every candidate line of a potline
   * build) of {@code sizeT} t/yr together below
   * {@code plannedOutputT} (or the capacity when there is no plan). In cost mode the plan cannot close (WARNING:
   * welfare mode only needs {@code minOutputT}, an ERROR when even that is above the potlines).
   */
  private void potlinesBelowPlan() {
    for (int i = 0; i < v.in.industries().size(); i++) {
      var ind = v.in.industries().get(i);
      if (ind.potlines() == null || ind.potlines().count() < 1 || !(ind.potlines().sizeT() > 0)) {
        continue;
      }
      int built = ind.potlines().build() != null ? ind.potlines().build().maxUnits() : 0;
      double most = (ind.potlines().count() + built) * ind.potlines().sizeT();
      String p = index("$.industries", i);
      String lines = (ind.potlines().count() + built) + " × " + Num.fmt(ind.potlines().sizeT()) + " t/yr = "
          + Num.fmt(most) + " t/yr" + (built > 0 ? " with every candidate line built" : "");
      long needed = (long) Math.ceil(ind.plannedOutput() / ind.potlines().sizeT() - 1e-9);
      if (ind.minOutputT() > most * (1 + 1e-9)) {
        v.error(p + ".potlines.count", "industry " + quote(ind.id()) + " must make at least minOutputT "
            + Num.fmt(ind.minOutputT()) + " t/yr, but its potlines make at most " + lines + "; raise potlines.count "
            + "to " + (long) Math.ceil(ind.minOutputT() / ind.potlines().sizeT() - 1e-9) + " or lower minOutputT");
      } else if (ind.plannedOutput() > most * (1 + 1e-9)) {
        v.warning(p + ".potlines.count", "industry " + quote(ind.id()) + " plans " + Num.fmt(ind.plannedOutput())
            + " t/yr" + (ind.plannedOutputT() == null ? " (its capacityT, no plannedOutputT)" : "") + ", but its "
            + "potlines make at most " + lines + ": in cost mode the plan cannot close; raise potlines.count to "
            + needed + " or lower " + (ind.plannedOutputT() == null ? "capacityT" : "plannedOutputT") + " to at most "
            + Num.fmt(most) + " t/yr");
      }
    }
  }

  private boolean external(String region) {
    return region != null && v.in.isExternal(region);
  }

  private void plantsInExternalRegions() {
    for (int i = 0; i < v.in.plants().size(); i++) {
      Plant pl = v.in.plants().get(i);
      if (external(pl.region()) && pl.type() != null && pl.type() != PlantType.GAS) {
        v.warning(index("$.plants", i) + ".region", "plant " + quote(pl.id()) + " of type " + pl.type()
            + " is in external region " + quote(pl.region()) + ", a market outside the system: a plant there stands "
            + "for an outside grid selling power (type GAS at its purchase price), is not counted in the system's "
            + "generation and meets export contracts there without any line; put a plant of the system in an "
            + "internal region");
      }
    }
  }

  /**
   * Internal regions cut off for power: load (demand or industry) where no plant stands and no line arrives, so it
   * can only go unserved; or plants whose power has nowhere to go (no load, no industry, no line out, no direct
   * supply). A region with both plants and load but no line is a legitimate island and is left alone.
   */
  private void islands() {
    // each list is read once into per-region sets (a scan of every list per region was quadratic: 14 % of the Java
    // samples of a solve at 920 regions); the plants of a region keep their file order for the message
    Set<String> lineIn = new HashSet<>();
    Set<String> lineOut = new HashSet<>();
    for (var l : v.in.lines()) {
      lineIn.add(l.to());
      lineOut.add(l.from());
      if (l.bidirectional()) {
        lineIn.add(l.from());
        lineOut.add(l.to());
      }
    }
    Map<String, List<String>> plantsIn = new HashMap<>();
    for (Plant p : v.in.plants()) {
      plantsIn.computeIfAbsent(p.region(), k -> new ArrayList<>()).add(p.id());
    }
    Set<String> loaded = new HashSet<>();
    v.in.demands().forEach(d -> loaded.add(d.region()));
    Map<String, List<String>> industryRegions = new HashMap<>(); // by id: ids may repeat in a file with errors
    for (var d : v.in.industries()) {
      loaded.add(d.region());
      industryRegions.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d.region());
    }
    Map<String, List<String>> plantRegions = new HashMap<>();
    v.in.plants().forEach(p -> plantRegions.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p.region()));
    Set<String> suppliedDirectly = new HashSet<>();
    Set<String> suppliesDirectly = new HashSet<>();
    for (var d : v.in.directSupplies()) {
      suppliedDirectly.addAll(industryRegions.getOrDefault(d.industry(), List.of()));
      suppliesDirectly.addAll(plantRegions.getOrDefault(d.plant(), List.of()));
    }
    for (int i = 0; i < v.in.regions().size(); i++) {
      Region r = v.in.regions().get(i);
      if (r.external()) {
        continue;
      }
      String id = r.id();
      List<String> plants = plantsIn.getOrDefault(id, List.of());
      boolean load = loaded.contains(id);
      if (load && plants.isEmpty() && !lineIn.contains(id) && !suppliedDirectly.contains(id)) {
        v.warning(index("$.regions", i), "region " + quote(id) + " has load (demand or industry) but no plant and no "
            + "line into it: it can only go unserved; add the lines that supply it, or check their ends");
      } else if (!plants.isEmpty() && !load && !lineOut.contains(id) && !suppliesDirectly.contains(id)) {
        v.warning(index("$.regions", i), "region " + quote(id) + " has plants (" + org.coalgrid.diagnostics.Paths.list(plants) + ") but no "
            + "load, no industry and no line out of it: their power can go nowhere; add its lines, or put the plants "
            + "where their load is");
      }
    }
  }

  private void policiesOnExternalRegions() {
    for (int i = 0; i < v.in.policies().size(); i++) {
      Policy pol = v.in.policies().get(i);
      if (pol.type() == PolicyType.EXPORT_CAPABILITY || pol.regions().isEmpty()) {
        continue;
      }
      String p = index("$.policies", i);
      long outside = pol.regions().stream().filter(this::external).count();
      for (int k = 0; k < pol.regions().size(); k++) {
        String r = pol.regions().get(k);
        if (!external(r)) {
          continue;
        }
        String what = "policy " + quote(pol.id()) + " of type " + pol.type() + " lists external region "
            + quote(r) + ", a market outside the system";
        if (outside == pol.regions().size()) {
          v.error(index(p + ".regions", k), what + ", and no internal region: it limits nothing of the system; list "
              + "the internal regions it applies to (or none, for all of them)");
        } else {
          v.warning(index(p + ".regions", k), what + ": it counts what lies there (outside sellers, not the system); "
              + "list internal regions only");
        }
      }
    }
  }

  private void exportFirmForms() {
    for (int i = 0; i < v.in.exports().size(); i++) {
      ExportContract x = v.in.exports().get(i);
      if (x.firmMwh() > 0 && !x.firmMwhByPeriod().isEmpty()) {
        v.error(index("$.exports", i) + ".firmMwhByPeriod", "export " + quote(x.id()) + " gives both firmMwh "
            + Num.fmt(x.firmMwh()) + " MWh/yr and firmMwhByPeriod; firmMwhByPeriod would replace firmMwh: give one "
            + "of them");
      }
    }
  }

  /** A reservoir cannot take in a period more than it stores plus its turbines pass: the rest spills. */
  private void reservoirs() {
    for (int i = 0; i < v.in.plants().size(); i++) {
      Plant pl = v.in.plants().get(i);
      Hydro h = pl.hydro();
      if (h == null || !h.isReservoir() || h.storageMwh() == null) {
        continue;
      }
      double cap = UnitSanity.maxCapacityMw(pl);
      for (Period t : v.in.periods()) {
        Double inflow = h.inflowMwhByPeriod().get(t.id());
        double most = h.storageMwh() + cap * t.hours();
        if (inflow == null || !(inflow > most * (1 + 1e-9))) {
          continue;
        }
        String hint = inflow / 1000 <= most ? "; " + Num.fmt(inflow) + " looks like kWh (= "
            + Num.fmt(UnitSanity.round(inflow / 1000)) + " MWh)" : "";
        v.warning(key(index("$.plants", i) + ".hydro.inflowMwhByPeriod", t.id()), "plant " + quote(pl.id())
            + " has an inflow of " + Num.fmt(inflow) + " MWh in period " + quote(t.id()) + ", more than its reservoir "
            + "holds plus its turbines pass in it (" + Num.fmt(h.storageMwh()) + " MWh + " + Num.fmt(cap) + " MW × "
            + Num.fmt(t.hours()) + " h = " + Num.fmt(UnitSanity.round(most)) + " MWh); the rest spills" + hint);
      }
    }
  }
}
