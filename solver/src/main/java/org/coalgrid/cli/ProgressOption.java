package org.coalgrid.cli;

import java.io.PrintWriter;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.CoalGridException;
import org.coalgrid.output.ConsoleProgress;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} of the commands whose only chatter is the progress line (a picocli mixin): check-targets, sweep,
 * compare, sensitivity, report. The line is drawn only when stderr is a terminal in any case.
 */
final class ProgressOption {
  @Option(names = "--quiet", description = "No progress line on stderr (it is drawn only when stderr is a terminal).")
  boolean quiet;

  /** A call of the API that may take long. */
  @FunctionalInterface
  interface Work<T> {
    T on(CoalGrid grid) throws CoalGridException;
  }

  /**
   * Runs {@code work} on {@code grid} with the progress line of {@code command} on {@code err}, and clears the line
   * when it returns or fails (before anything else is printed).
   */
  <T> T run(PrintWriter err, String command, CoalGrid grid, Work<T> work) throws CoalGridException {
    ConsoleProgress progress = start(err, command);
    try {
      return work.on(grid.withProgress(ConsoleProgress.orNone(progress)));
    } finally {
      ConsoleProgress.close(progress);
    }
  }

  /** The progress line of {@code command} on {@code err}, or null when quiet or stderr is not a terminal. */
  ConsoleProgress start(PrintWriter err, String command) {
    return ConsoleProgress.start(err, command, quiet);
  }
}
