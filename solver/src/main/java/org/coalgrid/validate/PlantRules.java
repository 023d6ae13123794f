package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.List;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.domain.Hydro;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.TimeStructure;

/** Semantic checks of plants: references, coal fuel and its reachability, type-specific parts, commitment. */
final class PlantRules {

  /**
   * Coal per kWh at 100% efficiency (gce/kWh): 3.6 MJ/kWh ÷ 29.3076 MJ/kgce × 1000 = 122.84. A smaller heat
   * rate is impossible, usually kgce/kWh typed where gce/kWh is meant.
   */
  static final double PERFECT_HEAT_RATE_GCE_PER_KWH = 3.6 / 29.3076 * 1000;

  private final InstanceValidator v;

  PlantRules(InstanceValidator v) {
    this.v = v;
  }

  void check() {
    for (int i = 0; i < v.in.plants().size(); i++) {
      Plant pl = v.in.plants().get(i);
      String p = index("$.plants", i);
      String who = "plant " + quote(pl.id());
      v.ref(p + ".region", "region", pl.region(), v.regions);
      v.amount(p + ".capacityMw", who, "capacityMw", pl.capacityMw());
      v.share(p + ".availability", who, "availability", pl.availability());
      v.share(p + ".minLoadShare", who, "minLoadShare", pl.minLoadShare());
      v.share(p + ".desulfurisationShare", who, "desulfurisationShare", pl.desulfurisationShare());
      v.periodKeys(p + ".availabilityByPeriod", pl.availabilityByPeriod());
      for (int g = 0; g < pl.grades().size(); g++) {
        v.ref(index(p + ".grades", g), "grade", pl.grades().get(g), v.grades);
        int first = pl.grades().indexOf(pl.grades().get(g));
        if (first < g) {
          v.error(index(p + ".grades", g), who + " lists grade " + quote(pl.grades().get(g)) + " twice (first at "
              + index(p + ".grades", first) + ")");
        }
      }
      if (pl.type() != null && pl.type().burnsCoal()) {
        fuel(p, who, pl);
      } else if (!pl.grades().isEmpty()) {
        v.warning(p + ".grades", who + " of type " + pl.type() + " burns no coal; its grades are ignored");
      }
      typeParts(p, who, pl);
      if (pl.commitment()) {
        commitment(p, who, pl);
      }
      if (pl.build() != null) {
        v.build(p + ".build", who, pl.build());
      }
      if (pl.capacityCredit() != null) {
        v.share(p + ".capacityCredit", who, "capacityCredit", pl.capacityCredit());
      }
      if (pl.rampMwPerHour() != null) {
        if (!(pl.rampMwPerHour() > 0) || !Double.isFinite(pl.rampMwPerHour())) {
          v.error(p + ".rampMwPerHour", who + " has rampMwPerHour " + Num.fmt(pl.rampMwPerHour()) + "; it must be a"
              + " finite number > 0 (MW per hour)");
        } else if (!v.in.time().hasDays()) {
          v.warning(p + ".rampMwPerHour", who + " has a ramp limit, which applies to chronological steps only"
              + " (representative days or a full year); with periods (blocks) it is ignored");
        }
      }
      if (pl.hasCommitmentDynamics()) {
        dynamics(p, who, pl);
      }
    }
  }

  /** Start-up cost and minimum up and down times: finite, ≥ 0, with commitment, on chronological steps. */
  private void dynamics(String p, String who, Plant pl) {
    String[] fields = {"startupCostCny", "minUpHours", "minDownHours"};
    Double[] values = {pl.startupCostCny(), pl.minUpHours(), pl.minDownHours()};
    String[] units = {"CNY per start", "h", "h"};
    String first = null;
    for (int k = 0; k < fields.length; k++) {
      if (values[k] == null) {
        continue;
      }
      first = first == null ? fields[k] : first;
      if (!(values[k] >= 0) || !Double.isFinite(values[k])) {
        v.error(p + "." + fields[k], who + " has " + fields[k] + " " + Num.fmt(values[k]) + "; it must be a finite"
            + " number >= 0 (" + units[k] + ")");
      }
    }
    if (!pl.commitment()) {
      v.error(p + "." + first, who + " has " + first + " but no commitment: start-ups and minimum up and down"
          + " times count units online; set commitment: true with unitMw");
    } else if (!v.in.time().hasDays()) {
      v.warning(p + "." + first, who + " has " + first + ", which applies to chronological steps only"
          + " (representative days or a full year); with periods (blocks) units are not started or stopped in time"
          + " order, so it is ignored");
    }
  }

  /** Units to commit: a unit size, one size for existing and built units; a part unit is warned about. */
  private void commitment(String p, String who, Plant pl) {
    if (pl.unitMw() == null && pl.build() == null) {
      v.error(p + ".commitment", who + " has commitment but neither unitMw nor build (units to commit)");
      return;
    }
    double unit = pl.unitSizeMw();
    if (pl.unitMw() != null && pl.build() != null && pl.build().unitMw() != pl.unitMw()) {
      v.error(p + ".build.unitMw", who + " has commitment with units of " + Num.fmt(pl.unitMw())
          + " MW (unitMw) but builds units of " + Num.fmt(pl.build().unitMw()) + " MW; committed units have one"
          + " size: make build.unitMw equal unitMw, or model the new units as another plant");
    } else if (unit > 0 && pl.capacityMw() > 0) {
      double units = pl.capacityMw() / unit;
      if (Math.abs(units - Math.rint(units)) > 1e-9 * Math.max(1, units)) {
        int counted = (int) Math.ceil(units);
        v.warning(p + ".capacityMw", who + " has capacityMw " + Num.fmt(pl.capacityMw()) + ", not a whole number of "
            + Num.fmt(unit) + "-MW units: unit commitment counts " + counted + " units (the last one a part unit"
            + " committed as a whole) and keeps output within the capacity");
      }
    }
  }

  private void fuel(String p, String who, Plant pl) {
    String kind = who + " of type " + pl.type() + " burns coal and needs ";
    double hr = pl.heatRateGcePerKwh();
    if (!(hr > 0)) {
      v.error(p + ".heatRateGcePerKwh", kind + "heatRateGcePerKwh > 0");
    } else if (hr < PERFECT_HEAT_RATE_GCE_PER_KWH) {
      String hint = hr * 1000 >= PERFECT_HEAT_RATE_GCE_PER_KWH && hr * 1000 <= 1000
          ? "; " + Num.fmt(hr) + " looks like kgce/kWh (= " + Num.fmt(hr * 1000) + " gce/kWh)" : "";
      v.error(p + ".heatRateGcePerKwh", who + " has heatRateGcePerKwh " + Num.fmt(hr)
          + ", below the physical limit " + Num.fmt(Math.round(PERFECT_HEAT_RATE_GCE_PER_KWH * 10) / 10.0)
          + " gce/kWh of a plant with 100% efficiency" + hint);
    }
    List<String> grades = pl.grades();
    if (grades.isEmpty()) {
      v.error(p + ".grades", kind + "a non-empty grades list");
    } else if (grades.stream().noneMatch(v.produced::contains)) {
      v.error(p + ".grades", who + " has no fuel it can burn: no mine produces any of its grades ("
          + String.join(", ", grades) + ") raw, washed or as byproduct");
    }
  }

  private void typeParts(String p, String who, Plant pl) {
    if (pl.type() == PlantType.HYDRO) {
      hydro(p, who, pl.hydro());
    } else if (pl.type() != null && pl.type().storesEnergy() && pl.storage() == null) {
      v.error(p + ".storage", who + " of type " + pl.type() + " needs storage (storageMwh, efficiency)");
    } else if (pl.type() == PlantType.CHP && pl.chp() == null) {
      v.error(p + ".chp", who + " of type CHP needs chp (heatGjPerMwh)");
    }
    if (pl.storage() != null) {
      v.amount(p + ".storage.storageMwh", who, "storage storageMwh", pl.storage().storageMwh());
      double eff = pl.storage().efficiency();
      if (!(eff > 0 && eff <= 1)) {
        v.error(p + ".storage.efficiency", who + " has storage efficiency " + Num.fmt(eff)
            + "; it must be in (0, 1]");
      }
      if (pl.storage().interDay()) {
        interDay(p + ".storage.interDay", who);
      }
      cannotCharge(p, who, pl);
    }
  }

  /**
   * A storage plant that can never charge: pumping capacity 0 MW, given so or by its default (the capacity before
   * builds, docs/formulation.md §4.8: a build adds generating capacity only), with storage to fill. It could only
   * ever release nothing; a warning, because the fix is a figure (pumpCapacityMw) only the plan's source can give.
   */
  private void cannotCharge(String p, String who, Plant pl) {
    if (pl.type() == null || !pl.type().storesEnergy() || !(pl.storage().storageMwh() > 0)) {
      return;
    }
    Double pump = pl.storage().pumpCapacityMw();
    double charge = pump != null ? pump : pl.capacityMw();
    if (charge != 0) {
      return;
    }
    String why = pump != null ? "storage.pumpCapacityMw is 0"
        : "storage.pumpCapacityMw is not given, so it is capacityMw before builds, 0 MW"
            + (pl.build() != null ? "; a build adds generating capacity only" : "");
    v.warning(p + (pump != null ? ".storage.pumpCapacityMw" : ".storage"), who + " cannot charge: its pumping "
        + "capacity is 0 MW (" + why + "), so its " + Num.fmt(pl.storage().storageMwh()) + " MWh of storage is "
        + "never filled and it generates nothing; give storage.pumpCapacityMw (MW) to let it pump");
  }

  /**
   * Inter-day storage needs representative days, and without a calendar whole-number weights (the year is then
   * the days in order, each repeated by its weight).
   */
  private void interDay(String p, String who) {
    TimeStructure time = v.in.time();
    if (time.form() != TimeStructure.Form.REPRESENTATIVE_DAYS) {
      v.warning(p, who + " has interDay storage, which only applies to representative days: "
          + (time.form() == TimeStructure.Form.FULL_YEAR ? "a full year is one chronological sequence already"
              : "with blocks the level is cyclic over the periods of the year") + " (ignored)");
    } else if (time.calendar().isEmpty()) {
      for (int i = 0; i < time.days().size(); i++) {
        double w = time.days().get(i).weight();
        if (w != Math.rint(w)) {
          v.error(index("$.time.days", i) + ".weight", who + " carries energy between days (interDay) along the"
              + " year, but day " + quote(time.days().get(i).id()) + " has weight " + Num.fmt(w) + ", not a whole"
              + " number of days: give whole weights or a time.calendar");
          return;
        }
      }
    }
  }

  private void hydro(String p, String who, Hydro h) {
    String need = who + " of type HYDRO needs hydro with energyMwhByPeriod, or storageMwh with inflowMwhByPeriod";
    if (h == null || (h.energyMwhByPeriod().isEmpty() && !h.isReservoir())) {
      v.error(p + ".hydro", need);
      return;
    }
    String hp = p + ".hydro";
    v.periodKeys(hp + ".energyMwhByPeriod", h.energyMwhByPeriod());
    v.periodKeys(hp + ".inflowMwhByPeriod", h.inflowMwhByPeriod());
    if (h.isReservoir() && !h.energyMwhByPeriod().isEmpty()) {
      v.error(hp + ".energyMwhByPeriod", who + " has both a reservoir (storageMwh) and energyMwhByPeriod; give one:"
          + " energyMwhByPeriod for an energy-limited station, or storageMwh with inflowMwhByPeriod for a reservoir");
    }
    if (h.isReservoir() && h.inflowMwhByPeriod().isEmpty()) {
      v.error(hp + ".inflowMwhByPeriod", who + " has a reservoir (storageMwh) but no inflowMwhByPeriod");
    }
    if (!h.energyMwhByPeriod().isEmpty()) {
      v.missingPeriods(h.energyMwhByPeriod().keySet()).ifPresent(miss -> v.warning(hp + ".energyMwhByPeriod",
          who + " has no hydro energy for period(s) " + miss + " (treated as 0)"));
    }
    if (!h.inflowMwhByPeriod().isEmpty()) {
      v.missingPeriods(h.inflowMwhByPeriod().keySet()).ifPresent(miss -> v.warning(hp + ".inflowMwhByPeriod",
          who + " has no inflow for period(s) " + miss + " (treated as 0)"));
    }
  }
}
