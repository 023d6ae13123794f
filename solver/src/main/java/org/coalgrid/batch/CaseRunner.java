package org.coalgrid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.ModelTooLargeException;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.Settings;
import org.coalgrid.api.Solution;
import org.coalgrid.api.VerificationFailedException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.domain.Period;
import org.coalgrid.output.ConsoleSummary;
import org.coalgrid.output.Json;
import org.coalgrid.result.AllocationResult;

/**
 * Solves one case in this JVM through the Java API ({@link CoalGrid#parse} then {@link CoalGrid#solve}) and turns
 * the verified solution into a {@link CaseResult}. Every failure is a result, never an exception: an invalid case
 * is {@code INVALID}, a result the verifier rejects {@code VERIFY_FAILED}, anything unexpected {@code ERROR}.
 * Used by the worker JVMs, the thread pool and the Spark tasks alike. Thread-safe.
 */
public final class CaseRunner {
  /** Column of the objective, CNY/yr. */
  public static final String OBJECTIVE = "objective.totalCny";
  /** Prefix of the hours-weighted mean electricity price per region, CNY/MWh. */
  public static final String MEAN_PRICE = "prices.electricityMeanCnyPerMwh.";

  private CaseRunner() {}

  /**
   * Solves {@code c} on {@code instanceText}; with {@code batchDir} not null and {@code solutions}, writes the
   * case's solution.json (and CSV tables) into {@code batchDir/solutions/ID/}.
   */
  public static CaseResult run(BatchCase c, String instanceText, BatchSpec.SpecSettings settings, Path batchDir,
      boolean solutions) {
    long t0 = System.nanoTime();
    try {
      Settings s = settings.toSettings();
      CoalGrid grid = CoalGrid.create(s);
      PlanningCase pc;
      try {
        pc = grid.parse(instanceText, c.instance(), WhatIf.of(c.set()));
      } catch (InvalidInstanceException e) {
        return CaseResult.failed(c.id(), CaseResult.INVALID, String.join("; ", e.lines()), seconds(t0), null);
      }
      Solution sol;
      try {
        sol = grid.solve(pc);
      } catch (ModelTooLargeException e) {
        return CaseResult.failed(c.id(), CaseResult.TOO_LARGE, e.getMessage(), seconds(t0), null);
      } catch (VerificationFailedException e) {
        return CaseResult.failed(c.id(), CaseResult.VERIFY_FAILED, firstLine(e.getMessage()), seconds(t0), null);
      }
      String solutionPath = null;
      if (solutions && batchDir != null) {
        Path dir = batchDir.resolve("solutions").resolve(c.id());
        sol.write(dir, false);
        solutionPath = "solutions/" + c.id() + "/solution.json";
      }
      AllocationResult r = sol.result();
      String message = r.statusNote() != null && !r.statusNote().isBlank() ? r.statusNote()
          : sol.status().equals("OPTIMAL") ? "" : ConsoleSummary.statusWords(sol.status());
      if (sol.repair().isPresent()) {
        message += " (the elastic repair is in solution.json)";
      }
      return new CaseResult(c.id(), sol.status(), message, figures(r, pc.instance().periods()), solutionPath,
          sol.buildSeconds(), sol.solveSeconds(), seconds(t0), null, null);
    } catch (IOException e) {
      return CaseResult.failed(c.id(), "ERROR", "cannot write the solution: " + e.getMessage(), seconds(t0), null);
    } catch (RuntimeException | OutOfMemoryError e) {
      return CaseResult.failed(c.id(), "ERROR", e.toString(), seconds(t0), null);
    }
  }

  /**
   * The figures of a result by column name: the objective and its terms (CNY/yr), every KPI of solution.json's
   * {@code kpis} (maps by key), and, when prices are certified, the hours-weighted mean electricity price per
   * region, sum over periods of price x hours / sum of hours (CNY/MWh). Empty without a solution.
   */
  static Map<String, Double> figures(AllocationResult r, List<Period> periods) {
    Map<String, Double> v = new LinkedHashMap<>();
    if (r.objective() == null) {
      return v;
    }
    v.put(OBJECTIVE, r.objective().totalCny());
    new TreeMap<>(r.objective().termsCny()).forEach((k, x) -> v.put("objective.termsCny." + k, x));
    if (r.objective().relativeGap() != null) {
      v.put("objective.relativeGap", r.objective().relativeGap());
    }
    if (r.kpis() != null) {
      JsonNode k = Json.MAPPER.valueToTree(r.kpis());
      k.fields().forEachRemaining(e -> {
        if (e.getValue().isNumber()) {
          v.put("kpis." + e.getKey(), e.getValue().asDouble());
        } else if (e.getValue().isObject()) {
          TreeMap<String, Double> sorted = new TreeMap<>();
          e.getValue().fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue().asDouble()));
          sorted.forEach((key, x) -> v.put("kpis." + e.getKey() + "." + key, x));
        }
      });
    }
    if (r.prices() != null && r.prices().available() && r.prices().electricity() != null) {
      Map<String, Double> hours = new LinkedHashMap<>();
      periods.forEach(p -> hours.put(p.id(), p.hours()));
      TreeMap<String, double[]> sums = new TreeMap<>();
      for (AllocationResult.RegionPeriodPrice p : r.prices().electricity()) {
        double h = hours.getOrDefault(p.period(), 0.0);
        double[] s = sums.computeIfAbsent(p.region(), x -> new double[2]);
        s[0] += p.cnyPerMwh() * h;
        s[1] += h;
      }
      sums.forEach((region, s) -> {
        if (s[1] > 0) {
          v.put(MEAN_PRICE + region, s[0] / s[1]);
        }
      });
    }
    return v;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
