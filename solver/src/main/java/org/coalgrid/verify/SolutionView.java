package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;

/**
 * The primal values of a written solution.json, read from its JSON tree into arrays aligned with the
 * instance's lists (index m, a, p, l, i, k as in the instance; t over its periods in file order). Only the
 * decision values are read here; derived figures (totals, KPIs) are read where they are compared.
 * Throws {@link MalformedSolutionException} when something needed is missing or not a finite number.
 */
final class SolutionView {
  final JsonNode root;
  final String status;
  final String mode;
  final double[] q;
  final double[] washClean;
  final double[] washByproduct;
  /** Units built at each mine ({@code builtUnits}; absent: 0). */
  final double[] mineBuilt;
  /** Each mine's written {@code washery} object (null where none is written). */
  final JsonNode[] washeryNodes;
  /** Raw t/yr washed ({@code washery.washedT}) and washery units built ({@code washery.builtUnits}; absent: 0). */
  final double[] washed;
  final double[] washeryBuilt;
  final List<Map<String, Double>> arcFlows = new ArrayList<>();
  final double[] plantBuilt;
  final List<Map<String, Double>> plantCoal = new ArrayList<>();
  final Double[] coalFromLarge;
  final double[][] mw;
  /** Null rows where the plant reports no pumping / level / spill. */
  final double[][] pump;
  final double[][] level;
  final double[][] spill;
  /** A reservoir's level at the end of each stage (days forms), by stage id; null where not reported. */
  final Map<String, Double>[] stageLevel;
  /** Inter-day storage: stored energy at the start of each day of the year; null where not reported. */
  final double[][] dayStart;
  /** Units online per period, for plants with unit commitment (null rows for the others). */
  final double[][] online;
  /** Units started and stopped per step (§4.18), for committed plants with start-up dynamics (null otherwise). */
  final double[][] started;
  final double[][] stopped;
  final double[] lineBuilt;
  final double[][] flow;
  final double[][] reverse;
  final double[][] output;
  final Double[] potlines;
  /** Potlines built at each industry ({@code potlinesBuilt}; absent: 0). */
  final double[] potlinesBuilt;
  final List<Map<String, Double>> industryCoal = new ArrayList<>();
  final double[][] direct;
  final double[][] unserved;
  final double[] served;
  final double[][] delivered;
  final double[][] shortfall;
  final Map<String, Double> terms = new LinkedHashMap<>();
  final double totalCny;

  final JsonNode[] mineNodes;
  final JsonNode[] arcNodes;
  final JsonNode[] plantNodes;
  final JsonNode[] lineNodes;
  final JsonNode[] industryNodes;
  final JsonNode[] demandNodes;
  final JsonNode[] directNodes;
  final JsonNode[] coalDemandNodes;
  final JsonNode[] exportNodes;

  private final List<String> periodIds;

  SolutionView(Instance in, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new MalformedSolutionException("the solution is not a JSON object");
    }
    this.root = root;
    this.periodIds = in.periods().stream().map(Period::id).toList();
    if (!root.path("status").isTextual() || !root.has("objectiveMode")) {
      throw new MalformedSolutionException("not a solution.json (no 'status' or 'objectiveMode')");
    }
    JsonNode obj = root.get("objective");
    if (obj == null || obj.isNull()) {
      String status = root.path("status").asText("?");
      throw new MalformedSolutionException("the solution (status " + status + ") has no primal values to verify");
    }
    status = root.get("status").asText();
    mode = text(root, "objectiveMode", "solution");
    if (!mode.equals("COST") && !mode.equals("WELFARE")) {
      throw new MalformedSolutionException("objectiveMode must be COST or WELFARE, got " + mode);
    }
    totalCny = num(obj, "totalCny", "objective");
    JsonNode tn = obj.get("termsCny");
    if (tn == null || !tn.isObject()) {
      throw new MalformedSolutionException("objective.termsCny is missing");
    }
    tn.fieldNames().forEachRemaining(f -> terms.put(f, num(tn, f, "objective.termsCny")));

    int nt = periodIds.size();
    mineNodes = byId(root, "mines", in.mines(), m -> m.id());
    q = new double[mineNodes.length];
    washClean = new double[mineNodes.length];
    washByproduct = new double[mineNodes.length];
    mineBuilt = new double[mineNodes.length];
    washeryNodes = new JsonNode[mineNodes.length];
    washed = new double[mineNodes.length];
    washeryBuilt = new double[mineNodes.length];
    for (int m = 0; m < mineNodes.length; m++) {
      String w = "mine " + in.mines().get(m).id();
      mineBuilt[m] = optional(mineNodes[m], "builtUnits", w);
      JsonNode wn = mineNodes[m].get("washery");
      var washing = in.mines().get(m).washing();
      if (wn != null && wn.isObject()) {
        washeryNodes[m] = wn;
        washed[m] = num(wn, "washedT", w + " washery");
        washeryBuilt[m] = optional(wn, "builtUnits", w + " washery");
      } else if (washing != null && washing.hasCapacity() && washing.washedShare() > 0) {
        throw new MalformedSolutionException(w + ": 'washery' (the tonnes its washery 洗煤厂 washes) is missing");
      }
      q[m] = num(mineNodes[m], "outputT", w);
      washClean[m] = num(mineNodes[m], "washedCleanT", w);
      washByproduct[m] = num(mineNodes[m], "washedByproductT", w);
    }

    arcNodes = byId(root, "coalArcs", in.coalArcs(), a -> a.id());
    for (int a = 0; a < arcNodes.length; a++) {
      arcFlows.add(numberMap(arcNodes[a], "flowsT", "coal arc " + in.coalArcs().get(a).id()));
    }

    plantNodes = byId(root, "plants", in.plants(), p -> p.id());
    int np = plantNodes.length;
    plantBuilt = new double[np];
    coalFromLarge = new Double[np];
    mw = new double[np][];
    pump = new double[np][];
    level = new double[np][];
    spill = new double[np][];
    @SuppressWarnings("unchecked")
    Map<String, Double>[] stages = new Map[np];
    stageLevel = stages;
    dayStart = new double[np][];
    online = new double[np][];
    started = new double[np][];
    stopped = new double[np][];
    for (int p = 0; p < np; p++) {
      JsonNode n = plantNodes[p];
      String w = "plant " + in.plants().get(p).id();
      plantBuilt[p] = num(n, "builtUnits", w);
      plantCoal.add(numberMap(n, "coalT", w));
      JsonNode fl = n.get("coalFromLargeMinesT");
      coalFromLarge[p] = fl == null || fl.isNull() ? null : num(n, "coalFromLargeMinesT", w);
      mw[p] = periods(n, "periods", "mw", w, false);
      pump[p] = periods(n, "periods", "pumpMw", w, true);
      level[p] = periods(n, "periods", "levelMwh", w, true);
      spill[p] = periods(n, "periods", "spillMwh", w, true);
      JsonNode sl = n.get("stageLevelsMwh");
      stageLevel[p] = sl == null || sl.isNull() ? null : numberMap(n, "stageLevelsMwh", w);
      JsonNode ds = n.get("dayStartLevelsMwh");
      if (ds != null && !ds.isNull()) {
        if (!ds.isArray()) {
          throw new MalformedSolutionException(w + ": 'dayStartLevelsMwh' is not a list");
        }
        dayStart[p] = new double[ds.size()];
        for (int j = 0; j < ds.size(); j++) {
          if (!ds.get(j).isNumber() || !Double.isFinite(ds.get(j).doubleValue())) {
            throw new MalformedSolutionException(w + ": dayStartLevelsMwh[" + j + "] is not a finite number");
          }
          dayStart[p][j] = ds.get(j).doubleValue();
        }
      }
      online[p] = periods(n, "periods", "onlineUnits", w, true);
      started[p] = periods(n, "periods", "startedUnits", w, true);
      stopped[p] = periods(n, "periods", "stoppedUnits", w, true);
    }

    lineNodes = byId(root, "lines", in.lines(), l -> l.id());
    lineBuilt = new double[lineNodes.length];
    flow = new double[lineNodes.length][];
    reverse = new double[lineNodes.length][];
    for (int l = 0; l < lineNodes.length; l++) {
      String w = "line " + in.lines().get(l).id();
      lineBuilt[l] = num(lineNodes[l], "builtUnits", w);
      flow[l] = periods(lineNodes[l], "periods", "flowMw", w, false);
      reverse[l] = periods(lineNodes[l], "periods", "reverseMw", w, false);
    }

    industryNodes = byId(root, "industries", in.industries(), i -> i.id());
    output = new double[industryNodes.length][];
    potlines = new Double[industryNodes.length];
    potlinesBuilt = new double[industryNodes.length];
    for (int i = 0; i < industryNodes.length; i++) {
      String w = "industry " + in.industries().get(i).id();
      potlinesBuilt[i] = optional(industryNodes[i], "potlinesBuilt", w);
      output[i] = periods(industryNodes[i], "periods", "outputT", w, false);
      JsonNode pl = industryNodes[i].get("potlinesRunning");
      potlines[i] = pl == null || pl.isNull() ? null : num(industryNodes[i], "potlinesRunning", w);
      industryCoal.add(numberMap(industryNodes[i], "coalT", w));
    }

    JsonNode[] dsNodes = byId(root, "directSupplies", in.directSupplies(), d -> d.id());
    directNodes = dsNodes;
    direct = new double[dsNodes.length][nt];
    for (int k = 0; k < dsNodes.length; k++) {
      String w = "direct supply " + in.directSupplies().get(k).id();
      Map<String, Double> byPeriod = numberMap(dsNodes[k], "mwByPeriod", w);
      for (int t = 0; t < nt; t++) {
        Double v = byPeriod.get(periodIds.get(t));
        if (v == null) {
          throw new MalformedSolutionException(w + ": mwByPeriod has no value for period " + periodIds.get(t));
        }
        direct[k][t] = v;
      }
    }

    demandNodes = byId(root, "demands", in.demands(), d -> d.id());
    unserved = new double[demandNodes.length][];
    for (int k = 0; k < demandNodes.length; k++) {
      unserved[k] = periods(demandNodes[k], "periods", "unservedMw", "demand " + in.demands().get(k).id(), false);
    }

    JsonNode[] cdNodes = byId(root, "coalDemands", in.coalDemands(), d -> d.id());
    coalDemandNodes = cdNodes;
    served = new double[cdNodes.length];
    for (int k = 0; k < cdNodes.length; k++) {
      served[k] = num(cdNodes[k], "servedT", "coal demand " + in.coalDemands().get(k).id());
    }

    exportNodes = byId(root, "exports", in.exports(), x -> x.id());
    delivered = new double[exportNodes.length][];
    shortfall = new double[exportNodes.length][];
    for (int k = 0; k < exportNodes.length; k++) {
      String w = "export " + in.exports().get(k).id();
      delivered[k] = periods(exportNodes[k], "periods", "deliveredMw", w, false);
      shortfall[k] = periods(exportNodes[k], "periods", "shortfallMwh", w, false);
    }
  }

  private static <T> JsonNode[] byId(JsonNode root, String field, List<T> items, Function<T, String> id) {
    JsonNode arr = root.get(field);
    if (arr == null || !arr.isArray()) {
      throw new MalformedSolutionException("solution has no list '" + field + "'");
    }
    Map<String, JsonNode> found = new LinkedHashMap<>();
    for (JsonNode n : arr) {
      String key = n.path("id").asText(null);
      if (key == null) {
        throw new MalformedSolutionException(field + ": an entry has no id");
      }
      found.put(key, n);
    }
    JsonNode[] out = new JsonNode[items.size()];
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < items.size(); k++) {
      String key = id.apply(items.get(k));
      ids.add(key);
      out[k] = found.get(key);
      if (out[k] == null) {
        throw new MalformedSolutionException(field + ": the instance's '" + key + "' is missing from the solution");
      }
    }
    for (String key : found.keySet()) {
      if (!ids.contains(key)) {
        throw new MalformedSolutionException(field + ": '" + key + "' is not in the instance (wrong instance?)");
      }
    }
    return out;
  }

  /**
   * Values of {@code field} in the entity's period list, in instance period order; null if all absent and
   * nullable (a figure the entity does not have). A nullable figure given in some periods must be given in all.
   */
  private double[] periods(JsonNode entity, String list, String field, String where, boolean nullable) {
    JsonNode arr = entity.get(list);
    if (arr == null || !arr.isArray()) {
      throw new MalformedSolutionException(where + ": no list '" + list + "'");
    }
    Map<String, JsonNode> byPeriod = null; // built only when the periods are not listed in instance order
    double[] out = new double[periodIds.size()];
    boolean any = false;
    String blank = null;
    for (int t = 0; t < out.length; t++) {
      JsonNode n = arr.size() == out.length ? arr.get(t) : null;
      if (n == null || !periodIds.get(t).equals(n.path("period").asText(""))) {
        if (byPeriod == null) {
          byPeriod = new LinkedHashMap<>();
          for (JsonNode e : arr) {
            byPeriod.put(e.path("period").asText(""), e);
          }
        }
        n = byPeriod.get(periodIds.get(t));
      }
      if (n == null) {
        throw new MalformedSolutionException(where + ": no entry for period " + periodIds.get(t));
      }
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (!nullable) {
          throw new MalformedSolutionException(where + " " + periodIds.get(t) + ": '" + field + "' is missing");
        }
        blank = blank == null ? periodIds.get(t) : blank;
        continue;
      }
      any = true;
      out[t] = num(n, field, where + " " + periodIds.get(t));
    }
    if (any && blank != null) {
      throw new MalformedSolutionException(where + " " + blank + ": '" + field + "' is missing (given in other periods)");
    }
    return nullable && !any ? null : out;
  }

  /** A number that may be absent (then 0), e.g. units built of an entity that has no build. */
  private static double optional(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? 0 : num(n, field, where);
  }

  static double num(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new MalformedSolutionException(where + ": '" + field + "' is "
          + (v == null || v.isNull() ? "missing" : "not a finite number (" + v + ")"));
    }
    return v.asDouble();
  }

  /** An optional derived figure, or null when the writer did not give it. */
  static Double derived(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v != null && v.isNumber() ? v.asDouble() : null;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new MalformedSolutionException(where + ": '" + field + "' is missing");
    }
    return v.asText();
  }

  private static Map<String, Double> numberMap(JsonNode n, String field, String where) {
    JsonNode m = n.get(field);
    Map<String, Double> out = new LinkedHashMap<>();
    if (m == null || m.isNull()) {
      return out;
    }
    if (!m.isObject()) {
      throw new MalformedSolutionException(where + ": '" + field + "' is not an object");
    }
    m.fieldNames().forEachRemaining(k -> out.put(k, num(m, k, where + " " + field)));
    return out;
  }
}
