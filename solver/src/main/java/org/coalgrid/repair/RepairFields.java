package org.coalgrid.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.formulation.ObjectiveMode;

/**
 * Where a relaxation lands in the instance: the field (JSON path) that would have to change for the plan to close
 * without it, with its value now and the value that would do. One {@link Fix} per field; a per-period relaxation
 * of a per-period field gives one per period.
 *
 * <p>The value is the field moved by the relaxation, rounded outward to 6 significant digits (a cap up, an
 * obligation down). For a plant or corridor the relaxation is in MW of generation or flow in a period; a plant's
 * capacity must grow by that MW divided by its availability in the period; a demand given as {@code annualMwh}
 * (spread evenly over the year's hours) falls by the peak shortfall times the hours. A policy's limit is found by
 * {@link PolicyFix} (it may be a share inside its row). Where no single field says it (a row of several entities)
 * there is no fix; the sentence stands alone.
 */
final class RepairFields {
  private final Instance in;
  private final ObjectiveMode mode;

  RepairFields(Instance in, ObjectiveMode mode) {
    this.in = in;
    this.mode = mode;
  }

  /**
   * The fixes of one relaxation: {@code total} is its amount summed over periods (annual rows) and {@code periods}
   * the amount per period (null for annual rows), in the row's domain unit {@code unit} (a policy's limit is in it).
   */
  List<Relaxation.Fix> of(RelaxKind kind, String entity, boolean above, double total, Map<String, Double> periods,
      String unit) {
    List<Relaxation.Fix> out = new ArrayList<>();
    switch (kind) {
      case DEMAND -> {
        int i = index(in.demands(), Demand::id, entity);
        if (i < 0) {
          break;
        }
        Demand d = in.demands().get(i);
        String p = "$.demands[" + i + "]";
        if (periods == null) {
          break;
        }
        // the periods mwByPeriod gives get one fix each; the others take mw, else annualMwh spread over the year
        perPeriod(out, p + ".mwByPeriod", d.mwByPeriod(), periods, false, "MW");
        double peak = periods.entrySet().stream().filter(e -> !d.mwByPeriod().containsKey(e.getKey()))
            .mapToDouble(Map.Entry::getValue).max().orElse(0);
        if (peak <= 0) {
          break;
        }
        if (d.mw() != null) {
          out.add(fix(p + ".mw", d.mw(), d.mw() - peak, false, "MW"));
        } else if (d.annualMwh() != null) {
          // annualMwh / hoursInYear MW in every period: the year's energy down by the peak shortfall x the hours
          double h = in.meta().hoursInYear();
          out.add(fix(p + ".annualMwh", d.annualMwh(), d.annualMwh() - peak * h, false, "MWh/yr"));
        }
      }
      case EXPORT_CONTRACT -> {
        int i = index(in.exports(), ExportContract::id, entity);
        if (i < 0) {
          break;
        }
        ExportContract x = in.exports().get(i);
        String p = "$.exports[" + i + "]";
        if (!x.firmMwhByPeriod().isEmpty() && periods != null) {
          perPeriod(out, p + ".firmMwhByPeriod", x.firmMwhByPeriod(), periods, false, "MWh");
        } else {
          out.add(fix(p + ".firmMwh", x.firmMwh(), x.firmMwh() - total, false, "MWh/yr"));
        }
      }
      case INDUSTRY -> {
        int i = index(in.industries(), Industry::id, entity);
        if (i < 0) {
          break;
        }
        Industry ind = in.industries().get(i);
        String p = "$.industries[" + i + "]";
        if (above) {
          out.add(fix(p + ".capacityT", ind.capacityT(), ind.capacityT() + total, true, "t/yr"));
        } else if (mode == ObjectiveMode.COST) {
          String f = ind.plannedOutputT() != null ? ".plannedOutputT" : ".capacityT";
          out.add(fix(p + f, ind.plannedOutput(), ind.plannedOutput() - total, false, "t/yr"));
        } else {
          out.add(fix(p + ".minOutputT", ind.minOutputT(), ind.minOutputT() - total, false, "t/yr"));
        }
      }
      case COAL_DEMAND -> {
        int i = index(in.coalDemands(), c -> c.id(), entity);
        if (i >= 0) {
          double firm = in.coalDemands().get(i).firmT();
          out.add(fix("$.coalDemands[" + i + "].firmT", firm, firm - total, false, "t/yr"));
        }
      }
      case MINE_MIN, MINE_CAPACITY -> {
        int i = index(in.mines(), Mine::id, entity);
        if (i >= 0) {
          Mine m = in.mines().get(i);
          out.add(kind == RelaxKind.MINE_CAPACITY
              ? fix("$.mines[" + i + "].capacityT", m.capacityT(), m.capacityT() + total, true, "t/yr")
              : fix("$.mines[" + i + "].minOutputT", m.minOutputT(), m.minOutputT() - total, false, "t/yr"));
        }
      }
      case ARC_CAPACITY -> {
        int i = index(in.coalArcs(), a -> a.id(), entity);
        if (i >= 0 && in.coalArcs().get(i).capacityT() != null) {
          double cap = in.coalArcs().get(i).capacityT();
          out.add(fix("$.coalArcs[" + i + "].capacityT", cap, cap + total, true, "t/yr"));
        }
      }
      case LINE_CAPACITY -> {
        int i = index(in.lines(), Line::id, entity);
        if (i < 0 || periods == null) {
          break;
        }
        Line l = in.lines().get(i);
        String p = "$.lines[" + i + "]";
        if (!l.capacityMwByPeriod().isEmpty()) {
          perPeriod(out, p + ".capacityMwByPeriod", l.capacityMwByPeriod(), periods, true, "MW");
        } else {
          double peak = periods.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
          out.add(fix(p + ".capacityMw", l.capacityMw(), l.capacityMw() + peak, true, "MW"));
        }
      }
      case PLANT_CAPACITY -> {
        int i = index(in.plants(), Plant::id, entity);
        if (i < 0 || periods == null) {
          break;
        }
        Plant pl = in.plants().get(i);
        double more = 0; // capacity needed: MW of generation over the availability of the period
        for (Map.Entry<String, Double> e : periods.entrySet()) {
          double a = pl.availabilityByPeriod().getOrDefault(e.getKey(), pl.availability());
          more = Math.max(more, a > 0 ? e.getValue() / a : e.getValue());
        }
        out.add(fix("$.plants[" + i + "].capacityMw", pl.capacityMw(), pl.capacityMw() + more, true, "MW"));
      }
      case HYDRO -> {
        int i = index(in.plants(), Plant::id, entity);
        if (i < 0 || in.plants().get(i).hydro() == null) {
          break;
        }
        var h = in.plants().get(i).hydro();
        String p = "$.plants[" + i + "].hydro";
        if (!above && periods != null) {
          double peak = periods.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
          out.add(fix(p + ".minReleaseMw", h.minReleaseMw(), h.minReleaseMw() - peak, false, "MW"));
        } else if (above && periods != null && !h.isReservoir() && !h.energyMwhByPeriod().isEmpty()) {
          perPeriod(out, p + ".energyMwhByPeriod", h.energyMwhByPeriod(), periods, true, "MWh");
        } else if (above && periods != null && h.isReservoir() && !h.inflowMwhByPeriod().isEmpty()) {
          perPeriod(out, p + ".inflowMwhByPeriod", h.inflowMwhByPeriod(), periods, true, "MWh");
        }
      }
      default -> { }
    }
    return out;
  }

  /** One fix per period of {@code amounts}, on the field {@code path.<period>} (periods missing from it: none). */
  private static void perPeriod(List<Relaxation.Fix> out, String path, Map<String, Double> field,
      Map<String, Double> amounts, boolean up, String unit) {
    for (Map.Entry<String, Double> e : amounts.entrySet()) {
      Double now = field.get(e.getKey());
      if (now != null && e.getValue() > 0) {
        out.add(fix(path + "." + e.getKey(), now, up ? now + e.getValue() : now - e.getValue(), up, unit));
      }
    }
  }

  private static Relaxation.Fix fix(String path, double now, double needed, boolean up, String unit) {
    // solver noise around zero (an obligation lowered by all of it) is zero: the solvers' feasibility tolerance is
    // about 1e-7 of a row's size, so less than that share of the field's value is nothing left
    double v = Math.abs(needed) <= 1e-7 * Math.max(1, Math.abs(now)) ? 0 : Math.max(0, needed);
    return new Relaxation.Fix(path, now, outward(v, up), unit);
  }

  /** {@code x} rounded to 6 significant digits, up for a cap ({@code up}) and down for an obligation. */
  static double outward(double x, boolean up) {
    if (x == 0 || !Double.isFinite(x)) {
      return x;
    }
    double scale = Math.pow(10, 5 - Math.floor(Math.log10(Math.abs(x))));
    return (up ? Math.ceil(x * scale - 1e-9) : Math.floor(x * scale + 1e-9)) / scale;
  }

  /** The fixes in words: "; to close without it: $.mines[0].capacityT 2000 → 12000000 t/yr". */
  static String words(List<Relaxation.Fix> fixes) {
    if (fixes.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Relaxation.Fix f : fixes.subList(0, Math.min(4, fixes.size()))) {
      parts.add(f.path() + " " + plain(f.now()) + " → " + plain(f.needed()) + (f.unit() == null ? "" : " "
          + f.unit()));
    }
    return " [change " + String.join(", ", parts) + (fixes.size() > 4 ? ", ... " + (fixes.size() - 4) + " more" : "")
        + "]";
  }

  /** A number as typed into an instance file: plain notation, no grouping, no trailing zeros. */
  static String plain(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  private static <T> int index(List<T> list, Function<T, String> id, String entity) {
    for (int i = 0; i < list.size(); i++) {
      if (id.apply(list.get(i)).equals(entity)) {
        return i;
      }
    }
    return -1;
  }
}
