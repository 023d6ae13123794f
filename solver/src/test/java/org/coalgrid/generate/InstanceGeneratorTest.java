package org.coalgrid.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.coalgrid.cli.Cli;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.engine.AllocationSolver;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's files are valid, feasible (OPTIMAL with real backends) and deterministic. */
class InstanceGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void sizeSIsValidHasEveryKindAndSolvesOptimal() throws Exception {
    Path f = dir.resolve("s.json");
    Cli gen = Cli.run("generate", "--size", "S", "--seed", "7", f.toString());
    assertEquals(0, gen.exitCode(), gen.err());
    Cli val = Cli.run("validate", f.toString());
    assertEquals(0, val.exitCode(), val.err());
    assertEquals("", val.err(), "no warnings expected");

    LoadedInstance li = InstanceReader.read(f);
    Instance in = li.instance();
    assertEquals(9, in.regions().stream().filter(r -> !r.external()).count());
    assertEquals(24, in.periods().size());
    // every type but BATTERY: batteries came with the time structures, and the generated network stays that of the
    // benchmarks' baselines
    assertEquals(EnumSet.complementOf(EnumSet.of(PlantType.BATTERY)),
        in.plants().stream().map(Plant::type).collect(Collectors.toSet()));
    // every policy type but RESERVE_MARGIN, which came with the time structures (the generated network stays that of
    // the benchmarks' baselines)
    assertEquals(EnumSet.complementOf(EnumSet.of(PolicyType.RESERVE_MARGIN)),
        in.policies().stream().map(Policy::type).collect(Collectors.toSet()));
    assertFalse(in.hasIntegerDecisions());
    assertFalse(in.directSupplies().isEmpty());
    assertTrue(in.lines().stream().anyMatch(l -> in.isExternal(l.to())), "an export corridor");
    assertTrue(in.mines().stream().anyMatch(m -> m.washing() != null), "a washing mine");

    SolveOutcome out = AllocationSolver.solve(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
    assertEquals(SolveStatus.OPTIMAL, out.raw().status(), out.raw().message());
    assertTrue(out.prices().available(), out.prices().note());
    // the same LP by a second, independent backend reaches the same optimum
    SolveOutcome clp = AllocationSolver.solve(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.CLP));
    assertEquals(out.raw().objective(), clp.raw().objective(), 1e-6 * Math.abs(out.raw().objective()));
    // welfare mode is feasible too
    SolveOutcome welfare = AllocationSolver.solve(in, ObjectiveMode.WELFARE, SolverSettings.defaults(Backend.GLOP));
    assertEquals(SolveStatus.OPTIMAL, welfare.raw().status(), welfare.raw().message());
  }

  @Test
  void mipVariantSolvesOptimalThroughTheCli() throws Exception {
    Path f = dir.resolve("mip.json");
    assertEquals(0, Cli.run("generate", "--regions", "5", "--periods", "12", "--seed", "3", "--mip", f.toString())
        .exitCode());
    Instance in = InstanceReader.read(f).instance();
    assertTrue(in.hasIntegerDecisions());
    assertTrue(in.plants().stream().anyMatch(Plant::commitment));
    Cli solve = Cli.run("solve", "--quiet", f.toString());
    assertEquals(0, solve.exitCode(), solve.err());
    assertTrue(solve.out().contains("OPTIMAL"), solve.out());
  }

  @Test
  void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path c = dir.resolve("c.json");
    InstanceGenerator.write(new InstanceGenerator.Spec(13, 10, 42, true), a);
    InstanceGenerator.write(new InstanceGenerator.Spec(13, 10, 42, true), b);
    InstanceGenerator.write(new InstanceGenerator.Spec(13, 10, 43, true), c);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
  }

  @Test
  void oddShapesStayValidAndFeasible() throws Exception {
    // one region (no chords, no smelter), an odd number of periods (hours not a divisor of 8760), hourly-ish
    for (int[] rt : new int[][] {{1, 1}, {2, 7}, {4, 168}}) {
      Path f = dir.resolve("odd-" + rt[0] + "-" + rt[1] + ".json");
      InstanceGenerator.write(new InstanceGenerator.Spec(rt[0], rt[1], 5, false), f);
      Instance in = InstanceReader.read(f).instance();
      assertEquals(8760, in.totalHours(), 0);
      SolveOutcome out = AllocationSolver.solve(in, ObjectiveMode.COST, SolverSettings.defaults(Backend.GLOP));
      assertEquals(SolveStatus.OPTIMAL, out.raw().status(), "R=" + rt[0] + " T=" + rt[1]);
    }
  }

  @Test
  void badOptionsExitTwoWithOneLineAndWriteNothing() {
    Path f = dir.resolve("never.json");
    for (String[] args : new String[][] {{"--regions", "0"}, {"--periods", "8761"}, {"--size", "XXL"}}) {
      String[] full = new String[args.length + 2];
      full[0] = "generate";
      System.arraycopy(args, 0, full, 1, args.length);
      full[full.length - 1] = f.toString();
      Cli r = Cli.run(full);
      assertEquals(2, r.exitCode(), String.join(" ", args));
      assertTrue(r.err().startsWith("coalgrid: --"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertFalse(Files.exists(f));
    }
  }
}
