package org.coalgrid.cli;

import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.output.OutputException;
import org.coalgrid.output.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coalgrid} command line. */
@Command(name = "coalgrid", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Allocate coal output and generating capacity to integrated industries and West-East power "
        + "exports (西电东送) under transmission, supply and policy caps.",
    subcommands = {SolveCommand.class, ExplainCommand.class, ValidateCommand.class, VerifyCommand.class,
        ExportMpsCommand.class, CheckTargetsCommand.class, SweepCommand.class, CompareCommand.class,
        SensitivityCommand.class, GenerateCommand.class, ReportCommand.class, BuildInstancesCommand.class,
        ConvertCommand.class, BatchCommand.class, StochasticCommand.class, PathwayCommand.class,
        ReduceTimeCommand.class, MonteCarloCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes:", "  0 ok                         5 unbounded",
        "  1 internal error             6 no solution at the time limit",
        "  2 bad input or option        7 solver error",
        "  3 feasible at the time limit 8 solution failed independent verification",
        "  4 infeasible (plan cannot close; the repair follows)", "See README.md."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Signals.install();
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (no System.exit; used by tests). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    cl.setOut(safe(cl.getOut()));
    cl.setErr(safe(cl.getErr()));
    int code = outOfMemoryGuarded(cl, args);
    cl.getOut().flush();
    cl.getErr().flush();
    return code;
  }

  /** Runs the command line with the given output and error streams and returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(safe(out));
    cl.setErr(safe(err));
    int code = outOfMemoryGuarded(cl, args);
    cl.getOut().flush();
    cl.getErr().flush();
    return code;
  }

  /**
   * Everything printed goes through {@link SafeText}: a name with a control character (NUL, ESC...) is shown escaped,
   * never sent raw to the terminal.
   */
  private static java.io.PrintWriter safe(java.io.PrintWriter w) {
    return new java.io.PrintWriter(SafeText.filter(w), true);
  }

  /**
   * Runs {@code cl}; if the heap runs out anyway (the estimate before building is not exact, and reading
   * or results take heap too) says so in one line with exit code 1 instead of a stack trace.
   */
  private static int outOfMemoryGuarded(CommandLine cl, String... args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      cl.getErr().println("coalgrid: out of memory (Java heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB); give Java more memory, e.g. COALGRID_JAVA_OPTS=-Xmx16g");
      cl.getErr().flush();
      return ExitCodes.INTERNAL;
    }
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof CoalGridException e) { // bad input, too large, not verified...: one line and its exit code
        return CommandSupport.failed(cmd.getErr(), e, "");
      }
      if (ex instanceof OutputException e) { // an output refused or not writable: one line, nothing written
        cmd.getErr().println("coalgrid: " + e.getMessage());
        cmd.getErr().flush();
        return e.exitCode();
      }
      cmd.getErr().println("coalgrid: internal error: " + ex);
      if (System.getenv("COALGRID_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(set COALGRID_DEBUG=1 for a stack trace)");
      }
      cmd.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("coalgrid: " + ex.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
      cmd.getErr().flush();
      return ExitCodes.BAD_INPUT;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints coalgrid's and OR-Tools' versions. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"coalgrid " + CoalGrid.version(), "OR-Tools " + CoalGrid.orToolsVersion(),
          "Java " + System.getProperty("java.version")};
    }
  }
}
