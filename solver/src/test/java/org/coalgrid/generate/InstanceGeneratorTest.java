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

  /**
   * The hydro energy of the days forms: each step stands for weight × stepHours hours, and the wet-season hours are
   * summed over every step of the year (the generator's periods() is the number of steps there), so every hydro
   * plant gets its 3,500 full-load hours, 75 % of them in the wet season, as in the blocks form.
   */
  @Test
  void hydroKeepsItsAnnualEnergyAndWetShareInEveryTimeForm() throws Exception {
    for (InstanceGenerator.Spec spec : new InstanceGenerator.Spec[] {new InstanceGenerator.Spec(4, 24, 3, false),
        new InstanceGenerator.Spec(4, 0, 3, false, 5, false, 4),
        new InstanceGenerator.Spec(4, 0, 3, false, 0, true, 6)}) {
      Path f = dir.resolve(spec.label() + ".json");
      InstanceGenerator.write(spec, f);
      Instance in = InstanceReader.read(f).instance();
      assertEquals(8760, in.totalHours(), 1e-9, spec.label());
      for (Plant p : in.plants()) {
        if (p.type() != PlantType.HYDRO) {
          continue;
        }
        var byPeriod = p.hydro().storageMwh() != null ? p.hydro().inflowMwhByPeriod() : p.hydro().energyMwhByPeriod();
        double year = 0;
        double wet = 0;
        for (var t : in.periods()) {
          double e = byPeriod.getOrDefault(t.id(), 0.0);
          year += e;
          // a full year's steps carry no season: day NNN of 2010, wet in May-October as the generator has it
          int month = t.season() != null ? 0
              : java.time.LocalDate.ofYearDay(2010, Integer.parseInt(t.id().substring(1, 4))).getMonthValue();
          wet += "wet".equals(t.season()) || month >= 5 && month <= 10 ? e : 0;
        }
        assertEquals(3500 * p.capacityMw(), year, 0.01 * in.periods().size(), spec.label() + " " + p.id());
        assertEquals(0.75, wet / year, 1e-5, spec.label() + " " + p.id());
      }
    }
  }

  /**
   * --tou-export: the Guangdong contract is paid the time-of-use price per step (valley 0.5, peak 1.65 × 350 CNY/MWh,
   * a 3-h step the mean of its hours), the emission caps are the fleet's whole emissions, and the pumped storage that
   * sits idle at one export price works: it generates and earns at the certified prices.
   */
  @Test
  void timeOfUseExportMakesStorageArbitrage() throws Exception {
    Path f = dir.resolve("tou.json");
    Cli gen = Cli.run("generate", "--regions", "3", "--days", "12", "--step-hours", "3", "--seed", "7",
        "--tou-export", f.toString());
    assertEquals(0, gen.exitCode(), gen.err());
    assertTrue(gen.out().contains("gen-r3-d12x3h-s7-tou"), gen.out());
    Instance in = InstanceReader.read(f).instance();
    var price = in.exports().get(0).priceCnyPerMwhByPeriod();
    assertEquals(96, price.size());
    assertEquals(175.0, price.get("d01-h00"), 0);
    assertEquals(233.33, price.get("d01-h06"), 0); // 06-08 valley, 08-09 flat
    assertEquals(577.5, price.get("d01-h15"), 0);
    Path one = dir.resolve("one-price.json");
    InstanceGenerator.write(new InstanceGenerator.Spec(3, 0, 7, false, 12, false, 3), one);
    Instance flat = InstanceReader.read(one).instance();
    assertTrue(flat.exports().get(0).priceCnyPerMwhByPeriod().isEmpty());
    for (PolicyType cap : new PolicyType[] {PolicyType.CO2_CAP, PolicyType.SO2_CAP}) {
      double tou = in.policies().stream().filter(p -> p.type() == cap).findFirst().orElseThrow().limit();
      double base = flat.policies().stream().filter(p -> p.type() == cap).findFirst().orElseThrow().limit();
      assertEquals(base / 0.85, tou, 1.0, cap.name());
    }
    var r = org.coalgrid.testing.Verified.solveAndVerify(in, ObjectiveMode.COST, SolverSettings.defaults(
        Backend.defaultFor(false)));
    var ps = r.plants().stream().filter(p -> p.type().equals("PUMPED_STORAGE")).findFirst().orElseThrow();
    assertTrue(ps.generationMwh() > 100_000, "pumped storage generates " + ps.generationMwh() + " MWh/yr");
    assertTrue(ps.arbitrageCny() != null && ps.arbitrageCny() > 0, "arbitrage " + ps.arbitrageCny());
    var idle = org.coalgrid.testing.Verified.solveAndVerify(flat, ObjectiveMode.COST, SolverSettings.defaults(
        Backend.defaultFor(false)));
    assertTrue(idle.plants().stream().filter(p -> p.type().equals("PUMPED_STORAGE")).findFirst().orElseThrow()
        .generationMwh() < 1, "one export price: the storage has nothing to move");
  }

  @Test
  void badOptionsExitTwoWithOneLineAndWriteNothing() {
    Path f = dir.resolve("never.json");
    for (String[] args : new String[][] {{"--regions", "0"}, {"--periods", "8761"}, {"--size", "XXL"},
        {"--periods", "24", "--tou-export"}}) {
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
