package org.coalgrid.targets;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.Target;
import org.coalgrid.targets.TargetReport.Arithmetic;
import org.coalgrid.targets.TargetReport.Conflict;
import org.coalgrid.targets.TargetReport.Term;

/**
 * Conflicts among the plan's own numbers, found without the model: two targets on the same metric whose bands do
 * not overlap, and the identity {@code coal.washed = coal.washedShare x coal.produced} (原煤入选比例 = 洗煤量 / 原煤产量),
 * whose bands must meet (e.g. washing >= 40 % of >= 150 Mt is >= 60 Mt washed, against a washed-coal target of
 * 20 Mt ± 10 %).
 */
final class PlanArithmetic {
  /** Relative slack before two bands count as apart (solver tolerance of the re-solves). */
  private static final double EPS = 1e-6;

  private PlanArithmetic() {}

  static double lower(Target t) {
    return t.sense() == Sense.LE ? Double.NEGATIVE_INFINITY : t.value() - t.tolerance() * Math.abs(t.value());
  }

  static double upper(Target t) {
    return t.sense() == Sense.GE ? Double.POSITIVE_INFINITY : t.value() + t.tolerance() * Math.abs(t.value());
  }

  static List<Conflict> conflicts(List<Target> targets, java.util.Map<String, String> units, Instance in) {
    List<Conflict> out = new ArrayList<>();
    out.addAll(partsAboveWhole(targets, units, in));
    for (int i = 0; i < targets.size(); i++) {
      for (int j = 0; j < targets.size(); j++) {
        Target a = targets.get(i);
        Target b = targets.get(j);
        if (i != j && a.metric().equals(b.metric()) && apart(lower(a), upper(b))) {
          out.add(new Conflict(List.of(a.id(), b.id()), "PLAN", "arithmetic",
              new Arithmetic("the two targets on " + a.metric() + " ask for bands that do not overlap",
                  List.of(new Term(a.id() + " at least", lower(a), units.get(a.id()))), "", lower(a), units.get(a.id()), ">", upper(b),
                  b.id() + " at most"),
              List.of(), "targets " + a.id() + " and " + b.id() + " cannot both hold, whatever the instance"));
        }
      }
    }
    for (Target r : of(targets, "coal.washedShare")) {
      for (Target p : of(targets, "coal.produced")) {
        for (Target w : of(targets, "coal.washed")) {
          double least = lower(r) * lower(p);
          double most = upper(r) * upper(p);
          if (lower(r) > 0 && lower(p) > 0 && apart(least, upper(w))) {
            out.add(product(p, r, w, lower(p), lower(r), least, ">", upper(w), " at least", " at most"));
          } else if (Double.isFinite(most) && apart(lower(w), most)) {
            out.add(product(p, r, w, upper(p), upper(r), most, "<", lower(w), " at most", " at least"));
          }
        }
      }
    }
    return out;
  }

  private static Conflict product(Target p, Target r, Target w, double pv, double rv, double result, String rel,
      double bound, String side, String otherSide) {
    return new Conflict(List.of(p.id(), r.id(), w.id()), "PLAN", "arithmetic",
        new Arithmetic("the plan's own numbers: washed coal = washing ratio x raw coal output (原煤入选比例 x 原煤产量)",
            List.of(new Term(p.id() + side, pv, "t/yr"), new Term(r.id() + side, rv, "share")), "x", result, "t/yr",
            rel, bound, w.id() + otherSide),
        List.of(), "targets " + p.id() + ", " + r.id() + " and " + w.id() + " cannot all hold, whatever the instance");
  }

  /**
   * Parts that must add up to at most their whole: the outputs of distinct mines within coal.produced (or a
   * region's coal), of distinct industries within their chain, generation by type or plant within the total (or
   * the type), deliveries of distinct contracts within export.delivered, capacity by type within the installed
   * capacity. Targets' lower bounds on parts above a target's upper bound on the whole collide.
   */
  private static List<Conflict> partsAboveWhole(List<Target> targets, java.util.Map<String, String> units,
      Instance in) {
    List<Conflict> out = new ArrayList<>();
    for (Target whole : targets) {
      if (!Double.isFinite(upper(whole))) {
        continue;
      }
      MetricName w = MetricName.parse(whole.metric(), in);
      java.util.Map<String, Target> parts = new java.util.LinkedHashMap<>();
      for (Target t : targets) {
        if (t != whole && lower(t) > 0 && !parts.containsKey(t.metric())) {
          MetricName m = MetricName.parse(t.metric(), in);
          if (partOf(m, w, in) && (parts.isEmpty()
              || MetricName.parse(parts.values().iterator().next().metric(), in).kind() == m.kind())) {
            parts.put(t.metric(), t);
          }
        }
      }
      List<Target> sorted = new ArrayList<>(parts.values());
      sorted.sort((a, b) -> Double.compare(lower(b), lower(a)));
      double sum = 0;
      List<Target> used = new ArrayList<>();
      for (Target part : sorted) {
        sum += lower(part);
        used.add(part);
        if (apart(sum, upper(whole))) {
          List<String> ids = new ArrayList<>(used.stream().map(Target::id).toList());
          ids.add(whole.id());
          if (used.size() > 1 || !apartAlone(used.get(0), whole)) {
            out.add(new Conflict(ids, "PLAN", "arithmetic",
                new Arithmetic("the plan's own numbers: the parts (" + String.join(", ", used.stream()
                    .map(Target::metric).toList()) + ") are within " + whole.metric(), used.stream()
                    .map(x -> new Term(x.id() + " at least", lower(x), units.get(x.id()))).toList(), "+", sum,
                    units.get(whole.id()), ">", upper(whole), whole.id() + " at most"),
                List.of(), "targets " + String.join(", ", ids) + " cannot all hold: the parts add up to more than "
                    + "the whole allows"));
          }
          break;
        }
      }
    }
    return out;
  }

  /** A single part above its whole is already a conflict of two targets on ... different metrics: keep it. */
  private static boolean apartAlone(Target part, Target whole) {
    return part.metric().equals(whole.metric());
  }

  /** Whether metric {@code part} is a part of metric {@code whole} (its value never exceeds the whole's). */
  static boolean partOf(MetricName part, MetricName whole, Instance in) {
    return switch (whole.kind()) {
      case COAL_PRODUCED -> part.kind() == MetricName.Kind.MINE_OUTPUT
          && !in.isExternal(find(in.mines(), part.arg(), x -> x.id()).region())
          || part.kind() == MetricName.Kind.REGION_COAL_PRODUCED && !in.isExternal(part.arg());
      case REGION_COAL_PRODUCED -> part.kind() == MetricName.Kind.MINE_OUTPUT
          && find(in.mines(), part.arg(), x -> x.id()).region().equals(whole.arg());
      case CHAIN_OUTPUT -> part.kind() == MetricName.Kind.INDUSTRY_OUTPUT
          && find(in.industries(), part.arg(), x -> x.id()).chain().name().equals(whole.arg())
          && !in.isExternal(find(in.industries(), part.arg(), x -> x.id()).region());
      case GENERATION_TOTAL -> part.kind() == MetricName.Kind.GENERATION_TYPE
          || part.kind() == MetricName.Kind.PLANT_GENERATION
          && !in.isExternal(in.plantsById().get(part.arg()).region());
      case GENERATION_TYPE -> part.kind() == MetricName.Kind.PLANT_GENERATION
          && in.plantsById().get(part.arg()).type().name().equals(whole.arg())
          && !in.isExternal(in.plantsById().get(part.arg()).region());
      case EXPORT_DELIVERED -> part.kind() == MetricName.Kind.EXPORT_CONTRACT_DELIVERED;
      case CAPACITY_INSTALLED -> part.kind() == MetricName.Kind.CAPACITY_TYPE;
      default -> false;
    };
  }

  private static <T> T find(List<T> items, String id, java.util.function.Function<T, String> idOf) {
    return items.stream().filter(x -> idOf.apply(x).equals(id)).findFirst().orElseThrow();
  }

  private static boolean apart(double lo, double hi) {
    return lo > hi + EPS * Math.max(1, Math.abs(hi));
  }

  private static List<Target> of(List<Target> targets, String metric) {
    return targets.stream().filter(t -> t.metric().equals(metric)).toList();
  }
}
