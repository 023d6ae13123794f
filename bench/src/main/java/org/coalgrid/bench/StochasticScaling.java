package org.coalgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.stochastic.ExtensiveForm;
import org.coalgrid.stochastic.TwoStage;
import org.coalgrid.uncertainty.ScenarioInstances;

/**
 * The extensive form against the number of scenarios (bench/README.md, "Stochastic: extensive form vs scenarios"):
 * a generated instance (default M) with K hydro scenarios, every hydro plant's energy multiplied by the K quantiles
 * of a log-normal (σ = 0.2, mean 1), probability 1/K each, and the firm energy of every export contract a first-stage
 * commitment (premium 30 CNY/MWh). For each K: the seconds to build the extensive form and to solve it (GLOP), its
 * size, and at the end the fitted exponent b of time ∝ K^b (least squares on logs). The K are run in the order given
 * and then in reverse, and the faster of the two runs of each K is kept (paired, interleaved). The load average is
 * printed before and after. {@code -Dcoalgrid.bench.solver=glop} (default {@code auto}: CLP) picks the backend;
 * {@code -Dcoalgrid.bench.passes=1} runs the K once each, in the order given (for sizes where a second pass does
 * not fit); every K's line is printed as soon as it is solved, so a run stopped early still reports the K it
 * finished.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.coalgrid.bench.StochasticScaling [INSTANCE] [K...]</pre>
 */
public final class StochasticScaling {
  private StochasticScaling() {}

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "M";
    List<Integer> ks = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      ks.add(Integer.parseInt(args[i]));
    }
    if (ks.isEmpty()) {
      ks = List.of(1, 3, 10, 30);
    }
    Path file = BenchInstances.resolve(name);
    System.out.println("load average before: " + load());
    List<Integer> order = new ArrayList<>(ks);
    List<Integer> back = new ArrayList<>(ks);
    java.util.Collections.reverse(back);
    if (Integer.getInteger("coalgrid.bench.passes", 2) > 1) {
      order.addAll(back);
    }
    String solver = System.getProperty("coalgrid.bench.solver", "auto");
    Backend backend = solver.equals("auto") ? Backend.defaultFor(false) : Backend.parse(solver);
    SolverSettings settings = new SolverSettings(backend, 0, 1, SolverSettings.DEFAULT_GAP, backend, false);
    System.out.println("backend: " + backend.cliName() + ", no time limit");
    double[] best = new double[ks.size()];
    double[] bestBuild = new double[ks.size()];
    int[][] size = new int[ks.size()][];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int k : order) {
      Instance in = withScenarios(file, k);
      long t0 = System.nanoTime();
      ExtensiveForm ef = ExtensiveForm.build(in, in.uncertainty().scenarios(), ScenarioInstances.all(in),
          ObjectiveMode.COST, null, null);
      double build = (System.nanoTime() - t0) / 1e9;
      TwoStage.Solved s = TwoStage.solve(in, in.uncertainty().scenarios(), ScenarioInstances.all(in),
          ObjectiveMode.COST, null, null, settings);
      int i = ks.indexOf(k);
      System.out.printf(Locale.ROOT, "K=%d: %s, build %.2f s, solve %.2f s, %d rows, %d columns, %d nonzeros, "
          + "load %s%n", k, s.status(), build, s.solveSeconds(), ef.lp().numRows(), ef.lp().numColumns(),
          ef.lp().numNonzeros(), load());
      System.out.flush();
      if (s.solveSeconds() < best[i]) {
        best[i] = s.solveSeconds();
        bestBuild[i] = build;
        size[i] = new int[] {ef.lp().numRows(), ef.lp().numColumns(), ef.lp().numNonzeros()};
      }
    }
    System.out.println("\n| scenarios K | rows | columns | nonzeros | build (s) | solve, " + backend.cliName()
        + " (s) |\n|---|---|---|---|---|---|");
    for (int i = 0; i < ks.size(); i++) {
      System.out.printf(Locale.ROOT, "| %d | %,d | %,d | %,d | %.2f | %.2f |%n", ks.get(i), size[i][0], size[i][1],
          size[i][2], bestBuild[i], best[i]);
    }
    System.out.printf(Locale.ROOT, "fitted exponent (solve ∝ K^b): b = %.2f; (build ∝ K^b): b = %.2f%n",
        slope(ks, best), slope(ks, bestBuild));
    System.out.println("load average after: " + load());
  }

  /** The instance of {@code file} with K scenarios and its exports' firm energy as first-stage commitments. */
  static Instance withScenarios(Path file, int k) throws Exception {
    JsonNode tree = InstanceReader.parseTree(file);
    ObjectNode u = ((ObjectNode) tree).putObject("uncertainty");
    ArrayNode scs = u.putArray("scenarios");
    double sd = 0.2;
    org.apache.commons.math3.distribution.NormalDistribution z =
        new org.apache.commons.math3.distribution.NormalDistribution();
    for (int s = 0; s < k; s++) {
      double q = k == 1 ? 0.5 : (s + 0.5) / k;
      double m = k == 1 ? 1.0 : Math.exp(sd * z.inverseCumulativeProbability(q) - sd * sd / 2);
      ObjectNode sc = scs.addObject().put("id", "k" + s).put("probability", 1.0 / k);
      sc.putArray("hydro").addObject().put("multiplier", m);
    }
    ArrayNode commitments = u.putObject("firstStage").putArray("commitments");
    for (JsonNode x : tree.path("exports")) {
      boolean firm = x.path("firmMwh").asDouble(0) > 0 || x.path("firmMwhByPeriod").size() > 0;
      if (firm) {
        commitments.addObject().put("export", x.path("id").asText()).put("premiumCnyPerMwh", 30);
      }
    }
    return InstanceReader.read(tree, file.toString()).instance();
  }

  private static double slope(List<Integer> ks, double[] t) {
    int n = ks.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.log(ks.get(i));
      double y = Math.log(Math.max(t[i], 1e-6));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
