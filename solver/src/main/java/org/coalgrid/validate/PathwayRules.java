package org.coalgrid.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Pathway;

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
    assets(out, pw, "plants", "plant", pw.plants(), plantBuilds(base), PER_MW);
    assets(out, pw, "lines", "line", pw.lines(), lineBuilds(base), PER_MW);
    assets(out, pw, "mines", "mine", pw.mineLives(), mineBuilds(base), PER_T);
    assets(out, pw, "washeries", "mine with a washery 洗煤厂 (washing.capacityT or washing.build)", pw.washeryLives(),
        washeryBuilds(base), PER_T);
    assets(out, pw, "industries", "industry with potlines", pw.industryLives(), potlineBuilds(base), PER_T);
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

  private static Map<String, Double> plantBuilds(Instance base) {
    return builds(base.plants(), p -> p.id(), p -> p.build() == null ? null : p.build().capexCnyPerMwYr());
  }

  private static Map<String, Double> lineBuilds(Instance base) {
    return builds(base.lines(), l -> l.id(), l -> l.build() == null ? null : l.build().capexCnyPerMwYr());
  }

  private static Map<String, Double> mineBuilds(Instance base) {
    return builds(base.mines(), m -> m.id(), m -> m.build() == null ? null : m.build().capexCnyPerTYr());
  }

  /** Mines with a washery (a capacity or a washery build) only. */
  private static Map<String, Double> washeryBuilds(Instance base) {
    return builds(base.mines().stream().filter(m -> m.washing() != null && m.washing().hasCapacity()).toList(),
        m -> m.id(), m -> m.washing().build() == null ? null : m.washing().build().capexCnyPerTYr());
  }

  /** Industries with potlines only. */
  private static Map<String, Double> potlineBuilds(Instance base) {
    return builds(base.industries().stream().filter(i -> i.potlines() != null).toList(), i -> i.id(),
        i -> i.potlines().build() == null ? null : i.potlines().build().capexCnyPerTYr());
  }

  /** Every asset's id → its build's annualised capex (null: no build), in the file's order (the "known:" lists). */
  private static <T> Map<String, Double> builds(List<T> assets, java.util.function.Function<T, String> id,
      java.util.function.Function<T, Double> capex) {
    Map<String, Double> out = new LinkedHashMap<>();
    assets.forEach(a -> out.put(id.apply(a), capex.apply(a)));
    return out;
  }

  /** The names of the overnight and annualised cost fields: per MW (plants, lines), per t/yr (mines, potlines). */
  private record CostFields(String overnight, String annual, String unit) {}

  private static final CostFields PER_MW = new CostFields("overnightCapexCnyPerMw", "capexCnyPerMwYr", "CNY/MW");
  private static final CostFields PER_T = new CostFields("overnightCapexCnyPerT", "capexCnyPerTYr", "CNY/(t/yr)");

  /** Checks the lives in {@code list}; {@code builds}: every asset's id → its build's annualised capex (null: none). */
  private static void assets(List<Problem> out, Pathway pw, String list, String what, List<Pathway.AssetLife> lives,
      Map<String, Double> builds, CostFields cost) {
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
      Double b = builds.get(a.id());
      String candidate = what + " " + a.id() + " has no candidate build (build), so ";
      if (b == null) {
        if (a.overnightCapexCnyPerMw() != null) {
          out.add(Problem.error(p + "." + cost.overnight(), candidate + "nothing can be built at this cost"));
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
      if (a.overnightCapexCnyPerMw() != null && a.lifetimeYears() != null && b > 0) {
        double annuity = a.overnightCapexCnyPerMw() * capitalRecovery(pw.discountRate(), a.lifetimeYears());
        double ratio = annuity / b;
        if (ratio > ANNUITY_MISMATCH || ratio < 1 / ANNUITY_MISMATCH) {
          out.add(Problem.warning(p + "." + cost.overnight(), String.format(java.util.Locale.ROOT, "%s %s: the"
              + " overnight cost %,.0f %s is an annuity of %,.0f %s/yr over %d years at %s, %s times the"
              + " build's annualised %s %,.0f: the two costs of one unit disagree (a unit slip, CNY/kW"
              + " for CNY/MW?); the pathway uses the overnight cost", what, a.id(), a.overnightCapexCnyPerMw(),
              cost.unit(), annuity, cost.unit(), a.lifetimeYears(), pct(pw.discountRate()), times(ratio), cost.annual(),
              b)));
        }
      }
      int first = firstBuildYear(pw, a);
      if (first > pw.lastYear()) {
        out.add(Problem.warning(p + (a.earliestYear() != null ? ".earliestYear" : ".buildLagYears"), what + " "
            + a.id() + " cannot come in before " + first + ", after the pathway's last year " + pw.lastYear()));
      }
    }
  }

  /**
   * How far (as a factor, either way) the annuity of a build's overnight cost over its lifetime at the pathway's
   * discount rate may be from the build's annualised {@code capexCnyPerMwYr} before the two are reported as
   * disagreeing. Both are the same unit's capital: in the shipped pathways the annuity is 0.89–0.95 of the annualised
   * capex (the single-year cases annualise over 25 years, A-CRF; the annuity runs over the unit's 30 or 40); a
   * factor of 1,000 is a unit slip.
   */
  static final double ANNUITY_MISMATCH = 2.0;

  /**
   * The one line that says which capital cost a pathway uses when its builds carry both (docs/pathway.md: the
   * overnight cost, paid once; the annualised capexCnyPerMwYr of a plant or line, capexCnyPerTYr of a mine, washery or potline,
   * is what a single-year file pays); null when no build carries both. This is the documented rule, said once, not a
   * warning per build. Counts the builds of plants, lines, mines, washeries and potlines; names the annualised fields
   * that occur.
   */
  public static String overnightNote(Instance base, Pathway pw) {
    long perMw = both(pw.plants(), plantBuilds(base)) + both(pw.lines(), lineBuilds(base));
    long perT = both(pw.mineLives(), mineBuilds(base)) + both(pw.washeryLives(), washeryBuilds(base))
        + both(pw.industryLives(), potlineBuilds(base));
    long n = perMw + perT;
    String fields = perT == 0 ? PER_MW.annual() : perMw == 0 ? PER_T.annual()
        : PER_MW.annual() + " or " + PER_T.annual();
    return n == 0 ? null : n + " candidate build" + (n == 1 ? " carries" : "s carry") + " an overnight cost and an"
        + " annualised " + fields + ": the pathway pays the overnight cost once and values what is left after "
        + pw.lastYear() + " (the annualised one is not used; docs/pathway.md)";
  }

  /** The lives in {@code lives} with an overnight cost whose asset's build has an annualised capex above 0 too. */
  private static long both(List<Pathway.AssetLife> lives, Map<String, Double> builds) {
    return lives.stream().filter(a -> a.overnightCapexCnyPerMw() != null && builds.get(a.id()) != null
        && builds.get(a.id()) > 0).count();
  }

  /** The capital recovery factor r / (1 − (1 + r)^−n), 1/n at r = 0. */
  static double capitalRecovery(double r, int years) {
    return r == 0 ? 1.0 / years : r / (1 - Math.pow(1 + r, -years));
  }

  private static String times(double ratio) {
    return String.format(java.util.Locale.ROOT, ratio >= 10 ? "%,.0f" : "%.3g", ratio);
  }

  private static String pct(double r) {
    return String.format(java.util.Locale.ROOT, "%.3g %%", 100 * r);
  }

  /** The first year a unit of asset {@code a}'s build can come in: earliestYear, and not before firstYear + lag. */
  public static int firstBuildYear(Pathway pw, Pathway.AssetLife a) {
    int lagged = pw.firstYear() + a.buildLagYears();
    return a.earliestYear() == null ? lagged : Math.max(a.earliestYear(), lagged);
  }
}
