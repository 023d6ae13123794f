package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalgrid.solve.Backend;

/**
 * The bare solvers a coalgrid run is compared with, each on the exported MPS file of the same model, each in
 * its own process. A floor is named by a spec:
 * <ul>
 *   <li>{@code ortools-BACKEND[-ALGORITHM]}: OR-Tools' {@code MPSolver} with that backend, e.g.
 *       {@code ortools-glop}, {@code ortools-clp}, {@code ortools-clp-barrier}, {@code ortools-highs}
 *       ({@link BareSolver}, in a child JVM with the parent's flags);</li>
 *   <li>{@code clp-lib-ALGORITHM}: the CLP library OR-Tools ships, through its C interface with the
 *       {@code clp} program's settings ({@link BareClp}; {@code dual}, {@code primal}, {@code barrier},
 *       {@code either}), in a child JVM;</li>
 *   <li>{@code debian-clp-ALGORITHM}, {@code debian-cbc}, {@code debian-glpsol}: Debian's own binaries,
 *       timed with {@code /usr/bin/time} (wall, CPU, peak RSS) when it exists.</li>
 * </ul>
 * Every floor reports {@code seconds.total}: for a child JVM the MPS read, the model load and the solve (the
 * JVM start and OR-Tools' native load are left out, as they are for coalgrid's own end to end); for a binary,
 * the whole process. The <em>fastest floor</em> of a run is the smallest total among the floors that reached
 * the same optimal objective as coalgrid.
 */
public final class Floors {
  private static final Pattern CLP_TIME = Pattern.compile("iterations time ([0-9.]+)");
  /** clp and cbc (on an LP cbc runs clp): "Optimal objective 82.56753328 - 1220 iterations ...". */
  private static final Pattern COIN_OBJ = Pattern.compile("Optimal objective +([-0-9.eE+]+)");
  /** glpsol's progress lines; the last one is the optimum: "*  2276: obj =   8.256753328e+01 ...". */
  private static final Pattern GLPSOL_OBJ = Pattern.compile("obj = +([-0-9.eE+]+)");

  private Floors() {}

  /** The floor of the same backend, as coalgrid drives it (CLP: its C interface, as coalgrid does). */
  public static String sameBackend(Backend backend) {
    return backend == Backend.CLP ? "clp-lib-dual" : "ortools-" + backend.cliName();
  }

  /** Whether the spec runs in a child JVM ({@link FloorProbe}) rather than as a native binary. */
  static boolean inJvm(String spec) {
    return spec.startsWith("ortools-") || spec.startsWith("clp-lib-");
  }

  /** Runs one floor spec in its own process and returns its JSON result (with {@code spec}). */
  public static JsonNode run(String spec, Path mps, double timeLimitSeconds) throws IOException, InterruptedException {
    ObjectNode r;
    if (inJvm(spec)) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(FloorProbe.class.getName());
      cmd.add("--mps");
      cmd.add(mps.toString());
      cmd.add("--floor");
      cmd.add(spec);
      cmd.add("--time-limit");
      cmd.add(Double.toString(timeLimitSeconds));
      r = (ObjectNode) Suite.runChild(cmd);
    } else {
      r = binary(spec, mps, timeLimitSeconds);
    }
    r.put("spec", spec);
    return r;
  }

  /** A Debian binary on the MPS file, with its wall and CPU time from {@code /usr/bin/time}. */
  static ObjectNode binary(String spec, Path mps, double timeLimitSeconds) throws IOException, InterruptedException {
    String limit = String.format(Locale.ROOT, "%.0f", Math.max(1, timeLimitSeconds));
    List<String> solver = switch (spec) {
      case "debian-clp-dual" -> List.of("clp", mps.toString(), "-sec", limit, "-dualS", "-quit");
      case "debian-clp-primal" -> List.of("clp", mps.toString(), "-sec", limit, "-primalS", "-quit");
      case "debian-clp-barrier" -> List.of("clp", mps.toString(), "-sec", limit, "-barrier", "-quit");
      case "debian-clp-either" -> List.of("clp", mps.toString(), "-sec", limit, "-either", "-quit");
      case "debian-cbc" -> List.of("cbc", mps.toString(), "-threads", "1", "-sec", limit, "-solve", "-quit");
      case "debian-glpsol" -> List.of("glpsol", "--freemps", mps.toString(), "--tmlim", limit);
      default -> throw new IllegalArgumentException("unknown floor '" + spec + "' (ortools-BACKEND[-ALGORITHM], "
          + "clp-lib-ALGORITHM, debian-clp-ALGORITHM, debian-cbc, debian-glpsol)");
    };
    Path time = Files.createTempFile("coalgrid-floor-time", ".txt");
    Path log = Files.createTempFile("coalgrid-floor-log", ".txt");
    try {
      List<String> cmd = new ArrayList<>();
      boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
      if (timed) {
        cmd.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", time.toString()));
      }
      cmd.addAll(solver);
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int code = p.waitFor();
      double wall = (System.nanoTime() - t0) / 1e9;
      String out = Files.readString(log, StandardCharsets.UTF_8);
      ObjectNode r = JsonNodeFactory.instance.objectNode();
      r.put("how", String.join(" ", solver));
      r.put("exitCode", code);
      double cpu = Double.NaN;
      long rssKb = 0;
      if (timed) {
        String[] f = Files.readString(time).trim().split("\\s+");
        wall = Double.parseDouble(f[f.length - 4]);
        cpu = Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2]);
        rssKb = Long.parseLong(f[f.length - 1]);
      }
      boolean glpsol = solver.get(0).equals("glpsol");
      Matcher m = (glpsol ? GLPSOL_OBJ : COIN_OBJ).matcher(out);
      String objective = null;
      while (m.find()) {
        objective = m.group(1);
      }
      boolean optimal = code == 0 && objective != null
          && (glpsol ? out.contains("OPTIMAL LP SOLUTION FOUND") : out.contains("Optimal - objective value"));
      r.put("status", optimal ? "OPTIMAL" : "NOT_SOLVED");
      r.put("objective", optimal ? Double.parseDouble(objective) : Double.NaN);
      ObjectNode sec = r.putObject("seconds");
      sec.put("total", wall);
      Matcher own = CLP_TIME.matcher(out);
      if (solver.get(0).equals("clp") && own.find()) {
        sec.put("solverReported", Double.parseDouble(own.group(1)));
      }
      r.putObject("cpuSeconds").put("total", cpu);
      r.putObject("memory").put("peakRssBytes", rssKb * 1024);
      return r;
    } finally {
      Files.deleteIfExists(time);
      Files.deleteIfExists(log);
    }
  }

  /**
   * The fastest of {@code floors} by wall time that reached coalgrid's optimal objective (relative 1e-6), or
   * null: the result node itself, with its spec.
   */
  public static JsonNode fastest(Iterable<JsonNode> floors, double objective) {
    return fastest(floors, objective, "seconds");
  }

  /**
   * The fastest of {@code floors} by {@code clock} ({@code seconds}: wall, {@code cpuSeconds}: process CPU) that
   * reached coalgrid's optimal objective (relative 1e-6), or null. A floor without that clock is skipped.
   */
  public static JsonNode fastest(Iterable<JsonNode> floors, double objective, String clock) {
    JsonNode best = null;
    for (JsonNode f : floors) {
      double o = f.path("objective").asDouble(Double.NaN);
      boolean agrees = "OPTIMAL".equals(f.path("status").asText())
          && Math.abs(o - objective) <= 1e-6 * Math.max(1.0, Math.abs(objective));
      double t = f.path(clock).path("total").asDouble(Double.NaN);
      if (agrees && !Double.isNaN(t) && (best == null || t < best.path(clock).path("total").asDouble())) {
        best = f;
      }
    }
    return best;
  }
}
