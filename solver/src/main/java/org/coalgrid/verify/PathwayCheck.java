package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
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
 *   year's solution; a mine's {@code builtUnits}, an industry's {@code potlinesBuilt}, a mine's
 *   {@code washery.builtUnits}) are the units that came in in
 *   a year y' ≤ y with y − y' &lt; lifetime; at most maxUnits;</li>
 *   <li>{@code investment}: each build's overnight cost units·unitMw·K (mines, potlines, washeries: units·unitT·K, K per t/yr),
 *   its present value K·δ(y − lag) and its
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
        units(f, y, PLANT, plant.id(), plant.build().maxUnits(), life(pw.pathway().plants(), plant.id()),
            need(plants.get(p), "builtUnits").asInt(), builds);
      }
    }
    JsonNode lines = need(result, "lines");
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      if (line.build() != null) {
        units(f, y, LINE, line.id(), line.build().maxUnits(), life(pw.pathway().lines(), line.id()),
            need(lines.get(l), "builtUnits").asInt(), builds);
      }
    }
    JsonNode mines = need(result, "mines");
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      if (mine.build() != null) {
        units(f, y, MINE, mine.id(), mine.build().maxUnits(), life(pw.pathway().mineLives(), mine.id()),
            need(mines.get(m), "builtUnits").asInt(), builds);
      }
    }
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      if (mine.washing() != null && mine.washing().hasCapacity() && mine.washing().build() != null) {
        units(f, y, WASHERY, mine.id(), mine.washing().build().maxUnits(),
            life(pw.pathway().washeryLives(), mine.id()), need(need(mines.get(m), "washery"), "builtUnits").asInt(),
            builds);
      }
    }
    JsonNode industries = need(result, "industries");
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      if (ind.potlines() != null && ind.potlines().build() != null) {
        units(f, y, POTLINE, ind.id(), ind.potlines().build().maxUnits(),
            life(pw.pathway().industryLives(), ind.id()),
            need(industries.get(i), "potlinesBuilt").asInt(), builds);
      }
    }
  }

  private static final String PLANT = "plant";
  private static final String LINE = "line";
  private static final String MINE = "mine";
  private static final String POTLINE = "potlines";
  private static final String WASHERY = "washery";

  /** What a written build builds, from its {@code line} flag and {@code type} (MINE, POTLINE, WASHERY, a plant type). */
  private static String asset(JsonNode b) {
    if (b.path("line").asBoolean()) {
      return LINE;
    }
    return switch (b.path("type").asText()) {
      case "MINE" -> MINE;
      case "POTLINE" -> POTLINE;
      case "WASHERY" -> WASHERY;
      default -> PLANT;
    };
  }

  private static void units(Findings f, int y, String asset, String id, int maxUnits, Pathway.AssetLife life,
      int inService, JsonNode builds) {
    int expected = 0;
    for (JsonNode b : builds) {
      int came = b.path("year").asInt();
      if (asset(b).equals(asset) && b.path("id").asText().equals(id) && came <= y
          && (long) y - came < lifetime(life)) {
        expected += b.path("units").asInt();
      }
    }
    f.same("carry-over", asset + " " + id + "/" + y, "units in service", inService, expected);
    f.le("carry-over", id + "/" + y, "units in service", inService, "maxUnits", maxUnits, "units", 0);
  }

  /** A candidate as the file gives it: the unit's size (MW, or t/yr for mines, potlines, washeries), its life. */
  private record Candidate(double unitSize, Pathway.AssetLife life) {}

  private static Candidate candidate(LoadedPathway pw, String asset, String id) {
    var in = pw.base().instance();
    Pathway path = pw.pathway();
    return switch (asset) {
      case LINE -> in.lines().stream().filter(l -> l.id().equals(id) && l.build() != null).findFirst()
          .map(l -> new Candidate(l.build().unitMw(), life(path.lines(), id))).orElse(null);
      case MINE -> in.mines().stream().filter(m -> m.id().equals(id) && m.build() != null).findFirst()
          .map(m -> new Candidate(m.build().unitT(), life(path.mineLives(), id))).orElse(null);
      case WASHERY -> in.mines().stream().filter(m -> m.id().equals(id) && m.washing() != null
          && m.washing().hasCapacity() && m.washing().build() != null).findFirst()
          .map(m -> new Candidate(m.washing().build().unitT(), life(path.washeryLives(), id))).orElse(null);
      case POTLINE -> in.industries().stream().filter(i -> i.id().equals(id) && i.potlines() != null
          && i.potlines().build() != null).findFirst()
          .map(i -> new Candidate(i.potlines().sizeT(), life(path.industryLives(), id))).orElse(null);
      default -> in.plants().stream().filter(p -> p.id().equals(id) && p.build() != null).findFirst()
          .map(p -> new Candidate(p.build().unitMw(), life(path.plants(), id))).orElse(null);
    };
  }

  private static void build(Findings f, LoadedPathway pw, JsonNode b, int i) {
    Pathway path = pw.pathway();
    String asset = asset(b);
    String id = b.path("id").asText();
    Candidate cand = candidate(pw, asset, id);
    String who = "builds[" + i + "] " + id;
    f.require(cand != null, "builds", who, "is not a candidate build of the instance (" + asset + ")");
    if (cand == null) {
      return;
    }
    Pathway.AssetLife a = cand.life();
    int y = b.path("year").asInt();
    int units = b.path("units").asInt();
    int lag = a == null ? 0 : a.buildLagYears();
    int first = Math.max(a == null || a.earliestYear() == null ? path.firstYear() : a.earliestYear(),
        path.firstYear() + lag);
    f.require(y >= first && y <= path.lastYear(), "builds", who, "comes in in " + y + "; it can come in from "
        + first + " to " + path.lastYear());
    f.require(units >= 1 && b.path("units").isIntegralNumber(), "builds", who, "units must be a whole number ≥ 1");
    boolean tonnes = asset.equals(MINE) || asset.equals(POTLINE) || asset.equals(WASHERY);
    f.written("builds", who, "unitMw", b.path("unitMw").asDouble(), tonnes ? 0 : cand.unitSize(), "MW");
    if (tonnes) {
      f.written("builds", who, "unitT", b.path("unitT").asDouble(Double.NaN), cand.unitSize(), "t");
    } else {
      f.require(b.path("unitT").isMissingNode() || b.path("unitT").isNull(), "builds", who,
          "unitT is written for a build in MW");
    }
    Double k = a == null ? null : a.overnightCapexCnyPerMw();
    if (k == null) {
      f.same("investment", who, "overnightCny", b.path("overnightCny").isNull() || b.path("overnightCny")
          .isMissingNode(), true);
      f.written("investment", who, "capitalPvCny", b.path("capitalPvCny").asDouble(), 0, "CNY");
      return;
    }
    double cost = units * cand.unitSize() * k;
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
