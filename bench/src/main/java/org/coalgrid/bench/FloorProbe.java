package org.coalgrid.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One in-JVM floor in a fresh JVM ({@link Floors}): {@code --mps FILE --floor SPEC [--time-limit S]}; writes
 * one JSON object with read, load and solve seconds (and their total), status, objective, iterations and peak
 * RSS/heap.
 */
@Command(name = "floor-probe", mixinStandardHelpOptions = true,
    description = "Solve an exported MPS file with one bare solver and print the timings as JSON.")
public final class FloorProbe implements Callable<Integer> {
  @Option(names = "--mps", required = true, paramLabel = "FILE", description = "The MPS file.")
  Path mps;

  @Option(names = "--floor", defaultValue = "ortools-glop", paramLabel = "SPEC",
      description = "ortools-BACKEND[-ALGORITHM] or clp-lib-ALGORITHM (default ${DEFAULT-VALUE}).")
  String floor;

  @Option(names = "--solver", paramLabel = "NAME", description = "Short for --floor ortools-NAME.")
  String solver;

  @Option(names = "--time-limit", defaultValue = "3600", paramLabel = "S", description = "Time limit (s).")
  double timeLimit;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here (native solvers may print "
      + "on stdout).")
  Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FloorProbe()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String spec = solver != null ? "ortools-" + solver : floor;
    BareSolver.Result r;
    String how;
    if (spec.startsWith("clp-lib-")) {
      String algorithm = spec.substring("clp-lib-".length());
      r = BareClp.solveMps(mps, algorithm, timeLimit);
      how = "CLP " + algorithm + " through its C interface (OR-Tools' libClp), MPS read by CLP, clp program settings";
    } else if (spec.startsWith("ortools-")) {
      String[] parts = spec.substring("ortools-".length()).split("-", 2);
      Backend backend = Backend.parse(parts[0].equals("cp") ? "cp-sat" : parts[0]);
      String algorithm = parts.length > 1 && !parts[0].equals("cp") ? parts[1] : null;
      r = BareSolver.solveMps(mps, backend, algorithm, timeLimit, SolverSettings.DEFAULT_GAP);
      how = "OR-Tools MPSolver " + backend.orToolsId(false) + (algorithm == null ? "" : " (" + algorithm + ")")
          + " on the exported MPS (read by ModelBuilderHelper, loaded as MPModelProto), one thread";
    } else {
      throw new CommandLine.ParameterException(new CommandLine(this), "--floor must be ortools-BACKEND[-ALGORITHM] "
          + "or clp-lib-ALGORITHM, got '" + spec + "'");
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("spec", spec);
    o.put("how", how);
    o.put("status", r.status());
    o.put("objective", r.objective());
    o.put("iterations", r.iterations());
    o.put("nodes", r.nodes());
    o.put("rows", r.rows());
    o.put("columns", r.columns());
    ObjectNode sec = o.putObject("seconds");
    sec.put("read", r.readSeconds());
    sec.put("load", r.loadSeconds());
    sec.put("solve", r.solveSeconds());
    sec.put("total", r.readSeconds() + r.loadSeconds() + r.solveSeconds());
    ObjectNode cpu = o.putObject("cpuSeconds");
    cpu.put("read", r.readCpuSeconds());
    cpu.put("load", r.loadCpuSeconds());
    cpu.put("solve", r.solveCpuSeconds());
    cpu.put("total", r.readCpuSeconds() + r.loadCpuSeconds() + r.solveCpuSeconds());
    ObjectNode mem = o.putObject("memory");
    mem.put("peakRssBytes", Memory.peakRssBytes());
    mem.put("peakHeapBytes", Memory.peakHeapBytes());
    String text = Json.writer().writeValueAsString(o) + "\n";
    if (out != null) {
      Files.writeString(out, text);
    } else {
      System.out.print(text);
    }
    return 0;
  }
}
