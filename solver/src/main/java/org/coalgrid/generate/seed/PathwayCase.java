package org.coalgrid.generate.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.generate.builder.Figure;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.MetaBuilder;
import org.coalgrid.generate.builder.ObjectBuilder;
import org.coalgrid.generate.builder.TargetBuilder;

/**
 * A multi-year pathway instance (issue 11) made from two shipped plan cases: the <em>start</em> case (the base year,
 * e.g. guizhou-2005) and the <em>end</em> case (the plan's target year, e.g. guizhou-2010). No figure is copied by
 * hand: the file is the end case's entities with the start case's figures where the two differ, and the pathway's
 * changes move them to the end case's figures, by these rules (stated in the file's notes, A-PW-*):
 * <ul>
 *   <li>Sizes (mine, plant and line capacity, coal demands, the export contract's energy) go linearly from the start
 *   value in the base year to the end value in the last year, through any anchor a seed gives for a year between
 *   (A-PW-RAMP).</li>
 *   <li>Industries: the province's total of each product goes linearly from the start case's total (0 if the start
 *   case has none) to the end case's; each site keeps its end-year share (A-PW-INDUSTRY).</li>
 *   <li>Every other figure that differs (unit consumptions, process heat, policy limits, tariffs) keeps the start
 *   value until the last year and takes the end value in it: a plan's rule holds by its target year (A-PW-STEP). A
 *   policy the start case lacks is not binding (limit 0) before the last year.</li>
 *   <li>Electricity demand grows at the constant rate that takes the start case's loads to the end case's
 *   (A-PW-GROWTH).</li>
 *   <li>Plants and lines of the end case the start case lacks are candidate builds (named projects, with an
 *   overnight cost, a lifetime, an earliest year and a build lag) or come into service in the last year (the seed's
 *   "by YEAR", A-PW-YEARS).</li>
 *   <li>The end case's targets become targets due in the last year; the start case's entities the end case lacks
 *   are left out.</li>
 * </ul>
 */
abstract class PathwayCase extends GuizhouBase {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Fields that are sizes: ramped linearly (A-PW-RAMP). */
  private static final Set<String> SIZES = Set.of("capacityT", "minOutputT", "capacityMw", "firmT", "maxT",
      "firmMwh", "plannedOutputT");
  /** Industry fields scaled with the product total (A-PW-INDUSTRY). */
  private static final List<String> INDUSTRY_SIZES = List.of("capacityT", "minOutputT", "plannedOutputT");

  /** A candidate build of the pathway: what the end case has as a plant or line, as units with an overnight cost. */
  record Candidate(String id, Number unitMw, Number maxUnits, Number earliestYear, Number lifetimeYears,
      Number overnightCnyPerMw, Number lagYears, Number annualisedCnyPerMwYr) {}

  private final List<ObjectBuilder> changes = new ArrayList<>();
  private final List<ObjectBuilder> plantLives = new ArrayList<>();
  private final List<ObjectBuilder> lineLives = new ArrayList<>();
  private final Map<String, TreeMap<Integer, Number>> anchors = new LinkedHashMap<>();
  private ObjectNode startTree;

  /** The sources the start and end cases are built with. */
  final SourceTable sources;

  PathwayCase(SourceTable sources) {
    super(sources);
    this.sources = sources;
  }

  /** The start case (base year). */
  abstract InstanceBuilder start();

  /** The end case (the plan's target year). */
  abstract InstanceBuilder end();

  abstract int baseYear();

  abstract int lastYear();

  /** Candidate builds among the end case's plants. */
  abstract List<Candidate> plantCandidates();

  /** Candidate builds among the end case's lines. */
  abstract List<Candidate> lineCandidates();

  /** End-case plants (not in the start case) in service from the first year, with the reason. */
  abstract Map<String, String> fromFirstYear();

  /** The reason a plant or line new in the end case and not a candidate comes into service in the last year. */
  abstract String lastYearReason(String kind, String id);

  /** The file's name, description and the notes of this pathway (before the cases' notes). */
  abstract MetaBuilder meta(MetaBuilder endMeta);

  /** The pathway's discount rate (a figure). */
  abstract Number discountRate();

  /** A value a seed gives for {@code path} in {@code year} between the base and last years. */
  void anchor(String path, int year, Number value) {
    anchors.computeIfAbsent(path, k -> new TreeMap<>()).put(year, value);
  }

  @Override
  InstanceBuilder build() {
    throw new UnsupportedOperationException("a pathway case is written as a tree: see tree()");
  }

  /** The whole file as a JSON tree (EXPLICIT style). */
  ObjectNode tree() {
    InstanceBuilder startIn = start();
    InstanceBuilder endIn = end();
    ObjectNode s = startIn.toTree(Style.EXPLICIT);
    startTree = s;
    ObjectNode e = endIn.toTree(Style.EXPLICIT);
    ObjectNode out = e.deepCopy();
    for (String list : List.of("mines", "coalArcs", "plants", "lines", "directSupplies", "coalDemands",
        "policies")) {
      byId(list, s, out);
    }
    exports(s, out);
    industries(s, out);
    Number growth = demands(s, out);
    lives(out);
    List<ObjectBuilder> targets = targets(endIn);
    ((ArrayNode) out.get("targets")).removeAll();
    ObjectBuilder pw = new ObjectBuilder("pathway").set("firstYear", baseYear() + 1).set("lastYear", lastYear())
        .set("discountRate", discountRate()).set("demandGrowth", growth).set("changes", changes)
        .set("plants", plantLives).set("lines", lineLives).set("targets", targets);
    out.set("pathway", pw.toTree(Style.EXPLICIT));
    MetaBuilder meta = meta(endIn.meta());
    Set<String> notes = new LinkedHashSet<>(meta.notesSet());
    notes.addAll(startIn.meta().notesSet());
    meta.notes(List.copyOf(notes)).year(baseYear());
    for (Iterator<Map.Entry<String, JsonNode>> it = out.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("meta")) {
        citeAll(f.getValue());
      }
    }
    citeAll(meta.toTree(Style.EXPLICIT));
    meta.sources(b.sources());
    out.set("meta", meta.toTree(Style.EXPLICIT));
    return out;
  }

  /** Cites every source id below {@code node}: textual sources and source objects (targets). */
  private void citeAll(JsonNode node) {
    if (node.isObject()) {
      JsonNode src = node.get("source");
      if (src != null && src.isTextual()) {
        b.cite(src.asText());
      } else if (src != null && src.isObject() && src.has("id")) {
        b.cite(src.get("id").asText());
      }
      node.fields().forEachRemaining(f -> {
        if (!f.getKey().equals("sources")) {
          citeAll(f.getValue());
        }
      });
    } else if (node.isArray()) {
      node.forEach(this::citeAll);
    }
  }

  // ---- entities present in both cases ----

  private void byId(String list, ObjectNode s, ObjectNode out) {
    Map<String, ObjectNode> start = index(s.get(list));
    for (JsonNode n : out.get(list)) {
      ObjectNode start1 = start.get(n.get("id").asText());
      if (start1 != null && list.equals("plants") && n.hasNonNull("hydro")) {
        continue; // A-PW-HYDRO: its energy is a series of the end case; the plant keeps its end-year figures
      }
      if (start1 != null) {
        diff(start1, (ObjectNode) n, list + "." + n.get("id").asText(), list.equals("mines"));
      } else if (list.equals("policies")) {
        newPolicy((ObjectNode) n);
      } else if (list.equals("directSupplies") && number(n.get("minMw")).doubleValue() > 0) {
        String p = "directSupplies." + n.get("id").asText() + ".minMw";
        schedule(p, n.get("minMw"), 0, false, "none");
        ((ObjectNode) n).set("minMw", tree(b.a(0, "A-PW-STEP: the direct supply's least take from " + lastYear()
            + ", when its plant must be in service")));
      }
    }
  }

  private static Map<String, ObjectNode> index(JsonNode list) {
    Map<String, ObjectNode> m = new LinkedHashMap<>();
    list.forEach(n -> m.put(n.get("id").asText(), (ObjectNode) n));
    return m;
  }

  /** Every number of {@code end} that differs from {@code start}: the start value in the file, changes to the end. */
  private void diff(ObjectNode start, ObjectNode end, String path, boolean allRamp) {
    List<String> names = new ArrayList<>();
    end.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      JsonNode ev = end.get(f);
      JsonNode sv = start.get(f);
      if (sv == null || f.equals("source") || f.equals("notes")) {
        continue;
      }
      if (isNumber(ev) && isNumber(sv)) {
        if (number(ev).doubleValue() != number(sv).doubleValue()) {
          boolean ramp = allRamp || SIZES.contains(f);
          String p = path + "." + f;
          schedule(p, ev, number(sv).doubleValue(), ramp, describe(sv) + " in guizhou-" + baseYear());
          end.set(f, sv.deepCopy());
        }
      } else if (ev.isObject() && sv.isObject() && !isSeries(ev) && !isSeries(sv)) {
        diff((ObjectNode) sv, (ObjectNode) ev, path + "." + f, allRamp);
      }
    }
  }

  /** A policy the start case lacks: not binding (limit 0) before the last year (A-PW-STEP). */
  private void newPolicy(ObjectNode n) {
    JsonNode limit = n.get("limit");
    schedule("policies." + n.get("id").asText() + ".limit", limit, 0, false, "not in guizhou-" + baseYear());
    n.set("limit", tree(b.a(0, "A-PW-STEP: not in force before " + lastYear() + " (not in guizhou-" + baseYear()
        + "); a limit 0 does not bind")));
  }

  /**
   * Changes from the first year to the last: linear from {@code startValue} (base year) to {@code endNode} (last
   * year) through the anchors of {@code path} ({@code ramp}), or the start value until the last year (step).
   */
  private void schedule(String path, JsonNode endNode, double startValue, boolean ramp, String from) {
    TreeMap<Integer, Number> points = new TreeMap<>();
    points.put(baseYear(), startValue);
    points.putAll(anchors.getOrDefault(path, new TreeMap<>()));
    points.put(lastYear(), number(endNode));
    double endValue = number(endNode).doubleValue();
    boolean integral = endValue == Math.rint(endValue) && startValue == Math.rint(startValue);
    double previous = startValue;
    for (int y = baseYear() + 1; y <= lastYear(); y++) {
      Number value;
      if (y == lastYear()) {
        value = figure(endNode);
      } else if (points.containsKey(y)) {
        value = points.get(y);
      } else if (!ramp) {
        continue;
      } else {
        Map.Entry<Integer, Number> lo = points.floorEntry(y);
        Map.Entry<Integer, Number> hi = points.ceilingEntry(y);
        double v = lo.getValue().doubleValue() + (hi.getValue().doubleValue() - lo.getValue().doubleValue())
            * (y - lo.getKey()) / (double) (hi.getKey() - lo.getKey());
        Number rounded = integral ? (Number) Math.round(v) : (Number) round(v, 4);
        String lower = lo.getKey() == baseYear() ? from : describe(tree(lo.getValue()));
        String upper = hi.getKey() == lastYear() ? describe(endNode) + " in guizhou-" + lastYear()
            : describe(tree(hi.getValue()));
        value = b.a(rounded, "A-PW-RAMP: linear from " + lo.getKey() + " (" + lower + ") to " + hi.getKey() + " ("
            + upper + ")");
      }
      if (value.doubleValue() == previous && y != lastYear()) {
        continue;
      }
      previous = value.doubleValue();
      changes.add(new ObjectBuilder("pathwayChange").set("year", y).set("path", path).set("value", value));
    }
  }

  // ---- exports, industries, demands ----

  /** The export contract of the start case and of the end case (one each): the end's id, the start's figures. */
  private void exports(ObjectNode s, ObjectNode out) {
    if (s.get("exports").size() == 1 && out.get("exports").size() == 1) {
      ObjectNode end = (ObjectNode) out.get("exports").get(0);
      diff((ObjectNode) s.get("exports").get(0), end, "exports." + end.get("id").asText(), false);
    }
  }

  private void industries(ObjectNode s, ObjectNode out) {
    Map<String, Double> startTotal = totals(s.get("industries"));
    Map<String, Double> endTotal = totals(out.get("industries"));
    Map<String, ObjectNode> start = index(s.get("industries"));
    for (JsonNode n : out.get("industries")) {
      ObjectNode end = (ObjectNode) n;
      String id = end.get("id").asText();
      String product = end.get("product").asText();
      double share = startTotal.getOrDefault(product, 0.0) / endTotal.get(product);
      for (String f : INDUSTRY_SIZES) {
        JsonNode ev = end.get(f);
        if (!isNumber(ev) || share == 1.0) {
          continue;
        }
        double sv = Math.round(number(ev).doubleValue() * share);
        String from = "the guizhou-" + baseYear() + " total of " + product + " (" + fixed(startTotal.getOrDefault(
            product, 0.0) / 1e6, 2) + " Mt) at this site's share of the guizhou-" + lastYear() + " total ("
            + fixed(endTotal.get(product) / 1e6, 2) + " Mt)";
        schedule("industries." + id + "." + f, ev, sv, true, from);
        end.set(f, tree(b.a((long) sv, "A-PW-INDUSTRY: " + from)));
      }
      ObjectNode same = start.get(id);
      if (same != null) {
        for (String f : INDUSTRY_SIZES) {
          same.set(f, end.get(f).deepCopy()); // sizes done above
        }
        diff(same, end, "industries." + id, false);
      } else if (isNumber(end.get("heatGjPerT")) && number(end.get("heatGjPerT")).doubleValue() > 0) {
        schedule("industries." + id + ".heatGjPerT", end.get("heatGjPerT"), 0, false, "none");
        end.set("heatGjPerT", tree(b.a(0, "A-PW-STEP: process heat from cluster CHP from " + lastYear())));
      }
    }
  }

  private static Map<String, Double> totals(JsonNode industries) {
    Map<String, Double> m = new LinkedHashMap<>();
    industries.forEach(i -> m.merge(i.get("product").asText(), number(i.get("capacityT")).doubleValue(), Double::sum));
    return m;
  }

  /** The start case's demands (by id) in the file; the growth rate that takes their total to the end case's. */
  private Number demands(ObjectNode s, ObjectNode out) {
    Map<String, ObjectNode> start = index(s.get("demands"));
    ArrayNode list = (ArrayNode) out.get("demands");
    double hours = 0;
    Map<String, Double> h = new LinkedHashMap<>();
    out.get("periods").forEach(p -> h.put(p.get("id").asText(), number(p.get("hours")).doubleValue()));
    double startMwh = 0;
    double endMwh = 0;
    for (int i = 0; i < list.size(); i++) {
      ObjectNode sd = start.get(list.get(i).get("id").asText());
      if (sd == null) {
        throw new IllegalStateException("demand " + list.get(i).get("id") + " is not in the start case");
      }
      endMwh += energy(list.get(i), h);
      startMwh += energy(sd, h);
      list.set(i, sd.deepCopy());
    }
    int n = lastYear() - baseYear();
    double g = Math.pow(endMwh / startMwh, 1.0 / n) - 1;
    return b.a(round(g, 4), "A-PW-GROWTH: derived, (" + fixed(endMwh / 1e6, 1) + " TWh in guizhou-" + lastYear()
        + " / " + fixed(startMwh / 1e6, 1) + " TWh in guizhou-" + baseYear() + ")^(1/" + n + ") - 1: the other "
        + "(non-modelled) load of the two cases, both assumptions of those cases");
  }

  private static double energy(JsonNode demand, Map<String, Double> hours) {
    JsonNode by = demand.get("mwByPeriod");
    JsonNode values = by.has("value") && by.get("value").isObject() ? by.get("value") : by;
    double sum = 0;
    for (Map.Entry<String, Double> e : hours.entrySet()) {
      sum += number(values.get(e.getKey())).doubleValue() * e.getValue();
    }
    return sum;
  }

  // ---- asset lives ----

  private void lives(ObjectNode out) {
    Map<String, Candidate> pc = new LinkedHashMap<>();
    plantCandidates().forEach(c -> pc.put(c.id(), c));
    Map<String, Candidate> lc = new LinkedHashMap<>();
    lineCandidates().forEach(c -> lc.put(c.id(), c));
    Set<String> startPlants = index(startTree.get("plants")).keySet();
    Set<String> startLines = index(startTree.get("lines")).keySet();
    lives(out.get("plants"), "plant", startPlants, pc, plantLives);
    lives(out.get("lines"), "line", startLines, lc, lineLives);
    if (!pc.isEmpty() || !lc.isEmpty()) {
      throw new IllegalStateException("candidates not in the end case: " + pc.keySet() + lc.keySet());
    }
  }

  private void lives(JsonNode list, String kind, Set<String> inStart, Map<String, Candidate> cands,
      List<ObjectBuilder> lives) {
    for (JsonNode n : list) {
      String id = n.get("id").asText();
      Candidate c = cands.remove(id);
      if (c != null) {
        ObjectNode o = (ObjectNode) n;
        if (!o.has("build") || o.get("build").isNull()) {
          o.set("capacityMw", tree(candidateOnly()));
          o.set("build", new CandidateBuilder().unitMw(c.unitMw()).maxUnits(c.maxUnits())
              .capexCnyPerMwYr(c.annualisedCnyPerMwYr()).toTree(Style.EXPLICIT));
        }
        lives.add(new ObjectBuilder("assetLife").set("id", id).set("earliestYear", c.earliestYear())
            .set("lifetimeYears", c.lifetimeYears()).set("overnightCapexCnyPerMw", c.overnightCnyPerMw())
            .set("buildLagYears", c.lagYears()));
      } else if (!inStart.contains(id) && !fromFirstYear().containsKey(id)) {
        lives.add(new ObjectBuilder("assetLife").set("id", id)
            .set("commissioningYear", b.a(lastYear(), lastYearReason(kind, id))));
      }
    }
  }

  // ---- targets ----

  /** The end case's targets, due in the last year. */
  private List<ObjectBuilder> targets(InstanceBuilder endIn) {
    List<ObjectBuilder> out = new ArrayList<>();
    for (TargetBuilder t : endIn.list(TargetBuilder.class)) {
      ObjectBuilder y = new ObjectBuilder("yearTarget");
      for (String f : List.of("id", "name", "metric", "sense", "value", "tolerance", "unit")) {
        y.set(f, t.value(f));
      }
      y.set("year", lastYear()).set("source", t.value("source"));
      out.add(y);
    }
    return out;
  }

  // ---- numbers in the tree ----

  private static boolean isSeries(JsonNode n) {
    return n.isObject() && n.has("value") && n.get("value").isObject();
  }

  private static boolean isNumber(JsonNode n) {
    return n != null && (n.isNumber() || n.isObject() && n.has("value") && n.get("value").isNumber());
  }

  private static boolean isIntegral(JsonNode n) {
    JsonNode v = n.isObject() ? n.get("value") : n;
    return v.isIntegralNumber();
  }

  private static Number number(JsonNode n) {
    JsonNode v = n.isObject() ? n.get("value") : n;
    return v.isIntegralNumber() ? (Number) v.longValue() : (Number) v.doubleValue();
  }

  /** A number of the end case's tree as a figure with its source and note. */
  private Number figure(JsonNode n) {
    if (!n.isObject()) {
      return b.a(number(n), "the value of guizhou-" + lastYear() + " (written there without a source: the field's "
          + "default)");
    }
    return Figure.of(number(n), n.has("source") ? n.get("source").asText() : null,
        n.has("note") ? n.get("note").asText() : null);
  }

  private static String describe(JsonNode n) {
    String s = new java.math.BigDecimal(number(n).doubleValue()).round(new java.math.MathContext(6))
        .stripTrailingZeros().toPlainString();
    if (n.isObject() && n.has("source")) {
      return s + " (" + n.get("source").asText() + ")";
    }
    return n.isObject() && n.has("note") ? s + " (assumption)" : s;
  }

  /** A number or figure as the file writes it. */
  private static JsonNode tree(Number n) {
    return new ObjectBuilder("pathwayChange").set("value", n).toTree(Style.SPARSE).get("value");
  }

}
