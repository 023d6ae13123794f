package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coalgrid.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
 *       bare read-and-solve of the same MPS by the same backend, in process CPU seconds
 *       ({@code cpuOverheadRatioVsReadAndSolve}; a baseline without it is compared in wall seconds,
 *       {@code overheadRatioVsReadAndSolve}) at most {@code --time-factor} times the baseline's (default 3),
 *       checked only where the baseline's bare read-and-solve took at least {@code --min-floor} seconds of the
 *       same clock (default 0.5; below that JVM warm-up dominates);</li>
 *   <li>time against the fastest bare solver, for the cases that ran several ({@code cpuRatioToFastestFloor}:
 *       coalgrid end to end with the requested backend, usually {@code auto}, over the fastest bare solver of
 *       the same MPS in the same run, both in process CPU seconds; a baseline without CPU figures is compared
 *       in wall seconds, {@code ratioToFastestFloor}): at most {@code --fastest-factor} times the baseline's
 *       (default 1.5), where the baseline's fastest floor took at least {@code --min-floor} seconds. This is
 *       what catches a default backend that scales badly.</li>
 * </ol>
 * Cases are matched by instance and requested backend ({@code auto} stays {@code auto}, so a change of the
 * default is timed, not reported as a missing case).
 * Prints one line per check; exit code 0 if all pass, 1 on a regression, 2 on unusable input.
 *
 * <pre>bench/compare BASELINE.json RUN.json [--time-factor 3] [--fastest-factor 1.5] [--work-tol 0.25]
 *     [--objective-tol 1e-6] [--min-floor 0.5]</pre>
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare a benchmark run with a baseline; exit 1 on a regression, 2 on unusable input.")
public final class Compare implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BASELINE.json", description = "The committed baseline.")
  Path baseline;

  @Parameters(index = "1", paramLabel = "RUN.json", description = "The run to check.")
  Path runFile;

  @Option(names = "--time-factor", defaultValue = "3", paramLabel = "F",
      description = "Largest allowed growth of the ratio to the same backend's bare solve (default ${DEFAULT-VALUE}).")
  double timeFactor;

  @Option(names = "--fastest-factor", defaultValue = "1.5", paramLabel = "F",
      description = "Largest allowed growth of the ratio to the fastest bare solver (default ${DEFAULT-VALUE}).")
  double fastestFactor;

  @Option(names = "--work-tol", defaultValue = "0.25", paramLabel = "T",
      description = "Allowed relative growth of iterations and nodes (default ${DEFAULT-VALUE}).")
  double workTol;

  @Option(names = "--objective-tol", defaultValue = "1e-6", paramLabel = "T",
      description = "Relative objective tolerance for LPs (default ${DEFAULT-VALUE}; MILPs at least 1e-4).")
  double objTol;

  @Option(names = "--min-floor", defaultValue = "0.5", paramLabel = "S",
      description = "Time ratios are gated only where the baseline's floor took this long (default ${DEFAULT-VALUE}).")
  double minFloor;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the comparison and returns the exit code (usage errors: 2). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Compare());
    cl.setParameterExceptionHandler((ex, a) -> {
      System.err.println("compare: " + ex.getMessage());
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    JsonNode base;
    JsonNode run;
    try {
      base = read(baseline);
      run = read(runFile);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("compare: " + e.getMessage());
      return 2;
    }
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
      // in process CPU seconds where the baseline has them (robust to other jobs), else in wall seconds
      boolean cpuRatio = b.has("cpuOverheadRatioVsReadAndSolve");
      String clock = cpuRatio ? "cpuSeconds" : "seconds";
      double bFloor = b.path("floor").path(clock).path("solve").asDouble()
          + b.path("floor").path(clock).path("read").asDouble();
      String ratioField = cpuRatio ? "cpuOverheadRatioVsReadAndSolve" : "overheadRatioVsReadAndSolve";
      double bRatio = b.path(ratioField).asDouble();
      double rRatio = r.path(ratioField).asDouble(Double.NaN);
      if (bFloor >= minFloor) {
        check(failures, key, "time ratio", rRatio <= bRatio * timeFactor, fmt(bRatio),
            fmt(rRatio) + " (max " + fmt(bRatio * timeFactor) + (cpuRatio ? ", CPU s)" : ", wall s)"));
      } else {
        System.out.printf(Locale.ROOT, "info %-28s time ratio %s -> %s (not gated: bare solve %.3f s < %.1f s)%n",
            key, fmt(bRatio), fmt(rRatio), bFloor, minFloor);
      }
      // in process CPU seconds where the baseline has them (robust to other jobs), else in wall seconds
      boolean byCpu = b.has("cpuRatioToFastestFloor");
      if (byCpu || b.has("ratioToFastestFloor")) {
        String ratio = byCpu ? "cpuRatioToFastestFloor" : "ratioToFastestFloor";
        double bFast = b.path(ratio).asDouble();
        double rFast = r.path(ratio).asDouble(Double.NaN);
        String detail = fmt(rFast) + " (max " + fmt(bFast * fastestFactor) + "; " + r.path("backend").asText()
            + " against " + r.path(byCpu ? "fastestFloorByCpu" : "fastestFloor")
            .asText("no floor that reached the objective") + (byCpu ? ", CPU s" : ", wall s") + ")";
        if (b.path(byCpu ? "fastestFloorCpuSeconds" : "fastestFloorSeconds").asDouble() >= minFloor) {
          check(failures, key, "vs fastest", rFast <= bFast * fastestFactor, fmt(bFast), detail);
        } else {
          System.out.printf(Locale.ROOT, "info %-28s vs fastest %s -> %s (not gated: fastest floor < %.1f s)%n",
              key, fmt(bFast), detail, minFloor);
        }
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
      String backend = r.has("requestedBackend") ? r.path("requestedBackend").asText() : r.path("backend").asText();
      m.put(r.path("instance").asText() + ":" + backend, r);
    }
    return m;
  }

  private static JsonNode read(Path file) throws IOException {
    JsonNode n = Json.MAPPER.readTree(file.toFile());
    if (n == null || !n.path("results").isArray()) {
      throw new IOException(file + " is not a benchmark run (no results array)");
    }
    return n;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
