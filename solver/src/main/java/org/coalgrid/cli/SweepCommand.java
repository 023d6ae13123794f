package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.domain.PlantType;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.Scenario;
import org.coalgrid.io.ScenarioOverride;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Fmt;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.whatif.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid sweep INSTANCE --param PATH --from A --to B --steps N}. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve a one-parameter series: PATH (as for --set) from A to B in N evenly spaced steps; print a "
        + "table and write a CSV of status, objective, KPIs, the parameter's own shadow price and the finite "
        + "difference that checks it, one row per step.")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--param", required = true, paramLabel = "PATH",
      description = "Numeric field to sweep, addressed as for --set (e.g. lines.hvdc-gy-gd.capacityMw).")
  String param;

  @Option(names = "--from", required = true, paramLabel = "A", description = "First value.")
  double from;

  @Option(names = "--to", required = true, paramLabel = "B", description = "Last value.")
  double to;

  @Option(names = "--steps", required = true, paramLabel = "N",
      description = "Number of values, both ends included (N >= 2, or 1 for A alone).")
  int steps;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the series as CSV (written only when complete).")
  Path out;

  @CommandLine.Mixin
  SolverOptions solverOptions = new SolverOptions();

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    PrintWriter err = cmd.getErr();
    PrintWriter o = cmd.getOut();
    solverOptions.check(cmd);
    if (steps < 1 || steps > 10_000 || !Double.isFinite(from) || !Double.isFinite(to)) {
      throw new CommandLine.ParameterException(cmd, "need 1 <= --steps <= 10000 and finite --from and --to");
    }
    Sweep sweep;
    List<ScenarioOverride> fixed = scenario.overrides(cmd);
    try {
      ScenarioOverride.parse(param + "=0");
      var tree = InstanceReader.parseTree(instance);
      sweep = new Sweep(new Sweep.Spec(tree, instance.toString(), fixed, param, Sweep.values(from, to, steps),
          solverOptions.mode(cmd)));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--param " + param + ": not a path");
    } catch (InstanceException e) {
      InstanceLoader.report(e.origin().equals("--set") ? instance.toString() : e.origin(), e, err, "--param");
      return ExitCodes.BAD_INPUT;
    }
    for (int k = 0; k < steps; k++) { // a step's parameter can change the model's size (e.g. a period count)
      if (!MemoryCheck.fits(sweep.instance(k), err)) {
        return ExitCodes.BAD_INPUT;
      }
    }
    String unit = sweep.unit().isEmpty() ? "unit" : sweep.unit();
    o.printf("Sweep %s from %s to %s %s in %d steps%s%n", param, CsvTables.number(from), CsvTables.number(to), unit,
        steps, fixed.isEmpty() ? "" : " with " + fixed.stream().map(f -> "--set " + f).toList());
    o.flush();
    Progress progress = new Progress(err, steps, System.console() != null);
    List<Sweep.Step> series = sweep.run(in -> solverOptions.settings(in, cmd), progress::step);
    progress.done();
    printTable(o, series, unit);
    if (out != null) {
      List<String> types = generationTypes(sweep);
      try {
        AtomicOutput.writeFile(out, w -> writeCsv(w, series, types, sweep.unit()));
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out + " (" + series.size() + " rows)");
    }
    o.flush();
    int worst = ExitCodes.OK;
    for (Sweep.Step s : series) {
      worst = Math.max(worst, org.coalgrid.solve.SolveStatus.valueOf(s.result().status()).exitCode());
    }
    return worst;
  }

  private static List<String> generationTypes(Sweep sweep) {
    var in = sweep.instance(0);
    List<String> types = new ArrayList<>();
    for (PlantType t : PlantType.values()) {
      if (in.plants().stream().anyMatch(p -> p.type() == t && !in.isExternal(p.region()))) {
        types.add(t.name());
      }
    }
    return types;
  }

  /** The columns of the sweep CSV (documented in docs/whatif.md). */
  static void writeCsv(Writer w, List<Sweep.Step> series, List<String> types, String unit) throws IOException {
    List<String> header = new ArrayList<>(List.of("step", "value", "param_unit", "status", "objective_cny",
        "coal_produced_t", "coal_to_power_t", "coal_to_industry_t", "coal_outbound_t", "generation_mwh"));
    for (String t : types) {
      header.add("generation_" + t.toLowerCase(Locale.ROOT) + "_mwh");
    }
    header.addAll(List.of("export_delivered_mwh", "export_shortfall_mwh", "unserved_mwh", "co2_t",
        "shadow_price_cny_per_unit", "finite_difference_cny_per_unit", "shadow_price_note"));
    CsvTables.header(w, header.toArray(String[]::new));
    for (Sweep.Step s : series) {
      AllocationResult r = s.result();
      var k = r.kpis();
      List<Object> row = new ArrayList<>(List.of(s.index(), s.value(), unit, r.status()));
      row.add(r.objective() != null ? r.objective().totalCny() : null);
      row.add(k != null ? k.coalProducedT() : null);
      row.add(k != null ? k.coalToPowerT() : null);
      row.add(k != null ? k.coalToIndustryT() : null);
      row.add(k != null ? k.coalOutboundT() : null);
      row.add(k != null ? k.generationMwh() : null);
      for (String t : types) {
        row.add(k != null ? k.generationByTypeMwh().get(t) : null);
      }
      row.add(k != null ? k.exportDeliveredMwh() : null);
      row.add(k != null ? k.exportShortfallMwh() : null);
      row.add(k != null ? k.unservedMwh() : null);
      row.add(k != null ? k.co2T() : null);
      row.add(s.shadowPrice().available() ? s.shadowPrice().cnyPerUnit() : null);
      row.add(s.finiteDifference());
      row.add(s.shadowPrice().note());
      CsvTables.row(w, row.toArray());
    }
  }

  private static void printTable(PrintWriter o, List<Sweep.Step> series, String unit) {
    o.printf("%4s  %14s  %-10s  %18s  %12s  %14s  %18s  %18s%n", "step", "value (" + unit + ")", "status",
        "objective 亿元", "coal Mt", "exports TWh", "shadow CNY/" + unit, "Δobj/Δp CNY/" + unit);
    for (Sweep.Step s : series) {
      AllocationResult r = s.result();
      o.printf("%4d  %14s  %-10s  %18s  %12s  %14s  %18s  %18s%n", s.index(), CsvTables.number(s.value()), r.status(),
          r.objective() != null ? Fmt.num(r.objective().totalCny() / 1e8, 2) : "-",
          r.kpis() != null ? Fmt.num(r.kpis().coalProducedT() / 1e6, 2) : "-",
          r.kpis() != null ? Fmt.num(r.kpis().exportDeliveredMwh() / 1e6, 2) : "-",
          s.shadowPrice().available() ? Fmt.num(s.shadowPrice().cnyPerUnit(), 2) : "n/a",
          s.finiteDifference() != null ? Fmt.num(s.finiteDifference(), 2) : "");
    }
    series.stream().filter(s -> !s.shadowPrice().available()).findFirst()
        .ifPresent(s -> o.println("shadow price n/a: " + s.shadowPrice().note()));
  }

  /** Progress on stderr: a bar redrawn in place on a terminal, one plain line per step otherwise. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;

    Progress(PrintWriter err, int total, boolean terminal) {
      this.err = err;
      this.total = total;
      this.terminal = terminal;
    }

    void step(Sweep.Step s) {
      int done = s.index() + 1;
      String what = "value " + CsvTables.number(s.value()) + " " + s.result().status();
      if (terminal) {
        int width = 30;
        int filled = done * width / total;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " " + what
            + "   ");
      } else {
        err.println("sweep step " + done + "/" + total + ": " + what);
      }
      err.flush();
    }

    void done() {
      if (terminal) {
        err.println();
        err.flush();
      }
    }
  }
}
