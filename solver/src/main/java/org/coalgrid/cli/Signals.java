package org.coalgrid.cli;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.api.CoalGrid;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP cancel a run: the running solve is interrupted, the run counts as cancelled
 * whatever the backend then returns, and the process exits with 128 + the signal's number (130 for Ctrl-C) through
 * the shutdown hooks, which delete every output not yet committed ({@link org.coalgrid.output.AtomicOutput}).
 *
 * <p>Why more than the JVM's own handling: native solvers install SIGINT handlers of their own while they run.
 * SCIP's (turned off by {@code misc/catchctrlc = FALSE}, see {@code OrToolsAdapter}) ended the solve "at a limit", so
 * coalgrid wrote the whole output set; CLP's, active inside every simplex solve (also CBC's root and node LPs),
 * takes the signal and drops it. So while a command runs, coalgrid's handler is installed again every
 * {@value #REASSERT_MS} ms, which takes SIGINT back from any native handler (they restore the handler they replaced
 * when they finish, which is coalgrid's). A signal the parent process ignores (a background job, {@code nohup}) stays
 * ignored.
 */
final class Signals {
  /** How often coalgrid's handler is installed again while a command runs (ms). */
  static final long REASSERT_MS = 50;
  private static final List<Signal> HANDLED = new ArrayList<>();
  private static final SignalHandler STOP = Signals::stop;

  private Signals() {}

  /** Installs the handlers (once per process; the command line's {@code main} only). */
  static synchronized void install() {
    if (!HANDLED.isEmpty()) {
      return;
    }
    for (String name : new String[] {"INT", "TERM", "HUP"}) {
      Signal sig;
      SignalHandler previous;
      try {
        sig = new Signal(name);
        previous = Signal.handle(sig, STOP);
      } catch (IllegalArgumentException e) {
        continue; // not available here (e.g. java -Xrs)
      }
      if (previous == SignalHandler.SIG_IGN) {
        Signal.handle(sig, SignalHandler.SIG_IGN); // ignored by the parent: leave it so
        continue;
      }
      HANDLED.add(sig);
    }
    if (HANDLED.isEmpty()) {
      return;
    }
    Thread t = new Thread(Signals::reassert, "coalgrid-signals");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void reassert() {
    while (true) {
      try {
        Thread.sleep(REASSERT_MS);
      } catch (InterruptedException e) {
        return;
      }
      for (Signal sig : HANDLED) {
        try {
          Signal.handle(sig, STOP);
        } catch (IllegalArgumentException ignored) {
          // cannot happen for a signal installed once; nothing to do if it does
        }
      }
    }
  }

  private static void stop(Signal sig) {
    CoalGrid.interruptAllSolves();
    System.exit(128 + sig.getNumber());
  }
}
