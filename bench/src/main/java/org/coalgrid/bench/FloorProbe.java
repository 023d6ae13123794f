package org.coalgrid.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.coalgrid.output.Json;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;

/**
 * The bare-solver floor in a fresh JVM: {@code --mps FILE --solver NAME [--time-limit S]}; prints one JSON
 * object with read, load and solve seconds, status, objective, iterations and peak RSS/heap (see
 * {@link BareSolver}).
 */
public final class FloorProbe {
  private FloorProbe() {}

  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    Backend backend = Backend.parse(a.get("--solver", "glop"));
    BareSolver.Result r = BareSolver.solveMps(Path.of(a.get("--mps", "")), backend,
        Double.parseDouble(a.get("--time-limit", "3600")), SolverSettings.DEFAULT_GAP);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("backend", backend.cliName());
    out.put("how", "OR-Tools MPSolver " + backend.orToolsId(false) + " on the exported MPS (read by "
        + "ModelBuilderHelper, loaded as MPModelProto), one thread");
    out.put("status", r.status());
    out.put("objective", r.objective());
    out.put("iterations", r.iterations());
    out.put("nodes", r.nodes());
    out.put("rows", r.rows());
    out.put("columns", r.columns());
    ObjectNode sec = out.putObject("seconds");
    sec.put("read", r.readSeconds());
    sec.put("load", r.loadSeconds());
    sec.put("solve", r.solveSeconds());
    ObjectNode cpu = out.putObject("cpuSeconds");
    cpu.put("read", r.readCpuSeconds());
    cpu.put("solve", r.solveCpuSeconds());
    ObjectNode mem = out.putObject("memory");
    mem.put("peakRssBytes", Memory.peakRssBytes());
    mem.put("peakHeapBytes", Memory.peakHeapBytes());
    String text = Json.writer().writeValueAsString(out) + "\n";
    if (a.has("--out")) {
      java.nio.file.Files.writeString(Path.of(a.get("--out", "")), text); // native solvers may print on stdout
    } else {
      System.out.print(text);
    }
  }
}
