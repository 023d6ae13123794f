package org.coalgrid.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvRows;
import org.coalgrid.output.Json;
import org.coalgrid.words.Fmt;

/**
 * What {@code coalgrid montecarlo} prints and writes (docs/stochastic.md §4): the statistics per KPI in planners'
 * units, and the files {@code montecarlo.json} (plan, draws, outcomes, statistics), {@code samples.csv} (one row per
 * draw: its basin multipliers, status and KPIs) and {@code statistics.csv} (one row per KPI: n, mean, sd, P5, P50,
 * P95, 95 % confidence interval of the mean). Nothing written depends on the time or the number of threads, so two
 * runs with the same seed write the same bytes. Stateless.
 */
public final class MonteCarloReport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private MonteCarloReport() {}

  /** The console summary. */
  public static String summary(MonteCarloResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.name()).append(": Monte Carlo over ").append(r.samples()).append(" hydro years (seed ").append(r.seed())
        .append("), first stage fixed to the ").append(r.planKind()).append(" plan");
    String decisions = String.join(", ", StochasticReport.decisions(r.plan()));
    b.append(decisions.isEmpty() ? "" : " (" + decisions + ")").append('\n');
    if (r.unsolved() > 0) {
      b.append("  ").append(r.unsolved()).append(" draws did not solve and are left out of the statistics\n");
    }
    b.append(String.format(java.util.Locale.ROOT, "  %-26s %-36s %-36s %-36s %s%n", "KPI", "mean (95 % CI of the mean)",
        "P5", "P50", "P95"));
    for (MonteCarloResult.KpiStatistics s : r.statistics()) {
      if (s.n() == 0) {
        continue;
      }
      DoubleFunction<String> f = words(s.unit());
      b.append("  ").append(Fmt.pad(s.kpi(), 27)).append(Fmt.pad(f.apply(s.mean()) + (s.ciLow() == null ? ""
          : " ±" + Fmt.num((s.ciHigh() - s.ciLow()) / 2 / scale(s.unit()), 2)), 37)).append(Fmt.pad(f.apply(s.p5()), 37))
          .append(Fmt.pad(f.apply(s.p50()), 37)).append(f.apply(s.p95())).append('\n');
    }
    b.append("  (sd, n and the interval bounds in statistics.csv; percentiles are Commons Math's default estimate)\n");
    return b.toString();
  }

  private static DoubleFunction<String> words(String unit) {
    return switch (unit) {
      case "CNY/yr" -> v -> Fmt.num(v / 1e8, 2) + " 亿元";
      case "t/yr" -> v -> Fmt.num(v / 1e4, 1) + " 万吨";
      case "MWh/yr" -> v -> Fmt.num(v / 1e5, 2) + " 亿千瓦时";
      default -> v -> Fmt.num(v, 1) + " " + unit;
    };
  }

  private static double scale(String unit) {
    return switch (unit) {
      case "CNY/yr" -> 1e8;
      case "t/yr" -> 1e4;
      case "MWh/yr" -> 1e5;
      default -> 1;
    };
  }

  /** montecarlo.json. */
  public static ObjectNode json(MonteCarloResult r) {
    ObjectNode root = F.objectNode();
    root.put("name", r.name());
    if (!r.scenario().isEmpty()) { // the --set what-ifs, as solution.json records them (for coalgrid verify)
      root.set("scenario", Json.MAPPER.valueToTree(r.scenario()));
    }
    root.put("instanceSha256", r.instanceSha256());
    root.put("samples", r.samples()).put("seed", r.seed()).put("plan", r.planKind());
    root.set("firstStage", Json.MAPPER.valueToTree(r.plan()));
    ArrayNode stats = root.putArray("statistics");
    for (MonteCarloResult.KpiStatistics s : r.statistics()) {
      stats.add(Json.MAPPER.valueToTree(s));
    }
    ArrayNode draws = root.putArray("draws");
    for (int i = 0; i < r.outcomes().size(); i++) {
      ScenarioOutcome o = r.outcomes().get(i);
      ObjectNode d = draws.addObject().put("id", o.scenario()).put("status", o.status());
      ObjectNode m = d.putObject("inflowMultipliers");
      for (int k = 0; k < r.basins().size(); k++) {
        m.put(r.basins().get(k), r.multipliers().get(i)[k]);
      }
      if (o.solved()) {
        d.put("costCny", o.costCny()).put("coalToPowerT", o.coalToPowerT()).put("hydroMwh", o.hydroMwh())
            .put("exportShortfallMwh", o.exportShortfallMwh()).put("unservedMwh", o.unservedMwh());
        if (o.meanPowerPriceCnyPerMwh() != null) {
          d.put("meanPowerPriceCnyPerMwh", o.meanPowerPriceCnyPerMwh());
        }
        // each internal region's hours-weighted price, so that the verifier recomputes its statistics
        ObjectNode prices = d.putObject("powerPriceCnyPerMwh");
        var in = o.solution().instance();
        in.regions().stream().filter(g -> !g.external()).forEach(g -> {
          Double v = HydroMonteCarlo.regionPrice(in, o, g.id());
          if (v != null) {
            prices.put(g.id(), v);
          }
        });
      }
    }
    return root;
  }

  /** A KPI in tonnes or MWh: a quantity that cannot be negative. */
  private static boolean quantity(String unit) {
    return unit.equals("t/yr") || unit.equals("MWh/yr");
  }

  /**
   * Writes montecarlo.json, samples.csv and statistics.csv into an output set (kind "montecarlo"); not committed.
   * The tables show a quantity's solver residual below zero (unserved energy at −1e-9 MWh) as 0 ({@link
   * Fmt#quantity}); montecarlo.json keeps the solver's figures, from which verify recomputes every statistic.
   */
  public static void write(MonteCarloResult r, AtomicOutput files) throws IOException {
    files.file("montecarlo.json", w -> Json.writer().writeValue(w, json(r)));
    files.file("samples.csv", CsvRows.table(t -> {
      List<String> head = new ArrayList<>(List.of("sample"));
      r.basins().forEach(b -> head.add("inflowMultiplier." + b));
      head.addAll(List.of("status", "costCny", "coalToPowerT", "hydroMwh", "exportShortfallMwh", "unservedMwh",
          "meanPowerPriceCnyPerMwh"));
      t.header(head.toArray(String[]::new));
      for (int i = 0; i < r.outcomes().size(); i++) {
        ScenarioOutcome o = r.outcomes().get(i);
        List<Object> row = new ArrayList<>(List.of(o.scenario()));
        for (double m : r.multipliers().get(i)) {
          row.add(m);
        }
        row.add(o.status());
        if (o.solved()) {
          row.addAll(List.of(o.costCny(), Fmt.quantity(o.coalToPowerT()), Fmt.quantity(o.hydroMwh()),
              Fmt.quantity(o.exportShortfallMwh()), Fmt.quantity(o.unservedMwh())));
          row.add(o.meanPowerPriceCnyPerMwh());
        }
        t.row(row.toArray());
      }
    }));
    files.file("statistics.csv", CsvRows.table(t -> {
      t.header("kpi", "unit", "n", "mean", "sd", "p5", "p50", "p95", "ciLow95", "ciHigh95");
      for (MonteCarloResult.KpiStatistics s : r.statistics()) {
        DoubleUnaryOperator q = quantity(s.unit()) ? Fmt::quantity : v -> v;
        t.row(s.kpi(), s.unit(), s.n(), q.applyAsDouble(s.mean()), s.sd(), q.applyAsDouble(s.p5()),
            q.applyAsDouble(s.p50()), q.applyAsDouble(s.p95()), s.ciLow() == null ? null : q.applyAsDouble(s.ciLow()),
            s.ciHigh() == null ? null : q.applyAsDouble(s.ciHigh()));
      }
    }));
  }
}
