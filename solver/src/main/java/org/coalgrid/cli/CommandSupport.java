package org.coalgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.api.ExitCodes;
import org.coalgrid.api.InvalidInstanceException;
import org.coalgrid.api.NotApplicableException;
import org.coalgrid.api.Pathways;
import org.coalgrid.api.PlanningCase;
import org.coalgrid.api.WhatIf;
import org.coalgrid.output.AtomicOutput;
import org.coalgrid.output.OutputException;
import org.coalgrid.output.OutputPaths;
import picocli.CommandLine;

/**
 * What every command does the same way around the {@link CoalGrid} API: read a case and print its warnings, print
 * a failure in one line (or an invalid instance's problems one per line) with its exit code, and report an output
 * that cannot be written. A {@link CoalGridException} a command does not catch is printed here too (from
 * {@link Main}'s exception handler), so commands only catch what they word differently.
 */
final class CommandSupport {
  private CommandSupport() {}

  /**
   * Reads a case with {@link CoalGrid#load(Path, WhatIf)} and prints its warnings on {@code err}; a pathway file is
   * refused ({@link Pathways#requireSingleYear}: a single-year command has no year of it to read).
   */
  static PlanningCase load(CoalGrid grid, Path file, WhatIf whatIf, PrintWriter err)
      throws InvalidInstanceException, NotApplicableException {
    Pathways.requireSingleYear(file);
    PlanningCase c = grid.load(file, whatIf);
    warnings(err, c.source(), c.warningLines());
    return c;
  }

  /** Prints warnings, each prefixed with the file they concern. */
  static void warnings(PrintWriter err, String source, List<String> lines) {
    for (String w : lines) {
      err.println(source + ": " + w);
    }
    err.flush();
  }

  /**
   * Prints a failure and returns its exit code: an invalid instance as a header and one line per problem
   * ({@code setAs} renames "--set" in them, e.g. "--param"), anything else as one line.
   */
  static int failed(PrintWriter err, CoalGridException e, String setAs) {
    if (e instanceof InvalidInstanceException ie) {
      int n = ie.problems().size();
      err.println("coalgrid: " + ie.origin() + " is not a valid instance" + (ie.strict() ? " under --strict" : "") + " ("
          + n + " problem" + (n == 1 ? "" : "s") + (ie.strict() ? ", warnings made errors" : "") + "):");
      for (String line : ie.lines()) {
        err.println("  " + (setAs.isEmpty() ? line : line.replace("--set ", setAs + " ")));
      }
    } else {
      err.println("coalgrid: " + e.getMessage());
    }
    err.flush();
    return e.exitCode();
  }

  /**
   * Prints that {@code out} cannot be written, in one line without exception names, and returns its exit code (1,
   * or 2 for a refused output).
   */
  static int cannotWrite(PrintWriter err, Path out, IOException e) {
    OutputException oe = OutputException.cannotWrite(out, e);
    err.println("coalgrid: " + oe.getMessage());
    err.flush();
    return oe.exitCode();
  }

  /** What writes a command's files into its output set. */
  @FunctionalInterface
  interface SetWriter {
    void write(AtomicOutput files) throws IOException;
  }

  /**
   * Writes the output set {@code files} with {@code writer}, commits it and prints "wrote DIR"; nothing when no
   * output was asked for ({@code files} null). Returns the exit code: OK, or that of {@link #cannotWrite}.
   */
  static int writeSet(CommandLine cmd, AtomicOutput files, Path out, SetWriter writer) {
    if (files == null) {
      return ExitCodes.OK;
    }
    try {
      writer.write(files);
      files.commit();
    } catch (IOException e) {
      return cannotWrite(cmd.getErr(), out, e);
    }
    cmd.getOut().println("wrote " + out);
    return ExitCodes.OK;
  }

  /**
   * Opens the output set {@code dir} of command {@code kind} before any work (see {@link AtomicOutput#directory}):
   * refused with exit 2 if it is, holds or lies in one of {@code inputs}, holds other files or is being written by
   * another run; exit 1 if it cannot be written. {@code null} when no output was asked for.
   */
  static AtomicOutput openSet(Path dir, String kind, String option, Path... inputs) throws OutputException {
    return dir == null ? null : AtomicOutput.directory(dir, kind, List.of(inputs), option);
  }

  /** As {@link #openSet} for one output file. */
  static AtomicOutput openFile(Path file, String option, Path... inputs) throws OutputException {
    return file == null ? null : AtomicOutput.singleFile(file, List.of(inputs), option);
  }

  /**
   * Whether {@code file} (the value of {@code option}: a report, a workbook) joins the output set {@code dir} of
   * command {@code kind}: a file directly in DIR does (written and replaced with the set, listed in its manifest).
   * DIR itself, a place deeper inside DIR, a hidden name or a name the set writes itself is refused (exit 2): the set
   * replaces its directory whole. False when either is not given, or the file lies outside DIR.
   */
  static boolean inSet(Path file, String option, Path dir, String kind) throws OutputException {
    if (file == null || dir == null) {
      return false;
    }
    Path f = OutputPaths.resolved(file);
    Path d = OutputPaths.resolved(dir);
    String name = f.getFileName() == null ? "" : f.getFileName().toString();
    if (f.equals(d)) {
      throw OutputException.refused(option + " " + file + " is the --out directory; name a file");
    }
    if (!f.startsWith(d)) {
      return false;
    }
    if (!d.equals(f.getParent()) || name.startsWith(".")) {
      throw OutputException.refused(option + " " + file + " lies in the --out directory " + dir + "; give a file "
          + "directly in it (written with the set) or outside it");
    }
    if (AtomicOutput.ownFileName(kind, name)) {
      throw OutputException.refused(option + " " + file + " is a file of the output set itself (" + name + "); "
          + "choose another name");
    }
    return true;
  }

  /** Refuses two outputs of one command that are the same file ({@code a} and {@code b} may be null). */
  static void distinct(Path a, String optionA, Path b, String optionB) throws OutputException {
    if (a != null && b != null && OutputPaths.resolved(a).equals(OutputPaths.resolved(b))) {
      throw OutputException.refused(optionA + " and " + optionB + " name the same file " + a + "; give two files");
    }
  }
}
