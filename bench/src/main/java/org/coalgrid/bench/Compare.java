package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coalgrid.output.Json;

/**
 * Compares a benchmark run with a committed baseline (both written by {@link Suite}) and fails on a
 * regression. Gates only on what is stable on a noisy, shared 2-core machine:
 * <ol>
 *   <li>status: must equal the baseline's;</li>
 *   <li>model size (columns, rows, nonzeros, integers): must be equal (a formulation change updates the
 *       baseline on purpose);</li>
 *   <li>objective: relative difference at most {@code --objective-tol} (default 1e-6; 1e-4, the MIP gap, when
 *       the model has integers);</li>
 *   <li>work: simplex iterations (and MIP nodes) at most {@code (1 + --work-tol)} times the baseline's plus 10
 *       (default 0.25);</li>
 *   <li>time, as a ratio measured within the same run, never as absolute seconds: coalgrid end to end over the
 *       bare read-and-solve of the same MPS by the same backend ({@code overheadRatioVsReadAndSolve}) at most
 *       {@code --time-factor} times the baseline's (default 3), checked only where the baseline's bare
 *       read-and-solve took at least {@code --min-floor} seconds (default 0.5; below that JVM warm-up
 *       dominates).</li>
 * </ol>
 * Prints one line per check; exit code 0 if all pass, 1 on a regression, 2 on unusable input.
 *
 * <pre>bench/compare BASELINE.json RUN.json [--time-factor 3] [--work-tol 0.25] [--objective-tol 1e-6]</pre>
 */
public final class Compare {
  private Compare() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the comparison and returns the exit code. */
  public static int run(String... args) {
    if (args.length < 2) {
      System.err.println("usage: compare BASELINE.json RUN.json [--time-factor F] [--work-tol T] "
          + "[--objective-tol T] [--min-floor S]");
      return 2;
    }
    JsonNode base;
    JsonNode run;
    Args opts;
    try {
      base = read(args[0]);
      run = read(args[1]);
      String[] rest = new String[args.length - 2];
      System.arraycopy(args, 2, rest, 0, rest.length);
      opts = Args.parse(rest);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("compare: " + e.getMessage());
      return 2;
    }
    double timeFactor = Double.parseDouble(opts.get("--time-factor", "3"));
    double workTol = Double.parseDouble(opts.get("--work-tol", "0.25"));
    double objTol = Double.parseDouble(opts.get("--objective-tol", "1e-6"));
    double minFloor = Double.parseDouble(opts.get("--min-floor", "0.5"));
    List<String> failures = new ArrayList<>();
    Map<String, JsonNode> runByKey = byKey(run);
    for (Map.Entry<String, JsonNode> e : byKey(base).entrySet()) {
      String key = e.getKey();
      JsonNode b = e.getValue();
      JsonNode r = runByKey.get(key);
      if (r == null) {
        failures.add(key + ": missing from the run");
        continue;
      }
      check(failures, key, "status", b.path("status").asText().equals(r.path("status").asText()),
          b.path("status").asText(), r.path("status").asText());
      for (String f : new String[] {"columns", "rows", "nonzeros", "integers"}) {
        long bv = b.path("model").path(f).asLong();
        long rv = r.path("model").path(f).asLong();
        check(failures, key, f, bv == rv, Long.toString(bv), Long.toString(rv));
      }
      boolean mip = b.path("model").path("integers").asLong() > 0;
      double bo = b.path("objective").asDouble();
      double ro = r.path("objective").asDouble();
      double tol = mip ? Math.max(objTol, 1e-4) : objTol;
      double rel = Math.abs(bo - ro) / Math.max(1.0, Math.abs(bo));
      check(failures, key, "objective", rel <= tol, fmt(bo), fmt(ro) + " (rel. diff " + fmt(rel) + ", tol "
          + fmt(tol) + ")");
      for (String f : new String[] {"iterations", "nodes"}) {
        long bv = b.path(f).asLong();
        long rv = r.path(f).asLong();
        double max = bv * (1 + workTol) + 10;
        check(failures, key, f, rv <= max, Long.toString(bv), rv + " (max " + (long) max + ")");
      }
      double bFloor = b.path("floor").path("seconds").path("solve").asDouble()
          + b.path("floor").path("seconds").path("read").asDouble();
      double bRatio = b.path("overheadRatioVsReadAndSolve").asDouble();
      double rRatio = r.path("overheadRatioVsReadAndSolve").asDouble();
      if (bFloor >= minFloor) {
        check(failures, key, "time ratio", rRatio <= bRatio * timeFactor, fmt(bRatio),
            fmt(rRatio) + " (max " + fmt(bRatio * timeFactor) + ")");
      } else {
        System.out.printf(Locale.ROOT, "info %-28s time ratio %s -> %s (not gated: bare solve %.3f s < %.1f s)%n",
            key, fmt(bRatio), fmt(rRatio), bFloor, minFloor);
      }
    }
    if (failures.isEmpty()) {
      System.out.println("compare: no regression (" + byKey(base).size() + " cases)");
      return 0;
    }
    System.out.println("compare: " + failures.size() + " regression(s):");
    failures.forEach(f -> System.out.println("  " + f));
    return 1;
  }

  private static void check(List<String> failures, String key, String what, boolean ok, String base, String run) {
    System.out.printf(Locale.ROOT, "%s %-28s %-10s %s -> %s%n", ok ? "ok  " : "FAIL", key, what, base, run);
    if (!ok) {
      failures.add(key + " " + what + ": " + base + " -> " + run);
    }
  }

  private static Map<String, JsonNode> byKey(JsonNode suite) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode r : suite.path("results")) {
      m.put(r.path("instance").asText() + ":" + r.path("backend").asText(), r);
    }
    return m;
  }

  private static JsonNode read(String file) throws IOException {
    JsonNode n = Json.MAPPER.readTree(Path.of(file).toFile());
    if (n == null || !n.path("results").isArray()) {
      throw new IOException(file + " is not a benchmark run (no results array)");
    }
    return n;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
