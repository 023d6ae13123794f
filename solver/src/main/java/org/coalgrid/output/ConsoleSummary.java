package org.coalgrid.output;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.io.Scenario;
import org.coalgrid.lp.CostTerm;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.Fmt;

/** The one-screen summary printed by {@code coalgrid solve}. */
public final class ConsoleSummary {
  private ConsoleSummary() {}

  /**
   * The summary; {@code topCaps} are the lines of the "most valuable binding caps" section, ranked by the
   * explainer (see {@code org.coalgrid.explain.Explanation#topCaps}).
   */
  public static String render(AllocationResult r, Instance in, double buildSeconds, double solveSeconds,
      List<String> topCaps) {
    StringBuilder sb = new StringBuilder();
    String name = in.meta().name();
    sb.append("coalgrid ").append(r.coalgridVersion()).append(" | ").append(name).append(" | ")
        .append(r.objectiveMode().toLowerCase()).append(" mode | solver ").append(r.solver().get("backend"))
        .append('\n');
    sb.append("Model: ").append(Fmt.num(r.model().variables(), 0)).append(" variables (")
        .append(r.model().integerVariables()).append(" integer), ").append(Fmt.num(r.model().constraints(), 0))
        .append(" constraints, ").append(Fmt.num(r.model().nonzeros(), 0)).append(" nonzeros\n");
    sb.append("Status: ").append(r.status()).append(" - ").append(statusWords(r.status()));
    if (r.statusNote() != null && !r.statusNote().isEmpty()) {
      sb.append(" (").append(r.statusNote()).append(')');
    }
    sb.append('\n');
    if (r.objective() == null) {
      sb.append("Solve time: build ").append(Fmt.num(buildSeconds, 2)).append(" s, solve ")
          .append(Fmt.num(solveSeconds, 2)).append(" s\n");
      return sb.toString();
    }
    var obj = r.objective();
    sb.append('\n').append("Objective: ").append(Fmt.money(obj.totalCny())).append(" per year");
    if (obj.relativeGap() != null) {
      sb.append(", MIP gap ").append(Fmt.pct(obj.relativeGap()));
    }
    sb.append('\n');
    for (Map.Entry<String, Double> e : obj.termsCny().entrySet()) {
      if (Math.abs(e.getValue()) >= 0.5) {
        sb.append("  ").append(Fmt.pad(CostTerm.valueOf(e.getKey()).label(), 46)).append(Fmt.money(e.getValue()))
            .append('\n');
      }
    }
    BuildSummary.append(sb, r, in);
    var k = r.kpis();
    sb.append('\n').append("Coal 煤炭\n");
    line(sb, "produced 产量", Fmt.tonnes(k.coalProducedT()));
    washed(sb, r, in, k.coalProducedT());
    line(sb, "to power plants 发电用煤", Fmt.tonnes(k.coalToPowerT()));
    line(sb, "to integrated industries 一体化产业用煤", Fmt.tonnes(k.coalToIndustryT()));
    line(sb, "to other users", Fmt.tonnes(k.coalToOtherDemandT()));
    line(sb, "outbound 外运", Fmt.tonnes(k.coalOutboundT()));
    line(sb, "local conversion 就地转化率", Fmt.pct(k.localConversionRate()));
    sb.append('\n').append("Generation 发电量 (internal regions)\n");
    for (Map.Entry<String, Double> e : k.generationByTypeMwh().entrySet()) {
      double cap = k.capacityByTypeMw().getOrDefault(e.getKey(), 0.0);
      sb.append("  ").append(Fmt.pad(e.getKey(), 16)).append(Fmt.pad(Fmt.energy(e.getValue()), 30)).append("capacity ")
          .append(Fmt.power(cap)).append('\n');
    }
    sb.append("  ").append(Fmt.pad("total", 16)).append(Fmt.energy(k.generationMwh())).append('\n');
    if (k.unitCoalLargeGcePerKwh() != null) {
      line(sb, "large coal units, coal per kWh", Fmt.num(k.unitCoalLargeGcePerKwh(), 1) + " gce/kWh");
    }
    for (var p : r.plants()) {
      if (p.arbitrageCny() != null) {
        sb.append("  storage 储能 ").append(p.id()).append(": generates ").append(Fmt.energy(p.generationMwh()))
            .append(", earns ").append(Fmt.money(p.arbitrageCny())).append("/yr arbitrage (at its region's prices)\n");
      }
      if (p.startUps() != null) {
        sb.append("  unit starts 机组启动 ").append(p.id()).append(": ").append(Fmt.num(p.startUps().starts(), 0))
            .append(" starts/yr, ").append(Fmt.power(p.startUps().startedMw())).append(" started/yr, costing ")
            .append(Fmt.money(p.startUps().costCny())).append("/yr\n");
      }
    }
    if (!r.exports().isEmpty()) {
      sb.append('\n').append("Exports 外送 (西电东送)\n");
      for (var x : r.exports()) {
        sb.append("  ").append(x.id()).append(" -> ").append(x.region()).append(": delivered ")
            .append(Fmt.energy(x.deliveredMwh())).append(" of ").append(Fmt.energy(x.firmMwh()))
            .append(" contracted; shortfall ").append(Fmt.energy(x.shortfallMwh())).append('\n');
      }
    }
    if (k.directSupplyMwh() > 0) {
      line(sb, "direct supply 直供电", Fmt.energy(k.directSupplyMwh()));
    }
    sb.append('\n');
    line(sb, "Unserved energy 缺电", Fmt.energy(k.unservedMwh()));
    line(sb, "CO2 / SO2", Fmt.tonnes(k.co2T()) + " CO2, " + Fmt.num(k.so2T() / 1e3, 1) + " kt SO2");
    sb.append('\n');
    if (r.prices().available()) {
      sb.append("Most valuable binding caps (value of relaxing each by 1 %, per year)\n");
      if (topCaps.isEmpty()) {
        sb.append("  none: no cap or policy binds\n");
      }
      for (int rank = 1; rank <= topCaps.size(); rank++) {
        sb.append("  ").append(rank).append(". ").append(topCaps.get(rank - 1)).append('\n');
      }
      sb.append('\n').append("Prices (checked: ").append(r.prices().certificate().get("message")).append(")\n");
      sb.append(range("  electricity", r.prices().electricity().stream().map(p -> p.cnyPerMwh()).toList(), "CNY/MWh"));
      sb.append(range("  coal", r.prices().coal().stream().map(p -> p.cnyPerT()).toList(), "CNY/t"));
    } else {
      sb.append("Prices: not reported - ").append(r.prices().note()).append('\n');
    }
    sb.append('\n').append("Solve time: build ").append(Fmt.num(buildSeconds, 2)).append(" s, solve ")
        .append(Fmt.num(solveSeconds, 2)).append(" s\n");
    return sb.toString();
  }

  /**
   * The raw coal washed 入洗 by the internal mines and its share of the raw output (原煤入选比例), as the metrics
   * {@code coal.washed} and {@code coal.washedShare} count it: a mine's washery's tonnes washed, or its fixed
   * washedShare × output; nothing when no internal mine washes.
   */
  private static void washed(StringBuilder sb, AllocationResult r, Instance in, double producedT) {
    Map<String, org.coalgrid.domain.Mine> mines = in.minesById();
    double washed = 0;
    boolean any = false;
    for (var m : r.mines()) {
      var mine = mines.get(m.id());
      if (mine == null || mine.washing() == null || in.isExternal(mine.region())) {
        continue;
      }
      any = true;
      washed += m.washery() != null ? m.washery().washedT() : mine.washing().washedShare() * m.outputT();
    }
    if (any) {
      line(sb, "washed 入洗", Fmt.tonnes(washed) + (producedT > 0 ? ", " + Fmt.pct(washed / producedT)
          + " of produced (原煤入选比例)" : ""));
    }
  }

  /** The one line of {@code solve --quiet}: {@code "plan.json: OPTIMAL, objective ... per year"}. */
  public static String statusLine(String source, AllocationResult r) {
    return source + ": " + r.status()
        + (r.objective() != null ? ", objective " + Fmt.money(r.objective().totalCny()) + " per year" : "");
  }

  /** One line per override applied: {@code What-if --set PATH=VALUE  ($.json.path was OLD)}. */
  public static String whatIf(List<Scenario.Applied> applied) {
    StringBuilder sb = new StringBuilder();
    for (var a : applied) {
      sb.append("What-if --set ").append(a.text()).append("  (").append(a.jsonPath()).append(" was ")
          .append(a.previous() == null ? "absent" : a.previous().toString()).append(")\n");
    }
    return sb.toString();
  }

  /** The line of {@code coalgrid validate} for a valid instance. */
  public static String valid(String source, int overrides, Instance in) {
    String with = overrides == 0 ? "" : " with " + overrides + " override" + (overrides == 1 ? "" : "s");
    return String.format("%s%s: valid (%s; %d periods, %d regions, %d mines, %d plants, %d lines, %d industries, "
        + "%d policies%s)", source, with, in.meta().name(), in.periods().size(), in.regions().size(), in.mines().size(),
        in.plants().size(), in.lines().size(), in.industries().size(), in.policies().size(),
        in.hasIntegerDecisions() ? "; MILP" : "; LP");
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append("  ").append(Fmt.pad(label, 44)).append(value).append('\n');
  }

  private static String range(String label, List<Double> values, String unit) {
    if (values.isEmpty()) {
      return "";
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return String.format("%-14s %s to %s %s (%d values; 'explain' lists them, '--out' writes prices_*.csv)%n", label, Fmt.num(min, 1), Fmt.num(max, 1),
        unit, values.size());
  }

  public static String statusWords(String status) {
    return switch (status) {
      case "OPTIMAL" -> "the plan closes; this is the least-cost allocation";
      case "FEASIBLE" -> "a feasible allocation, stopped at the time limit (see the gap)";
      case "INFEASIBLE" -> "the plan cannot close: no allocation meets every demand, contract, cap and policy";
      case "UNBOUNDED" -> "the cost can fall without limit: a cap or cost is missing";
      case "NO_SOLUTION" -> "the time limit passed before any feasible allocation was found";
      default -> "the solver failed";
    };
  }
}
