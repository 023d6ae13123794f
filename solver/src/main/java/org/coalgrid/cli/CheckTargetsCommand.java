package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.PathwaySolution;
import org.coalgrid.api.Pathways;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.TargetCheckResult;
import org.coalgrid.api.VerificationFailedException;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.Json;
import org.coalgrid.output.TargetTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coalgrid check-targets INSTANCE}: the plan's own targets against the least-cost plan. */
@Command(name = "check-targets", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Solve, then compare each plan target recorded in the instance with the least-cost plan: "
        + "MET, MET BY DATA (every plan meets it: an input), MISSED (re-solved with the target imposed: its extra "
        + "cost), INFEASIBLE — PLAN (the plan's own numbers do not reach it, with the arithmetic) or INFEASIBLE — "
        + "INSTANCE (an assumption of the instance holds it back, named with its id); then the targets that cannot "
        + "be met together, with the numbers that collide. See docs/targets.md.",
        "On a pathway file (docs/pathway.md): the pathway with perfect foresight, each target's value in every "
            + "year, the first year it is met and MET / LATE / MISSED by its due year.",
        "Exit code 0 when the check ran, whatever the statuses; 2 bad input; the solve's code if the plan "
            + "without targets does not solve; 8 if a pathway fails independent verification."})
final class CheckTargetsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file.")
  Path instance;

  @CommandLine.Mixin
  SolverOptions options;

  @Option(names = "--out", paramLabel = "FILE.csv|FILE.json|FILE.md",
      description = "Also write the check as CSV, JSON or a Markdown section (by extension; written only when "
          + "complete).")
  Path out;

  @CommandLine.Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @CommandLine.Mixin
  ProgressOption quiet = new ProgressOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws CoalGridException, IOException {
    CommandLine cmd = spec.commandLine();
    CoalGrid grid = CoalGrid.create(scenario.apply(options.settings(cmd)));
    String format = out == null ? null : extension(out);
    if (out != null && !format.equals("csv") && !format.equals("json") && !format.equals("md")) {
      throw new CommandLine.ParameterException(cmd, "--out must name a .csv, .json or .md file, got '" + out + "'");
    }
    if (Pathways.isPathway(instance)) {
      if (!scenario.sets.isEmpty()) {
        throw new CommandLine.ParameterException(cmd, "--set does not apply to a pathway file: give the change "
            + "from a year on in its pathway.changes (docs/pathway.md)");
      }
      try (AtomicOutput target = CommandSupport.openFile(out, "--out", instance)) {
        return runPathway(cmd, grid, format, target);
      }
    }
    WhatIf whatIf = scenario.whatIf(cmd);
    try (AtomicOutput target = CommandSupport.openFile(out, "--out", instance)) {
      return run(cmd, grid, whatIf, format, target);
    }
  }

  /**
   * A pathway file: the pathway solved with perfect foresight and verified, then each target's metric in every
   * year, the first year it is met and its status (docs/pathway.md).
   */
  private int runPathway(CommandLine cmd, CoalGrid grid, String format, AtomicOutput target)
      throws CoalGridException {
    PrintWriter err = cmd.getErr();
    Pathways.Case c = new Pathways(grid).load(instance);
    CommandSupport.warnings(err, c.source(), c.warningLines());
    CommandSupport.warnings(err, c.source(), c.noteLines());
    PathwaySolution s;
    try {
      s = quiet.run(err, "check-targets", grid, g -> new Pathways(g).solve(c, Pathways.Mode.FORESIGHT));
    } catch (VerificationFailedException e) {
      err.println(e.getMessage());
      err.println("Status: " + e.status() + " but the pathway FAILED independent verification; no targets checked");
      err.flush();
      return ExitCodes.VERIFICATION_FAILED;
    }
    if (!s.hasSolution()) {
      cmd.getOut().println(s.noTargetsLine());
      cmd.getOut().flush();
      return s.exitCode();
    }
    cmd.getOut().print(s.targetsText());
    cmd.getOut().flush();
    if (target != null) {
      try {
        target.write(w -> s.writeTargets(w, format, instance.getFileName().toString()));
        target.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(err, out, e);
      }
      cmd.getOut().println("Wrote " + out);
    }
    return ExitCodes.OK;
  }

  private int run(CommandLine cmd, CoalGrid grid, WhatIf whatIf, String format, AtomicOutput target)
      throws CoalGridException {
    PlanningCase c = CommandSupport.load(grid, instance, whatIf, cmd.getErr());
    TargetCheckResult check = quiet.run(cmd.getErr(), "check-targets", grid, g -> g.checkTargets(c));
    cmd.getOut().print(TargetTable.render(check.report()));
    cmd.getOut().flush();
    if (!check.baseSolved()) {
      return check.exitCode();
    }
    if (target != null) {
      try {
        target.write(w -> {
          if (format.equals("csv")) {
            TargetTable.writeCsv(check.report(), w);
          } else if (format.equals("md")) {
            w.write(TargetTable.markdown(check.report(), instance.getFileName().toString()));
          } else {
            Json.writer().writeValue(w, check.report());
          }
        });
        target.commit();
      } catch (IOException e) {
        return CommandSupport.cannotWrite(cmd.getErr(), out, e);
      }
      cmd.getOut().println("Wrote " + out);
    }
    return ExitCodes.OK;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
