package org.coalgrid.formulation;

import java.util.List;
import java.util.Optional;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;

/**
 * Named linear metrics of a solution, in domain units (t/yr, MWh/yr, MW), used by GENERIC policies and plan
 * targets. Internal regions only unless the name says otherwise.
 *
 * <pre>
 * coal.produced, coal.toPower, coal.toIndustry, coal.outbound, coal.washed, coal.byproduct   (t/yr)
 * generation.total, generation.&lt;TYPE&gt;, plant.&lt;id&gt;.generation, line.&lt;id&gt;.flow,
 * export.delivered, export.&lt;id&gt;.delivered, unserved.total                                 (MWh/yr)
 * capacity.installed, capacity.&lt;TYPE&gt;, exportCapability.&lt;externalRegion&gt;               (MW)
 * industry.&lt;id&gt;.output, chain.&lt;CHAIN&gt;.output, mine.&lt;id&gt;.output, region.&lt;id&gt;.coalProduced (t/yr)
 * emissions.co2, emissions.so2                                                             (t/yr)
 * </pre>
 */
public final class Metrics {
  private final ModelContext ctx;

  public Metrics(ModelContext ctx) {
    this.ctx = ctx;
  }

  /** The metric as a linear expression in model columns (domain units), or empty if the name is unknown. */
  public Optional<LinearExpr> linear(String name) {
    Instance in = ctx.instance();
    Variables v = ctx.vars();
    String[] part = name.split("\\.");
    LinearExpr e = new LinearExpr();
    double t2d = Units.T_PER_UNIT;
    switch (part[0]) {
      case "coal" -> {
        if (part.length != 2) {
          return Optional.empty();
        }
        switch (part[1]) {
          case "produced" -> forMines(e, m -> true, t2d);
          case "washed" -> {
            for (int m = 0; m < in.mines().size(); m++) {
              var mine = in.mines().get(m);
              if (internal(mine.region()) && mine.washing() != null) {
                e.add(v.q[m], mine.washing().washedShare() * t2d);
              }
            }
          }
          case "byproduct" -> {
            for (int m = 0; m < in.mines().size(); m++) {
              if (internal(in.mines().get(m).region())) {
                e.add(v.washByproduct[m], t2d);
              }
            }
          }
          case "toPower" -> {
            for (int p = 0; p < in.plants().size(); p++) {
              if (internal(in.plants().get(p).region())) {
                addAll(e, v.z[p], t2d);
              }
            }
          }
          case "toIndustry" -> {
            for (int i = 0; i < in.industries().size(); i++) {
              if (internal(in.industries().get(i).region())) {
                addAll(e, v.w[i], t2d);
              }
            }
          }
          case "outbound" -> {
            for (int a = 0; a < in.coalArcs().size(); a++) {
              CoalArc arc = in.coalArcs().get(a);
              if (internal(arc.from()) && !internal(arc.to())) {
                addAll(e, v.y[a], t2d);
              }
            }
          }
          default -> {
            return Optional.empty();
          }
        }
      }
      case "generation" -> {
        if (part.length != 2) {
          return Optional.empty();
        }
        PlantType type = null;
        if (!part[1].equals("total")) {
          type = plantType(part[1]);
          if (type == null) {
            return Optional.empty();
          }
        }
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (internal(plant.region()) && (type == null || plant.type() == type)) {
            addGeneration(e, p);
          }
        }
      }
      case "capacity" -> {
        if (part.length != 2) {
          return Optional.empty();
        }
        PlantType type = null;
        if (!part[1].equals("installed")) {
          type = plantType(part[1]);
          if (type == null) {
            return Optional.empty();
          }
        }
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (internal(plant.region()) && (type == null || plant.type() == type)) {
            e.addConstant(plant.capacityMw());
            if (v.plantBuild[p] >= 0) {
              e.add(v.plantBuild[p], plant.build().unitMw());
            }
          }
        }
      }
      case "exportCapability" -> {
        if (part.length != 2 || in.region(part[1]).isEmpty()) {
          return Optional.empty();
        }
        for (int l = 0; l < in.lines().size(); l++) {
          Line line = in.lines().get(l);
          if (line.to().equals(part[1])) {
            e.addConstant(line.capacityMw());
            if (v.lineBuild[l] >= 0) {
              e.add(v.lineBuild[l], line.build().unitMw());
            }
          }
        }
      }
      case "export" -> {
        if (part.length == 2 && part[1].equals("delivered")) {
          for (int k = 0; k < in.exports().size(); k++) {
            addPeriodEnergy(e, v.export[k]);
          }
        } else if (part.length == 3 && part[2].equals("delivered")) {
          int k = indexOf(in.exports().stream().map(x -> x.id()).toList(), part[1]);
          if (k < 0) {
            return Optional.empty();
          }
          addPeriodEnergy(e, v.export[k]);
        } else {
          return Optional.empty();
        }
      }
      case "unserved" -> {
        if (part.length != 2 || !part[1].equals("total")) {
          return Optional.empty();
        }
        for (int[] u : v.unserved) {
          addPeriodEnergy(e, u);
        }
      }
      case "plant" -> {
        int p = part.length == 3 && part[2].equals("generation")
            ? indexOf(in.plants().stream().map(Plant::id).toList(), part[1]) : -1;
        if (p < 0) {
          return Optional.empty();
        }
        addGeneration(e, p);
      }
      case "line" -> {
        int l = part.length == 3 && part[2].equals("flow")
            ? indexOf(in.lines().stream().map(Line::id).toList(), part[1]) : -1;
        if (l < 0) {
          return Optional.empty();
        }
        addPeriodEnergy(e, v.flow[l]);
        if (v.flowReverse[l] != null) {
          addPeriodEnergy(e, v.flowReverse[l]);
        }
      }
      case "industry" -> {
        int i = part.length == 3 && part[2].equals("output")
            ? indexOf(in.industries().stream().map(x -> x.id()).toList(), part[1]) : -1;
        if (i < 0) {
          return Optional.empty();
        }
        for (int col : v.output[i]) {
          e.add(col, t2d);
        }
      }
      case "chain" -> {
        Chain chain = part.length == 3 && part[2].equals("output") ? chain(part[1]) : null;
        if (chain == null) {
          return Optional.empty();
        }
        for (int i = 0; i < in.industries().size(); i++) {
          if (in.industries().get(i).chain() == chain && internal(in.industries().get(i).region())) {
            for (int col : v.output[i]) {
              e.add(col, t2d);
            }
          }
        }
      }
      case "mine" -> {
        int m = part.length == 3 && part[2].equals("output")
            ? indexOf(in.mines().stream().map(x -> x.id()).toList(), part[1]) : -1;
        if (m < 0) {
          return Optional.empty();
        }
        e.add(v.q[m], t2d);
      }
      case "region" -> {
        if (part.length != 3 || !part[2].equals("coalProduced") || in.region(part[1]).isEmpty()) {
          return Optional.empty();
        }
        for (int m = 0; m < in.mines().size(); m++) {
          if (in.mines().get(m).region().equals(part[1])) {
            e.add(v.q[m], t2d);
          }
        }
      }
      case "emissions" -> {
        if (part.length != 2 || !(part[1].equals("co2") || part[1].equals("so2"))) {
          return Optional.empty();
        }
        boolean co2 = part[1].equals("co2");
        for (int p = 0; p < in.plants().size(); p++) {
          Plant plant = in.plants().get(p);
          if (!internal(plant.region())) {
            continue;
          }
          for (int g = 0; g < in.coalGrades().size(); g++) {
            double f = co2 ? co2PerT(g) : so2PerT(plant, g);
            for (int col : v.z[p][g]) {
              e.add(col, f * t2d);
            }
          }
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(e);
  }

  /** t CO2 per t of grade g burned: tcePerT * co2TPerTce. */
  public double co2PerT(int g) {
    var grade = ctx.instance().coalGrades().get(g);
    return grade.tcePerT() * grade.co2TPerTce();
  }

  /** t SO2 per t of grade g burned in plant p: 2 * sulfurPct / 100 * (1 - desulfurisation). */
  public double so2PerT(Plant plant, int g) {
    var grade = ctx.instance().coalGrades().get(g);
    return 2.0 * grade.sulfurPct() / 100.0 * (1.0 - plant.desulfurisationShare());
  }

  private boolean internal(String region) {
    return !ctx.isExternal(region);
  }

  private void forMines(LinearExpr e, java.util.function.IntPredicate keep, double f) {
    for (int m = 0; m < ctx.instance().mines().size(); m++) {
      if (internal(ctx.instance().mines().get(m).region()) && keep.test(m)) {
        e.add(ctx.vars().q[m], f);
      }
    }
  }

  private void addGeneration(LinearExpr e, int p) {
    addPeriodEnergy(e, ctx.vars().x[p]);
  }

  private void addPeriodEnergy(LinearExpr e, int[] cols) {
    for (int t = 0; t < cols.length; t++) {
      e.add(cols[t], ctx.hours(t));
    }
  }

  private static void addAll(LinearExpr e, int[][] cols, double f) {
    for (int[] a : cols) {
      for (int c : a) {
        e.add(c, f);
      }
    }
  }

  private static int indexOf(List<String> ids, String id) {
    return ids.indexOf(id);
  }

  private static PlantType plantType(String s) {
    try {
      return PlantType.valueOf(s);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  private static Chain chain(String s) {
    try {
      return Chain.valueOf(s);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
