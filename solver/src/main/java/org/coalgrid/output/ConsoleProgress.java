package org.coalgrid.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coalgrid.Progress;
import org.coalgrid.words.Fmt;

/**
 * {@link Progress} drawn on stderr as one line redrawn in place, once a second:
 * <pre>
 * coalgrid solve: solving with glop: 25,518 rows, 26,113 columns  14 s
 * coalgrid check-targets: step 12/35 (3 s; ETA 40 s): targets washed-coal and large-mine-share together
 * </pre>
 * It draws only when stderr is a terminal, which the launcher {@code ./coalgrid} tells the JVM with
 * {@code -Dcoalgrid.progress=true} (Java 17 cannot see it), and never with {@code --quiet}: a pipe, a log
 * file or CI gets no progress text. {@link #close()} clears the line, so what the command prints afterwards starts
 * on a clean line; call it before printing to stdout. Thread-safe.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {
  /** System property: "true" when stderr is a terminal (set by the launcher script). */
  public static final String PROPERTY = "coalgrid.progress";
  /** Widest line drawn; longer ones are cut so that the line never wraps (a wrapped line cannot be redrawn). */
  static final int WIDTH = 78;
  private static final long TICK_MS = 1000;

  private final PrintWriter err;
  private final String command;
  private final Thread ticker;
  private String phase;
  private long phaseStart;
  private int done;
  private int total;
  private String next;
  private long seriesStart;
  /** Terminal columns of the line on screen (0: none), overwritten with spaces by the next draw or the clear. */
  private int drawn;
  private boolean closed;

  private ConsoleProgress(PrintWriter err, String command) {
    this.err = err;
    this.command = command;
    this.ticker = new Thread(this::tick, "coalgrid-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /**
   * Progress for {@code command} on {@code err}, or a silent one when {@code quiet} or when stderr is not a
   * terminal ({@link #PROPERTY}). Close it before printing the command's output.
   */
  public static ConsoleProgress start(PrintWriter err, String command, boolean quiet) {
    return quiet || !Boolean.getBoolean(PROPERTY) ? null : new ConsoleProgress(err, command);
  }

  /** {@code p}, or {@link Progress#NONE} when it is null (a silent progress). */
  public static Progress orNone(ConsoleProgress p) {
    return p == null ? Progress.NONE : p;
  }

  /** {@link #phase} on {@code p} if it is not null. */
  public static void phase(ConsoleProgress p, String what) {
    if (p != null) {
      p.phase(what);
    }
  }

  /** {@link #step} on {@code p} if it is not null. */
  public static void step(ConsoleProgress p, int done, int total, String next) {
    if (p != null) {
      p.step(done, total, next);
    }
  }

  /** Closes {@code p} if it is not null. */
  public static void close(ConsoleProgress p) {
    if (p != null) {
      p.close();
    }
  }

  @Override
  public synchronized void phase(String what) {
    phase = what;
    phaseStart = System.nanoTime();
    draw();
  }

  @Override
  public synchronized void step(int done, int total, String next) {
    if (this.total == 0 || done == 0) {
      seriesStart = System.nanoTime();
    }
    this.done = done;
    this.total = Math.max(total, done);
    this.next = next;
    phase = null;
    phaseStart = System.nanoTime();
    draw();
  }

  private void tick() {
    try {
      while (true) {
        Thread.sleep(TICK_MS);
        synchronized (this) {
          if (closed) {
            return;
          }
          draw();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The line as it stands now: "PHASE  14 s" or "step 12/35 (3 s; ETA 40 s): NEXT", where the seconds are those
   * of the phase or step under way and the ETA is the mean time per finished step times the steps left.
   */
  synchronized String line() {
    long now = System.nanoTime();
    long s = (now - phaseStart) / 1_000_000_000L;
    StringBuilder b = new StringBuilder("coalgrid ").append(command).append(": ");
    if (phase != null) {
      b.append(phase);
      if (s >= 1) {
        b.append("  ").append(seconds(s));
      }
    } else if (total > 0) {
      b.append("step ").append(Math.min(done + 1, total)).append('/').append(total);
      if (done < total) {
        List<String> notes = new ArrayList<>();
        if (s >= 1) {
          notes.add(seconds(s));
        }
        if (done > 0) {
          double perStep = (now - seriesStart) / 1e9 / done;
          notes.add("ETA " + seconds(Math.round(perStep * (total - done))));
        }
        if (!notes.isEmpty()) {
          b.append(" (").append(String.join("; ", notes)).append(')');
        }
      }
      if (next != null && !next.isEmpty()) {
        b.append(": ").append(next);
      }
    }
    return b.toString();
  }

  /** "14 s", "3 min 05 s". */
  static String seconds(long s) {
    return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  private void draw() {
    if (closed || (phase == null && total == 0)) {
      return;
    }
    String text = line();
    text = Fmt.cut(text, WIDTH);
    int width = Fmt.width(text);
    // no escape sequences (stderr goes through SafeText, which shows ESC as text): spaces cover a longer old line
    err.print("\r" + text + " ".repeat(Math.max(0, drawn - width)));
    err.flush();
    drawn = width;
  }

  /**
   * The same line with {@code label} before each phase and step ("case B: solving with glop ..."); {@code p} may
   * be null (then {@link Progress#NONE}).
   */
  public static Progress labelled(ConsoleProgress p, String label) {
    if (p == null) {
      return Progress.NONE;
    }
    return new Progress() {
      @Override
      public void phase(String what) {
        p.phase(label + ": " + what);
      }

      @Override
      public void step(int done, int total, String next) {
        p.step(done, total, next.isEmpty() ? next : label + ": " + next);
      }
    };
  }

  /** Clears the line so that a message can be printed on stderr; the next tick draws it again below. */
  public static void clear(ConsoleProgress p) {
    if (p != null) {
      synchronized (p) {
        p.erase();
      }
    }
  }

  /** Overwrites the line with spaces and returns to its start. */
  private synchronized void erase() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }

  /** Stops redrawing and clears the line. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    ticker.interrupt();
    erase();
  }
}
