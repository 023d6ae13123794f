package org.coalgrid.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coalgrid.output.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whole-process timings, paired and interleaved: every round runs each command once, in turn, so that the
 * machine's load falls on all of them alike; the figures are medians over the rounds, and each command's ratio
 * to the first one is the median of its per-round ratios. Wall, user + system CPU and peak RSS come from
 * {@code /usr/bin/time}; the load average is recorded before every run. Output goes to stdout as a Markdown
 * table, and as JSON with {@code --out}.
 *
 * <pre>
 * bench/paired --rounds 5 --run 'glpsol=glpsol --freemps t.mps' --run 'coalgrid=./coalgrid solve t.json --quiet'
 * </pre>
 * A command runs in {@code bash -c} from the current directory, its output to /dev/null; a command that exits
 * with a non-zero code fails the run (exit 1) unless {@code --allow-exit} lists the code.
 */
@Command(name = "paired", mixinStandardHelpOptions = true,
    description = "Time commands as whole processes, paired and interleaved over rounds.")
public final class Paired implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "LABEL=COMMAND",
      description = "A command to time (repeat the option); the first is the reference of the ratios.")
  List<String> runs;

  @Option(names = "--rounds", defaultValue = "5", paramLabel = "N", description = "Rounds (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
      description = "Untimed rounds first (file cache, caches of unpacked natives; default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--allow-exit", split = ",", paramLabel = "CODE", description = "Exit codes that are not failures.")
  List<Integer> allowExit = new ArrayList<>(List.of(0));

  @Option(names = "--out", paramLabel = "FILE", description = "Write every run as JSON here.")
  Path out;

  /** One timed process. */
  record Sample(double wall, double cpu, long rssKb, double load) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new Paired()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> commands = new LinkedHashMap<>();
    for (String r : runs) {
      int eq = r.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--run needs LABEL=COMMAND, got '" + r + "'");
      }
      commands.put(r.substring(0, eq), r.substring(eq + 1));
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    commands.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
    for (int round = -warmup; round < rounds; round++) {
      for (Map.Entry<String, String> c : commands.entrySet()) {
        Sample s = time(c.getValue());
        if (s == null) {
          System.err.println("paired: '" + c.getKey() + "' failed: " + c.getValue());
          return 1;
        }
        if (round >= 0) {
          samples.get(c.getKey()).add(s);
        }
      }
    }
    String first = commands.keySet().iterator().next();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("started", Instant.now().toString());
    root.put("rounds", rounds);
    root.set("environment", PipelineProbe.environment(null));
    ArrayNode list = root.putArray("commands");
    StringBuilder md = new StringBuilder("| command | wall s (median) | wall s (min) | CPU s (median) | peak RSS MB "
        + "| wall ratio to " + first + " | CPU ratio to " + first + " | load average |\n|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Sample>> e : samples.entrySet()) {
      List<Sample> v = e.getValue();
      List<Sample> ref = samples.get(first);
      double[] wallRatio = new double[v.size()];
      double[] cpuRatio = new double[v.size()];
      for (int i = 0; i < v.size(); i++) {
        wallRatio[i] = v.get(i).wall() / ref.get(i).wall();
        cpuRatio[i] = ref.get(i).cpu() > 0 ? v.get(i).cpu() / ref.get(i).cpu() : Double.NaN;
      }
      double wall = median(v.stream().mapToDouble(Sample::wall).toArray());
      double wallMin = v.stream().mapToDouble(Sample::wall).min().orElse(Double.NaN);
      double cpu = median(v.stream().mapToDouble(Sample::cpu).toArray());
      double rss = median(v.stream().mapToDouble(s -> s.rssKb() / 1024.0).toArray());
      double loadMin = v.stream().mapToDouble(Sample::load).min().orElse(Double.NaN);
      double loadMax = v.stream().mapToDouble(Sample::load).max().orElse(Double.NaN);
      ObjectNode o = list.addObject();
      o.put("label", e.getKey());
      o.put("command", commands.get(e.getKey()));
      o.put("wallMedian", wall);
      o.put("wallMin", wallMin);
      o.put("cpuMedian", cpu);
      o.put("peakRssMbMedian", rss);
      o.put("wallRatioMedian", median(wallRatio));
      o.put("cpuRatioMedian", median(cpuRatio));
      ArrayNode raw = o.putArray("samples");
      v.forEach(s -> raw.addObject().put("wall", s.wall()).put("cpu", s.cpu()).put("rssKb", s.rssKb())
          .put("loadAverage", s.load()));
      double cr = median(cpuRatio);
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.0f | %.2f | %s | %.2f–%.2f |%n", e.getKey(),
          wall, wallMin, cpu, rss, median(wallRatio), Double.isNaN(cr) ? "–" : String.format(Locale.ROOT, "%.2f", cr),
          loadMin, loadMax));
    }
    System.out.print(md);
    if (out != null) {
      Files.writeString(out, Json.writer().writeValueAsString(root) + "\n");
    }
    return 0;
  }

  private Sample time(String command) throws Exception {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Path t = Files.createTempFile("coalgrid-paired", ".txt");
    try {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %U %S %M", "-o", t.toString(), "bash", "-c", command)
          .redirectOutput(new File("/dev/null")).redirectError(new File("/dev/null")).start();
      int code = p.waitFor();
      double wall = (System.nanoTime() - t0) / 1e9;
      if (!allowExit.contains(code)) {
        return null;
      }
      String[] f = Files.readString(t).trim().split("\\s+");
      int n = f.length;
      return new Sample(wall, Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2]),
          Long.parseLong(f[n - 1]), load);
    } finally {
      Files.deleteIfExists(t);
    }
  }

  /** The median of the values that are numbers (NaN if none). */
  static double median(double[] v) {
    double[] s = Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
