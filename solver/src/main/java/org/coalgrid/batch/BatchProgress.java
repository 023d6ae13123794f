package org.coalgrid.batch;

import java.io.PrintWriter;

/**
 * The progress bar of a batch on standard error, redrawn in place: cases done of those to run, how many failed,
 * time so far and the time left at the rate so far. Silent when off (not a terminal, or --quiet).
 */
public final class BatchProgress implements EmbeddedBatch.Listener {
  private final PrintWriter err;
  private final int total;
  private final boolean on;
  private final long start = System.nanoTime();
  private int done;
  private int failed;

  public BatchProgress(PrintWriter err, int total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on && total > 0;
    if (this.on) {
      draw();
    }
  }

  @Override
  public synchronized void finished(BatchCase c, CaseResult r) {
    done++;
    if (!r.isAnswer()) {
      failed++;
    }
    if (on) {
      draw();
    }
  }

  private void draw() {
    double elapsed = (System.nanoTime() - start) / 1e9;
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    String eta = done == 0 ? "--:--" : clock(elapsed / done * (total - done));
    err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " cases, "
        + failed + " failed, " + clock(elapsed) + " elapsed, ETA " + eta + "   ");
    err.flush();
  }

  /** Ends the bar's line. */
  public synchronized void close() {
    if (on) {
      err.println();
      err.flush();
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
