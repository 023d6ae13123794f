package org.coalgrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.coalgrid.words.Fmt;
import org.junit.jupiter.api.Test;

/** The progress line: what runs, for how long, the ETA from the solves done, cleared at the end. */
class ConsoleProgressTest {

  /** A progress line on {@code w} as if it were a terminal. */
  private static ConsoleProgress onTerminal(StringWriter w, String command) {
    System.setProperty(ConsoleProgress.PROPERTY, "true");
    try {
      return ConsoleProgress.start(new PrintWriter(w), command, false);
    } finally {
      System.clearProperty(ConsoleProgress.PROPERTY);
    }
  }

  @Test
  void theLineSaysWhatRunsHowLongAndWhenItEnds() throws Exception {
    StringWriter w = new StringWriter();
    ConsoleProgress p = onTerminal(w, "check-targets");
    p.step(0, 4, "the least-cost plan");
    assertTrue(p.line().startsWith("coalgrid check-targets: step 1/4"), p.line());
    Thread.sleep(1100);
    p.step(1, 4, "forcing target x");
    assertTrue(p.line().matches("coalgrid check-targets: step 2/4 \\(ETA [0-9]+ s\\): forcing target x"),
        p.line());
    p.close();
    assertTrue(w.toString().matches("(?s).*\\r +\\r"), "cleared with spaces: " + w);
    assertEquals("12 s", ConsoleProgress.seconds(12));
    assertEquals("3 min 05 s", ConsoleProgress.seconds(185));
    assertEquals(null, ConsoleProgress.start(new PrintWriter(w), "x", false), "no property: silent");
  }

  @Test
  void aLongLineIsCutSoThatItNeverWraps() {
    StringWriter w = new StringWriter();
    ConsoleProgress p = onTerminal(w, "report");
    p.phase("solving with glop: " + "很长的名字".repeat(20));
    p.close();
    String drawn = w.toString().split("\r")[1];
    assertTrue(Fmt.width(drawn) <= ConsoleProgress.WIDTH && Fmt.width(drawn) >= ConsoleProgress.WIDTH - 1, drawn);
    assertTrue(drawn.endsWith("…"), drawn);
  }
}
