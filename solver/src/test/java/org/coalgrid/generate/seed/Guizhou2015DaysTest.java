package org.coalgrid.generate.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.coalgrid.cli.Cli;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.testing.Verified;
import org.junit.jupiter.api.Test;

/**
 * guizhou-2015-days takes guizhou-2015's builds and potlines as existing capacity (A-2015-AS-BUILT): they must be
 * what the blocks case builds in its optimum today, or the days instance describes a plan nobody chose.
 */
class Guizhou2015DaysTest {
  @Test
  void asBuiltUnitsAreTheBlocksOptimum() throws Exception {
    var in = InstanceReader.read(Path.of(Cli.instance("guizhou-2015.json"))).instance();
    AllocationResult r = Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.defaultFor(true)));
    Map<String, Integer> built = new TreeMap<>();
    r.plants().stream().filter(p -> p.builtUnits() > 0).forEach(p -> built.put(p.id(), p.builtUnits()));
    r.lines().stream().filter(l -> l.builtUnits() > 0).forEach(l -> built.put(l.id(), l.builtUnits()));
    assertEquals(new TreeMap<>(Guizhou2015Days.BUILT), built);
    Map<String, Integer> potlines = new TreeMap<>();
    r.industries().stream().filter(i -> i.potlinesRunning() != null)
        .forEach(i -> potlines.put(i.id(), i.potlinesRunning()));
    assertEquals(new TreeMap<>(Guizhou2015Days.POTLINES), potlines);
  }
}
