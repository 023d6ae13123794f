package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.CsvTables;
import org.coalgrid.output.Fmt;
import org.coalgrid.solve.AllocationSolver;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.BasisSolution;
import org.coalgrid.solve.DualCertificate;
import org.coalgrid.solve.OrToolsAdapter;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.whatif.Sensitivity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid sensitivity INSTANCE}: LP ranging of caps and cost coefficients. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
    description = "LP sensitivity ranging: for each cap, how far its bound can move with the same shadow price; for "
        + "each cost coefficient, how far it can move with the same allocation. Computed from the optimal basis "
        + "(GLOP or CLP); MILPs are not ranged. See docs/whatif.md for the method and its limits.")
final class SensitivityCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @Option(names = "--solver", defaultValue = "glop", paramLabel = "glop|clp",
      description = "LP backend that reports a basis: glop (default) or clp.")
  String solver;

  @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost|welfare",
      description = "Objective: cost (default) or welfare.")
  String objective;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "Rows per table on the console (default ${DEFAULT-VALUE}; 0 = all).")
  int top;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write sensitivity_caps.csv, sensitivity_costs.csv and sensitivity_bounds.csv into DIR.")
  Path out;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    PrintWriter o = cmd.getOut();
    PrintWriter err = cmd.getErr();
    var mode = SolverOptions.parseMode(objective, cmd);
    Backend backend = SolverOptions.parseBackend(solver, "--solver", cmd);
    if (backend != Backend.GLOP && backend != Backend.CLP) {
      throw new CommandLine.ParameterException(cmd, "--solver must be glop or clp for sensitivity: only they report "
          + "a simplex basis through OR-Tools 9.15 (got '" + solver + "')");
    }
    if (top < 0) {
      throw new CommandLine.ParameterException(cmd, "--top must be >= 0");
    }
    InstanceLoader.Loaded li;
    try {
      li = InstanceLoader.loadForModel(instance, scenario.overrides(cmd), err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    if (li.instance().hasIntegerDecisions()) {
      err.println("coalgrid: " + instance + " has integer decisions (builds, potlines or unit commitment); "
          + "sensitivity ranging is defined for LPs only and is not computed for MILPs");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    ModelContext ctx = Formulation.build(li.instance(), mode);
    BasisSolution s = OrToolsAdapter.solveWithBasis(ctx.lp(), SolverSettings.defaults(backend));
    if (s.raw().status() != SolveStatus.OPTIMAL) {
      o.println(instance + ": " + s.raw().status() + " " + s.raw().message() + "; no ranging without an optimum");
      o.flush();
      return s.raw().status().exitCode();
    }
    DualCertificate.Check check = DualCertificate.check(ctx.lp(), s.raw().x(), s.raw().duals(),
        AllocationSolver.certificateTolerance(backend));
    if (!check.passed() || !s.hasBasis()) {
      err.println("coalgrid: " + backend.cliName() + " gave no usable basis or duals (" + check.message() + ")");
      err.flush();
      return ExitCodes.INTERNAL;
    }
    Sensitivity.Report report;
    try {
      report = Sensitivity.of(ctx, s);
    } catch (IllegalArgumentException e) {
      err.println("coalgrid: cannot range this model: " + e.getMessage());
      err.flush();
      return ExitCodes.INTERNAL;
    }
    print(o, report, s.raw().objective());
    if (out != null) {
      try (AtomicOutput files = new AtomicOutput(out)) {
        writeCsv(files, report);
        files.commit();
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out.resolve("sensitivity_caps.csv") + ", sensitivity_costs.csv, sensitivity_bounds.csv");
    }
    o.flush();
    return ExitCodes.OK;
  }

  private void print(PrintWriter o, Sensitivity.Report r, double objectiveModel) {
    o.println(instance + ": OPTIMAL by " + solver + ", objective " + Fmt.money(objectiveModel * 1e6) + "; basis of "
        + r.basisSize() + " columns" + (r.degenerate() > 0 ? "; DEGENERATE: " + r.degenerate()
        + " basic variables sit at a bound, so some ranges are zero on one side and another optimal basis may give "
        + "others" : ""));
    o.println();
    o.println("Binding caps 约束: the bound may move by [down, up] with the same shadow price 影子价格");
    o.printf("  %-44s %-6s %16s %16s %16s %-10s %16s %s%n", "row", "bound", "now", "down", "up", "unit",
        "shadow price", "unit");
    int n = 0;
    for (var c : r.caps()) {
      if (c.bound().equals("slack") || (top > 0 && n >= top)) {
        continue;
      }
      n++;
      o.printf("  %-44s %-6s %16s %16s %16s %-10s %16s %s%n", c.row(), c.bound(), num(c.rhs()), num(c.down()),
          num(c.up()), c.unit(), num(c.shadowPrice()), c.shadowUnit());
    }
    long slack = r.caps().stream().filter(c -> c.bound().equals("slack")).count();
    o.println("  (" + slack + " caps with slack: each may tighten down to its activity at zero price; see --out)");
    o.println();
    o.println("Cost coefficients 成本系数: the cost may move by [down, up] with the same allocation (largest cost items first)");
    o.printf("  %-44s %14s %-5s %12s %14s %14s %s%n", "column", "value", "", "cost", "down", "up", "unit");
    n = 0;
    for (var c : r.costs()) {
      if (top > 0 && n >= top) {
        break;
      }
      n++;
      o.printf("  %-44s %14s %-5s %12s %14s %14s %s%n", c.column(), num(c.value()), c.valueUnit(), num(c.cost()),
          num(c.down()), num(c.up()), c.costUnit());
    }
  }

  private static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    return Math.abs(v) >= 1000 ? Fmt.num(v, 0) : Fmt.num(v, 2);
  }

  private static void writeCsv(AtomicOutput files, Sensitivity.Report r) throws IOException {
    files.file("sensitivity_caps.csv", w -> {
      CsvTables.header(w, "row", "family", "entity", "period", "bound", "rhs", "allowed_down", "allowed_up", "unit",
          "shadow_price", "shadow_price_unit", "value_of_1pct_cny");
      for (var c : r.caps()) {
        CsvTables.row(w, c.row(), c.family(), c.entity(), c.period(), c.bound(), c.rhs(), c.down(), c.up(), c.unit(),
            c.shadowPrice(), c.shadowUnit(), c.valueOfOnePercentCny());
      }
    });
    files.file("sensitivity_costs.csv", w -> {
      CsvTables.header(w, "column", "value", "value_unit", "cost", "allowed_down", "allowed_up", "cost_unit", "basic",
          "cost_times_value_cny");
      for (var c : r.costs()) {
        CsvTables.row(w, c.column(), c.value(), c.valueUnit(), c.cost(), c.down(), c.up(), c.costUnit(), c.basic(),
            c.contributionCny());
      }
    });
    files.file("sensitivity_bounds.csv", w -> {
      CsvTables.header(w, "column", "bound", "value", "allowed_down", "allowed_up", "unit", "reduced_cost",
          "reduced_cost_unit");
      for (var b : r.bounds()) {
        CsvTables.row(w, b.column(), b.bound(), b.value(), b.down(), b.up(), b.unit(), b.reducedCost(),
            b.reducedCostUnit());
      }
    });
  }
}
