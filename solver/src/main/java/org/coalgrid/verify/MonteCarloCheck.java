package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Region;
import org.coalgrid.io.InstanceWriter;

/**
 * Checks the statistics of a {@code coalgrid montecarlo} output (montecarlo.json, docs/stochastic.md §4) against its
 * own table of draws: for every KPI (cost, coal to power, hydro, export shortfall, unserved, mean power price, and
 * the power price of each internal region of the instance) n, mean, the sample standard deviation, P5, P50, P95 and
 * the 95 % confidence interval of the mean are recomputed from the draws that carry the value, written out here:
 * percentiles by the estimate Commons Math uses by default (position p·(n + 1)/100 in the sorted values, linear
 * between neighbours, the smallest or largest value outside), the interval mean ± t(0.975, n − 1)·sd/√n. Also: one
 * draw per sample, a KPI for every region, and the digest of the instance the draws came from ({@code instanceSha256},
 * {@link InstanceWriter#sha256}) equal to that of the instance given, the file with the recorded {@code --set}
 * what-ifs applied (a set written without the digest is not checked so). The draws' own KPIs are those of verified
 * solves made at run time; they are not solved again here. Stateless.
 */
public final class MonteCarloCheck {
  private MonteCarloCheck() {}

  /** KPI name → the field of a draw that holds it. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("cost", "costCny");
    FIELDS.put("coalToPower", "coalToPowerT");
    FIELDS.put("hydroGeneration", "hydroMwh");
    FIELDS.put("exportShortfall", "exportShortfallMwh");
    FIELDS.put("unserved", "unservedMwh");
    FIELDS.put("meanPowerPrice", "meanPowerPriceCnyPerMwh");
  }

  /**
   * Checks {@code mc} (a montecarlo.json tree) against {@code in}, the instance it was run on.
   *
   * @throws MalformedSolutionException if montecarlo.json lacks what the checks need
   */
  public static VerificationReport verify(Instance in, JsonNode mc) {
    Findings f = new Findings();
    // the instance the draws were derived from (the file with the recorded --set what-ifs): sets written before the
    // digest was recorded have none
    JsonNode digest = mc.get("instanceSha256");
    if (digest != null) {
      f.same("instance", "montecarlo.json", "instanceSha256", digest.asText(), InstanceWriter.sha256(in));
    }
    JsonNode draws = need(mc, "draws");
    f.same("draws", "draws", "number of draws", draws.size(), need(mc, "samples").asInt());
    List<String> kpis = new ArrayList<>(FIELDS.keySet());
    for (Region r : in.regions()) {
      if (!r.external()) {
        kpis.add("powerPrice." + r.id());
      }
    }
    JsonNode stats = need(mc, "statistics");
    List<String> written = new ArrayList<>();
    stats.forEach(s -> written.add(s.path("kpi").asText()));
    f.same("statistics", "statistics", "kpi", written, kpis);
    for (JsonNode s : stats) {
      String kpi = s.path("kpi").asText();
      String unit = s.path("unit").asText("");
      double[] v = values(draws, kpi);
      String who = kpi;
      f.same("statistics", who, "n", s.path("n").asInt(-1), v.length);
      if (v.length == 0) {
        continue;
      }
      double mean = 0;
      for (double x : v) {
        mean += x;
      }
      mean /= v.length;
      double ss = 0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      f.written("statistics", who, "mean", s.path("mean").asDouble(Double.NaN), mean, unit);
      f.written("statistics", who, "sd", s.path("sd").asDouble(Double.NaN), sd, unit);
      f.written("statistics", who, "p5", s.path("p5").asDouble(Double.NaN), percentile(sorted, 5), unit);
      f.written("statistics", who, "p50", s.path("p50").asDouble(Double.NaN), percentile(sorted, 50), unit);
      f.written("statistics", who, "p95", s.path("p95").asDouble(Double.NaN), percentile(sorted, 95), unit);
      if (v.length > 1) {
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(v.length);
        f.written("statistics", who, "ciLow", s.path("ciLow").asDouble(Double.NaN), mean - half, unit);
        f.written("statistics", who, "ciHigh", s.path("ciHigh").asDouble(Double.NaN), mean + half, unit);
      }
    }
    return new VerificationReport(f.violations(), f.checks());
  }

  /** The values of {@code kpi} over the draws that carry it (finite), in draw order. */
  private static double[] values(JsonNode draws, String kpi) {
    List<Double> out = new ArrayList<>();
    for (JsonNode d : draws) {
      JsonNode v = kpi.startsWith("powerPrice.") ? d.path("powerPriceCnyPerMwh").path(kpi.substring(11))
          : d.path(FIELDS.getOrDefault(kpi, kpi));
      if (v.isNumber() && Double.isFinite(v.asDouble())) {
        out.add(v.asDouble());
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The p-th percentile of sorted values: position p·(n + 1)/100, linear between neighbours. */
  static double percentile(double[] sorted, double p) {
    int n = sorted.length;
    double pos = p * (n + 1) / 100;
    if (n == 1 || pos < 1) {
      return sorted[0];
    }
    if (pos >= n) {
      return sorted[n - 1];
    }
    int i = (int) Math.floor(pos);
    double lower = sorted[i - 1];
    return lower + (pos - i) * (sorted[i] - lower);
  }

  private static JsonNode need(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      throw new MalformedSolutionException("montecarlo.json has no " + field);
    }
    return v;
  }
}
