package org.coalgrid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.Build;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.MineBuild;
import org.coalgrid.domain.Pathway;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PotlineBuild;
import org.coalgrid.domain.Potlines;
import org.coalgrid.io.schema.Json;
import org.coalgrid.validate.PathwayRules;

/**
 * Reads a pathway instance (a file with a {@code pathway} section, issue 11) and derives its single-year instance of
 * every year. The year instance of year y is the base file (its {@code pathway} section removed, {@code meta.year}
 * set to y) with, in year order, every change of a year ≤ y applied as a {@code --set} would be ({@link Scenario}),
 * read and validated like any file; then
 * <ul>
 *   <li>every electricity demand grown by (1 + demandGrowth)^(y − y0), y0 the year its figure was last set (the base
 *   year, or the year of the last change to a path below {@code demands.<id>});</li>
 *   <li>a plant or line of {@code pathway.plants}/{@code lines} whose capacity before builds is not in service in y
 *   (before its commissioningYear, from its retirementYear on) given capacity 0 (its build stays); a mine of
 *   {@code pathway.mines} likewise capacity and minimum output 0, an industry of {@code pathway.industries} 0
 *   potlines, a mine of {@code pathway.washeries} washery capacity ({@code washing.capacityT}) 0;</li>
 *   <li>a build with an overnight cost given an annualised capex of 0: its capital is the pathway's investment term,
 *   on the units that come in, not the year model's.</li>
 * </ul>
 * The derivation lives here, outside the model, so that the independent verifier checks each year's solution
 * against the same year instance. Every problem names its JSON path in the file (a problem of a derived year
 * names the year). Stateless.
 */
public final class PathwayReader {
  private PathwayReader() {}

  /** One year of a pathway: its derived single-year instance. */
  public record Year(int year, Instance instance) {
    /** The stage id of the year in a model of several years ({@code y2008}). */
    public String stageId() {
      return "y" + year;
    }
  }

  /** A read pathway: the base year as read, the pathway section, the derived years in order, and warnings. */
  public record LoadedPathway(LoadedInstance base, Pathway pathway, List<Year> years, List<Problem> warnings) {
    public LoadedPathway {
      years = List.copyOf(years);
      warnings = List.copyOf(warnings);
    }

    /** The derived instance of {@code year}; throws if the year is not in the pathway. */
    public Instance instance(int year) {
      return years.stream().filter(y -> y.year() == year).findFirst().map(Year::instance)
          .orElseThrow(() -> new IllegalArgumentException("no year " + year + " in the pathway"));
    }
  }

  /** True if the instance file's tree has a {@code pathway} section. */
  public static boolean isPathway(JsonNode tree) {
    return tree != null && tree.isObject() && tree.has("pathway") && !tree.get("pathway").isNull();
  }

  /** Reads {@code file} as a pathway instance. */
  public static LoadedPathway read(Path file) throws InstanceException {
    return read(InstanceReader.parseTree(file), file.toString());
  }

  /** Reads a parsed tree as a pathway instance; {@code origin} names it in problems. */
  public static LoadedPathway read(JsonNode tree, String origin) throws InstanceException {
    if (!isPathway(tree)) {
      throw new InstanceException(origin, List.of(Problem.error("$.pathway", "not a pathway instance: the file"
          + " has no pathway section (solve it as a single year)")));
    }
    LoadedInstance base = InstanceReader.read(tree, origin);
    Pathway pw = bind(tree, origin);
    List<Problem> problems = new ArrayList<>(PathwayRules.validate(base.instance(), pw));
    fail(origin, problems);
    List<Problem> warnings = new ArrayList<>(base.warnings());
    warnings.addAll(problems);
    ObjectNode baseTree = tree.deepCopy();
    baseTree.remove("pathway");
    List<Year> years = new ArrayList<>();
    for (int y : pw.years()) {
      years.add(new Year(y, derive(baseTree, pw, y, base.instance().meta().year(), origin)));
    }
    return new LoadedPathway(base, pw, years, warnings);
  }

  private static Pathway bind(JsonNode tree, String origin) throws InstanceException {
    StructureChecker structure = new StructureChecker(tree);
    JsonNode node = structure.check(tree).get("pathway");
    try {
      List<Pathway.Change> changes = new ArrayList<>();
      for (JsonNode c : node.get("changes")) {
        changes.add(Json.MAPPER.treeToValue(c, Pathway.Change.class));
      }
      List<Pathway.YearTarget> targets = new ArrayList<>();
      for (JsonNode t : node.get("targets")) {
        targets.add(Json.MAPPER.treeToValue(t, Pathway.YearTarget.class));
      }
      return new Pathway(node.get("firstYear").asInt(), node.get("lastYear").asInt(),
          node.get("discountRate").asDouble(),
          node.hasNonNull("demandGrowth") ? node.get("demandGrowth").asDouble() : null, changes,
          lives(node.get("plants")), lives(node.get("lines")), supplyLives(node.get("mines")),
          supplyLives(node.get("industries")), supplyLives(node.get("washeries")), targets);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new InstanceException(origin, List.of(Problem.error("$.pathway", "cannot read the pathway: "
          + e.getMessage())));
    }
  }

  private static List<Pathway.AssetLife> lives(JsonNode list) throws JsonProcessingException {
    List<Pathway.AssetLife> out = new ArrayList<>();
    for (JsonNode a : list) {
      out.add(Json.MAPPER.treeToValue(a, Pathway.AssetLife.class));
    }
    return out;
  }

  /** Lives of mines or potlines (none: an empty list). */
  private static List<Pathway.SupplyLife> supplyLives(JsonNode list) throws JsonProcessingException {
    List<Pathway.SupplyLife> out = new ArrayList<>();
    if (list != null && !list.isNull()) {
      for (JsonNode a : list) {
        out.add(Json.MAPPER.treeToValue(a, Pathway.SupplyLife.class));
      }
    }
    return out;
  }

  /** The single-year instance of {@code year} (see the class comment). */
  static Instance derive(ObjectNode baseTree, Pathway pw, int year, int baseYear, String origin)
      throws InstanceException {
    String where = origin + " (pathway year " + year + ")";
    JsonNode tree = baseTree.deepCopy();
    ((ObjectNode) tree.get("meta")).set("year", IntNode.valueOf(year));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pw.changes().size(); i++) {
      if (pw.changes().get(i).year() <= year) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt(i -> pw.changes().get(i).year())); // stable: file order within a year
    List<Problem> problems = new ArrayList<>();
    for (int i : order) {
      Pathway.Change c = pw.changes().get(i);
      try {
        tree = Scenario.apply(tree, List.of(ScenarioOverride.of(c.path(), DoubleNode.valueOf(c.value())))).tree();
      } catch (InstanceException e) {
        for (Problem p : e.problems()) {
          problems.add(Problem.error("$.pathway.changes[" + i + "].path", p.message()));
        }
      }
    }
    fail(origin, problems);
    Instance in;
    try {
      in = InstanceReader.read(tree, where).instance();
    } catch (InstanceException e) {
      List<Problem> named = new ArrayList<>();
      for (Problem p : e.problems()) {
        named.add(new Problem(p.severity(), p.path(), "in year " + year + " (after the pathway's changes up to it): "
            + p.message()));
      }
      throw new InstanceException(origin, named);
    }
    return adjust(in, pw, year, baseYear);
  }

  private static Instance adjust(Instance in, Pathway pw, int year, int baseYear) {
    Map<String, Pathway.AssetLife> plantLives = new HashMap<>();
    pw.plants().forEach(a -> plantLives.put(a.id(), a));
    Map<String, Pathway.AssetLife> lineLives = new HashMap<>();
    pw.lines().forEach(a -> lineLives.put(a.id(), a));
    List<Plant> plants = in.plants().stream().map(p -> plant(p, plantLives.get(p.id()), year)).toList();
    List<Line> lines = in.lines().stream().map(l -> line(l, lineLives.get(l.id()), year)).toList();
    List<Demand> demands = in.demands().stream().map(d -> grown(d, pw, year, baseYear)).toList();
    Map<String, Pathway.AssetLife> mineLives = new HashMap<>();
    pw.mineLives().forEach(a -> mineLives.put(a.id(), a));
    Map<String, Pathway.AssetLife> industryLives = new HashMap<>();
    pw.industryLives().forEach(a -> industryLives.put(a.id(), a));
    Map<String, Pathway.AssetLife> washeryLives = new HashMap<>();
    pw.washeryLives().forEach(a -> washeryLives.put(a.id(), a));
    List<Mine> mines = in.mines().stream()
        .map(m -> washery(mine(m, mineLives.get(m.id()), year), washeryLives.get(m.id()), year)).toList();
    List<Industry> industries = in.industries().stream().map(i -> industry(i, industryLives.get(i.id()), year))
        .toList();
    return new Instance(in.meta(), in.periods(), in.time(), in.regions(), in.coalGrades(), mines, in.coalArcs(),
        plants, lines, industries, in.directSupplies(), demands, in.coalDemands(), in.exports(), in.policies(),
        in.targets(), in.uncertainty());
  }

  /** A mine's capacity and minimum output before builds in {@code year}; an overnight-cost build's capex 0. */
  private static Mine mine(Mine m, Pathway.AssetLife a, int year) {
    if (a == null) {
      return m;
    }
    boolean on = a.existingInService(year);
    MineBuild b = m.build() == null || a.overnightCapexCnyPerMw() == null ? m.build()
        : new MineBuild(m.build().unitT(), m.build().maxUnits(), 0);
    return m.withCapacity(on ? m.capacityT() : 0, on ? m.minOutputT() : 0, b);
  }

  /** A mine's washery capacity before builds in {@code year} (0 out of service); an overnight build's capex 0. */
  private static Mine washery(Mine m, Pathway.AssetLife a, int year) {
    if (a == null || m.washing() == null) {
      return m;
    }
    org.coalgrid.domain.Washing w = m.washing();
    MineBuild b = w.build() == null || a.overnightCapexCnyPerMw() == null ? w.build()
        : new MineBuild(w.build().unitT(), w.build().maxUnits(), 0);
    Double cap = w.capacityT() == null ? null : a.existingInService(year) ? w.capacityT() : 0.0;
    return m.withWashing(w.withCapacity(cap, b));
  }

  /** An industry's potlines before builds in {@code year} (0 lines out of service); an overnight build's capex 0. */
  private static Industry industry(Industry i, Pathway.AssetLife a, int year) {
    if (a == null || i.potlines() == null) {
      return i;
    }
    Potlines p = i.potlines();
    PotlineBuild b = p.build() == null || a.overnightCapexCnyPerMw() == null ? p.build()
        : new PotlineBuild(p.build().maxUnits(), 0);
    return i.withPotlines(new Potlines(a.existingInService(year) ? p.count() : 0, p.sizeT(), p.fixedCostCnyPerYr(),
        b));
  }

  private static Build build(Build b, Pathway.AssetLife a) {
    return b == null || a == null || a.overnightCapexCnyPerMw() == null ? b : new Build(b.unitMw(), b.maxUnits(), 0);
  }

  private static Plant plant(Plant p, Pathway.AssetLife a, int year) {
    if (a == null) {
      return p;
    }
    return p.withCapacity(a.existingInService(year) ? p.capacityMw() : 0, build(p.build(), a));
  }

  private static Line line(Line l, Pathway.AssetLife a, int year) {
    if (a == null) {
      return l;
    }
    boolean on = a.existingInService(year);
    Map<String, Double> byPeriod = new HashMap<>();
    l.capacityMwByPeriod().forEach((k, v) -> byPeriod.put(k, on ? v : 0.0));
    return new Line(l.id(), l.name(), l.from(), l.to(), on ? l.capacityMw() : 0, byPeriod, l.lossShare(),
        l.wheelingCnyPerMwh(), l.bidirectional(), build(l.build(), a));
  }

  /** Demand d grown from the year its figure was last set (the base year or its last change) to {@code year}. */
  private static Demand grown(Demand d, Pathway pw, int year, int baseYear) {
    if (pw.demandGrowth() == null || pw.demandGrowth() == 0) {
      return d;
    }
    int set = baseYear;
    String prefix = "demands." + d.id() + ".";
    for (Pathway.Change c : pw.changes()) {
      if (c.year() <= year && c.path().startsWith(prefix)) {
        set = Math.max(set, c.year());
      }
    }
    double f = Math.pow(1 + pw.demandGrowth(), year - set);
    Map<String, Double> byPeriod = new HashMap<>();
    d.mwByPeriod().forEach((k, v) -> byPeriod.put(k, v * f));
    return new Demand(d.id(), d.region(), d.mw() == null ? null : d.mw() * f, byPeriod,
        d.annualMwh() == null ? null : d.annualMwh() * f, d.vollCnyPerMwh());
  }

  private static void fail(String origin, List<Problem> problems) throws InstanceException {
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InstanceException(origin, problems);
    }
  }
}
