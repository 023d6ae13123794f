package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;

/**
 * Every price and shadow price solution.json prints must be the dual of its row, in the row's domain unit:
 * electricity (power.r.t), coal (coal.r.g[.c]) and heat (heat.r.t) prices, mine and arc capacity shadow prices,
 * plant scarcity rents (−pcap), congestion rents (−line) and congested periods, the marginal cost of export
 * energy (export_firm) and of industry output (ind_output), the policies' shadow prices, activities, bounds and
 * binding flags, and the list of binding caps, which must hold exactly the cap rows with a nonzero dual. The
 * duals themselves are checked by {@link DualCheck}. Without certified prices, none of these may be written.
 */
final class PriceCheck {
  /** Families whose rows are caps or policies (binding list), as docs/explain.md and the binding list define them. */
  static final Set<String> CAP_FAMILIES = Set.of("mine_capacity", "washing_capacity", "arc_capacity", "plant_capacity", "hydro",
      "line_capacity", "export_contract", "industry", "coal_demand", "policy", "pumped_storage",
      "ramping", "unit_commitment");
  /** Congested: a congestion rent above this (CNY/MWh). */
  static final double CONGESTED = 1e-6;

  private final Context c;
  private final double[] y;
  private final Written w;

  private PriceCheck(Context c, double[] y) {
    this.c = c;
    this.y = y;
    this.w = new Written(c.f, "price");
  }

  /** {@code y}: every row's dual in its domain unit, or null when the solution has no certified prices. */
  static void check(Context c, double[] y) {
    new PriceCheck(c, y).run();
  }

  /** The dual of row i as the solution must print it, or null when there are no prices or no such row. */
  private Double dual(int i) {
    return y == null || i < 0 ? null : y[i];
  }

  private static Double neg(Double d) {
    return d == null ? null : -d;
  }

  private void run() {
    var in = c.in;
    var s = c.s;
    Rows rows = c.rows;
    for (int m = 0; m < in.mines().size(); m++) {
      w.opt(in.mines().get(m).id(), s.mineNodes[m], "capacityShadowPriceCnyPerT", dual(rows.mine[m]), "CNY/t");
      if (s.washeryNodes[m] != null) {
        w.opt(in.mines().get(m).id(), s.washeryNodes[m], "capacityShadowPriceCnyPerT", dual(rows.washCap[m]), "CNY/t");
      }
    }
    for (int a = 0; a < in.coalArcs().size(); a++) {
      w.opt(in.coalArcs().get(a).id(), s.arcNodes[a], "capacityShadowPriceCnyPerT", dual(rows.arc[a]), "CNY/t");
    }
    for (int p = 0; p < in.plants().size(); p++) {
      String id = in.plants().get(p).id();
      int[] pcap = rows.pcap[p];
      forPeriods(s.plantNodes[p], (n, t) ->
          w.opt(new Findings.Ent(id, c.pid[t]), n, "rentCnyPerMwh", neg(dual(pcap[t])), "CNY/MWh"));
    }
    for (int l = 0; l < in.lines().size(); l++) {
      String id = in.lines().get(l).id();
      int[] line = rows.line[l];
      int congested = 0;
      for (int t = 0; t < c.nt; t++) {
        Double rent = neg(dual(line[t]));
        congested += rent != null && rent > CONGESTED ? 1 : 0;
      }
      w.exact(id, s.lineNodes[l], "congestedPeriods", congested);
      forPeriods(s.lineNodes[l], (n, t) ->
          w.opt(new Findings.Ent(id, c.pid[t]), n, "congestionRentCnyPerMwh", neg(dual(line[t])), "CNY/MWh"));
    }
    for (int k = 0; k < in.exports().size(); k++) {
      String id = in.exports().get(k).id();
      int[] export = rows.export[k];
      forPeriods(s.exportNodes[k], (n, t) ->
          w.opt(new Findings.Ent(id, c.pid[t]), n, "marginalCostCnyPerMwh", dual(export[t]), "CNY/MWh"));
    }
    for (int i = 0; i < in.industries().size(); i++) {
      w.opt(in.industries().get(i).id(), s.industryNodes[i], "marginalCostCnyPerT", dual(rows.indOutput[i]), "CNY/t");
    }
    policies();
    lists();
    binding();
  }

  /** The elements of a JSON array (none if it is not one). */
  static List<JsonNode> items(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(out::add);
    }
    return out;
  }

  private void forPeriods(JsonNode n, java.util.function.ObjIntConsumer<JsonNode> each) {
    JsonNode periods = n.get("periods");
    for (int k = 0; periods != null && k < periods.size(); k++) {
      int t = c.periodIndex(periods.get(k).path("period").asText());
      if (t >= 0) {
        each.accept(periods.get(k), t);
      }
    }
  }

  private void policies() {
    JsonNode list = c.s.root.get("policies");
    List<String> ids = new ArrayList<>();
    for (JsonNode n : items(list)) {
      ids.add(n.path("id").asText(null));
    }
    c.f.same("policy report", "policies", "policy ids in order", ids,
        c.in.policies().stream().map(Policy::id).toList());
    for (int k = 0; k < c.in.policies().size() && k < ids.size(); k++) {
      Policy p = c.in.policies().get(k);
      JsonNode n = list.get(k);
      int r = c.rows.policy[k];
      var spec = c.model.spec(r);
      String id = p.id();
      Written pw = new Written(c.f, "policy report");
      String unit = spec.rhsUnit();
      pw.num(id, n, "activity", c.model.activity(r)[0] + spec.constant(), unit);
      pw.num(id, n, "lowerBound", spec.lb() + spec.constant(), unit);
      pw.num(id, n, "upperBound", spec.ub() + spec.constant(), unit);
      pw.exact(id, n, "unit", spec.rhsUnit());
      pw.exact(id, n, "type", p.type().name());
      pw.exact(id, n, "name", p.name());
      Double shadow = dual(r);
      pw.opt(id, n, "shadowPrice", shadow, spec.dualUnit());
      pw.exact(id, n, "binding", shadow != null && shadow != 0);
      pw.exact(id, n, "shadowPriceUnit", spec.dualUnit());
    }
  }

  /** prices.electricity, prices.heatCnyPerGj and prices.coal: one entry per row, in region, period / grade order. */
  private void lists() {
    JsonNode prices = c.s.root.path("prices");
    List<String> elec = new ArrayList<>();
    List<Integer> elecRows = new ArrayList<>();
    List<String> heat = new ArrayList<>();
    List<Integer> heatRows = new ArrayList<>();
    List<String> coal = new ArrayList<>();
    List<Integer> coalRows = new ArrayList<>();
    for (int r = 0; y != null && r < c.in.regions().size(); r++) {
      String id = c.in.regions().get(r).id();
      for (int t = 0; t < c.nt; t++) {
        addIf(elec, elecRows, c.rows.power[r][t], id + "|" + c.pid[t]);
        addIf(heat, heatRows, c.rows.heat[r][t], id + "|" + c.pid[t]);
      }
      for (int g = 0; g < c.in.coalGrades().size(); g++) {
        for (int k = 0; k < c.classes.length; k++) {
          addIf(coal, coalRows, c.rows.coal[r][g][k], id + "|" + c.in.coalGrades().get(g).id() + "|" + c.className(k));
        }
      }
    }
    compare(prices.get("electricity"), elec, elecRows, "electricity", "cnyPerMwh", "period");
    compare(prices.get("heatCnyPerGj"), heat, heatRows, "heatCnyPerGj", "cnyPerMwh", "period");
    compare(prices.get("coal"), coal, coalRows, "coal", "cnyPerT", "grade", "originClass");
  }

  private static void addIf(List<String> keys, List<Integer> rows, int row, String key) {
    if (row >= 0) {
      keys.add(key);
      rows.add(row);
    }
  }

  private void compare(JsonNode written, List<String> want, List<Integer> rows, String name, String field,
      String... keys) {
    List<String> got = new ArrayList<>();
    for (JsonNode n : items(written)) {
      StringBuilder k = new StringBuilder(n.path("region").asText(null));
      for (String key : keys) {
        k.append('|').append(n.path(key).isNull() ? "null" : n.path(key).asText(null));
      }
      got.add(k.toString());
    }
    c.f.same("price", "prices." + name, "entries (region, period or grade, class) in order", got, want);
    if (!got.equals(want)) {
      return;
    }
    for (int k = 0; k < want.size(); k++) {
      int row = rows.get(k);
      w.num("prices." + name + "[" + k + "]", written.get(k), field, y[row], c.model.spec(row).dualUnit());
    }
  }

  /**
   * Rows of a cap family that only define a quantity (a FLAT industry's annual output, units started and stopped):
   * never binding.
   */
  static boolean definition(String row) {
    return row.startsWith("ind_sum.") || row.startsWith("startup.");
  }

  /** binding[]: exactly the cap rows with a nonzero dual, sorted by row name, each figure recomputed. */
  private void binding() {
    JsonNode list = c.s.root.get("binding");
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; y != null && i < y.length; i++) {
      if (y[i] != 0 && CAP_FAMILIES.contains(c.model.spec(i).family()) && !definition(c.model.spec(i).name())) {
        rows.add(i);
      }
    }
    rows.sort((a, b) -> c.model.spec(a).name().compareTo(c.model.spec(b).name()));
    List<String> got = new ArrayList<>();
    for (JsonNode n : items(list)) {
      got.add(n.path("row").asText(null));
    }
    List<String> want = rows.stream().map(i -> c.model.spec(i).name()).toList();
    c.f.same("binding", "binding", "rows (cap rows with a nonzero dual, by name)", got, want);
    if (!got.equals(want)) {
      return;
    }
    Written bw = new Written(c.f, "binding");
    for (int k = 0; k < rows.size(); k++) {
      int i = rows.get(k);
      var spec = c.model.spec(i);
      JsonNode n = list.get(k);
      double yi = y[i];
      double rhs = yi > 0 ? spec.lb() : spec.ub();
      double size = Math.max(Math.abs(rhs), c.model.activity(i)[1]);
      bw.exact(spec.name(), n, "family", spec.family());
      bw.exact(spec.name(), n, "entity", spec.entity());
      bw.exact(spec.name(), n, "period", spec.period());
      bw.exact(spec.name(), n, "unit", spec.dualUnit());
      bw.exact(spec.name(), n, "rhsUnit", spec.rhsUnit());
      bw.num(spec.name(), n, "shadowPrice", yi, spec.dualUnit());
      bw.num(spec.name(), n, "valueOfRelaxing", Math.abs(yi) * spec.perRhsUnit(), "CNY/" + spec.rhsUnit());
      bw.num(spec.name(), n, "valueOfOnePercentCny", Math.abs(yi) * size * 0.01, "CNY");
    }
  }
}
