package org.coalgrid.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Plant;

/**
 * Semantic checks of an instance's {@code pathway} section against its base instance (issue 11): years in order and
 * not before the base year, changes within the years, assets that exist, lives that make sense, candidate-build
 * fields only where there is a build. Every problem names its JSON path ({@code $.pathway.plants[2].lifetimeYears}).
 * Stateless.
 */
public final class PathwayRules {
  /** Most years a pathway may span (keeps a perfect-foresight model within memory). */
  public static final int MAX_YEARS = 50;

  private PathwayRules() {}

  public static List<Problem> validate(Instance base, Pathway pw) {
    List<Problem> out = new ArrayList<>();
    int baseYear = base.meta().year();
    if (pw.firstYear() < baseYear) {
      out.add(Problem.error("$.pathway.firstYear", "the pathway starts in " + pw.firstYear()
          + ", before the base year meta.year = " + baseYear + " whose figures the file gives"));
    }
    if (pw.lastYear() < pw.firstYear()) {
      out.add(Problem.error("$.pathway.lastYear", "lastYear " + pw.lastYear() + " is before firstYear "
          + pw.firstYear()));
      return out;
    }
    if (pw.lastYear() - pw.firstYear() + 1 > MAX_YEARS) {
      out.add(Problem.error("$.pathway.lastYear", "the pathway has " + (pw.lastYear() - pw.firstYear() + 1)
          + " years; at most " + MAX_YEARS));
    }
    for (int i = 0; i < pw.changes().size(); i++) {
      Pathway.Change c = pw.changes().get(i);
      if (c.year() < pw.firstYear() || c.year() > pw.lastYear()) {
        out.add(Problem.error("$.pathway.changes[" + i + "].year", "year " + c.year() + " is outside the pathway "
            + pw.firstYear() + "–" + pw.lastYear() + " (a change in the base year belongs in the figures themselves)"));
      }
    }
    Map<String, Build> plantBuilds = new java.util.HashMap<>();
    for (Plant p : base.plants()) {
      plantBuilds.put(p.id(), p.build());
    }
    Map<String, Build> lineBuilds = new java.util.HashMap<>();
    for (Line l : base.lines()) {
      lineBuilds.put(l.id(), l.build());
    }
    assets(out, pw, "plants", "plant", pw.plants(), plantBuilds);
    assets(out, pw, "lines", "line", pw.lines(), lineBuilds);
    Set<String> ids = new HashSet<>(base.targets().stream().map(t -> t.id()).toList());
    for (int i = 0; i < pw.targets().size(); i++) {
      Pathway.YearTarget t = pw.targets().get(i);
      String p = "$.pathway.targets[" + i + "]";
      if (!ids.add(t.target().id())) {
        out.add(Problem.error(p + ".id", "target id " + t.target().id() + " is used twice (targets and"
            + " pathway.targets share their ids)"));
      }
      try {
        MetricName m = MetricName.parse(t.target().metric(), base);
        if (t.target().unit() != null && !t.target().unit().equals(m.unit())) {
          out.add(Problem.error(p + ".unit", "unit " + t.target().unit() + " is not the unit of metric "
              + t.target().metric() + " (" + m.unit() + ")"));
        }
      } catch (IllegalArgumentException e) {
        out.add(Problem.error(p + ".metric", e.getMessage()));
      }
      if (t.year() != null && (t.year() < pw.firstYear() || t.year() > pw.lastYear())) {
        out.add(Problem.error(p + ".year", "year " + t.year() + " is outside the pathway " + pw.firstYear() + "–"
            + pw.lastYear()));
      }
    }
    return out;
  }

  private static void assets(List<Problem> out, Pathway pw, String list, String what, List<Pathway.AssetLife> lives,
      Map<String, Build> builds) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lives.size(); i++) {
      Pathway.AssetLife a = lives.get(i);
      String p = "$.pathway." + list + "[" + i + "]";
      if (!builds.containsKey(a.id())) {
        out.add(Problem.error(p + ".id", "no " + what + " with id " + a.id() + " in " + list + " (known: "
            + Paths.list(builds.keySet()) + ")"));
        continue;
      }
      if (!seen.add(a.id())) {
        out.add(Problem.error(p + ".id", what + " " + a.id() + " has two lives in pathway." + list));
      }
      if (a.commissioningYear() != null && a.retirementYear() != null
          && a.retirementYear() <= a.commissioningYear()) {
        out.add(Problem.error(p + ".retirementYear", "retirementYear " + a.retirementYear()
            + " is not after commissioningYear " + a.commissioningYear()));
      }
      Build b = builds.get(a.id());
      String candidate = what + " " + a.id() + " has no candidate build (build), so ";
      if (b == null) {
        if (a.overnightCapexCnyPerMw() != null) {
          out.add(Problem.error(p + ".overnightCapexCnyPerMw", candidate + "nothing can be built at this cost"));
        }
        if (a.earliestYear() != null) {
          out.add(Problem.error(p + ".earliestYear", candidate + "there is nothing to come in"));
        }
        if (a.lifetimeYears() != null) {
          out.add(Problem.error(p + ".lifetimeYears", candidate + "no built unit has a lifetime (the capacity"
              + " before builds lives from commissioningYear to retirementYear)"));
        }
        continue;
      }
      if (a.overnightCapexCnyPerMw() != null && a.lifetimeYears() == null) {
        out.add(Problem.error(p + ".lifetimeYears", "an overnight cost needs the unit's lifetime (to value what is"
            + " left of it after " + pw.lastYear() + ")"));
      }
      if (a.overnightCapexCnyPerMw() != null && b.capexCnyPerMwYr() > 0) {
        out.add(Problem.warning(p + ".overnightCapexCnyPerMw", what + " " + a.id() + ": the overnight cost replaces"
            + " the build's annualised capexCnyPerMwYr " + b.capexCnyPerMwYr() + " in the pathway"));
      }
      int first = firstBuildYear(pw, a);
      if (first > pw.lastYear()) {
        out.add(Problem.warning(p + (a.earliestYear() != null ? ".earliestYear" : ".buildLagYears"), what + " "
            + a.id() + " cannot come in before " + first + ", after the pathway's last year " + pw.lastYear()));
      }
    }
  }

  /** The first year a unit of asset {@code a}'s build can come in: earliestYear, and not before firstYear + lag. */
  public static int firstBuildYear(Pathway pw, Pathway.AssetLife a) {
    int lagged = pw.firstYear() + a.buildLagYears();
    return a.earliestYear() == null ? lagged : Math.max(a.earliestYear(), lagged);
  }
}
