package org.coalgrid.targets;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.targets.TargetReport.Limit;

/**
 * Metrics that are sums of the instance's data, whose reach is plain arithmetic: installed capacity (existing MW
 * plus every candidate unit), export capability (the lines into the region plus their candidate units) and, in
 * cost mode, industry and chain output (each industry makes its planned output). Each term is one entity's
 * contribution with the inputs it comes from.
 */
final class DataTerms {
  /** One entity's contribution: its label, the most it adds, and the inputs behind it. */
  record Term(String label, double value, List<Limit> inputs) {}

  private DataTerms() {}

  /** True for the metrics this class sums: their largest value is data, not an optimisation result. */
  static boolean applies(MetricName m, ObjectiveMode mode) {
    return switch (m.kind()) {
      case CAPACITY_INSTALLED, CAPACITY_TYPE, EXPORT_CAPABILITY -> true;
      case INDUSTRY_OUTPUT, CHAIN_OUTPUT -> mode == ObjectiveMode.COST;
      default -> false;
    };
  }

  /** The terms of the metric's largest value (every candidate built, every industry at its planned output). */
  static List<Term> terms(MetricName m, Instance in, Inputs inputs) {
    List<Term> out = new ArrayList<>();
    switch (m.kind()) {
      case CAPACITY_INSTALLED, CAPACITY_TYPE -> {
        PlantType type = m.arg() == null ? null : PlantType.valueOf(m.arg());
        for (Plant p : in.plants()) {
          if (!in.isExternal(p.region()) && (type == null || p.type() == type)) {
            if (p.capacityMw() > 0 || p.build() == null) {
              out.add(new Term(p.id(), p.capacityMw(),
                  List.of(inputs.at("plants", p.id(), "capacityMw", p.capacityMw(), "MW"))));
            }
            if (p.build() != null) {
              out.add(build(p.id(), "plants", p.build().unitMw(), p.build().maxUnits(), inputs));
            }
          }
        }
      }
      case EXPORT_CAPABILITY -> {
        for (Line l : in.lines()) {
          if (l.to().equals(m.arg())) {
            if (l.capacityMw() > 0 || l.build() == null) {
              out.add(new Term(l.id(), l.capacityMw(),
                  List.of(inputs.at("lines", l.id(), "capacityMw", l.capacityMw(), "MW"))));
            }
            if (l.build() != null) {
              out.add(build(l.id(), "lines", l.build().unitMw(), l.build().maxUnits(), inputs));
            }
          }
        }
      }
      case INDUSTRY_OUTPUT, CHAIN_OUTPUT -> {
        for (Industry i : in.industries()) {
          boolean counts = m.kind() == MetricName.Kind.INDUSTRY_OUTPUT ? i.id().equals(m.arg())
              : !in.isExternal(i.region()) && i.chain().name().equals(m.arg());
          if (counts) {
            Limit lim = i.plannedOutputT() != null
                ? inputs.at("industries", i.id(), "plannedOutputT", i.plannedOutputT(), "t/yr")
                : inputs.at("industries", i.id(), "capacityT", i.capacityT(), "t/yr");
            out.add(new Term(i.id(), i.plannedOutput(), List.of(lim)));
          }
        }
      }
      default -> throw new IllegalArgumentException(m.kind().pattern() + " is not a sum of data");
    }
    return out;
  }

  private static Term build(String id, String list, double unitMw, int maxUnits, Inputs inputs) {
    return new Term(id + " (candidate " + maxUnits + " x " + fmt(unitMw) + ")", unitMw * maxUnits,
        List.of(inputs.at(list, id, "build.unitMw", unitMw, "MW"),
            inputs.at(list, id, "build.maxUnits", maxUnits, "units")));
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? String.format("%,d", (long) x) : String.format("%,.1f", x);
  }
}
