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
    footer = {"", "Exit codes:", "  0 ok                         5 unbounded",
        "  1 internal error             6 no solution at the time limit",
        "  2 bad input or option        7 solver error",
        "  3 feasible at the time limit 8 solution failed independent verification",
        "  4 infeasible (plan cannot close; the repair follows)", "See README.md."})
public final class Main implements Runnable {
  /**
   * The subcommands, in the order {@code coalgrid --help} lists them. They are registered in
   * {@link #commandLine(String...)}, not in the annotation, so that a run of one subcommand builds only that one's
   * picocli model: building all of them costs about 0.2 CPU-s, a fifth of a small solve (docs/performance.md).
   */
  static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(SolveCommand.class, ExplainCommand.class,
      ValidateCommand.class, VerifyCommand.class, ExportMpsCommand.class, CheckTargetsCommand.class,
      SweepCommand.class, CompareCommand.class, SensitivityCommand.class, GenerateCommand.class,
      ReportCommand.class, BuildInstancesCommand.class, ConvertCommand.class, BatchCommand.class,
      StochasticCommand.class, PathwayCommand.class, ReduceTimeCommand.class, MonteCarloCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Signals.install();
    System.exit(Signals.exitCode(run(args)));
  }

  /** Runs the command line and returns the exit code (no System.exit; used by tests). */
  public static int run(String... args) {
    CommandLine cl = commandLine(args);
    cl.setOut(safe(cl.getOut()));
    cl.setErr(safe(cl.getErr()));
    int code = outOfMemoryGuarded(cl, args);
    cl.getOut().flush();
    cl.getErr().flush();
    return code;
  }

  /** Runs the command line with the given output and error streams and returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = commandLine(args);
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

  /** The whole command line, every subcommand registered (usage, documentation, tests). */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when the first argument names a subcommand (other than {@code help}) only
   * that one is registered, otherwise all of them, so that {@code --help}, {@code help solve} and the suggestion for
   * a mistyped name see every subcommand.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
    for (Class<?> c : only == null ? SUBCOMMANDS : java.util.List.of(only)) {
      cl.addSubcommand(c);
    }
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
    cl.setParameterExceptionHandler((ex, rest) -> {
      CommandLine cmd = ex.getCommandLine();
      cmd.getErr().println("coalgrid: " + ex.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
      cmd.getErr().flush();
      return ExitCodes.BAD_INPUT;
    });
    return cl;
  }

  /** The subcommand called {@code name} (or by an alias), {@code null} for {@code help} or an unknown name. */
  private static Class<?> subcommandNamed(String name) {
    for (Class<?> c : SUBCOMMANDS) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class
          && (command.name().equals(name) || java.util.Arrays.asList(command.aliases()).contains(name))) {
        return c;
      }
    }
    return null;
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
