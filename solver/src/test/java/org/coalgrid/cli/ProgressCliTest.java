package org.coalgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coalgrid.Progress;
import org.coalgrid.api.CoalGrid;
import org.coalgrid.api.TargetCheckResult;
import org.coalgrid.output.ConsoleProgress;
import org.junit.jupiter.api.Test;

/**
 * Progress on stderr (issue 14 item 5): drawn only when the launcher says stderr is a terminal
 * ({@code -Dcoalgrid.progress=true}) and not --quiet; it never changes stdout; the line is cleared at the end; a
 * target check counts its solves exactly (done/total, the total grows only as the check finds more to do).
 */
class ProgressCliTest {
  /** Each redraw starts at the line's start (no escape sequences: stderr passes through SafeText). */
  private static final String LINE_START = "\r";

  /** Runs the command as if stderr were a terminal. */
  private static Cli onTerminal(String... args) {
    System.setProperty(ConsoleProgress.PROPERTY, "true");
    try {
      return Cli.run(args);
    } finally {
      System.clearProperty(ConsoleProgress.PROPERTY);
    }
  }

  @Test
  void solveShowsItsPhasesOnATerminalOnlyAndLeavesStdoutAlone() {
    String tutorial = Cli.instance("tutorial.json");
    Cli plain = Cli.run("solve", tutorial);
    Cli tty = onTerminal("solve", tutorial);
    assertEquals(0, tty.exitCode(), tty.err());
    assertEquals("", plain.err(), "not a terminal: no progress");
    assertTrue(tty.err().contains(LINE_START + "coalgrid solve: building the model"), tty.err());
    assertTrue(tty.err().contains(LINE_START + "coalgrid solve: solving with clp: 177 rows, 179 columns"), tty.err());
    assertTrue(tty.err().contains(LINE_START + "coalgrid solve: verifying the solution"), tty.err());
    assertTrue(tty.err().matches("(?s).*\\r +\\r"), "the line is cleared before the summary: " + tty.err());
    assertFalse(tty.err().contains("\\u"), "no escaped control characters: " + tty.err());
    assertEquals(withoutTimes(plain.out()), withoutTimes(tty.out()), "stdout is the same");
    Cli quiet = onTerminal("solve", tutorial, "--quiet");
    assertEquals("", quiet.err(), "--quiet: no progress");
  }

  @Test
  void everyLongCommandTakesQuiet() {
    String tutorial = Cli.instance("tutorial.json");
    for (String[] args : List.of(
        new String[] {"check-targets", tutorial, "--quiet"},
        new String[] {"sensitivity", tutorial, "--quiet", "--top", "1"},
        new String[] {"sweep", tutorial, "--param", "policies.cap-coal.limit", "--from", "2e7", "--to", "2.1e7",
            "--steps", "2", "--quiet"},
        new String[] {"compare", tutorial, tutorial, "--set-b", "policies.cap-coal.limit=2.1e7", "--quiet"})) {
      Cli r = onTerminal(args);
      assertEquals(0, r.exitCode(), args[0] + ": " + r.err());
      assertEquals("", r.err(), args[0] + " --quiet");
    }
    Cli sweep = onTerminal("sweep", tutorial, "--param", "policies.cap-coal.limit", "--from", "2e7", "--to", "2.1e7",
        "--steps", "2");
    assertTrue(sweep.err().contains("coalgrid sweep: step 1/2: value 20000000"), sweep.err());
    assertTrue(sweep.err().contains("coalgrid sweep: step 2/2"), sweep.err());
    Cli compare = onTerminal("compare", tutorial, tutorial, "--set-b", "policies.cap-coal.limit=2.1e7");
    assertTrue(compare.err().contains("coalgrid compare: A: solving with clp"), compare.err());
    assertTrue(compare.err().contains("coalgrid compare: B: solving with clp"), compare.err());
    Cli sens = onTerminal("sensitivity", tutorial, "--top", "1");
    assertTrue(sens.err().contains("coalgrid sensitivity: ranging 177 rows and 179 columns"), sens.err());
  }

  @Test
  void targetCheckCountsItsStepsExactly() throws Exception {
    for (String name : List.of("conflict.json", "three-way.json")) {
      List<int[]> steps = new ArrayList<>();
      List<String> next = new ArrayList<>();
      Progress record = new Progress() {
        @Override
        public void phase(String what) {}

        @Override
        public void step(int done, int total, String what) {
          steps.add(new int[] {done, total});
          next.add(what);
        }
      };
      CoalGrid grid = CoalGrid.create().withProgress(record);
      TargetCheckResult r = grid.checkTargets(grid.load(Path.of(CheckTargetsCliTest.resource(name))));
      int n = steps.size() - 1;
      int targets = r.report().targets().size();
      assertTrue(n > 1 + targets, name + ": the plan, each target, then pairs or a joint check; got " + n);
      for (int k = 0; k < n; k++) {
        assertEquals(k, steps.get(k)[0], name + ": done before step " + (k + 1));
        assertTrue(steps.get(k)[1] > k, name + ": the total counts the step under way");
        assertFalse(next.get(k).isEmpty(), name + ": says what it checks");
        assertTrue(k == 0 || steps.get(k)[1] >= steps.get(k - 1)[1], name + ": the total never shrinks");
      }
      assertEquals(List.of(n, n), List.of(steps.get(n)[0], steps.get(n)[1]), name + ": all done at the end");
      assertEquals("the least-cost plan", next.get(0));
      for (int k = 0; k < targets; k++) {
        assertEquals("target " + r.report().targets().get(k).id(), next.get(1 + k), name);
      }
    }
  }

  /** The summary with its "Solve time" line taken out (timings differ between runs). */
  private static String withoutTimes(String s) {
    return s.replaceAll("(?m)^Solve time:.*$", "");
  }
}
