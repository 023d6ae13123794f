package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exported MPS solved by Debian's cbc and glpsol (independent of OR-Tools) gives the same objective as
 * coalgrid's own solve. CI installs coinor-cbc and glpk-utils; outside CI the test is skipped if they are
 * missing.
 */
class MpsCrossCheckTest {
  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({"tutorial.json,cbc", "tutorial.json,glpsol", "tutorial-build.json,cbc", "tutorial-build.json,glpsol"})
  void externalSolverAgrees(String instance, String tool) throws Exception {
    requireTool(tool);
    Path mps = tmp.resolve("model.mps");
    Cli r = Cli.run("export-mps", Cli.instance(instance), mps.toString());
    assertEquals(0, r.exitCode(), r.err());
    var in = InstanceReader.read(Path.of(Cli.instance(instance))).instance();
    Backend b = in.hasIntegerDecisions() ? Backend.SCIP : Backend.GLOP;
    double ours = AllocationSolver.solve(in, ObjectiveMode.COST, SolverSettings.defaults(b)).raw().objective();
    double theirs = tool.equals("cbc") ? cbc(mps) : glpsol(mps);
    assertEquals(ours, theirs, 1e-6 * Math.max(1, Math.abs(ours)), tool + " objective (million CNY)");
  }

  private static void requireTool(String tool) {
    boolean found = List.of("/usr/bin/" + tool, "/usr/local/bin/" + tool).stream().anyMatch(p -> Files.isExecutable(
        Path.of(p)));
    if (System.getenv("CI") != null) {
      assertTrue(found, tool + " is required in CI (.ci/run installs coinor-cbc and glpk-utils)");
    }
    Assumptions.assumeTrue(found, tool + " not installed");
  }

  private double cbc(Path mps) throws Exception {
    String out = run(List.of("cbc", mps.toString(), "solve", "quit"));
    // LP: "Optimal objective -2044.172163 - 61 iterations"; MILP: "Objective value:   -2044.17216300"
    Matcher m = Pattern.compile("(?:Optimal objective|Objective value:)\\s+(-?[0-9.eE+-]+)").matcher(out);
    Double last = null;
    while (m.find()) {
      last = Double.parseDouble(m.group(1));
    }
    assertTrue(last != null, out);
    return last;
  }

  private double glpsol(Path mps) throws Exception {
    Path sol = tmp.resolve("glpsol.txt");
    run(List.of("glpsol", "--freemps", mps.toString(), "-o", sol.toString()));
    String out = Files.readString(sol, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("Objective:\\s+COST = (\\S+)").matcher(out);
    assertTrue(m.find(), out);
    return Double.parseDouble(m.group(1));
  }

  private String run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(tmp.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timeout: " + cmd);
    assertEquals(0, p.exitValue(), cmd + "\n" + out);
    return out;
  }
}
