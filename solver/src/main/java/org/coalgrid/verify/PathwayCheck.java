package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Plant;
import org.coalgrid.io.PathwayReader.LoadedPathway;

/**
 * Checks a written pathway result (pathway.json, docs/pathway.md) against the pathway file, independently of the
 * model: every year's solution against the single-year instance {@code PathwayReader} derives for that year (the full
 * {@link SolutionVerifier}, violations prefixed by the year), then what links the years, recomputed here from the
 * file alone:
 * <ul>
 *   <li>{@code years}: one result per year of the pathway, in order, each with δ(y) = (1 + r)^−(y − y0);</li>
 *   <li>{@code builds}: a build is a candidate's, whole units, not before max(earliestYear, y0 + lag);</li>
 *   <li>{@code carry-over}: the units of each candidate in service in year y (its {@code builtUnits} in that
 *   year's solution) are the units that came in in a year y' ≤ y with y − y' &lt; lifetime; at most maxUnits;</li>
 *   <li>{@code investment}: each build's overnight cost units·unitMw·K, its present value K·δ(y − lag) and its
 *   salvage K·δ(y)·S(y) (the annuity-weighted share of its life after the last year), recomputed;</li>
 *   <li>{@code cost terms}, {@code objective}: each year's terms in present value are its terms × δ(y) plus its
 *   builds' investment, and the objective is their sum.</li>
 * </ul>
 * Stateless.
 */
public final class PathwayCheck {
  private PathwayCheck() {}

  /**
   * Checks {@code result} (a pathway.json tree) against {@code pw}.
   *
   * @throws MalformedSolutionException if the tree lacks what the checks need
   */
  public static VerificationReport verify(LoadedPathway pw, JsonNode result) {
    Findings f = new Findings();
    List<Violation> violations = new ArrayList<>();
    int checks = 0;
    Pathway path = pw.pathway();
    JsonNode years = need(result, "years");
    JsonNode builds = need(result, "builds");
    List<Integer> expected = path.years();
    f.same("years", "pathway", "number of years", years.size(), expected.size());
    if (years.size() != expected.size()) {
      return new VerificationReport(f.violations(), f.checks());
    }
    double objective = 0;
    for (int k = 0; k < years.size(); k++) {
      JsonNode yr = years.get(k);
      int y = need(yr, "year").asInt();
      f.same("years", "year " + k, "year", y, expected.get(k));
      Instance in = pw.instance(expected.get(k));
      VerificationReport one = SolutionVerifier.verify(in, need(yr, "result"));
      checks += one.checks();
      for (Violation v : one.violations()) {
        violations.add(new Violation(v.check(), y + ":" + v.entities(), v.amount(), v.unit(), "year " + y + ": "
            + v.message()));
      }
      double d = factor(path, y);
      f.written("years", y, "discountFactor", need(yr, "discountFactor").asDouble(), d, "share");
      carryOver(f, pw, in, y, need(yr, "result"), builds);
      double investment = 0;
      for (JsonNode b : builds) {
        if (b.path("year").asInt() == y) {
          investment += b.path("capitalPvCny").asDouble() - b.path("salvagePvCny").asDouble();
        }
      }
      JsonNode terms = need(need(need(yr, "result"), "objective"), "termsCny");
      JsonNode pv = need(yr, "termsPvCny");
      terms.fields().forEachRemaining(e -> f.written("cost terms", y + "/" + e.getKey(), "termsPvCny",
          pv.path(e.getKey()).asDouble(Double.NaN), e.getValue().asDouble() * d, "CNY"));
      f.written("cost terms", y + "/INVESTMENT", "termsPvCny", pv.path("INVESTMENT").asDouble(0), investment, "CNY");
      objective += need(need(need(yr, "result"), "objective"), "totalCny").asDouble() * d + investment;
    }
    for (int i = 0; i < builds.size(); i++) {
      build(f, pw, builds.get(i), i);
    }
    f.written("objective", "pathway", "objectivePvCny", need(result, "objectivePvCny").asDouble(), objective, "CNY");
    violations.addAll(f.violations());
    return new VerificationReport(violations, checks + f.checks());
  }

  /** δ(y) = (1 + r)^−(y − y0). */
  static double factor(Pathway pw, int y) {
    return Math.pow(1 + pw.discountRate(), -(y - pw.firstYear()));
  }

  private static Pathway.AssetLife life(List<Pathway.AssetLife> lives, String id) {
    return lives.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  private static int lifetime(Pathway.AssetLife a) {
    return a == null || a.lifetimeYears() == null ? Integer.MAX_VALUE : a.lifetimeYears();
  }

  private static void carryOver(Findings f, LoadedPathway pw, Instance in, int y, JsonNode result, JsonNode builds) {
    JsonNode plants = need(result, "plants");
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      if (plant.build() != null) {
        units(f, y, false, plant.id(), plant.build(), life(pw.pathway().plants(), plant.id()),
            need(plants.get(p), "builtUnits").asInt(), builds);
      }
    }
    JsonNode lines = need(result, "lines");
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      if (line.build() != null) {
        units(f, y, true, line.id(), line.build(), life(pw.pathway().lines(), line.id()),
            need(lines.get(l), "builtUnits").asInt(), builds);
      }
    }
  }

  private static void units(Findings f, int y, boolean line, String id, Build build, Pathway.AssetLife life,
      int inService, JsonNode builds) {
    int expected = 0;
    for (JsonNode b : builds) {
      int came = b.path("year").asInt();
      if (b.path("line").asBoolean() == line && b.path("id").asText().equals(id) && came <= y
          && (long) y - came < lifetime(life)) {
        expected += b.path("units").asInt();
      }
    }
    f.same("carry-over", (line ? "line " : "plant ") + id + "/" + y, "units in service", inService, expected);
    f.le("carry-over", id + "/" + y, "units in service", inService, "maxUnits", build.maxUnits(), "units", 0);
  }

  private static void build(Findings f, LoadedPathway pw, JsonNode b, int i) {
    Pathway path = pw.pathway();
    boolean line = b.path("line").asBoolean();
    String id = b.path("id").asText();
    Build build = null;
    if (line) {
      build = pw.base().instance().lines().stream().filter(l -> l.id().equals(id)).map(Line::build).findFirst()
          .orElse(null);
    } else {
      build = pw.base().instance().plants().stream().filter(p -> p.id().equals(id)).map(Plant::build).findFirst()
          .orElse(null);
    }
    String who = "builds[" + i + "] " + id;
    f.require(build != null, "builds", who, "is not a candidate build of the instance");
    if (build == null) {
      return;
    }
    Pathway.AssetLife a = life(line ? path.lines() : path.plants(), id);
    int y = b.path("year").asInt();
    int units = b.path("units").asInt();
    int lag = a == null ? 0 : a.buildLagYears();
    int first = Math.max(a == null || a.earliestYear() == null ? path.firstYear() : a.earliestYear(),
        path.firstYear() + lag);
    f.require(y >= first && y <= path.lastYear(), "builds", who, "comes in in " + y + "; it can come in from "
        + first + " to " + path.lastYear());
    f.require(units >= 1 && b.path("units").isIntegralNumber(), "builds", who, "units must be a whole number ≥ 1");
    f.written("builds", who, "unitMw", b.path("unitMw").asDouble(), build.unitMw(), "MW");
    Double k = a == null ? null : a.overnightCapexCnyPerMw();
    if (k == null) {
      f.same("investment", who, "overnightCny", b.path("overnightCny").isNull() || b.path("overnightCny")
          .isMissingNode(), true);
      f.written("investment", who, "capitalPvCny", b.path("capitalPvCny").asDouble(), 0, "CNY");
      return;
    }
    double cost = units * build.unitMw() * k;
    f.written("investment", who, "overnightCny", b.path("overnightCny").asDouble(), cost, "CNY");
    f.written("investment", who, "capitalPvCny", b.path("capitalPvCny").asDouble(), cost * factor(path, y - lag),
        "CNY");
    f.written("investment", who, "salvagePvCny", b.path("salvagePvCny").asDouble(),
        cost * factor(path, y) * salvageShare(path.discountRate(), y, a.lifetimeYears(), path.lastYear()), "CNY");
  }

  /**
   * The share of a unit's life after year {@code end}, each year weighted by its annuity: PV at y of the years
   * end+1 .. y+L−1 over PV of all L years; in closed form (1 − v^L) / (1 − v) for a sum of L powers of v.
   */
  static double salvageShare(double r, int y, int life, int end) {
    int after = y + life - 1 - end; // years of life after the horizon
    if (after <= 0) {
      return 0;
    }
    if (r == 0) {
      return (double) after / life;
    }
    double v = 1 / (1 + r);
    int skip = life - after; // years within the horizon
    return Math.pow(v, skip) * (1 - Math.pow(v, after)) / (1 - Math.pow(v, life));
  }

  private static JsonNode need(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      throw new MalformedSolutionException("the pathway result has no " + field);
    }
    return v;
  }
}
