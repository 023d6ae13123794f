package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.key;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.diagnostics.Paths;
import org.coalgrid.diagnostics.Problem;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.Target;
import org.coalgrid.domain.Washing;

/**
 * Semantic checks of a bound instance: ids, references, hours, shares and bounds, fuel reachability,
 * type-specific parts of plants, export deliverability, policy parameters, demand forms. Each problem
 * carries a JSON path by list index ({@code $.plants[3].region}) and names the entity by id. Plant
 * checks live in {@link PlantRules}, policy checks in {@link PolicyRules}.
 *
 * <p>Hours rule: period hours must add up to {@code meta.hoursInYear} within 1e-6 relative, as an ERROR,
 * because capacities and demands per year (t/yr, MWh/yr) are spread over periods by their hours and would
 * otherwise be silently mis-scaled. A leap year sets hoursInYear 8784.
 */
public final class InstanceValidator {

  /** What ids look like: they appear in override paths ({@code lines.hvdc1.capacityMw}) and row names. */
  public static final String ID_PATTERN = "[A-Za-z][A-Za-z0-9_-]*";
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(ID_PATTERN);

  static final double HOURS_TOLERANCE = 1e-6;

  final Instance in;
  final List<Problem> out = new ArrayList<>();
  final Set<String> regions;
  final Set<String> grades;
  final Set<String> periods;
  /** Grades produced by some mine: raw, washed (clean) or as washing byproduct. */
  final Set<String> produced = new LinkedHashSet<>();

  private InstanceValidator(Instance in) {
    this.in = in;
    this.regions = ids(in.regions(), Region::id);
    this.grades = ids(in.coalGrades(), g -> g.id());
    this.periods = ids(in.periods(), Period::id);
    for (Mine m : in.mines()) {
      produced.add(m.grade());
      Washing w = m.washing();
      if (w != null && w.washedShare() > 0) {
        if (w.cleanGrade() != null && w.cleanYield() > 0) {
          produced.add(w.cleanGrade());
        }
        if (w.byproductGrade() != null && w.byproductYield() > 0) {
          produced.add(w.byproductGrade());
        }
      }
    }
  }

  /** All problems of {@code instance}, errors and warnings, grouped by entity in file order. */
  public static List<Problem> validate(Instance instance) {
    InstanceValidator v = new InstanceValidator(instance);
    v.run();
    return List.copyOf(v.out);
  }

  private void run() {
    checkIds();
    checkPeriods();
    if (in.regions().isEmpty()) {
      error("$.regions", "there must be at least one region");
    }
    checkCoordinates();
    checkMines();
    checkArcs();
    new PlantRules(this).check();
    checkLines();
    checkIndustries();
    checkDirectSupplies();
    checkDemands();
    checkCoalDemands();
    checkExports();
    new PolicyRules(this).check();
    checkTargets();
    new NetworkRules(this).check();
    new UncertaintyRules(this).check();
    new UnitSanity(this).check();
  }

  /** Map coordinates: a region gives both lon and lat or neither. */
  private void checkCoordinates() {
    for (int i = 0; i < in.regions().size(); i++) {
      Region r = in.regions().get(i);
      if ((r.lon() == null) != (r.lat() == null)) {
        String missing = r.lon() == null ? "lon" : "lat";
        error(index("$.regions", i) + "." + missing, "region " + quote(r.id()) + " has "
            + (r.lon() == null ? "lat" : "lon") + " but no " + missing + " (give both map coordinates or neither)");
      }
    }
  }

  /** Targets: the metric must exist in this instance, and a stated unit must be the metric's unit. */
  private void checkTargets() {
    for (int i = 0; i < in.targets().size(); i++) {
      Target t = in.targets().get(i);
      String p = index("$.targets", i);
      MetricName m;
      try {
        m = MetricName.parse(t.metric(), in);
      } catch (IllegalArgumentException e) {
        error(p + ".metric", "target " + quote(t.id()) + ": " + e.getMessage());
        continue;
      }
      if (t.unit() != null && !t.unit().equals(m.unit())) {
        error(p + ".unit", "target " + quote(t.id()) + ": unit " + quote(t.unit()) + " does not match metric "
            + quote(t.metric()) + ", which is in " + m.unit());
      }
    }
  }

  private void checkIds() {
    if (!in.time().hasDays()) {
      idList("periods", "period", in.periods(), Period::id); // the steps of days have the ids of their days
    }
    idList("regions", "region", in.regions(), Region::id);
    idList("coalGrades", "coal grade", in.coalGrades(), g -> g.id());
    idList("mines", "mine", in.mines(), Mine::id);
    idList("coalArcs", "coal arc", in.coalArcs(), CoalArc::id);
    idList("plants", "plant", in.plants(), p -> p.id());
    idList("lines", "line", in.lines(), Line::id);
    idList("industries", "industry", in.industries(), Industry::id);
    idList("directSupplies", "direct supply", in.directSupplies(), DirectSupply::id);
    idList("demands", "demand", in.demands(), d -> d.id());
    idList("coalDemands", "coal demand", in.coalDemands(), CoalDemand::id);
    idList("exports", "export", in.exports(), ExportContract::id);
    idList("policies", "policy", in.policies(), p -> p.id());
    idList("targets", "target", in.targets(), t -> t.id());
  }

  private <T> void idList(String list, String label, List<T> items, Function<T, String> idOf) {
    Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String id = idOf.apply(items.get(i));
      String p = index("$." + list, i) + ".id";
      if (id == null) {
        error(p, label + " at index " + i + " has no id");
        continue;
      }
      if (!ID.matcher(id).matches()) {
        error(p, label + " id " + quote(id) + " is not a valid id: use a letter, then letters, digits, _ or -"
            + " (no dots or spaces)");
      }
      Integer prev = first.putIfAbsent(id, i);
      if (prev != null) {
        error(p, "duplicate " + label + " id " + quote(id) + " (first at " + index("$." + list, prev) + ")");
      }
    }
  }

  private void checkPeriods() {
    if (in.time().hasDays()) {
      if (in.meta() == null) {
        error("$.meta", "meta is missing");
        return;
      }
      new TimeRules(this).check();
      return;
    }
    if (in.periods().isEmpty()) {
      error("$.periods", "there must be at least one period");
      return;
    }
    boolean hoursOk = true;
    for (int i = 0; i < in.periods().size(); i++) {
      Period t = in.periods().get(i);
      if (!(t.hours() > 0) || !Double.isFinite(t.hours())) {
        error(index("$.periods", i) + ".hours", "period " + quote(t.id()) + " has hours " + Num.fmt(t.hours())
            + "; hours must be > 0");
        hoursOk = false;
      }
    }
    if (in.meta() == null) {
      error("$.meta", "meta is missing");
      return;
    }
    double year = in.meta().hoursInYear();
    double sum = in.totalHours();
    if (hoursOk && !(Math.abs(sum - year) <= HOURS_TOLERANCE * Math.abs(year))) {
      error("$.periods", "period hours sum to " + Num.fmt(sum) + " but meta.hoursInYear is " + Num.fmt(year)
          + "; they must agree within 1e-6 relative (a leap year sets meta.hoursInYear 8784)");
    }
  }

  private void checkMines() {
    for (int i = 0; i < in.mines().size(); i++) {
      Mine m = in.mines().get(i);
      String p = index("$.mines", i);
      String who = "mine " + quote(m.id());
      ref(p + ".region", "region", m.region(), regions);
      ref(p + ".grade", "grade", m.grade(), grades);
      amount(p + ".capacityT", who, "capacityT", m.capacityT());
      amount(p + ".minOutputT", who, "minOutputT", m.minOutputT());
      if (m.minOutputT() > m.capacityT()) {
        error(p + ".minOutputT", who + " has minOutputT " + Num.fmt(m.minOutputT()) + " above capacityT "
            + Num.fmt(m.capacityT()));
      }
      if (m.washing() != null) {
        checkWashing(p + ".washing", who, m.washing());
      }
      if (m.build() != null) {
        checkSupplyBuild(p + ".build", who, m.build());
      }
    }
  }

  /** A mine's or washery's candidate build: unitT &gt; 0, maxUnits ≥ 1, capexCnyPerTYr ≥ 0 (JSON path {@code p}). */
  private void checkSupplyBuild(String p, String who, org.coalgrid.domain.MineBuild b) {
    String what = p.endsWith("washing.build") ? "washery build" : "build";
    if (!(b.unitT() > 0) || !Double.isFinite(b.unitT())) {
      error(p + ".unitT", who + " has " + what + " unitT " + Num.fmt(b.unitT()) + "; it must be > 0");
    }
    if (b.maxUnits() < 1) {
      error(p + ".maxUnits", who + " has " + what + " maxUnits " + b.maxUnits() + "; it must be at least 1");
    }
    amount(p + ".capexCnyPerTYr", who, what + " capexCnyPerTYr", b.capexCnyPerTYr());
  }

  private void checkWashing(String p, String who, Washing w) {
    share(p + ".washedShare", who + " washing", "washedShare", w.washedShare());
    share(p + ".cleanYield", who + " washing", "cleanYield", w.cleanYield());
    share(p + ".byproductYield", who + " washing", "byproductYield", w.byproductYield());
    if (w.cleanYield() + w.byproductYield() > 1 + 1e-9) {
      error(p, who + " washing yields cleanYield " + Num.fmt(w.cleanYield()) + " + byproductYield "
          + Num.fmt(w.byproductYield()) + " = " + Num.fmt(w.cleanYield() + w.byproductYield())
          + " t per t washed; the sum must not exceed 1");
    }
    if (w.cleanGrade() != null) {
      ref(p + ".cleanGrade", "grade", w.cleanGrade(), grades);
    } else if (w.washedShare() > 0) {
      error(p + ".cleanGrade", who + " washes a share " + Num.fmt(w.washedShare())
          + " of its output but names no cleanGrade");
    }
    if (w.capacityT() != null) {
      amount(p + ".capacityT", who, "washing capacityT", w.capacityT());
    }
    if (w.build() != null) {
      checkSupplyBuild(p + ".build", who, w.build());
    }
    if (w.hasCapacity() && !(w.washedShare() > 0)) {
      error(p + (w.capacityT() != null ? ".capacityT" : ".build"), who + " has a washery 洗煤厂 "
          + (w.capacityT() != null ? "capacity" : "build") + " but washedShare " + Num.fmt(w.washedShare())
          + ": washedShare is the most of the raw output the washery may take; it must be > 0");
    }
    if (w.byproductGrade() != null) {
      ref(p + ".byproductGrade", "grade", w.byproductGrade(), grades);
    } else if (w.byproductYield() > 0) {
      error(p + ".byproductGrade", who + " washing has byproductYield " + Num.fmt(w.byproductYield())
          + " but names no byproductGrade");
    }
  }

  private void checkArcs() {
    for (int i = 0; i < in.coalArcs().size(); i++) {
      CoalArc a = in.coalArcs().get(i);
      String p = index("$.coalArcs", i);
      String who = "coal arc " + quote(a.id());
      ref(p + ".from", "region", a.from(), regions);
      ref(p + ".to", "region", a.to(), regions);
      selfLoop(p, who, a.from(), a.to());
      if (a.capacityT() != null) {
        amount(p + ".capacityT", who, "capacityT", a.capacityT());
      }
      share(p + ".lossShare", who, "lossShare", a.lossShare());
      for (int g = 0; g < a.grades().size(); g++) {
        ref(index(p + ".grades", g), "grade", a.grades().get(g), grades);
      }
    }
  }

  private void checkLines() {
    for (int i = 0; i < in.lines().size(); i++) {
      Line l = in.lines().get(i);
      String p = index("$.lines", i);
      String who = "line " + quote(l.id());
      ref(p + ".from", "region", l.from(), regions);
      ref(p + ".to", "region", l.to(), regions);
      selfLoop(p, who, l.from(), l.to());
      amount(p + ".capacityMw", who, "capacityMw", l.capacityMw());
      share(p + ".lossShare", who, "lossShare", l.lossShare());
      periodKeys(p + ".capacityMwByPeriod", l.capacityMwByPeriod());
      if (l.build() != null) {
        build(p + ".build", who, l.build());
      }
    }
  }

  private void checkIndustries() {
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      String p = index("$.industries", i);
      String who = "industry " + quote(ind.id());
      ref(p + ".region", "region", ind.region(), regions);
      amount(p + ".capacityT", who, "capacityT", ind.capacityT());
      amount(p + ".minOutputT", who, "minOutputT", ind.minOutputT());
      if (ind.minOutputT() > ind.capacityT()) {
        error(p + ".minOutputT", who + " has minOutputT " + Num.fmt(ind.minOutputT()) + " above capacityT "
            + Num.fmt(ind.capacityT()));
      }
      Double planned = ind.plannedOutputT();
      if (planned != null && (planned < ind.minOutputT() || planned > ind.capacityT())) {
        error(p + ".plannedOutputT", who + " has plannedOutputT " + Num.fmt(planned) + " outside [minOutputT "
            + Num.fmt(ind.minOutputT()) + ", capacityT " + Num.fmt(ind.capacityT()) + "]");
      }
      for (String g : new TreeSet<>(ind.coalFeedTPerT().keySet())) {
        String gp = key(p + ".coalFeedTPerT", g);
        if (ref(gp, "grade", g, grades) && !produced.contains(g)) {
          error(gp, who + " needs grade " + quote(g)
              + ", which no mine produces (raw, washed or as byproduct)");
        }
      }
      if (ind.potlines() != null) {
        if (ind.potlines().count() < 1) {
          error(p + ".potlines.count", who + " has potlines count " + ind.potlines().count()
              + "; it must be at least 1");
        }
        if (!(ind.potlines().sizeT() > 0)) {
          error(p + ".potlines.sizeT", who + " has potlines sizeT " + Num.fmt(ind.potlines().sizeT())
              + "; it must be > 0");
        }
        var b = ind.potlines().build();
        if (b != null) {
          if (b.maxUnits() < 1) {
            error(p + ".potlines.build.maxUnits", who + " has potlines build maxUnits " + b.maxUnits()
                + "; it must be at least 1");
          }
          amount(p + ".potlines.build.capexCnyPerTYr", who, "potlines build capexCnyPerTYr", b.capexCnyPerTYr());
        }
      }
    }
  }

  private void checkDirectSupplies() {
    Set<String> plants = ids(in.plants(), pl -> pl.id());
    Set<String> industries = ids(in.industries(), Industry::id);
    for (int i = 0; i < in.directSupplies().size(); i++) {
      DirectSupply d = in.directSupplies().get(i);
      String p = index("$.directSupplies", i);
      String who = "direct supply " + quote(d.id());
      ref(p + ".plant", "plant", d.plant(), plants);
      ref(p + ".industry", "industry", d.industry(), industries);
      amount(p + ".maxMw", who, "maxMw", d.maxMw());
      if (d.minMw() > d.maxMw()) {
        error(p + ".minMw", who + " has minMw " + Num.fmt(d.minMw()) + " above maxMw " + Num.fmt(d.maxMw()));
      }
    }
  }

  private void checkDemands() {
    for (int i = 0; i < in.demands().size(); i++) {
      var d = in.demands().get(i);
      String p = index("$.demands", i);
      String who = "demand " + quote(d.id());
      ref(p + ".region", "region", d.region(), regions);
      List<String> given = new ArrayList<>();
      if (d.mw() != null) {
        given.add("mw");
      }
      if (!d.mwByPeriod().isEmpty()) {
        given.add("mwByPeriod");
      }
      if (d.annualMwh() != null) {
        given.add("annualMwh");
      }
      if (given.size() != 1) {
        error(p, who + " must give exactly one of mw, mwByPeriod, annualMwh (it gives "
            + (given.isEmpty() ? "none" : String.join(", ", given)) + ")");
      }
      periodKeys(p + ".mwByPeriod", d.mwByPeriod());
      if (!d.mwByPeriod().isEmpty()) {
        missingPeriods(d.mwByPeriod().keySet()).ifPresent(miss -> error(p + ".mwByPeriod",
            who + " has no mwByPeriod value for period(s) " + miss));
      }
    }
  }

  private void checkCoalDemands() {
    for (int i = 0; i < in.coalDemands().size(); i++) {
      CoalDemand c = in.coalDemands().get(i);
      String p = index("$.coalDemands", i);
      ref(p + ".region", "region", c.region(), regions);
      ref(p + ".grade", "grade", c.grade(), grades);
      if (c.maxT() != null && c.firmT() > c.maxT()) {
        error(p + ".maxT", "coal demand " + quote(c.id()) + " has firmT " + Num.fmt(c.firmT()) + " above maxT "
            + Num.fmt(c.maxT()));
      }
    }
  }

  private void checkExports() {
    for (int i = 0; i < in.exports().size(); i++) {
      ExportContract x = in.exports().get(i);
      String p = index("$.exports", i);
      String who = "export " + quote(x.id());
      periodKeys(p + ".firmMwhByPeriod", x.firmMwhByPeriod());
      if (!x.firmMwhByPeriod().isEmpty()) {
        missingPeriods(x.firmMwhByPeriod().keySet()).ifPresent(miss -> warning(p + ".firmMwhByPeriod", who
            + " has no firm energy for period(s) " + miss + " (treated as 0: deliveries there are optional)"));
      }
      periodKeys(p + ".priceCnyPerMwhByPeriod", x.priceCnyPerMwhByPeriod());
      if (!ref(p + ".region", "region", x.region(), regions)) {
        continue;
      }
      if (!in.isExternal(x.region())) {
        error(p + ".region", who + " goes to region " + quote(x.region())
            + ", which is not external (an export contract needs an external region)");
      } else if (in.lines().stream().noneMatch(l -> reaches(l, x.region()))) {
        error(p + ".region", who + " cannot be delivered: no line into external region " + quote(x.region()));
      }
    }
  }

  /** True if line {@code l} can carry power into {@code region}. */
  private static boolean reaches(Line l, String region) {
    return region.equals(l.to()) || l.bidirectional() && region.equals(l.from());
  }

  // ---- helpers shared with PlantRules and PolicyRules ----

  void error(String path, String message) {
    out.add(Problem.error(path, message));
  }

  void warning(String path, String message) {
    out.add(Problem.warning(path, message));
  }

  /** Reports an unknown or missing reference; true if {@code id} is known. */
  boolean ref(String path, String what, String id, Set<String> known) {
    if (id == null) {
      error(path, what + " is missing");
      return false;
    }
    if (!known.contains(id)) {
      error(path, "unknown " + what + " " + quote(id) + " (known: " + Paths.list(known) + ")");
      return false;
    }
    return true;
  }

  /** Keys of a per-period map must be period ids. */
  void periodKeys(String path, Map<String, Double> byPeriod) {
    for (String k : new TreeSet<>(byPeriod.keySet())) {
      ref(key(path, k), "period", k, periods);
    }
  }

  /** Period ids (in period order) missing from {@code keys}, comma-separated. */
  java.util.Optional<String> missingPeriods(Collection<String> keys) {
    List<String> miss = in.periods().stream().map(Period::id).filter(t -> !keys.contains(t)).toList();
    return miss.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", miss));
  }

  /** A capacity or amount: finite and >= 0. */
  void amount(String path, String who, String field, double x) {
    if (!(x >= 0) || !Double.isFinite(x)) {
      error(path, who + " has " + field + " " + Num.fmt(x) + "; it must be a finite number >= 0");
    }
  }

  /** A share: in [0, 1]. */
  void share(String path, String who, String field, double x) {
    if (!(x >= 0 && x <= 1)) {
      error(path, who + " has " + field + " " + Num.fmt(x) + "; a share must be in [0, 1]");
    }
  }

  void selfLoop(String p, String who, String from, String to) {
    if (from != null && from.equals(to)) {
      error(p + ".to", who + " goes from region " + quote(from) + " to itself");
    }
  }

  void build(String p, String who, org.coalgrid.domain.Build b) {
    if (!(b.unitMw() > 0)) {
      error(p + ".unitMw", who + " has build unitMw " + Num.fmt(b.unitMw()) + "; it must be > 0");
    }
    if (b.maxUnits() < 1) {
      error(p + ".maxUnits", who + " has build maxUnits " + b.maxUnits() + "; it must be at least 1");
    }
  }

  static <T> Set<String> ids(List<T> items, Function<T, String> idOf) {
    Set<String> s = new LinkedHashSet<>();
    for (T t : items) {
      if (idOf.apply(t) != null) {
        s.add(idOf.apply(t));
      }
    }
    return s;
  }
}
