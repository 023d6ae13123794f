package org.coalgrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ObjectiveMode;
import org.coalgrid.io.LoadedInstance;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.output.TargetTable;
import org.coalgrid.solve.Backend;
import org.coalgrid.solve.SolveStatus;
import org.coalgrid.solve.SolverSettings;
import org.coalgrid.targets.TargetCheck;
import org.coalgrid.targets.TargetReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid check-targets INSTANCE}: the plan's own targets against the least-cost plan. */
@Command(name = "check-targets", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Solve, then compare each plan target recorded in the instance with the least-cost plan: "
        + "MET, MISSED (re-solved with the target imposed: its extra cost) or INFEASIBLE; then the targets "
        + "that cannot be met together. See docs/targets.md.",
        "Exit code 0 when the check ran, whatever the statuses; 2 bad input; the solve's code if the plan "
            + "without targets does not solve."})
final class CheckTargetsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @CommandLine.Mixin
  SolverOptions options;

  @Option(names = "--out", paramLabel = "FILE.csv|FILE.json",
      description = "Also write the check as CSV or JSON (by extension; written only when complete).")
  Path out;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    options.check(spec.commandLine());
    ObjectiveMode mode = options.mode(spec.commandLine());
    String format = out == null ? null : extension(out);
    if (out != null && !format.equals("csv") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--out must name a .csv or .json file, got '" + out + "'");
    }
    InstanceLoader.Loaded li;
    try {
      li = InstanceLoader.loadForModel(instance, scenario.overrides(spec.commandLine()), err);
    } catch (InstanceLoader.Rejected r) {
      return ExitCodes.BAD_INPUT;
    }
    Instance in = li.instance();
    SolverSettings settings = options.settings(in, spec.commandLine());
    TargetReport report = TargetCheck.check(in, in.meta().name(), mode, settings);
    o.print(TargetTable.render(report));
    o.flush();
    SolveStatus base = SolveStatus.valueOf(report.baseStatus());
    if (!base.hasSolution()) {
      return base.exitCode();
    }
    if (out != null) {
      Path dir = out.toAbsolutePath().getParent();
      try (AtomicOutput files = new AtomicOutput(dir)) {
        files.file(out.getFileName().toString(), w -> {
          if (format.equals("csv")) {
            TargetTable.writeCsv(report, w);
          } else {
            Json.writer().writeValue(w, report);
          }
        });
        files.commit();
      } catch (IOException e) {
        err.println("coalgrid: cannot write " + out + ": " + e.getMessage());
        return ExitCodes.INTERNAL;
      }
      o.println("Wrote " + out);
    }
    return ExitCodes.OK;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
